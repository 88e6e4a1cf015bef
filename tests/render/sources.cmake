target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/narrator_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/word_timings_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/timings_json_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/document_json_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_pipeline_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_job_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/credit_line_test.cc
)
