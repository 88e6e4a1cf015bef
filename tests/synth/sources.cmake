target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/voice_profile_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/espeak_synthesizer_test.cc
)
