target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/render_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/readalong_page_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/speak_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/speech_dispatcher_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalize_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalize_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/publish_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/segment_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/extraction_benchmark_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/read_formats_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/hardening_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/version_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/docs_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/install_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/epub_cli_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/article_flags_cli_test.cc
)
# The man page and completions the build generates (cmake/docs.cmake), and `cmake --install`.
add_dependencies(rawi_tests rawi_docs)
target_compile_definitions(rawi_tests PRIVATE
  RAWI_DOCS_DIR="${RAWI_DOCS_DIR}"
  RAWI_BUILD_DIR="${PROJECT_BINARY_DIR}"
  RAWI_CMAKE_COMMAND="${CMAKE_COMMAND}")
