target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/podcast_config_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/identifiers_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/episode_audio_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/mp3_writer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/captions_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/episode_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/feed_writer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/excerpt_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/publisher_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/settings_fingerprint_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/site_lock_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/xml_writer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/zip_writer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/epub_writer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/readalong_page_test.cc
)
