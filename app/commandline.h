// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The commands, one file each: monitorcommand.cpp, replaycommand.cpp, servecommand.cpp, and
// democommand.cpp (the headless demo). Each returns the process exit code: 0 ok, 2 usage,
// 3 connection or authentication failure.
namespace Feedscope::App {

int runMonitorCommand(const QStringList &args);
int runReplayCommand(const QStringList &args);
int runServeCommand(const QStringList &args);
int runHeadlessDemo(const QStringList &args);

} // namespace Feedscope::App
