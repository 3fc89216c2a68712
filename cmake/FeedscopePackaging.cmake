# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
include(GNUInstallDirs)
install(TARGETS feedscope BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/io.github.feedscope.Feedscope.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/io.github.feedscope.Feedscope.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/io.github.feedscope.Feedscope.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The PNG sizes, for desktops and docks that do not draw SVG (tools/iconset).
    foreach(size IN LISTS FEEDSCOPE_ICON_SIZES)
        install(FILES ${FEEDSCOPE_ICON_DIR}/hicolor/${size}x${size}/apps/io.github.feedscope.Feedscope.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    # What a Debian package carries in its doc folder: the copyright (machine-readable) and
    # the changelog, compressed reproducibly (changelog.gz: a native package, no revision).
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/feedscope)
    set(_changelog_gz ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
    add_custom_command(OUTPUT ${_changelog_gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
        COMMAND gzip -n -9 -c ${PROJECT_SOURCE_DIR}/packaging/linux/changelog > ${_changelog_gz}
        DEPENDS ${PROJECT_SOURCE_DIR}/packaging/linux/changelog)
    add_custom_target(feedscope_changelog ALL DEPENDS ${_changelog_gz})
    install(FILES ${_changelog_gz} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/feedscope)
    # feedscope.1 from the program's own --help (cmake/FeedscopeManPage.cmake), compressed.
    set(_man ${PROJECT_BINARY_DIR}/packaging/feedscope.1)
    add_custom_command(OUTPUT ${_man} ${_man}.gz
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
            ${CMAKE_COMMAND} -DFEEDSCOPE=$<TARGET_FILE:feedscope> -DOUT=${_man}
            -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/FeedscopeManPage.cmake
        COMMAND gzip -n -9 -c ${_man} > ${_man}.gz
        DEPENDS feedscope ${PROJECT_SOURCE_DIR}/cmake/FeedscopeManPage.cmake
            ${PROJECT_SOURCE_DIR}/cmake/FeedscopeHelp.cmake
        VERBATIM)
    add_custom_target(feedscope_manpage ALL DEPENDS ${_man}.gz)
    install(FILES ${_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # Shell completions from the same help (cmake/FeedscopeCompletions.cmake).
    set(_completions ${PROJECT_BINARY_DIR}/packaging/completions)
    add_custom_command(
        OUTPUT ${_completions}/feedscope.bash ${_completions}/_feedscope ${_completions}/feedscope.fish
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_completions}
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
            ${CMAKE_COMMAND} -DFEEDSCOPE=$<TARGET_FILE:feedscope> -DOUT_DIR=${_completions}
            -P ${PROJECT_SOURCE_DIR}/cmake/FeedscopeCompletions.cmake
        DEPENDS feedscope ${PROJECT_SOURCE_DIR}/cmake/FeedscopeCompletions.cmake
            ${PROJECT_SOURCE_DIR}/cmake/FeedscopeHelp.cmake
        VERBATIM)
    add_custom_target(feedscope_completions ALL DEPENDS ${_completions}/feedscope.bash)
    install(FILES ${_completions}/feedscope.bash RENAME feedscope
            DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
    install(FILES ${_completions}/_feedscope DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
    install(FILES ${_completions}/feedscope.fish
            DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
endif()

# Windows and macOS: deploy the Qt runtime next to the executable at install time. Qt 6.5+
# has qt_generate_deploy_app_script; 6.4 (Debian 12) does nothing with it on Linux, where the
# system Qt is used anyway.
if((WIN32 OR APPLE) AND Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET feedscope OUTPUT_SCRIPT _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_deploy})
endif()
# Windows: the other DLLs it links (simdjson, zlib, QtKeychain) beside it.
if(WIN32)
    install(FILES $<TARGET_RUNTIME_DLLS:feedscope> DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(CPACK_PACKAGE_NAME feedscope)
set(CPACK_PACKAGE_VENDOR "Feedscope contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian's lines: 79 columns at most.
set(CPACK_PACKAGE_DESCRIPTION
    "Feedscope connects to a backend's WebSocket change feed (Baserow, ActiveViam
ContentServer, API page backends, GraphQL over graphql-transport-ws, or any
WebSocket) and shows its entities as a live tree that highlights changes as
they arrive, every frame in a filterable log, and the subscriptions, which can
be added and removed by hand. Sessions can be recorded, scrubbed back in time
and compared. An embedded test server imitates each backend, so it can be
tried with no backend at all, and a headless monitor prints changes as JSON
lines.")
set(CPACK_PACKAGE_CONTACT "Feedscope contributors <feedscope@users.noreply.github.com>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Debian: feedscope_0.1.0_amd64.deb, the libraries found by dpkg-shlibdeps, and what it loads
# as plugins (the SVG icon engine) or uses when present.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Feedscope contributors <feedscope@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# qt6-translations-l10n: Qt's own strings (dialog buttons, …) in German and French.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/feedscope/feedscope")
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
# No /usr/lib/.build-id links: the debug information is not shipped.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# The folders other packages own (filesystem, hicolor-icon-theme, the shells): listed, they
# would conflict on install.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps /usr/share/bash-completion
    /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/fish /usr/share/fish/vendor_completions.d /usr/lib/.build-id)
foreach(size IN LISTS FEEDSCOPE_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
# RPM needs rpmbuild, which a Debian machine lacks: asked for, not a default.
option(FEEDSCOPE_PACKAGE_RPM "Also build an RPM package (needs rpmbuild)" OFF)
# Windows: an NSIS installer (Start-menu shortcut, uninstaller, the icon in Apps & features)
# and a ZIP to run from anywhere.
set(CPACK_PACKAGE_INSTALL_DIRECTORY Feedscope)
set(CPACK_PACKAGE_EXECUTABLES feedscope Feedscope)
set(CPACK_NSIS_PACKAGE_NAME Feedscope)
set(CPACK_NSIS_DISPLAY_NAME Feedscope)
set(CPACK_NSIS_MUI_ICON ${FEEDSCOPE_ICON_DIR}/io.github.feedscope.Feedscope.ico)
set(CPACK_NSIS_MUI_UNIICON ${FEEDSCOPE_ICON_DIR}/io.github.feedscope.Feedscope.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\feedscope.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin on PATH, for `feedscope monitor …` from a console.
set(CPACK_NSIS_MODIFY_PATH ON)
# macOS: Feedscope.app on a disk image, beside a link to Applications.
set(CPACK_DMG_VOLUME_NAME Feedscope)
set(CPACK_DMG_FORMAT UDBZ)
if(WIN32)
    set(CPACK_GENERATOR "ZIP;NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
elseif(FEEDSCOPE_PACKAGE_RPM)
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
