target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/reading_order_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/pulse_output_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/player_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/terminal_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/ssml_reader_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/speech_text_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/speak_job_test.cc
)
