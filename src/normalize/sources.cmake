target_sources(rawi_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/normalizer.cc
)
