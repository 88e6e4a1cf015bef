target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/arabic_letters_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/stem_entry_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalized_lexicon_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/thesaurus_lemmas_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/inflection_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/clitics_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalizer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/tiny_vocalizer_data.cc
  ${CMAKE_CURRENT_LIST_DIR}/vocalization_score_test.cc
)
