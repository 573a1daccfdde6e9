# One INTERFACE target carries the language standard, warnings and strict Qt
# defines; every Opora target links it privately.
add_library(opora_options INTERFACE)
target_compile_features(opora_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(opora_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(opora_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
elseif(MSVC)
    target_compile_options(opora_options INTERFACE /W4 /permissive- /utf-8)
endif()

option(OPORA_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
if(OPORA_WARNINGS_AS_ERRORS AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(opora_options INTERFACE -Werror)
endif()

# Full RELRO, as Debian's hardening flags give packaged programs: the dynamic relocations are
# resolved at start and then made read-only.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(opora_options INTERFACE "LINKER:-z,relro,-z,now")
endif()

# Precompiled Qt headers: on a two-core office PC or CI machine they halve a clean build.
option(OPORA_PCH "Precompile the Qt headers" ON)
function(opora_precompile target)
    if(NOT OPORA_PCH)
        return()
    endif()
    set(headers <QtCore/QtCore> <QtSql/QtSql>)
    foreach(module IN ITEMS Gui Widgets PrintSupport)
        get_target_property(links ${target} LINK_LIBRARIES)
        if("Qt6::${module}" IN_LIST links OR "opora_ui" IN_LIST links)
            list(APPEND headers <Qt${module}/Qt${module}>)
        endif()
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers} ${ARGN})
endfunction()
