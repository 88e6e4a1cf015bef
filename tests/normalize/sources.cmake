target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/normalizer_test.cc
)
