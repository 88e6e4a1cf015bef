target_sources(rawi_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/arabic_letters.cc
  ${CMAKE_CURRENT_LIST_DIR}/stem_entry.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalized_lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/thesaurus_lemmas.cc
  ${CMAKE_CURRENT_LIST_DIR}/pattern_set.cc
  ${CMAKE_CURRENT_LIST_DIR}/inflection.cc
  ${CMAKE_CURRENT_LIST_DIR}/clitics.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalizer.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalization_score.cc
)
