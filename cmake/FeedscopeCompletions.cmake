# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DFEEDSCOPE=<the built binary> -DOUT_DIR=<dir> -P FeedscopeCompletions.cmake
#
# Shell completions for bash, zsh and fish, made from the program's own --help and each
# command's (the same option tables as the help and the man page): the commands, each one's
# options, and file names where an option takes a FILE.

cmake_policy(VERSION 3.21)
include(${CMAKE_CURRENT_LIST_DIR}/FeedscopeHelp.cmake)

# The options of one help text: <prefix>_opts (every --long), <prefix>_files (those taking a
# FILE or DIR), and for fish one line per option with its first line of description.
function(options_of help prefix)
    string(REPLACE ";" "," help "${help}")
    string(REPLACE "\n" ";" lines "${help}")
    set(opts "")
    set(files "")
    set(described "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^  (-[a-zA-Z], )?--([a-z][a-z0-9-]*)( <([A-Z]+)>)?  +(.*)$")
            set(name "${CMAKE_MATCH_2}")
            set(value "${CMAKE_MATCH_4}")
            set(text "${CMAKE_MATCH_5}")
            if(name STREQUAL "help-all")
                continue()
            endif()
            list(APPEND opts "--${name}")
            string(REPLACE "'" "" text "${text}")
            string(REPLACE "\"" "" text "${text}")
            if(value MATCHES "^(FILE|DIR)$") # (a PATH is on the server)
                list(APPEND files "--${name}")
                list(APPEND described "${name}|F|${text}")
            elseif(NOT value STREQUAL "")
                list(APPEND described "${name}|r|${text}")
            else()
                list(APPEND described "${name}||${text}")
            endif()
        endif()
    endforeach()
    set(${prefix}_opts "${opts}" PARENT_SCOPE)
    set(${prefix}_files "${files}" PARENT_SCOPE)
    set(${prefix}_described "${described}" PARENT_SCOPE)
endfunction()

help_of(top)
string(REPLACE ";" "," top "${top}") # a list separator to CMake
options_of("${top}" top)
string(REGEX MATCH "Commands:\n(([ ][ ][a-z]+[ ][^\n]*\n)+)" _ "${top}")
string(REGEX MATCHALL "  [a-z]+ +[^\n]*" command_lines "${CMAKE_MATCH_1}")
set(commands "")
foreach(cl IN LISTS command_lines)
    string(REGEX MATCH "^  ([a-z]+) +(.*)$" _ "${cl}")
    list(APPEND commands "${CMAKE_MATCH_1}")
    string(REPLACE "\"" "" _desc "${CMAKE_MATCH_2}")
    set(desc_${CMAKE_MATCH_1} "${_desc}")
    if(NOT CMAKE_MATCH_1 STREQUAL "help")
        help_of(text ${CMAKE_MATCH_1})
        options_of("${text}" cmd_${CMAKE_MATCH_1})
    endif()
endforeach()

