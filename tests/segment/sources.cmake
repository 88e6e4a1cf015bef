target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/abbreviations_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/sentence_splitter_test.cc
)
