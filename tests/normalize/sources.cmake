target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/normalizer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_numbers_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_normalizer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/diacritics_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/repair_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/word_lexicon_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/noun_genders_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/spoken_words_test.cc
)
