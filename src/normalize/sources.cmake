target_sources(rawi_normalize PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/repair.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_numbers.cc
  ${CMAKE_CURRENT_LIST_DIR}/noun_genders.cc
  ${CMAKE_CURRENT_LIST_DIR}/word_lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/cursor.cc
  ${CMAKE_CURRENT_LIST_DIR}/number_tables.cc
  ${CMAKE_CURRENT_LIST_DIR}/number_run.cc
  ${CMAKE_CURRENT_LIST_DIR}/numbers.cc
  ${CMAKE_CURRENT_LIST_DIR}/dates_times.cc
  ${CMAKE_CURRENT_LIST_DIR}/money_units.cc
  ${CMAKE_CURRENT_LIST_DIR}/phones_codes.cc
  ${CMAKE_CURRENT_LIST_DIR}/latin_runs.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_normalizer.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalizer.cc
)
