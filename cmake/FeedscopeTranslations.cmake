# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every user-visible string goes through tr()/QT_TRANSLATE_NOOP; lupdate scans the sources of
# the product (core, ui, app), and the .qm files are embedded at /i18n.
# core/ is a stack of libraries (core/CMakeLists.txt) and feeds and servers add their own: the
# catalogue takes every source of the product's folders, so that no library's strings are left
# out of it.
file(GLOB_RECURSE _feedscope_ts_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
qt_add_translations(feedscope
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/feedscope_de.ts
        ${PROJECT_SOURCE_DIR}/translations/feedscope_fr.ts
    SOURCES ${_feedscope_ts_sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)

# English plural forms: "%n frame(s)" reads "1 frame", "2 frames". feedscope_en.ts holds only
# the strings with %n (lupdate -pluralonly); it is loaded first, under every language, so a
# catalogue that lacks a plural falls back to proper English. Qt 6.7 has PLURALS_TS_FILE for
# this; 6.4 does not, so the update is wired here and runs with update_translations.
set(_feedscope_plurals ${PROJECT_SOURCE_DIR}/translations/feedscope_en.ts)
add_custom_target(update_translations_plurals
    COMMAND $<TARGET_FILE:Qt6::lupdate> -pluralonly -no-obsolete -locations none -silent
        ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
        -ts ${_feedscope_plurals}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating the English plural forms"
    VERBATIM)
add_dependencies(update_translations update_translations_plurals)
set(_feedscope_plural_qm ${CMAKE_CURRENT_BINARY_DIR}/i18n-plurals/feedscope_en.qm)
add_custom_command(OUTPUT ${_feedscope_plural_qm}
    COMMAND $<TARGET_FILE:Qt6::lrelease> -silent ${_feedscope_plurals} -qm ${_feedscope_plural_qm}
    DEPENDS ${_feedscope_plurals}
    VERBATIM)
add_custom_target(feedscope_plurals_qm DEPENDS ${_feedscope_plural_qm})
add_dependencies(feedscope feedscope_plurals_qm)
qt_add_resources(feedscope feedscope_plurals PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n-plurals FILES ${_feedscope_plural_qm})
