# The Windows installer (NSIS): Start menu entry, uninstaller, licence page.
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Opora")
set(CPACK_NSIS_DISPLAY_NAME "Opora ${PROJECT_VERSION}")
set(CPACK_PACKAGE_EXECUTABLES "opora" "Opora")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\opora.exe")
set(CPACK_NSIS_MUI_ICON "${icon_dir}/opora.ico")
set(CPACK_NSIS_MUI_UNIICON "${icon_dir}/opora.ico")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "opora.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "maintainers@opora.example.org")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The uninstaller deletes the registry key Software\<vendor>\<this key> of the current user
# when it runs without administrator rights. Opora's own settings live in
# HKEY_CURRENT_USER\Software\Opora\opora, so this key must never be "opora": a distinct name
# keeps the settings (and the data in %APPDATA%\Opora\opora, which the uninstaller never
# touches) in place.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Opora Setup")
