// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Feedscope::App {

namespace {
// One context for the file's strings, the one lupdate gives them (a free tr() once sent them
// to a context no catalogue had, and the help stayed English in every language).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::App)
};
} // namespace

AppOptions::AppOptions()
    : help({u"h"_s, u"help"_s}, Tr::tr("Show this help, with the commands, and exit."))
    , version({u"v"_s, u"version"_s}, Tr::tr("Show the version and exit."))
    , demo(u"demo"_s,
              Tr::tr("Start the demo: the test server and a connection to each of its feeds. "
                     "Without a display, the headless demo on the console."))
    , smoke(u"smoke-test"_s,
              Tr::tr("Start the demo, check that live changes arrive on all feeds, exit (0 ok, 1 "
                     "not)."))
    , screenshot(u"screenshot"_s, Tr::tr("Save a screenshot of the window to this PNG file."),
              u"FILE"_s)
    , screenshotAfter(u"screenshot-after"_s,
              Tr::tr("Seconds to wait, once every feed is live, before the screenshot (default "
                     "4)."),
              u"S"_s, u"4"_s)
    , settings(u"settings"_s, Tr::tr("Use this INI file for the settings."), u"FILE"_s)
    , logRules(u"log-rules"_s, Tr::tr("Qt logging rules, e.g. \"feedscope.net.debug=true\"."),
              u"RULES"_s)
{ }

void AppOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
            {help, version, demo, smoke, screenshot, screenshotAfter, settings, logRules});
}

const QStringList &commandNames()
{
    static const QStringList names = {
            u"monitor"_s, u"replay"_s, u"diff"_s, u"export"_s, u"serve"_s};
    return names;
}

bool looksLikeRecording(const QString &arg)
{
    return arg.endsWith(u".jsonl"_s) || arg.endsWith(u".jsonl.gz"_s) || arg.endsWith(u".gz"_s)
            || QFileInfo(arg).isFile();
}

StartupPlan planStartup(const QStringList &args, bool hasDisplay)
{
    StartupPlan plan;
    const QString first = args.value(1);
    if (commandNames().contains(first)) {
        plan.action = StartupPlan::Action::Command;
        plan.command = first;
        return plan;
    }
    if (first == u"help") {
        // "feedscope help" is the app's help; "feedscope help monitor" that command's.
        const QString about = args.value(2);
        if (!about.isEmpty() && !commandNames().contains(about)) {
            plan.action = StartupPlan::Action::Usage;
            plan.error = Tr::tr("no command \"%1\" (commands: %2)")
                                 .arg(about, commandNames().join(u", "_s));
            return plan;
        }
        plan.action = StartupPlan::Action::Help;
        plan.command = about;
        return plan;
    }
    QCommandLineParser p;
    const AppOptions o;
    o.addTo(p);
    if (!p.parse(args)) {
        plan.action = StartupPlan::Action::Usage;
        plan.error = p.errorText();
        return plan;
    }
    if (p.isSet(o.help)) {
        plan.action = StartupPlan::Action::Help;
        return plan;
    }
    if (p.isSet(o.version)) {
        plan.action = StartupPlan::Action::Version;
        return plan;
    }
    // "feedscope FILE …": recordings to open in the app.
    for (const QString &arg : p.positionalArguments()) {
        if (!looksLikeRecording(arg)) {
            plan.action = StartupPlan::Action::Usage;
            plan.error = Tr::tr("unknown command \"%1\" (commands: %2)")
                                 .arg(arg, commandNames().join(u", "_s));
            return plan;
        }
        plan.recordings << arg;
    }
    if (!plan.recordings.isEmpty() && !hasDisplay) {
        plan.action = StartupPlan::Action::Usage;
        plan.error = Tr::tr("opening a recording needs a display; \"feedscope replay FILE\" reads "
                            "one on the console");
        return plan;
    }
    if (hasDisplay) {
        plan.action = StartupPlan::Action::Gui;
        return plan;
    }
    // Without a display only the demo can run: on the console.
    for (const QCommandLineOption *needsWindow : {&o.smoke, &o.screenshot, &o.screenshotAfter}) {
        if (p.isSet(*needsWindow)) {
            plan.action = StartupPlan::Action::Usage;
            plan.error = Tr::tr("--%1 needs a display (DISPLAY or WAYLAND_DISPLAY, or "
                                "QT_QPA_PLATFORM=offscreen)")
                                 .arg(needsWindow->names().constLast());
            return plan;
        }
    }
    plan.action = StartupPlan::Action::HeadlessDemo;
    return plan;
}

QString versionText()
{
    return u"feedscope %1 (Qt %2)\n"_s.arg(
            QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}

QString withProgramName(QString help)
{
    // QCommandLineParser names the program by its path: people type "feedscope".
    const QStringList args = QCoreApplication::arguments();
    if (!args.isEmpty() && !args.constFirst().isEmpty())
        help.replace(args.constFirst(), u"feedscope"_s);
    return help;
}

QString helpText()
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("A live monitor for WebSocket change feeds."));
    p.addPositionalArgument(u"command"_s, Tr::tr("One of the commands below, or none for the app."),
            u"[COMMAND [OPTIONS]]"_s);
    const AppOptions o;
    o.addTo(p);
    QString text = withProgramName(p.helpText());
    text += u"\n"_s + Tr::tr("Commands:") + u'\n';
    const std::pair<QString, QString> commands[] = {
            {u"monitor"_s,
                    Tr::tr("Connect to a feed headless, print its changes, record frames, write "
                           "the "
                           "final state.")},
            {u"replay"_s, Tr::tr("Feed a recording or a transcript through the decoder, offline.")},
            {u"diff"_s, Tr::tr("What changed in a recording between two moments, as JSON.")},
            {u"export"_s, Tr::tr("A recording's frames as JSON Lines, CSV or HAR.")},
            {u"serve"_s, Tr::tr("Run the embedded test server alone, for other clients.")},
            {u"help"_s, Tr::tr("This help; \"help COMMAND\" shows that command's options.")},
    };
    for (const auto &[name, what] : commands)
        text += u"  "_s + name.leftJustified(10) + what + u'\n';
    text += u'\n'
            + Tr::tr("Without a display, a plain \"feedscope\" (or \"feedscope --demo\") runs the "
                     "headless demo.")
            + u'\n';
    return text;
}

} // namespace Feedscope::App
