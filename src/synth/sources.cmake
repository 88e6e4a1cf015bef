target_sources(rawi_synth PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/voice_profile.cc
  ${CMAKE_CURRENT_LIST_DIR}/espeak_synthesizer.cc
  ${CMAKE_CURRENT_LIST_DIR}/espeak_info.cc
)
