# Desktop integration and documentation for Linux, installed under the usual prefix
# (/usr in the Debian package).
set(linux_dir "${CMAKE_CURRENT_SOURCE_DIR}/linux")
set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/opora")

install(FILES "${linux_dir}/${OPORA_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${linux_dir}/${OPORA_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${icon_dir}/opora.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN LISTS OPORA_ICON_SIZES)
    install(FILES "${icon_dir}/opora-${size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
        RENAME opora.png)
endforeach()
install(FILES "${linux_dir}/copyright" DESTINATION "${doc_dir}")

# Debian wants man pages and the changelog compressed with gzip -9n (no name, no time stamp),
# so the package is the same whenever it is built.
find_program(OPORA_GZIP gzip REQUIRED)
set(gz_dir "${CMAKE_CURRENT_BINARY_DIR}/gz")
configure_file("${linux_dir}/opora.1.in" "${gz_dir}/opora.1" @ONLY)
configure_file("${linux_dir}/opora-cli.1.in" "${gz_dir}/opora-cli.1" @ONLY)
configure_file("${linux_dir}/changelog" "${gz_dir}/changelog" COPYONLY)
set(gz_outputs)
foreach(name IN ITEMS opora.1 opora-cli.1 changelog)
    add_custom_command(
        OUTPUT "${gz_dir}/${name}.gz"
        COMMAND "${OPORA_GZIP}" -9nkf "${gz_dir}/${name}"
        DEPENDS "${gz_dir}/${name}"
        VERBATIM)
    list(APPEND gz_outputs "${gz_dir}/${name}.gz")
endforeach()
add_custom_target(opora_compressed_docs ALL DEPENDS ${gz_outputs})

install(FILES "${gz_dir}/opora.1.gz" "${gz_dir}/opora-cli.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${gz_dir}/changelog.gz" DESTINATION "${doc_dir}")
