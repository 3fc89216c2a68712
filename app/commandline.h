// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The commands: monitorcommand.cpp, replaycommand.cpp, servecommand.cpp, recordcommands.cpp
// (diff and export), and
// democommand.cpp (the headless demo). Each returns the process exit code: 0 ok, 2 usage,
// 3 connection or authentication failure.
namespace Feedscope::App {

int runMonitorCommand(const QStringList &args);
int runReplayCommand(const QStringList &args);
int runServeCommand(const QStringList &args);
int runDiffCommand(const QStringList &args);
int runExportCommand(const QStringList &args);
int runHeadlessDemo(const QStringList &args);

} // namespace Feedscope::App
