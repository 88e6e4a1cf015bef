target_sources(rawi_render PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/narrator.cc
  ${CMAKE_CURRENT_LIST_DIR}/word_timings.cc
  ${CMAKE_CURRENT_LIST_DIR}/timings_json.cc
  ${CMAKE_CURRENT_LIST_DIR}/document_json.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_pipeline.cc
  ${CMAKE_CURRENT_LIST_DIR}/credit_line.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_job.cc
)
