# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, the warnings and the strict Qt defines;
# every target of the project links it (qBittorrent's CommonConfig pattern).
add_library(feedscope_build_flags INTERFACE)
target_compile_features(feedscope_build_flags INTERFACE cxx_std_20)
target_compile_definitions(feedscope_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    FEEDSCOPE_VERSION="${PROJECT_VERSION}")
if(WIN32)
    # windows.h without its min and max macros (they break std::min and std::max).
    target_compile_definitions(feedscope_build_flags INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN)
endif()
if(MSVC)
    target_compile_options(feedscope_build_flags INTERFACE /W4 /permissive- /utf-8)
    if(FEEDSCOPE_WERROR)
        target_compile_options(feedscope_build_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(feedscope_build_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    if(FEEDSCOPE_WERROR)
        target_compile_options(feedscope_build_flags INTERFACE -Werror)
    endif()
endif()
