# rawi's man page and its bash and zsh completions, generated at build time from the built
# rawi's --help by packaging/cli_docs.py (so they cannot drift from the program), and the
# package's changelog (cmake/changelog.cmake), into RAWI_DOCS_DIR:
#   rawi.1, rawi.1.gz, rawi.bash, _rawi, changelog.Debian.gz
find_package(Python3 REQUIRED COMPONENTS Interpreter)
find_program(RAWI_GZIP gzip REQUIRED)

set(RAWI_DOCS_DIR ${CMAKE_BINARY_DIR}/docs)
set(generator ${PROJECT_SOURCE_DIR}/packaging/cli_docs.py)
set(man_extra ${PROJECT_SOURCE_DIR}/packaging/rawi.1.extra)
# --help reads the voice profiles (live defaults): a changed profile regenerates the docs.
file(GLOB voice_profiles CONFIGURE_DEPENDS ${RAWI_SOURCE_VOICES_DIR}/*.json)

set(docs_outputs)
foreach(kind man bash zsh)
  if(kind STREQUAL man)
    set(output ${RAWI_DOCS_DIR}/rawi.1)
    set(extra --extra ${man_extra})
  elseif(kind STREQUAL bash)
    set(output ${RAWI_DOCS_DIR}/rawi.bash)
    set(extra)
  else()
    set(output ${RAWI_DOCS_DIR}/_rawi)
    set(extra)
  endif()
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${RAWI_DOCS_DIR}
    COMMAND Python3::Interpreter ${generator} $<TARGET_FILE:rawi> ${RAWI_SOURCE_VOICES_DIR}
            ${kind} ${output} ${extra}
    DEPENDS rawi ${generator} ${man_extra} ${voice_profiles}
    COMMENT "rawi ${kind} documentation from --help"
    VERBATIM)
  list(APPEND docs_outputs ${output})
endforeach()

# Debian wants both compressed at maximum, without a timestamp (gzip -9n).
add_custom_command(
  OUTPUT ${RAWI_DOCS_DIR}/rawi.1.gz
  COMMAND ${RAWI_GZIP} -9nkf ${RAWI_DOCS_DIR}/rawi.1
  DEPENDS ${RAWI_DOCS_DIR}/rawi.1
  VERBATIM)
include(${CMAKE_CURRENT_LIST_DIR}/changelog.cmake)
add_custom_command(
  OUTPUT ${RAWI_DOCS_DIR}/changelog.Debian.gz
  COMMAND ${RAWI_GZIP} -9nkf ${RAWI_DOCS_DIR}/changelog.Debian
  DEPENDS ${RAWI_DOCS_DIR}/changelog.Debian
  VERBATIM)
add_custom_target(rawi_docs ALL
  DEPENDS ${docs_outputs} ${RAWI_DOCS_DIR}/rawi.1.gz ${RAWI_DOCS_DIR}/changelog.Debian.gz)
