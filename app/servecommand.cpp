// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>
#include <QTextStream>

#include "cliutil.h"
#include "commandline.h"
#include "feeds/registry.h"
#include "record/recordingimitation.h"
#include "server/embeddedserver.h"
#include "server/imitations.h"
#include "server/servercontext.h"
#include "startup.h"
#include "util/count.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

namespace {
std::optional<double> probability(const QString &text)
{
    bool ok = false;
    const double p = text.toDouble(&ok);
    if (!ok || p < 0 || p > 1)
        return std::nullopt;
    return p;
}
} // namespace

int runServeCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Run the embedded test server alone."));
    addHelpOption(p);
    p.addPositionalArgument(u"serve"_s, Tr::tr("the mode"));
    QStringList imitated;
    for (const Server::ImitationFactory &f : Server::imitationFactories())
        imitated << f.feedId;
    QCommandLineOption feed {u"feed"_s,
            Tr::tr("The feeds to imitate, comma-separated: %1, or all (default all).")
                    .arg(imitated.join(u", "_s)),
            u"FEED"_s, u"all"_s};
    QCommandLineOption port {
            u"port"_s, Tr::tr("Port (0: any free port; default 8765)."), u"PORT"_s, u"8765"_s};
    QCommandLineOption bind {u"bind"_s, Tr::tr("Address to listen on (default 127.0.0.1)."),
            u"ADDRESS"_s, u"127.0.0.1"_s};
    QCommandLineOption allowRemote {
            u"allow-remote"_s, Tr::tr("Allow --bind to an address other machines can reach.")};
    QCommandLineOption scenario {
            u"scenario"_s, Tr::tr("none, demo or flood (default none)."), u"NAME"_s, u"none"_s};
    QCommandLineOption rate {
            u"rate"_s, Tr::tr("Demo changes per second (default 5)."), u"N"_s, u"5"_s};
    QCommandLineOption seed {
            u"seed"_s, Tr::tr("Seed of the scenario generator (default 1)."), u"S"_s, u"1"_s};
    QCommandLineOption users {
            u"users"_s, Tr::tr("JSON file of extra users (docs/test-server.md)."), u"FILE"_s};
    QCommandLineOption data {u"data"_s,
            Tr::tr("JSON file replacing the demo data (docs/test-server.md)."), u"FILE"_s};
    QCommandLineOption floodCount {
            u"flood-count"_s, Tr::tr("Stop the flood after this many frames."), u"N"_s};
    QCommandLineOption floodRate {u"flood-rate"_s,
            Tr::tr("Flood frames per second (default: as fast as the client reads)."), u"N"_s};
    QCommandLineOption floodDelay {u"flood-delay"_s,
            Tr::tr("Start the flood this many seconds after its table has a subscriber."), u"S"_s};
    QCommandLineOption floodTable {u"flood-table"_s,
            Tr::tr("What the flood updates: the Baserow table (default 100)."), u"ID"_s};
    QCommandLineOption rows {
            u"rows"_s, Tr::tr("Add this many generated rows to the flood table."), u"N"_s};
    QCommandLineOption accessTtl {
            u"access-ttl"_s, Tr::tr("Baserow access token life in seconds (default 600)."), u"S"_s};
    QCommandLineOption refreshTtl {u"refresh-ttl"_s,
            Tr::tr("Baserow refresh token life in seconds (default 604800)."), u"S"_s};
    QCommandLineOption pingInterval {u"baserow-ping-interval"_s,
            Tr::tr("Baserow transport ping interval in ms (default 20000)."), u"MS"_s};
    QCommandLineOption csOrigins {u"cs-allowed-origins"_s,
            Tr::tr("Comma-separated Origin allow-list for ContentServer."), u"LIST"_s};
    QCommandLineOption csStreamAll {u"cs-stream-all"_s,
            Tr::tr("ContentServer sends every readable change, no LISTEN needed.")};
    QCommandLineOption csNoGreeting {
            u"cs-no-greeting"_s, Tr::tr("ContentServer sends no greeting on connect.")};
    QCommandLineOption csRemove {u"cs-remove-action"_s,
            Tr::tr("Action string of removals (REMOVE or DELETE)."), u"ACTION"_s};
    QCommandLineOption apAnswer {u"ap-answer-pings"_s,
            Tr::tr("\"API page\": answer pings and close (the real server does not).")};
    QCommandLineOption apPing {u"ap-ping-interval"_s,
            Tr::tr("\"API page\" ping interval in ms (default 54000)."), u"MS"_s};
    QCommandLineOption fDrop {
            u"fault-drop"_s, Tr::tr("Drop a connection with this probability per frame."), u"P"_s};
    QCommandLineOption fDelay {
            u"fault-delay"_s, Tr::tr("Delay every frame by this many ms."), u"MS"_s};
    QCommandLineOption fMalformed {u"fault-malformed"_s,
            Tr::tr("Send a malformed frame with this probability per frame."), u"P"_s};
    QCommandLineOption fUnknown {u"fault-unknown"_s,
            Tr::tr("Send a frame of unknown type with this probability per frame."), u"P"_s};
    QCommandLineOption fOversize {u"fault-oversize"_s,
            Tr::tr("Send a 17 MiB frame with this probability per frame."), u"P"_s};
    QCommandLineOption fExpire {
            u"fault-expire-tokens"_s, Tr::tr("Issue access tokens that expire after 5 s.")};
    QCommandLineOption secret {u"secret"_s,
            Tr::tr("Key the imitations sign tokens with (default: one kept in the app's data "
                   "folder, so tokens survive a restart)."),
            u"SECRET"_s};
    QCommandLineOption replay {u"replay"_s,
            Tr::tr("Serve this recording instead of the imitations: its frames, with their "
                   "timing, to every client on the recorded feed's path, and its REST answers "
                   "(docs/recording-format.md)."),
            u"FILE"_s};
    QCommandLineOption speed {u"speed"_s,
            Tr::tr("With --replay: how much faster than recorded (default 1)."), u"X"_s, u"1"_s};
    QCommandLineOption logRules {u"log-rules"_s, Tr::tr("Qt logging rules."), u"RULES"_s};
    p.addOptions({replay, speed});
    p.addOptions({feed, port, bind, secret, allowRemote, scenario, rate, seed, users, data,
            floodCount, floodRate, floodDelay, floodTable, rows, accessTtl, refreshTtl,
            pingInterval, csOrigins, csStreamAll, csNoGreeting, csRemove, apAnswer, apPing, fDrop,
            fDelay, fMalformed, fUnknown, fOversize, fExpire, logRules});
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << withProgramName(p.helpText());
        return 0;
    }
    applyLogRules(p.value(logRules));
    Server::EmbeddedServerConfig c;
    if (const QString f = p.value(feed).toLower(); f != u"all") {
        for (const QString &name : f.split(u',', Qt::SkipEmptyParts)) {
            // Accepted by a feed's id or alias ("cs"), kept by the imitation's id.
            const FeedDescriptor *d = Feeds::find(name.trimmed());
            const QString id = d ? d->id : name.trimmed();
            if (!imitated.contains(id))
                return usage(Tr::tr("--feed wants %1 or all").arg(imitated.join(u", "_s)));
            c.feeds << id;
        }
    }
    bool ok = false;
    const int portNumber = p.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return usage(Tr::tr("--port wants 0 to 65535"));
    c.port = quint16(portNumber);
    c.address = QHostAddress(p.value(bind));
    if (c.address.isNull())
        return usage(Tr::tr("--bind wants an IP address"));
    if (!c.address.isLoopback() && !p.isSet(allowRemote))
        return usage(Tr::tr("--bind %1 makes the server reachable from other machines; add "
                            "--allow-remote if you mean it")
                             .arg(p.value(bind)));
    const QString sc = p.value(scenario).toLower();
    if (sc == u"demo")
        c.scenario = Server::EmbeddedServerConfig::Scenario::Demo;
    else if (sc == u"flood")
        c.scenario = Server::EmbeddedServerConfig::Scenario::Flood;
    else if (sc != u"none")
        return usage(Tr::tr("--scenario wants none, demo or flood"));
    c.rate = p.value(rate).toDouble(&ok);
    if (!ok || c.rate <= 0)
        return usage(Tr::tr("--rate wants a positive number"));
    c.seed = p.value(seed).toUInt(&ok);
    if (!ok)
        return usage(Tr::tr("--seed wants a non-negative integer"));
    c.usersFile = p.value(users);
    c.dataFile = p.value(data);
    if (p.isSet(floodCount))
        c.floodCount = p.value(floodCount).toLongLong();
    if (p.isSet(floodRate)) {
        c.floodRate = p.value(floodRate).toDouble(&ok);
        if (!ok || c.floodRate <= 0)
            return usage(Tr::tr("--flood-rate wants a positive number"));
    }
    if (p.isSet(floodDelay)) {
        const double delay = p.value(floodDelay).toDouble(&ok);
        if (!ok || delay < 0)
            return usage(Tr::tr("--flood-delay wants a number of seconds"));
        c.floodDelayMs = int(delay * 1000);
    }
    if (p.isSet(floodTable))
        c.floodTarget = p.value(floodTable);
    if (p.isSet(rows))
        c.generateRows = p.value(rows).toInt();
    if (p.isSet(secret)) {
        if (p.value(secret).size() < 16)
            return usage(Tr::tr("--secret wants at least 16 characters"));
        c.options.signingSecret = p.value(secret).toUtf8();
    }
    if (p.isSet(accessTtl))
        c.options.accessTtlSec = p.value(accessTtl).toInt();
    if (p.isSet(refreshTtl))
        c.options.refreshTtlSec = p.value(refreshTtl).toInt();
    if (p.isSet(pingInterval))
        c.options.baserowPingIntervalMs = c.options.baserowPingTimeoutMs =
                p.value(pingInterval).toInt();
    if (p.isSet(csOrigins))
        c.options.csAllowedOrigins = p.value(csOrigins).split(u',', Qt::SkipEmptyParts);
    c.options.csStreamAll = p.isSet(csStreamAll);
    c.options.csGreeting = !p.isSet(csNoGreeting);
    if (p.isSet(csRemove))
        c.options.csRemoveAction = p.value(csRemove);
    c.options.apAnswerPings = p.isSet(apAnswer);
    if (p.isSet(apPing))
        c.options.apPingIntervalMs = p.value(apPing).toInt();
    for (auto [opt, target] :
            {std::pair {&fDrop, &c.faults.dropConnections}, {&fMalformed, &c.faults.malformed},
                    {&fUnknown, &c.faults.unknownTypes}, {&fOversize, &c.faults.oversize}}) {
        if (!p.isSet(*opt))
            continue;
        auto pr = probability(p.value(*opt));
        if (!pr)
            return usage(Tr::tr("--%1 wants a probability between 0 and 1")
                                 .arg(opt->names().constFirst()));
        *target = *pr;
    }
    if (p.isSet(fDelay))
        c.faults.delayFramesMs = p.value(fDelay).toInt();
    c.faults.expireTokensEarly = p.isSet(fExpire);

    if (p.isSet(replay)) {
        bool speedOk = false;
        const double x = p.value(speed).toDouble(&speedOk);
        if (!speedOk || x <= 0)
            return usage(Tr::tr("--speed wants a number above 0"));
        QString error;
        auto factory = RecordingImitation::factory(p.value(replay), x, &error);
        if (!factory.create)
            return failWith(2, Tr::tr("cannot serve %1: %2").arg(p.value(replay), error));
        c.builtIn = false;
        c.extraImitations << factory;
        c.scenario = Server::EmbeddedServerConfig::Scenario::None;
    } else if (p.isSet(speed)) {
        return usage(Tr::tr("--speed goes with --replay"));
    }
    Server::EmbeddedServer server(c);
    QString error;
    if (!server.start(&error))
        return failWith(3, Tr::tr("cannot start the server: %1").arg(error));
    // The handler goes in before the first line is printed: whoever waits for that line may
    // signal at once.
    QEventLoop loop;
    onTerminationRequest(&server, [&loop] { loop.quit(); });
    printOut(server.describe());
    QObject::connect(&server, &Server::EmbeddedServer::floodFinished, &loop, [&](quint64 frames) {
        printOut(Tr::tr("flood finished: %n frame(s) sent", nullptr, countOf(frames)));
    });
    loop.exec();
    printOut(Tr::tr("stopped after %n frame(s)", nullptr, countOf(server.context()->framesSent)));
    return 0;
}

} // namespace Feedscope::App
