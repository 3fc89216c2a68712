# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DFEEDSCOPE=<the built binary> -DOUT=<feedscope.1> -DVERSION=<x.y.z> -P FeedscopeManPage.cmake
#
# feedscope.1, made from the program's own --help and each command's --help (the same option
# tables), so that the page cannot drift from the program.

cmake_policy(VERSION 3.21)
include(${CMAKE_CURRENT_LIST_DIR}/FeedscopeHelp.cmake)

function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    if(text MATCHES "^[.']")
        set(text "\\&${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# One --help text as roff: option and argument entries as tagged paragraphs, the rest as text.
function(help_to_roff help out)
    string(REPLACE ";" "\\;" help "${help}")
    string(REPLACE "\n" ";" lines "${help}")
    set(roff "")
    set(in_entries FALSE)
    foreach(line IN LISTS lines)
        if(line MATCHES "^Usage: " OR line STREQUAL "")
            continue()
        endif()
        if(line MATCHES "^(Options|Arguments):$")
            string(APPEND roff ".SS ${CMAKE_MATCH_1}\n")
            set(in_entries TRUE)
        elseif(line MATCHES "^Commands:$")
            string(APPEND roff ".SS Commands\n")
            set(in_entries TRUE)
        elseif(in_entries AND line MATCHES "^  ([^ ].*[^ ]|[^ ])  +([^ ].*)$")
            roff_escape("${CMAKE_MATCH_1}" tag)
            roff_escape("${CMAKE_MATCH_2}" text)
            string(APPEND roff ".TP\n\\fB${tag}\\fR\n${text}\n")
        elseif(in_entries AND line MATCHES "^  +([^ ].*)$")
            roff_escape("${CMAKE_MATCH_1}" text) # a description's next line
            string(APPEND roff "${text}\n")
        else()
            roff_escape("${line}" text)
            string(APPEND roff ".PP\n${text}\n")
            set(in_entries FALSE)
        endif()
    endforeach()
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

help_of(top)
help_to_roff("${top}" top_roff)
# The commands, as the main help lists them ("  monitor   Connect to …").
string(REGEX MATCH "Commands:\n(([ ][ ][a-z]+[ ][^\n]*\n)+)" _ "${top}")
string(REGEX MATCHALL "\n  [a-z]+ " names "\n${CMAKE_MATCH_1}")
set(commands_roff "")
foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    if(name STREQUAL "help")
        continue()
    endif()
    help_of(text ${name})
    # Each command's own help: its description line first, then its options.
    string(REGEX REPLACE "^Usage: [^\n]*\n" "" text "${text}")
    help_to_roff("${text}" roff)
    string(TOUPPER "${name}" title)
    string(APPEND commands_roff ".SH \"FEEDSCOPE ${title}\"\n" "${roff}")
endforeach()

string(TIMESTAMP today "%Y-%m-%d" UTC) # SOURCE_DATE_EPOCH, when set, for a reproducible page
file(WRITE "${OUT}" ".\\\" Made by cmake/FeedscopeManPage.cmake from feedscope --help: do not edit.
.TH FEEDSCOPE 1 \"${today}\" \"feedscope ${VERSION}\" \"User Commands\"
.SH NAME
feedscope \\- live monitor for WebSocket change feeds
.SH SYNOPSIS
.B feedscope
[\\fIoptions\\fR] [\\fIFILE.jsonl\\fR]
.br
.B feedscope
\\fICOMMAND\\fR [\\fIoptions\\fR]
.SH DESCRIPTION
Feedscope connects to a backend's WebSocket change feed (Baserow, ActiveViam ContentServer,
API page backends, GraphQL over graphql\\-transport\\-ws, or any WebSocket) and shows its
entities as a live tree, every frame in a log, and its subscriptions. Without a command it
starts the desktop app (a recording given as FILE opens in a tab); the commands below run
without a window.
${top_roff}${commands_roff}.SH \"EXIT STATUS\"
.TP
.B 0
Success.
.TP
.B 2
A usage error: an unknown option or command, or a missing value.
.TP
.B 3
The connection or the authentication failed.
.SH ENVIRONMENT
.TP
.B FEEDSCOPE_PASSWORD, FEEDSCOPE_\\fINAME\\fP
A secret for the monitor, instead of the command line (where other users can read it in the
process list): the password, or the value of the secret option \\fB\\-\\-\\fR\\fIname\\fR
(FEEDSCOPE_TOKEN, FEEDSCOPE_JWT, FEEDSCOPE_COOKIE). The \\fB\\-\\-password\\-file\\fR and
\\fB\\-\\-\\fR\\fIname\\fR\\fB\\-file\\fR forms read it from a file, \\fB\\-\\fR for standard input.
.TP
.B QT_QPA_PLATFORM
Qt's platform plugin; \\fBoffscreen\\fR runs the app without a display.
.SH FILES
.TP
.I ~/.config/Feedscope/Feedscope.conf
Settings, saved connections and the tabs to reopen (never a secret: passwords and tokens
are kept in the system's keychain).
.SH \"SEE ALSO\"
The README and docs/ of the source: the recording format, the state dump format and the
test server.
")
