# The Debian package (scripts/package: `cpack -G DEB` in the build folder): what
# cmake/install.cmake installs, under /usr, as rawi_VERSION-REVISION_amd64.deb. Depends is
# computed from the binary's shared libraries by dpkg-shlibdeps, plus espeak-ng-data (eSpeak NG's
# voices and dictionaries: data, which no library link reveals).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rawi)
set(CPACK_PACKAGE_VENDOR "rawi developers")
set(CPACK_PACKAGE_VERSION ${RAWI_DEB_VERSION})
set(CPACK_PACKAGE_CONTACT "${RAWI_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reads Arabic and English news articles aloud")
# Lines of at most 79 characters (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
"rawi turns news articles (plain text, Markdown, HTML pages or URLs) into
speech with the eSpeak NG synthesizer, Arabic first. It reads numbers, dates,
money and units as a newsreader says them, adds the short vowels that written
Arabic leaves out, and records where every section, paragraph and sentence
starts in the audio.

It writes WAV, FLAC or Ogg files, and publishes podcasts: MP3 with chapters,
loudness normalization, WebVTT and SRT captions, and an RSS feed.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${RAWI_DEB_REVISION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RAWI_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data")
# The thesaurus layer of the vocalizer reads mythes-ar when it is installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "mythes-ar")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
