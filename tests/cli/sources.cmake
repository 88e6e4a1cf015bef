target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/render_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalize_cli_test.cc
)
