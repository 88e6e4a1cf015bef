# rawi's version from git, shared by the build-time version header (cmake/write_version.cmake)
# and the Debian package's version (cmake/package.cmake).
#
# rawi_git_version(SOURCE_DIR PROJECT_VERSION OUT_VAR): OUT_VAR becomes
#   `git describe --tags --match "v[0-9]*" --dirty` without the "v" (0.2.0, 0.2.0-3-gabc1234,
#     0.2.0-3-gabc1234-dirty) when a release tag is reachable;
#   PROJECT_VERSION-N-gHASH[-dirty] when the history has no release tag (N commits in all);
#   PROJECT_VERSION when git or the repository is missing (a source tarball).

function(rawi_git_version source_dir project_version out_var)
  set(version "${project_version}")
  find_program(RAWI_GIT_EXECUTABLE git)
  if(RAWI_GIT_EXECUTABLE AND EXISTS "${source_dir}/.git")
    execute_process(
      COMMAND "${RAWI_GIT_EXECUTABLE}" -C "${source_dir}" describe --tags --match "v[0-9]*" --dirty
      RESULT_VARIABLE tag_result OUTPUT_VARIABLE described ERROR_QUIET
      OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(tag_result EQUAL 0)
      string(REGEX REPLACE "^v" "" version "${described}")
    else()
      execute_process(
        COMMAND "${RAWI_GIT_EXECUTABLE}" -C "${source_dir}" describe --always --abbrev=7 --dirty
        RESULT_VARIABLE hash_result OUTPUT_VARIABLE hash ERROR_QUIET
        OUTPUT_STRIP_TRAILING_WHITESPACE)
      execute_process(
        COMMAND "${RAWI_GIT_EXECUTABLE}" -C "${source_dir}" rev-list --count HEAD
        RESULT_VARIABLE count_result OUTPUT_VARIABLE count ERROR_QUIET
        OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(hash_result EQUAL 0 AND count_result EQUAL 0)
        set(version "${project_version}-${count}-g${hash}")
      endif()
    endif()
  endif()
  set(${out_var} "${version}" PARENT_SCOPE)
endfunction()

# rawi_debian_version(VERSION OUT_VAR): the upstream part of the package version: VERSION with
# "-dirty" dropped and its other hyphens made "+" (0.2.0-3-gabc1234 -> 0.2.0+3+gabc1234), so a
# build after a release sorts after it.
function(rawi_debian_version version out_var)
  string(REGEX REPLACE "-dirty$" "" upstream "${version}")
  string(REPLACE "-" "+" upstream "${upstream}")
  set(${out_var} "${upstream}" PARENT_SCOPE)
endfunction()
