# CPack: `cpack -G DEB` on Debian, `cpack -G NSIS` on Windows (see installer/windows/).
set(CPACK_PACKAGE_NAME "opora")
set(CPACK_PACKAGE_VENDOR "Opora")
set(CPACK_PACKAGE_CONTACT "Opora maintainers <maintainers@opora.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case management for a social-service centre")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Opora")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES TRUE)

# Debian: the project's version as is (a native package), run-time libraries computed from
# the binaries by dpkg-shlibdeps, plus what Qt loads as plug-ins and so cannot be computed.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Opora keeps the register of a social-service centre: the people it serves,
their families and their cases, the journal of services and group events,
grant projects with their target indicators, and the documents a round table
and a funder expect. It speaks Russian, Ukrainian and English.
.
The package holds the window (opora) and the command line (opora-cli). Each
user's data stays in one SQLite file in their own folder.]=])

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake")
endif()

include(CPack)
