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

#include "record/monitor.h"
#include "record/recording.h"

// What the commands share: usage errors, console output, log rules, Ctrl+C, secret files.
namespace Feedscope::App {

// Translation context of the commands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::CommandLine)
};

// Prints "feedscope: message" to stderr.
void printError(const QString &message);
// Prints "feedscope: message" to stderr; returns the usage exit code, 2.
int usage(const QString &message);
// One line to stdout, flushed.
void printOut(const QString &text);
// "feedscope: message" to stderr; returns code.
int failWith(int code, const QString &message);
// A recording to read: the file, its feed (the header's, or --feed's for a bare file) and the
// session configuration to replay it with. Prints what is wrong and returns nullopt then.
struct OpenedRecording
{
    std::shared_ptr<const Recording> recording;
    FeedConfig config;
};
std::optional<OpenedRecording> openRecording(
        const QString &path, const QString &feedOption, int *exitCode);
// Applies --log-rules to QLoggingCategory (shared by every mode).
void applyLogRules(const QString &rules);
// Windows: feedscope.exe is a GUI program, which has no console. For the commands (and help,
// version, usage), this attaches to the console it was started from, if any, so that they
// print there; what is already redirected to a file or a pipe stays so. Elsewhere nothing.
// (cmd.exe does not wait for a GUI program: `start /wait feedscope monitor …`, or a pipe.)
void attachParentConsole();

// Calls fn once on SIGINT or SIGTERM (through the event loop).
void onTerminationRequest(QObject *context, std::function<void()> fn);
// -h, --help in our words (Qt's own text has no French translation in Qt's catalogue).
void addHelpOption(QCommandLineParser &p);
// Parses args; on --help prints the help, on a mistake the usage; false then, with the code.
bool parseOrExit(QCommandLineParser &p, const QStringList &args, int *exitCode);
// --print's value: changes (the default), frames or none.
std::optional<MonitorOptions::Print> parsePrint(const QString &value);
// The first line of a file (- for standard input), without its line end.
std::optional<QString> readSecretFile(const QString &path, QString *error);

} // namespace Feedscope::App
