// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "net/certificateinfo.h"
#include "server/demosetup.h"
#include "server/embeddedserver.h"
#include "session/feedsession.h"
#include "session/monitor.h"
#include "session/protocolfactory.h"
#include "startup.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::CommandLine)
};

namespace {
int usage(const QString &message)
{
    const QByteArray bytes = (u"feedscope: "_s + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 2;
}

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile f;
    if (path == u"-") {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = f.errorString();
            return std::nullopt;
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read %1: %2").arg(path, f.errorString());
            return std::nullopt;
        }
    }
    QString line = QString::fromUtf8(f.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}
} // namespace

void applyLogRules(const QString &rules)
{
    if (rules.isEmpty())
        return;
    QString r = rules;
    r.replace(u';', u'\n');
    QLoggingCategory::setFilterRules(r);
}

#ifdef Q_OS_UNIX
namespace {
int g_signalFd[2] = {-1, -1};
void signalHandler(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}
} // namespace
#else
namespace {
volatile std::sig_atomic_t g_signalled = 0;
void signalHandler(int)
{
    g_signalled = 1;
}
} // namespace
#endif

void onTerminationRequest(QObject *context, std::function<void()> fn)
{
#ifdef Q_OS_UNIX
    if (g_signalFd[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, fn] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalFd[1], &c, 1);
        notifier->setEnabled(false);
        fn();
    });
    struct sigaction sa = {};
    sa.sa_handler = signalHandler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
#else
    std::signal(SIGINT, signalHandler);
    std::signal(SIGTERM, signalHandler);
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, fn] {
        if (g_signalled) {
            poll->stop();
            fn();
        }
    });
    poll->start(100);
#endif
}

namespace {
struct CommonOptions
{
    QCommandLineOption feed {
            u"feed"_s, Tr::tr("Feed: baserow, contentserver, ap or raw."), u"FEED"_s};
    QCommandLineOption url {
            u"url"_s, Tr::tr("The backend's http(s) URL (raw feed: the ws(s) URL)."), u"URL"_s};
    QCommandLineOption wsUrl {
            u"ws-url"_s, Tr::tr("Explicit WebSocket URL (default: derived from --url)."), u"URL"_s};
    QCommandLineOption token {
            u"token"_s, Tr::tr("Baserow access token, used as given."), u"TOKEN"_s};
    QCommandLineOption email {u"email"_s, Tr::tr("Baserow e-mail to log in with."), u"EMAIL"_s};
    QCommandLineOption user {
            u"user"_s, Tr::tr("ContentServer user name (Basic, or to fetch a JWT)."), u"USER"_s};
    QCommandLineOption passwordFile {u"password-file"_s,
            Tr::tr("File whose first line is the password (- for stdin)."), u"FILE"_s};
    QCommandLineOption anonymous {
            u"anonymous"_s, Tr::tr("Baserow: connect as anonymous (public views).")};
    QCommandLineOption jwt {u"jwt"_s,
            Tr::tr("ContentServer: Authorization: Jwt with this token, or fetch one with --user "
                   "(give - to fetch)."),
            u"TOKEN"_s};
    QCommandLineOption cookie {
            u"cookie"_s, Tr::tr("ContentServer: Cookie header value."), u"COOKIE"_s};
    QCommandLineOption origin {u"origin"_s, Tr::tr("Origin header on the upgrade."), u"ORIGIN"_s};
    QCommandLineOption header {
            u"header"_s, Tr::tr("Extra header on the upgrade, K:V (repeatable)."), u"K:V"_s};
    QCommandLineOption subscribe {u"subscribe"_s,
            Tr::tr("Subscribe: table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID "
                   "(repeatable)."),
            u"SPEC"_s};
    QCommandLineOption listen {
            u"listen"_s, Tr::tr("ContentServer: listen to a path (repeatable)."), u"PATH"_s};
    QCommandLineOption csSubscribe {u"cs-subscribe-template"_s,
            Tr::tr("ContentServer subscribe frame with ${path} and ${id}; empty: none."),
            u"TEMPLATE"_s};
    QCommandLineOption csUnsubscribe {u"cs-unsubscribe-template"_s,
            Tr::tr("ContentServer unsubscribe frame."), u"TEMPLATE"_s};
    QCommandLineOption statsKey {
            u"stats-key"_s, Tr::tr("Raw feed: count messages by this key."), u"KEY"_s};
    QCommandLineOption noSnapshot {
            u"no-snapshot"_s, Tr::tr("Do not load the initial state over REST.")};
    QCommandLineOption keepalive {u"keepalive"_s,
            Tr::tr("Ping interval and pong timeout in seconds, e.g. 30,10; 0 to switch off."),
            u"I,T"_s};
    QCommandLineOption pin {u"pin-certificate"_s,
            Tr::tr("Accept this certificate (SHA-256 fingerprint) despite TLS errors."),
            u"SHA256"_s};
    QCommandLineOption proxy {u"proxy"_s,
            Tr::tr("Proxy for the WebSocket: system (default), none, http://HOST:PORT or "
                   "socks5://HOST:PORT."),
            u"PROXY"_s};
    QCommandLineOption maxFrame {
            u"max-frame-bytes"_s, Tr::tr("Largest frame accepted (default 16 MiB)."), u"BYTES"_s};
    QCommandLineOption rowSnapshotCap {u"row-snapshot-cap"_s,
            Tr::tr("Baserow: rows loaded over REST per table (default 10000)."), u"N"_s};
    QCommandLineOption logMaxEntries {u"log-max-entries"_s,
            Tr::tr("Frames the message log keeps; older ones are dropped and counted (default "
                   "1000000)."),
            u"N"_s};
    QCommandLineOption logMaxBytes {u"log-max-bytes"_s,
            Tr::tr("Bytes of frames the message log keeps (default 1 GiB)."), u"BYTES"_s};
    QCommandLineOption historyPerEntity {u"history-per-entity"_s,
            Tr::tr("Previous versions kept per entity (default 50)."), u"N"_s};
    QCommandLineOption historyTotal {
            u"history-total"_s, Tr::tr("Previous versions kept in all (default 500000)."), u"N"_s};
    QCommandLineOption logRules {u"log-rules"_s,
            Tr::tr("Qt logging rules, e.g. \"feedscope.net.debug=true\"."), u"RULES"_s};

