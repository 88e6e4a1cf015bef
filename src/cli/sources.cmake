target_sources(rawi PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/main.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalize_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/text_input.cc
)
