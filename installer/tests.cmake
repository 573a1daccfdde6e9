# The icon files must be what make-icons.sh renders from the SVG today.
find_program(OPORA_RSVG_CONVERT rsvg-convert)
find_program(OPORA_ICOTOOL icotool)
find_program(OPORA_BASH bash)
if(OPORA_RSVG_CONVERT AND OPORA_ICOTOOL AND OPORA_BASH)
    add_test(NAME "icons: the PNG and ICO files are renderings of opora.svg"
        COMMAND "${OPORA_BASH}" "${CMAKE_CURRENT_SOURCE_DIR}/make-icons.sh" --check)
endif()

# The Debian package, end to end: build it with CPack, check it with lintian, install it with
# apt-get, run the installed programs, purge it. It changes the machine's packages, so it runs
# only when asked for (installer/build.sh test does) and never beside another test.
if(OPORA_PACKAGE_TESTS AND UNIX AND NOT APPLE)
    add_test(NAME "package: the .deb builds, installs, runs and purges cleanly"
        COMMAND "${OPORA_BASH}" "${CMAKE_CURRENT_SOURCE_DIR}/linux/package-test.sh"
            "${CMAKE_BINARY_DIR}" "${PROJECT_VERSION}" "${OPORA_APP_ID}")
    set_tests_properties("package: the .deb builds, installs, runs and purges cleanly"
        PROPERTIES RUN_SERIAL TRUE LABELS package TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
