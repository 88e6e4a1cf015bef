target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/utf8_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/language_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/boilerplate_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_reader_test.cc
)
