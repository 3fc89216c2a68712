// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

#include "session/monitor.h"

// What the commands share: usage errors, console output, log rules, Ctrl+C, secret files.
namespace Feedscope::App {

// Translation context of the commands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::CommandLine)
};

// Prints "feedscope: message" to stderr; returns the usage exit code, 2.
int usage(const QString &message);
// One line to stdout, flushed.
void printOut(const QString &text);
// Applies --log-rules to QLoggingCategory (shared by every mode).
void applyLogRules(const QString &rules);
// Calls fn once on SIGINT or SIGTERM (through the event loop).
void onTerminationRequest(QObject *context, std::function<void()> fn);
// Parses args; on --help prints the help, on a mistake the usage; false then, with the code.
bool parseOrExit(QCommandLineParser &p, const QStringList &args, int *exitCode);
// --print's value: changes (the default), frames or none.
std::optional<MonitorOptions::Print> parsePrint(const QString &value);
// The first line of a file (- for standard input), without its line end.
std::optional<QString> readSecretFile(const QString &path, QString *error);

} // namespace Feedscope::App
