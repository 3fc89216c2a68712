# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every user-visible string goes through tr()/QT_TRANSLATE_NOOP; lupdate scans the sources of
# all product targets (not only the executable's), and the .qm files are embedded at /i18n.
set(_feedscope_ts_sources)
foreach(_target feedscope_core feedscope_server feedscope_ui feedscope)
    get_target_property(_sources ${_target} SOURCES)
    get_target_property(_dir ${_target} SOURCE_DIR)
    foreach(_source IN LISTS _sources)
        if(_source MATCHES "\\.(cpp|h)$")
            if(NOT IS_ABSOLUTE "${_source}")
                set(_source "${_dir}/${_source}")
            endif()
            list(APPEND _feedscope_ts_sources "${_source}")
        endif()
    endforeach()
endforeach()
qt_add_translations(feedscope
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/feedscope_de.ts
    SOURCES ${_feedscope_ts_sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
