target_sources(rawi_speak PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/reading_order.cc
  ${CMAKE_CURRENT_LIST_DIR}/pulse_output.cc
  ${CMAKE_CURRENT_LIST_DIR}/player.cc
  ${CMAKE_CURRENT_LIST_DIR}/terminal.cc
  ${CMAKE_CURRENT_LIST_DIR}/ssml_reader.cc
  ${CMAKE_CURRENT_LIST_DIR}/speech_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/speak_job.cc
)
