target_sources(rawi_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/utf8.cc
  ${CMAKE_CURRENT_LIST_DIR}/boilerplate.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_reader.cc
  ${CMAKE_CURRENT_LIST_DIR}/language.cc
)
