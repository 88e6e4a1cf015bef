target_sources(rawi_text PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/utf8.cc
  ${CMAKE_CURRENT_LIST_DIR}/whitespace.cc
  ${CMAKE_CURRENT_LIST_DIR}/diacritics.cc
  ${CMAKE_CURRENT_LIST_DIR}/phoneme_clusters.cc
  ${CMAKE_CURRENT_LIST_DIR}/language.cc
)
