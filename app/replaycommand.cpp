// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include "cliutil.h"
#include "commandline.h"
#include "feeds/registry.h"
#include "record/replay.h"
#include "session/statedump.h"
#include "startup.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

int runReplayCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
            "Feed a recording (or a transcript) through the decoder and store, up to a moment."));
    addHelpOption(p);
    p.addPositionalArgument(u"replay"_s, Tr::tr("the mode"));
    p.addPositionalArgument(u"FILE"_s,
            Tr::tr("a recording (.jsonl or .jsonl.gz, docs/recording-format.md) or a fixture "
                   "transcript ({dir,msg} lines)"));
    QCommandLineOption feed {u"feed"_s,
            Tr::tr("Feed of a file without a header: %1.").arg(Feeds::idList()), u"FEED"_s};
    QCommandLineOption until {u"until"_s,
            Tr::tr("Stop after this frame (its number, as the log shows it) or at this ISO "
                   "time; the state is the one at that moment."),
            u"FRAME|TIME"_s};
    QCommandLineOption dump {
            u"dump-state"_s, Tr::tr("Write the state to this JSON file."), u"FILE"_s};
    QCommandLineOption print {
            u"print"_s, Tr::tr("What to print: changes or none."), u"WHAT"_s, u"none"_s};
    QCommandLineOption logRules {u"log-rules"_s, Tr::tr("Qt logging rules."), u"RULES"_s};
    p.addOptions({feed, until, dump, print, logRules});
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << withProgramName(p.helpText());
        return 0;
    }
    int code = 0;
    applyLogRules(p.value(logRules));
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(Tr::tr("replay wants exactly one FILE"));
    auto pr = parsePrint(p.value(print));
    if (!pr || *pr == MonitorOptions::Print::Frames)
        return usage(Tr::tr("--print wants changes or none"));
    auto opened = openRecording(pos[1], p.value(feed), &code);
    if (!opened)
        return code;
    qsizetype frames = -1;
    if (p.isSet(until)) {
        QString error;
        frames = opened->recording->framesUntil(p.value(until), &error);
        if (frames < 0)
            return usage(error);
    }
    FeedSession session(opened->config);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    if (*pr == MonitorOptions::Print::Changes) {
        session.store()->setAppliedCallback([&](const Change &c, NodeId id) {
            out.write(changeLine(*session.store(), c, id));
        });
    }
    const ReplaySummary summary = replayRecording(session, *opened->recording, frames);
    out.flush();
    if (p.isSet(dump)) {
        QFile file(p.value(dump));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failWith(
                    3, Tr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        file.write(stateDumpJson(*session.store(), opened->config.feedId()));
    }
    usage(u"replay: "_s + summary.describe());
    return 0;
}

} // namespace Feedscope::App
