# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Included by the scripts that read the program's help (FeedscopeManPage.cmake,
# FeedscopeCompletions.cmake): help_of(out [COMMAND]) runs `${FEEDSCOPE} [COMMAND] --help`.

function(help_of out)
    execute_process(COMMAND ${FEEDSCOPE} ${ARGN} --help
        OUTPUT_VARIABLE text RESULT_VARIABLE rc ERROR_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "feedscope ${ARGN} --help failed (${rc})")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
