# Windows: the installed bin folder must hold everything the programs load, because Qt is not
# on the office PC. windeployqt copies the Qt libraries, the plug-ins (platform, SQLite driver,
# image formats, styles) and Qt's own ru/uk/en translations beside the executables; the
# Microsoft C++ run-time comes from CMake's InstallRequiredSystemLibraries.
find_program(OPORA_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

install(CODE "
    set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${OPORA_WINDEPLOYQT}\" --compiler-runtime --no-opengl-sw
                --no-system-d3d-compiler --translations ru,uk,en
                \"\${bin}/opora.exe\" \"\${bin}/opora-cli.exe\"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${result}\")
    endif()
")