# --- bash ----------------------------------------------------------------------------------
list(JOIN commands " " command_words)
list(JOIN top_opts " " top_words)
list(JOIN top_files "|" top_file_opts)
set(bash "# bash completion for feedscope. Made from feedscope --help: do not edit.
_feedscope()
{
    local cur=\"\${COMP_WORDS[COMP_CWORD]}\" prev=\"\${COMP_WORDS[COMP_CWORD-1]}\"
    local command= i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case \"\${COMP_WORDS[i]}\" in
            ${command_words}) command=\${COMP_WORDS[i]}; break ;;
        esac
    done
    local opts files
    case \"\$command\" in
")
string(REPLACE " " "|" command_alts "${command_words}")
string(REPLACE "            ${command_words})" "            ${command_alts})" bash "${bash}")
foreach(c IN LISTS commands)
    if(c STREQUAL "help")
        set(words "${command_words}")
        set(fileopts "")
    else()
        list(JOIN cmd_${c}_opts " " words)
        list(JOIN cmd_${c}_files "|" fileopts)
    endif()
    string(APPEND bash "        ${c}) opts=\"${words}\"; files=\"${fileopts}\" ;;\n")
endforeach()
string(APPEND bash "        *) opts=\"${top_words} ${command_words}\"; files=\"${top_file_opts}\" ;;
    esac
    if [[ -n \"\$files\" && \"|\$files|\" == *\"|\$prev|\"* ]]; then
        COMPREPLY=(\$(compgen -f -- \"\$cur\"))
        return
    fi
    if [[ \"\$cur\" == -* || -z \"\$command\" ]]; then
        COMPREPLY=(\$(compgen -W \"\$opts\" -- \"\$cur\"))
        [[ -z \"\$command\" && \"\$cur\" != -* ]] && COMPREPLY+=(\$(compgen -f -X '!*.jsonl*' -- \"\$cur\"))
        return
    fi
    COMPREPLY=(\$(compgen -f -- \"\$cur\"))
}
complete -F _feedscope feedscope
")
file(WRITE "${OUT_DIR}/feedscope.bash" "${bash}")

# --- fish ----------------------------------------------------------------------------------
set(fish "# fish completion for feedscope. Made from feedscope --help: do not edit.\n")
string(APPEND fish "complete -c feedscope -f\n")
foreach(c IN LISTS commands)
    string(APPEND fish "complete -c feedscope -n __fish_use_subcommand -a ${c} -d \"${desc_${c}}\"\n")
endforeach()
string(APPEND fish "complete -c feedscope -n __fish_use_subcommand -F -a '(__fish_complete_suffix .jsonl)'\n")
macro(fish_options condition described)
    foreach(entry IN LISTS ${described})
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 name)
        list(GET parts 1 kind)
        list(GET parts 2 text)
        set(flag "")
        if(kind STREQUAL "F")
            set(flag " -r -F")
        elseif(kind STREQUAL "r")
            set(flag " -r")
        endif()
        string(APPEND fish "complete -c feedscope -n '${condition}' -l ${name}${flag} -d \"${text}\"\n")
    endforeach()
endmacro()
fish_options("__fish_use_subcommand" top_described)
foreach(c IN LISTS commands)
    if(NOT c STREQUAL "help")
        fish_options("__fish_seen_subcommand_from ${c}" cmd_${c}_described)
    endif()
endforeach()
file(WRITE "${OUT_DIR}/feedscope.fish" "${fish}")

# --- zsh -----------------------------------------------------------------------------------
set(zsh "#compdef feedscope
# zsh completion for feedscope. Made from feedscope --help: do not edit.
_feedscope() {
    local -a commands
    commands=(
")
foreach(c IN LISTS commands)
    string(REPLACE ":" "\\:" d "${desc_${c}}")
    string(REPLACE "'" "" d "${d}")
    string(APPEND zsh "        '${c}:${d}'\n")
endforeach()
string(APPEND zsh "    )
    if (( CURRENT == 2 )) && [[ \$words[2] != -* ]]; then
        _describe -t commands 'feedscope command' commands
        _files -g '*.jsonl(|.gz)'
        return
    fi
    local -a opts
    case \$words[2] in
")
macro(zsh_options described)
    foreach(entry IN LISTS ${described})
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 name)
        list(GET parts 1 kind)
        list(GET parts 2 text)
        string(REPLACE "'" "" text "${text}")
        string(REPLACE "[" "(" text "${text}")
        string(REPLACE "]" ")" text "${text}")
        string(REPLACE ":" "\\:" text "${text}")
        if(kind STREQUAL "F")
            string(APPEND zsh "            '--${name}=[${text}]:file:_files'\n")
        elseif(kind STREQUAL "r")
            string(APPEND zsh "            '--${name}=[${text}]:value: '\n")
        else()
            string(APPEND zsh "            '--${name}[${text}]'\n")
        endif()
    endforeach()
endmacro()
foreach(c IN LISTS commands)
    if(NOT c STREQUAL "help")
        string(APPEND zsh "        ${c}) opts=(\n")
        zsh_options(cmd_${c}_described)
        string(APPEND zsh "        ) ;;\n")
    endif()
endforeach()
string(APPEND zsh "        *) opts=(\n")
zsh_options(top_described)
string(APPEND zsh "        ) ;;
    esac
    _arguments -s \$opts '*:file:_files'
}
_feedscope \"\$@\"
")
file(WRITE "${OUT_DIR}/_feedscope" "${zsh}")
