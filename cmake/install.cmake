# Installing rawi: `cmake --install build [--prefix /usr/local]` (DESTDIR=... for staging), and
# the Debian package made from the same rules (cmake/package.cmake, scripts/package).
#
#   bin/rawi
#   share/rawi/voices/                       voice profiles, lexicons, patterns, ar-vocalizer.bin
#                                            (found by rawi as ../share/rawi/voices beside itself)
#   share/man/man1/rawi.1.gz                 generated from --help (cmake/docs.cmake)
#   share/bash-completion/completions/rawi   generated from --help
#   share/zsh/vendor-completions/_rawi       generated from --help
#   share/doc/rawi/copyright                 machine-readable (DEP-5), with the data's licences
#   share/doc/rawi/changelog.Debian.gz, DATA-SOURCES.md (voices/SOURCES.md)
include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/docs.cmake)

# Directories 755 and files 644 whatever the umask, as Debian expects.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS rawi RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/voices/ DESTINATION ${CMAKE_INSTALL_DATADIR}/rawi/voices
        PATTERN ".*" EXCLUDE PATTERN "SOURCES.md" EXCLUDE)
install(FILES ${RAWI_DOCS_DIR}/rawi.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${RAWI_DOCS_DIR}/rawi.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME rawi)
install(FILES ${RAWI_DOCS_DIR}/_rawi DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${RAWI_DOCS_DIR}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The Speech Dispatcher module config (README: "Screen readers"), named by absolute path in
# speechd.conf's AddModule line, so it is not a conffile in /etc that a removal would leave.
install(FILES ${PROJECT_SOURCE_DIR}/contrib/speech-dispatcher/rawi.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/rawi/speech-dispatcher)
# Where the data comes from, with citations (the copyright file names its licences).
install(FILES ${PROJECT_SOURCE_DIR}/voices/SOURCES.md DESTINATION ${CMAKE_INSTALL_DOCDIR}
        RENAME DATA-SOURCES.md)

include(${CMAKE_CURRENT_LIST_DIR}/package.cmake)
