target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/duration_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/atomic_file_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/mapped_file_test.cc
)
