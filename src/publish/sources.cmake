target_sources(rawi_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/podcast_config.cc
  ${CMAKE_CURRENT_LIST_DIR}/identifiers.cc
  ${CMAKE_CURRENT_LIST_DIR}/episode_audio.cc
  ${CMAKE_CURRENT_LIST_DIR}/mp3_writer.cc
  ${CMAKE_CURRENT_LIST_DIR}/captions.cc
  ${CMAKE_CURRENT_LIST_DIR}/episode.cc
  ${CMAKE_CURRENT_LIST_DIR}/feed_writer.cc
  ${CMAKE_CURRENT_LIST_DIR}/publisher.cc
  ${CMAKE_CURRENT_LIST_DIR}/settings_fingerprint.cc
  ${CMAKE_CURRENT_LIST_DIR}/site_lock.cc
  ${CMAKE_CURRENT_LIST_DIR}/xml_writer.cc
  ${CMAKE_CURRENT_LIST_DIR}/zip_writer.cc
  ${CMAKE_CURRENT_LIST_DIR}/epub_writer.cc
  ${CMAKE_CURRENT_LIST_DIR}/readalong_page.cc
)
