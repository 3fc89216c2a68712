// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace Feedscope::App {

// The desktop app's own options (the commands have theirs): one table, read by the start-up
// decision, the help text and the GUI.
struct AppOptions
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption demo;
    QCommandLineOption smoke;
    QCommandLineOption screenshot;
    QCommandLineOption screenshotAfter;
    QCommandLineOption settings;
    QCommandLineOption logRules;

    AppOptions();
    void addTo(QCommandLineParser &parser) const;
};

// What `feedscope ARGS` should do, decided before any QCoreApplication exists (a QApplication
// needs a display; help, version and mistakes must be answered without one).
struct StartupPlan
{
    enum class Action {
        Command, // monitor, replay, serve: command holds it
        Help, // print helpText() to stdout, exit 0 (command: that command's help)
        Version, // print versionText() to stdout, exit 0
        Usage, // print error and the usage to stderr, exit 2
        Gui, // the desktop app
        HeadlessDemo, // no display: the demo on the console
    };
    Action action = Action::Gui;
    QString command;
    QString error;
    QStringList recordings; // Gui: files to open ("feedscope FILE.jsonl")
};

// A command-line word that names a recording to open (an existing file, or a .jsonl name).
bool looksLikeRecording(const QString &arg);

// The commands, in the order help lists them.
const QStringList &commandNames();
StartupPlan planStartup(const QStringList &args, bool hasDisplay);

// "feedscope 0.1.0 (Qt 6.4.2)"
QString versionText();
// The app's usage: its options and its commands.
QString helpText();
// A QCommandLineParser help text with "feedscope" where it put the program's path.
QString withProgramName(QString help);

} // namespace Feedscope::App
