target_sources(rawi_util PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/error.cc
  ${CMAKE_CURRENT_LIST_DIR}/data_dir.cc
  ${CMAKE_CURRENT_LIST_DIR}/atomic_file.cc
  ${CMAKE_CURRENT_LIST_DIR}/duration.cc
  ${CMAKE_CURRENT_LIST_DIR}/data_file.cc
  ${CMAKE_CURRENT_LIST_DIR}/version.cc
  ${CMAKE_CURRENT_LIST_DIR}/mapped_file.cc
)
