target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/render_cli_test.cc
)
