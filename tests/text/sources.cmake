target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/utf8_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/whitespace_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/diacritics_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/phoneme_clusters_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/language_test.cc
)
