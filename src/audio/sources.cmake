target_sources(rawi_audio PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/audio_format.cc
  ${CMAKE_CURRENT_LIST_DIR}/audio_sink.cc
  ${CMAKE_CURRENT_LIST_DIR}/sndfile_sink.cc
  ${CMAKE_CURRENT_LIST_DIR}/duration_limit_sink.cc
  ${CMAKE_CURRENT_LIST_DIR}/tee_sink.cc
  ${CMAKE_CURRENT_LIST_DIR}/wav_stream_sink.cc
)
