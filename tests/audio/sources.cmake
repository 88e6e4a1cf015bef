target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/audio_format_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/sndfile_sink_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/duration_limit_sink_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/tee_sink_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/wav_stream_sink_test.cc
)