    void add(QCommandLineParser &p)
    {
        p.addOptions({feed, url, wsUrl, token, email, user, passwordFile, anonymous, jwt, cookie,
                origin, header, subscribe, listen, csSubscribe, csUnsubscribe, statsKey, noSnapshot,
                keepalive, pin, proxy, maxFrame, rowSnapshotCap, logMaxEntries, logMaxBytes,
                historyPerEntity, historyTotal, logRules});
    }
};

// Builds a FeedConfig from the options; returns an error text for usage problems.
QString buildConfig(const QCommandLineParser &p, CommonOptions &o, FeedConfig &config)
{
    const QString feedText = p.value(o.feed).isEmpty() ? u"baserow"_s : p.value(o.feed);
    const auto feed = feedFromName(feedText);
    if (!feed)
        return Tr::tr("unknown feed \"%1\" (baserow, contentserver, ap, raw)").arg(feedText);
    config = FeedConfig::defaults(*feed);
    if (!p.isSet(o.url) && !p.isSet(o.wsUrl))
        return Tr::tr("--url is required");
    const QUrl url = QUrl::fromUserInput(p.value(o.url));
    if (*feed == FeedKind::Raw) {
        config.webSocketUrl = p.isSet(o.wsUrl) ? QUrl(p.value(o.wsUrl)) : QUrl(p.value(o.url));
        if (!config.webSocketUrl.isValid() || !config.webSocketUrl.scheme().startsWith(u"ws"_s))
            return Tr::tr("the raw feed needs a ws:// or wss:// URL");
    } else {
        config.baseUrl = url;
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return Tr::tr("--url must be the backend's http(s) URL, e.g. http://localhost:8000");
        if (p.isSet(o.wsUrl))
            config.webSocketUrl = QUrl(p.value(o.wsUrl));
    }
    QString password;
    if (p.isSet(o.passwordFile)) {
        QString error;
        auto pw = readSecretFile(p.value(o.passwordFile), &error);
        if (!pw)
            return error;
        password = *pw;
    }
    switch (*feed) {
    case FeedKind::Baserow:
        if (p.isSet(o.anonymous)) {
            config.auth = FeedConfig::Auth::Anonymous;
        } else if (p.isSet(o.token)) {
            config.auth = FeedConfig::Auth::Token;
            config.token = p.value(o.token);
        } else if (p.isSet(o.email)) {
            if (password.isEmpty())
                return Tr::tr("--email needs --password-file");
            config.auth = FeedConfig::Auth::Password;
            config.user = p.value(o.email);
            config.password = password;
        } else {
            return Tr::tr("Baserow needs --token, --email with --password-file, or --anonymous");
        }
        break;
    case FeedKind::ContentServer:
        config.user = p.value(o.user);
        config.password = password;
        if (p.isSet(o.jwt)) {
            config.auth = FeedConfig::Auth::Jwt;
            if (p.value(o.jwt) != u"-")
                config.token = p.value(o.jwt);
            else if (config.user.isEmpty())
                return Tr::tr("--jwt - needs --user and --password-file to fetch a token");
        } else if (p.isSet(o.cookie)) {
            config.auth = FeedConfig::Auth::Cookie;
            config.cookie = p.value(o.cookie);
        } else if (p.isSet(o.user)) {
            config.auth = FeedConfig::Auth::Basic;
        } else {
            config.auth = FeedConfig::Auth::None;
        }
        if (p.isSet(o.csSubscribe))
            config.csSubscribeTemplate = p.value(o.csSubscribe);
        if (p.isSet(o.csUnsubscribe))
            config.csUnsubscribeTemplate = p.value(o.csUnsubscribe);
        break;
    case FeedKind::ApiPage:
    case FeedKind::Raw:
        break;
    }
    config.origin = p.value(o.origin);
    for (const QString &h : p.values(o.header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return Tr::tr("--header wants K:V, got \"%1\"").arg(h);
        config.headers.append(
                {h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    config.subscriptions = p.values(o.subscribe);
    for (const QString &path : p.values(o.listen))
        config.subscriptions << path;
    if (p.isSet(o.statsKey))
        config.rawStatsKey = p.value(o.statsKey);
    if (p.isSet(o.noSnapshot))
        config.snapshot = false;
    if (p.isSet(o.keepalive)) {
        const QStringList parts = p.value(o.keepalive).split(u',');
        const int interval = parts.value(0).toInt();
        if (interval <= 0) {
            config.keepalive.enabled = false;
        } else {
            config.keepalive.enabled = true;
            config.keepalive.intervalMs = interval * 1000;
            if (parts.size() > 1 && parts[1].toInt() > 0)
                config.keepalive.timeoutMs = parts[1].toInt() * 1000;
        }
    }
    for (const QString &fp : p.values(o.pin))
        config.pinnedCertificates << normaliseFingerprint(fp.toLatin1());
    if (p.isSet(o.proxy)) {
        QString error;
        auto proxy = ProxySetting::parse(p.value(o.proxy), &error);
        if (!proxy)
            return error;
        config.proxy = *proxy;
    }
    if (p.isSet(o.maxFrame)) {
        bool ok = false;
        const qint64 n = p.value(o.maxFrame).toLongLong(&ok);
        if (!ok || n < 1024)
            return Tr::tr("--max-frame-bytes wants a number of at least 1024");
        config.maxFrameBytes = n;
    }
    // The caps: non-negative counts (the message log keeps at least its newest frame).
    for (auto [opt, target] : {std::pair {&o.logMaxEntries, &config.logMaxEntries},
                 std::pair {&o.logMaxBytes, &config.logMaxBytes}}) {
        if (!p.isSet(*opt))
            continue;
        bool ok = false;
        const qint64 n = p.value(*opt).toLongLong(&ok);
        if (!ok || n < 0)
            return Tr::tr("--%1 wants a non-negative number").arg(opt->names().constFirst());
        *target = n;
    }
    for (auto [opt, target] : {std::pair {&o.rowSnapshotCap, &config.rowSnapshotCap},
                 std::pair {&o.historyPerEntity, &config.storeLimits.historyPerNode},
                 std::pair {&o.historyTotal, &config.storeLimits.historyTotal}}) {
        if (!p.isSet(*opt))
            continue;
        bool ok = false;
        const int n = p.value(*opt).toInt(&ok);
        if (!ok || n < 0)
            return Tr::tr("--%1 wants a non-negative number").arg(opt->names().constFirst());
        *target = n;
    }
    // Validate the subscriptions now: a typo is a usage error, not a runtime one.
    auto probe = createProtocol(config);
    for (const QString &spec : std::as_const(config.subscriptions)) {
        QString error;
        if (!probe->subscription(spec, &error))
            return error;
    }
    return {};
}

bool parseOrExit(QCommandLineParser &p, const QStringList &args, int *exitCode)
{
    if (!p.parse(args)) {
        *exitCode = usage(p.errorText());
        return false;
    }
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << withProgramName(p.helpText());
        *exitCode = 0;
        return false;
    }
    if (!p.positionalArguments().isEmpty() && p.positionalArguments().size() > 1) {
        *exitCode =
                usage(Tr::tr("unexpected arguments: %1").arg(p.positionalArguments().join(u' ')));
        return false;
    }
    return true;
}

std::optional<MonitorOptions::Print> parsePrint(const QString &v)
{
    if (v.isEmpty() || v == u"changes")
        return MonitorOptions::Print::Changes;
    if (v == u"frames")
        return MonitorOptions::Print::Frames;
    if (v == u"none")
        return MonitorOptions::Print::None;
    return std::nullopt;
}
} // namespace

int runMonitorCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("Connect to a feed, print what changes, write the final state."));
    p.addHelpOption();
    p.addPositionalArgument(u"monitor"_s, Tr::tr("the mode"));
    CommonOptions o;
    o.add(p);
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
    applyLogRules(p.value(o.logRules));
    MonitorOptions options;
    const QString error = buildConfig(p, o, options.config);
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

int runReplayCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("Feed a recording or a transcript through the decoder and store."));
    p.addHelpOption();
    p.addPositionalArgument(u"replay"_s, Tr::tr("the mode"));
    p.addPositionalArgument(u"FILE"_s,
            Tr::tr("recording ({seq,t,dir,frame} lines) or transcript ({dir,msg} lines)"));
    QCommandLineOption feed {
            u"feed"_s, Tr::tr("Feed: baserow, contentserver, ap or raw."), u"FEED"_s, u"baserow"_s};
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
    const auto kind = feedFromName(p.value(feed));
    if (!kind)
        return usage(Tr::tr("unknown feed \"%1\"").arg(p.value(feed)));
    auto pr = parsePrint(p.value(print));
    if (!pr || *pr == MonitorOptions::Print::Frames)
        return usage(Tr::tr("--print wants changes or none"));
    return runReplay(*kind, pos[1], p.value(dump), *pr);
}

} // namespace Feedscope::App

