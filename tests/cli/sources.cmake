target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/render_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalize_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalize_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/publish_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/segment_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/extraction_benchmark_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/read_formats_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/hardening_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/version_cli_test.cc
)
