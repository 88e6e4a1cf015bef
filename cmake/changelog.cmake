# The Debian package's version and its changelog, at configure time (scripts/package configures
# before every build): sets RAWI_GIT_VERSION (what `rawi --version` says), RAWI_DEB_VERSION
# (upstream part; cmake/version.cmake), RAWI_DEB_REVISION and RAWI_MAINTAINER, and writes
# RAWI_DOCS_DIR/changelog.Debian (rewritten only when it changes).
include(${CMAKE_CURRENT_LIST_DIR}/version.cmake)
rawi_git_version(${PROJECT_SOURCE_DIR} ${PROJECT_VERSION} RAWI_GIT_VERSION)
rawi_debian_version(${RAWI_GIT_VERSION} RAWI_DEB_VERSION)
set(RAWI_DEB_REVISION 1)
set(RAWI_MAINTAINER "rawi maintainers <rawi@users.noreply.example.org>"
    CACHE STRING "The Debian package's Maintainer field")

# The entry's date: the commit's (the same bytes from every build of it), else now.
set(changelog_date "")
set(commit "")
if(RAWI_GIT_EXECUTABLE AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  execute_process(COMMAND ${RAWI_GIT_EXECUTABLE} -C ${PROJECT_SOURCE_DIR} log -1 --format=%cD|%H
                  OUTPUT_VARIABLE head ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(head MATCHES "^([^|]+)\\|([0-9a-f]+)$")
    set(changelog_date "${CMAKE_MATCH_1}")
    set(commit "${CMAKE_MATCH_2}")
  endif()
endif()
if(changelog_date STREQUAL "")
  string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()
if(commit STREQUAL "")
  set(built_from "rawi ${RAWI_GIT_VERSION} (no git history)")
else()
  set(built_from "git commit ${commit}")
endif()

file(WRITE ${CMAKE_BINARY_DIR}/changelog.Debian.tmp
"rawi (${RAWI_DEB_VERSION}-${RAWI_DEB_REVISION}) unstable; urgency=medium

  * rawi ${RAWI_GIT_VERSION}, packaged with CPack (scripts/package).
  * Built from ${built_from}.

 -- ${RAWI_MAINTAINER}  ${changelog_date}
")
file(MAKE_DIRECTORY ${RAWI_DOCS_DIR})
file(COPY_FILE ${CMAKE_BINARY_DIR}/changelog.Debian.tmp ${RAWI_DOCS_DIR}/changelog.Debian
     ONLY_IF_DIFFERENT)
file(REMOVE ${CMAKE_BINARY_DIR}/changelog.Debian.tmp)
