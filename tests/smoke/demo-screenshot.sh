#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts `feedscope --demo` under Xvfb, waits until live changes arrive on all three feeds,
# saves a screenshot of the window, and checks the picture is not empty.
#   tests/smoke/demo-screenshot.sh [build/main/bin/feedscope] [docs/screenshot-demo.png]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${1:-$root/build/main/bin/feedscope}
out=${2:-$root/docs/screenshot-demo.png}
for tool in xvfb-run convert; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb imagemagick)" >&2; exit 2; }
done
settings=$(mktemp --suffix=.ini)
trap 'rm -f "$settings"' EXIT
FEEDSCOPE_QUIT_AFTER_SCREENSHOT=1 timeout 90 xvfb-run -a -s "-screen 0 1440x900x24" \
    "$bin" --demo --smoke-test --screenshot "$out" --screenshot-after "${SCREENSHOT_AFTER:-5}" --settings "$settings"
# A real picture has many colours; a blank or black window has one or two.
colours=$(convert "$out" -format %k info:)
echo "screenshot $out: $(identify -format '%wx%h' "$out"), $colours colours"
[ "$colours" -gt 64 ]
