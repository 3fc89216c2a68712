// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

namespace Feedscope::App {

// Each returns the process exit code: 0 ok, 2 usage, 3 connection or authentication failure.
int runMonitorCommand(const QStringList &args);
int runReplayCommand(const QStringList &args);
int runServeCommand(const QStringList &args);
int runHeadlessDemo(const QStringList &args);

// Applies --log-rules to QLoggingCategory (shared by every mode).
void applyLogRules(const QString &rules);
// Calls fn once on SIGINT or SIGTERM (through the event loop).
void onTerminationRequest(QObject *context, std::function<void()> fn);

} // namespace Feedscope::App
