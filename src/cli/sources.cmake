target_sources(rawi PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/main.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_command.cc
)
