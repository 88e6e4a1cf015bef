target_sources(rawi_segment PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/abbreviations.cc
  ${CMAKE_CURRENT_LIST_DIR}/sentence_splitter.cc
)
