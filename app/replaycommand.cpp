// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QTextStream>

#include "cliutil.h"
#include "commandline.h"
#include "feeds/registry.h"
#include "session/monitor.h"
#include "startup.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

int runReplayCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("Feed a recording or a transcript through the decoder and store."));
    p.addHelpOption();
    p.addPositionalArgument(u"replay"_s, Tr::tr("the mode"));
    p.addPositionalArgument(u"FILE"_s,
            Tr::tr("recording ({seq,t,dir,frame} lines) or transcript ({dir,msg} lines)"));
    const QString first = Feeds::all().constFirst()->id;
    QCommandLineOption feed {u"feed"_s,
            Tr::tr("Feed: %1 (default %2).").arg(Feeds::idList(), first), u"FEED"_s, first};
    QCommandLineOption dump {
            u"dump-state"_s, Tr::tr("Write the final state to this JSON file."), u"FILE"_s};
    QCommandLineOption print {
            u"print"_s, Tr::tr("What to print: changes or none."), u"WHAT"_s, u"none"_s};
    QCommandLineOption logRules {u"log-rules"_s, Tr::tr("Qt logging rules."), u"RULES"_s};
    p.addOptions({feed, dump, print, logRules});
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << withProgramName(p.helpText());
        return 0;
    }
    applyLogRules(p.value(logRules));
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usage(Tr::tr("replay wants exactly one FILE"));
    const FeedDescriptor *descriptor = Feeds::find(p.value(feed));
    if (!descriptor)
        return usage(Tr::tr("unknown feed \"%1\" (%2)").arg(p.value(feed), Feeds::idList()));
    auto pr = parsePrint(p.value(print));
    if (!pr || *pr == MonitorOptions::Print::Frames)
        return usage(Tr::tr("--print wants changes or none"));
    return runReplay(*descriptor, pos[1], p.value(dump), *pr);
}

} // namespace Feedscope::App