// --- serve and the headless demo ---------------------------------------------------------------

namespace Feedscope::App {

namespace {
void printOut(const QString &text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

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
    p.addHelpOption();
    p.addPositionalArgument(u"serve"_s, Tr::tr("the mode"));
    QCommandLineOption feed {u"feed"_s, Tr::tr("baserow, contentserver, ap or all (default all)."),
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
    QCommandLineOption floodTable {
            u"flood-table"_s, Tr::tr("Baserow table the flood updates (default 100)."), u"ID"_s};
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
    QCommandLineOption logRules {u"log-rules"_s, Tr::tr("Qt logging rules."), u"RULES"_s};
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
    const QString f = p.value(feed).toLower();
    if (f != u"all" && !feedFromName(f))
        return usage(Tr::tr("--feed wants baserow, contentserver, ap or all"));
    c.baserow = f == u"all" || f == u"baserow";
    c.contentServer = f == u"all" || feedFromName(f) == FeedKind::ContentServer;
    c.apiPage = f == u"all" || feedFromName(f) == FeedKind::ApiPage;
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
        c.floodTable = p.value(floodTable).toLongLong();
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

    Server::EmbeddedServer server(c);
    QString error;
    if (!server.start(&error)) {
        std::fputs(qPrintable(u"feedscope: cannot start the server: "_s + error + u'\n'), stderr);
        return 3;
    }
    printOut(Server::describeServer(server.url(), c.baserow, c.contentServer, c.apiPage));
    QEventLoop loop;
    onTerminationRequest(&server, [&loop] { loop.quit(); });
    QObject::connect(&server, &Server::EmbeddedServer::floodFinished, &loop, [&](quint64 frames) {
        printOut(Tr::tr("flood finished: %1 frames sent").arg(frames));
    });
    loop.exec();
    printOut(Tr::tr("stopped after %1 frames").arg(server.context()->framesSent));
    return 0;
}

int runHeadlessDemo(const QStringList &args)
{
    applyLogRules(QString());
    Q_UNUSED(args);
    Server::EmbeddedServerConfig c;
    c.scenario = Server::EmbeddedServerConfig::Scenario::Demo;
    c.rate = 4;
    Server::EmbeddedServer server(c);
    QString error;
    if (!server.start(&error)) {
        std::fputs(
                qPrintable(u"feedscope: cannot start the demo server: "_s + error + u'\n'), stderr);
        return 3;
    }
    printOut(Server::describeServer(server.url(), true, true, true));
    QList<FeedSession *> sessions;
    for (const FeedConfig &config : Server::demoFeeds(server.url())) {
        auto *s = new FeedSession(config, &server);
        QObject::connect(s, &FeedSession::errorOccurred, &server,
                [s](const QString &msg) { printOut(u"  [%1] %2"_s.arg(s->config().name, msg)); });
        s->start();
        sessions << s;
    }
    QTimer status;
    QObject::connect(&status, &QTimer::timeout, &server, [&sessions] {
        QStringList parts;
        for (FeedSession *s : std::as_const(sessions)) {
            const SessionCounters c = s->counters();
            parts << u"%1: %2, %3 messages, %4 entities"_s.arg(s->config().name, s->phaseText())
                             .arg(c.messages)
                             .arg(s->store()->entityCount());
        }
        printOut(parts.join(u" | "_s));
    });
    status.start(5000);
    QEventLoop loop;
    onTerminationRequest(&server, [&loop] { loop.quit(); });
    loop.exec();
    for (FeedSession *s : std::as_const(sessions))
        s->stop();
    return 0;
}

} // namespace Feedscope::App
