target_sources(rawi_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/unicode_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/diacritics.cc
  ${CMAKE_CURRENT_LIST_DIR}/repair.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_numbers.cc
  ${CMAKE_CURRENT_LIST_DIR}/noun_genders.cc
  ${CMAKE_CURRENT_LIST_DIR}/word_lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/arabic_normalizer.cc
  ${CMAKE_CURRENT_LIST_DIR}/normalizer.cc
)
