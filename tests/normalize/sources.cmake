target_sources(rawi_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/normalizer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_numbers_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_normalizer_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/repair_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/word_lexicon_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/noun_genders_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/spoken_words_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/cursor_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/number_tables_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/number_run_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/numbers_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/dates_times_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/money_units_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/phones_codes_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/latin_runs_test.cc
)
