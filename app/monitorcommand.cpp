// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>

#include "cliutil.h"
#include "commandline.h"
#include "connectionarguments.h"
#include "record/monitor.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

int runMonitorCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("Connect to a feed, print what changes, write the final state."));
    addHelpOption(p);
    p.addPositionalArgument(u"monitor"_s, Tr::tr("the mode"));
    const ConnectionArguments connection;
    connection.addTo(p);
    QCommandLineOption duration {u"duration"_s, Tr::tr("Stop after this many seconds."), u"S"_s};
    QCommandLineOption idle {
            u"idle"_s, Tr::tr("Stop after this many seconds without a frame."), u"S"_s};
    QCommandLineOption print {
            u"print"_s, Tr::tr("What to print: changes, frames or none."), u"WHAT"_s, u"changes"_s};
    QCommandLineOption record {
            u"record"_s, Tr::tr("Record frames to this JSON Lines file."), u"FILE"_s};
    QCommandLineOption dump {
            u"dump-state"_s, Tr::tr("Write the final state to this JSON file."), u"FILE"_s};
    QCommandLineOption attempts {u"connect-attempts"_s,
            Tr::tr("Give up after this many failed first attempts (default 3)."), u"N"_s};
    QCommandLineOption report {u"report"_s,
            Tr::tr("At the end, print throughput (first to last frame) and memory figures.")};
    p.addOptions({duration, idle, print, record, dump, attempts, report});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    applyLogRules(p.value(connection.logRules()));
    MonitorOptions options;
    const QString error = connection.buildConfig(p, options.config);
    if (!error.isEmpty())
        return usage(error);
    auto pr = parsePrint(p.value(print));
    if (!pr)
        return usage(Tr::tr("--print wants changes, frames or none"));
    options.print = *pr;
    bool ok = true;
    if (p.isSet(duration)) {
        options.durationSec = p.value(duration).toDouble(&ok);
        if (!ok || options.durationSec <= 0)
            return usage(Tr::tr("--duration wants a positive number of seconds"));
    }
    if (p.isSet(idle)) {
        options.idleSec = p.value(idle).toDouble(&ok);
        if (!ok || options.idleSec <= 0)
            return usage(Tr::tr("--idle wants a positive number of seconds"));
    }
    if (p.isSet(attempts)) {
        options.connectAttempts = p.value(attempts).toInt(&ok);
        if (!ok || options.connectAttempts <= 0)
            return usage(Tr::tr("--connect-attempts wants a positive number"));
    }
    options.recordPath = p.value(record);
    options.dumpPath = p.value(dump);
    options.report = p.isSet(report);
    MonitorRunner runner(options);
    onTerminationRequest(&runner, [&runner] { runner.stop(); });
    return runner.run();
}

} // namespace Feedscope::App
