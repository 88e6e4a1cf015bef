target_sources(rawi PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/main.cc
  ${CMAKE_CURRENT_LIST_DIR}/render_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/article_flags.cc
  ${CMAKE_CURRENT_LIST_DIR}/line_flags.cc
  ${CMAKE_CURRENT_LIST_DIR}/speak_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalize_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/publish_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalize_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/segment_command.cc
  ${CMAKE_CURRENT_LIST_DIR}/version_flag.cc
)
