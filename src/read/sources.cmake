target_sources(rawi_read PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ascii_case.cc
  ${CMAKE_CURRENT_LIST_DIR}/boilerplate.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_reader.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_lines.cc
  ${CMAKE_CURRENT_LIST_DIR}/language.cc
  ${CMAKE_CURRENT_LIST_DIR}/paragraph_language.cc
  ${CMAKE_CURRENT_LIST_DIR}/encoding.cc
  ${CMAKE_CURRENT_LIST_DIR}/input_format.cc
  ${CMAKE_CURRENT_LIST_DIR}/url_fetch.cc
  ${CMAKE_CURRENT_LIST_DIR}/document_builder.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_limits.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_dom.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_charset.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_furniture.cc
  ${CMAKE_CURRENT_LIST_DIR}/date_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_jsonld.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_page_facts.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_title.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_byline.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_metadata.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_node_kinds.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_block_collector.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_root_candidates.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_live_blog.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_body.cc
  ${CMAKE_CURRENT_LIST_DIR}/html_reader.cc
  ${CMAKE_CURRENT_LIST_DIR}/front_matter.cc
  ${CMAKE_CURRENT_LIST_DIR}/markdown_reader.cc
  ${CMAKE_CURRENT_LIST_DIR}/article_reader.cc
  ${CMAKE_CURRENT_LIST_DIR}/read_flags.cc
)
# The readers' libraries (found in the top CMakeLists.txt).
target_link_libraries(rawi_read PUBLIC
  PkgConfig::LIBXML2 PkgConfig::MD4C PkgConfig::CURL PkgConfig::YAML_CPP)
