// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionarguments.h"

#include <cstdio>

#include <QHash>

#include "cliutil.h"
#include "feeds/registry.h"
#include "net/certificateinfo.h"
#include "protocol/feedprotocol.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Feedscope::CommandLine", text);
}

// FEEDSCOPE_TOKEN for "token", FEEDSCOPE_PASSWORD for the password.
QString environmentName(const QString &option)
{
    return u"FEEDSCOPE_"_s + option.toUpper().replace(u'-', u'_');
}

// The options as a feed reads them, its secrets already resolved.
class ParsedValues final : public CommandLineValues
{
public:
    ParsedValues(const QCommandLineParser &p, const QHash<QString, QString> &secrets,
            const QString &password)
        : m_parser(p)
        , m_secrets(secrets)
        , m_password(password)
    { }
    bool isSet(const char *name) const override
    {
        const QString n = QString::fromLatin1(name);
        return m_secrets.contains(n) || m_parser.isSet(n);
    }
    QString value(const char *name) const override
    {
        const QString n = QString::fromLatin1(name);
        auto it = m_secrets.constFind(n);
        return it != m_secrets.constEnd() ? *it : m_parser.value(n);
    }
    QStringList values(const char *name) const override
    {
        return m_parser.values(QString::fromLatin1(name));
    }
    QString password() const override { return m_password; }

private:
    const QCommandLineParser &m_parser;
    const QHash<QString, QString> &m_secrets;
    QString m_password;
};
} // namespace

ConnectionArguments::ConnectionArguments()
    : m_feed(u"feed"_s,
            Tr::tr("Feed: %1 (default %2).").arg(Feeds::idList(), Feeds::all().constFirst()->id),
            u"FEED"_s)
    , m_url(u"url"_s,
              Tr::tr("The backend's http(s) URL (a feed addressed by its WebSocket: the ws(s) "
                     "URL)."),
              u"URL"_s)
    , m_wsUrl(u"ws-url"_s, Tr::tr("Explicit WebSocket URL (default: derived from --url)."),
              u"URL"_s)
    , m_passwordFile(u"password-file"_s,
              Tr::tr("File whose first line is the password (- for stdin); or FEEDSCOPE_PASSWORD."),
              u"FILE"_s)
    , m_origin(u"origin"_s, Tr::tr("Origin header on the upgrade."), u"ORIGIN"_s)
    , m_header(u"header"_s, Tr::tr("Extra header on the upgrade, K:V (repeatable)."), u"K:V"_s)
    , m_subscribe(u"subscribe"_s,
              Tr::tr("Subscribe (repeatable): table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], "
                     "dashboard:ID on Baserow; a path on ContentServer; a query on GraphQL."),
              u"SPEC"_s)
    , m_noSnapshot(u"no-snapshot"_s, Tr::tr("Do not load the initial state over REST."))
    , m_keepalive(u"keepalive"_s,
              Tr::tr("Ping interval and pong timeout in seconds, e.g. 30,10; 0 to switch off."),
              u"I,T"_s)
    , m_pin(u"pin-certificate"_s,
              Tr::tr("Accept this certificate (SHA-256 fingerprint) despite TLS errors."),
              u"SHA256"_s)
    , m_proxy(u"proxy"_s,
              Tr::tr("Proxy for the WebSocket: system (default), none, http://HOST:PORT or "
                     "socks5://HOST:PORT."),
              u"PROXY"_s)
    , m_maxFrame(
              u"max-frame-bytes"_s, Tr::tr("Largest frame accepted (default 16 MiB)."), u"BYTES"_s)
    , m_logMaxEntries(u"log-max-entries"_s,
              Tr::tr("Frames the message log keeps; older ones are dropped and counted (default "
                     "1000000)."),
              u"N"_s)
    , m_logMaxBytes(u"log-max-bytes"_s,
              Tr::tr("Bytes of frames the message log keeps (default 1 GiB)."), u"BYTES"_s)
    , m_historyPerEntity(u"history-per-entity"_s,
              Tr::tr("Previous versions kept per entity (default 50)."), u"N"_s)
    , m_historyTotal(
              u"history-total"_s, Tr::tr("Previous versions kept in all (default 500000)."), u"N"_s)
    , m_logRules(u"log-rules"_s, Tr::tr("Qt logging rules, e.g. \"feedscope.net.debug=true\"."),
              u"RULES"_s)
{
    // Each feed's options; a name two feeds share (--token) is one option whose help says
    // what it is for each.
    QHash<QString, qsizetype> seen;
    for (const FeedDescriptor *feed : Feeds::all()) {
        for (const CommandLineOption &o : feed->commandLineOptions) {
            const QString name = QString::fromLatin1(o.name);
            QString help = translated(o.help);
            if (const auto it = seen.constFind(name); it != seen.constEnd()) {
                QCommandLineOption &known = m_feedOptions[*it];
                QCommandLineOption merged(
                        known.names(), known.description() + u' ' + help, known.valueName());
                known = merged;
                continue;
            }
            seen.insert(name, m_feedOptions.size());
            m_feedOptions << (o.valueName
                            ? QCommandLineOption(name, help, QString::fromLatin1(o.valueName))
                            : QCommandLineOption(name, help));
            if (o.secret) {
                Secret s {name,
                        QCommandLineOption(name + u"-file"_s,
                                Tr::tr("File whose first line is the --%1 value (- for stdin); "
                                       "or %2 in the environment. Safer than --%1.")
                                        .arg(name, environmentName(name)),
                                u"FILE"_s)};
                m_secrets.push_back(std::move(s));
            }
        }
    }
}

ConnectionArguments::~ConnectionArguments() = default;

void ConnectionArguments::addTo(QCommandLineParser &p) const
{
    p.addOptions({m_feed, m_url, m_wsUrl, m_passwordFile, m_origin, m_header, m_subscribe,
            m_noSnapshot, m_keepalive, m_pin, m_proxy, m_maxFrame, m_logMaxEntries, m_logMaxBytes,
            m_historyPerEntity, m_historyTotal, m_logRules});
    p.addOptions(m_feedOptions);
    for (const Secret &s : m_secrets)
        p.addOption(s.fileOption);
}

QString ConnectionArguments::readSecrets(
        const QCommandLineParser &p, QHash<QString, QString> &out, QString *password) const
{
    // A secret on the command line is visible to every user of the machine (ps): say so, and
    // take the file and environment forms without a word.
    for (const Secret &s : m_secrets) {
        QString error;
        if (p.isSet(s.fileOption)) {
            auto value = readSecretFile(p.value(s.fileOption), &error);
            if (!value)
                return error;
            out.insert(s.name, *value);
        } else if (p.isSet(s.name)) {
            std::fputs(qPrintable(Tr::tr("feedscope: warning: --%1 on the command line can be read "
                                         "by other users of this machine; prefer --%1-file or %2")
                                          .arg(s.name, environmentName(s.name))
                               + u'\n'),
                    stderr);
        } else if (const QByteArray env = qgetenv(environmentName(s.name).toLatin1().constData());
                   !env.isEmpty()) {
            out.insert(s.name, QString::fromUtf8(env));
        }
    }
    if (p.isSet(m_passwordFile)) {
        QString error;
        auto pw = readSecretFile(p.value(m_passwordFile), &error);
        if (!pw)
            return error;
        *password = *pw;
    } else {
        *password = qEnvironmentVariable("FEEDSCOPE_PASSWORD");
    }
    return {};
}

QString ConnectionArguments::buildConfig(const QCommandLineParser &p, FeedConfig &config) const
{
    const QString feedText =
            p.value(m_feed).isEmpty() ? Feeds::all().constFirst()->id : p.value(m_feed);
    const FeedDescriptor *feed = Feeds::find(feedText);
    if (!feed)
        return Tr::tr("unknown feed \"%1\" (%2)").arg(feedText, Feeds::idList());
    config = FeedConfig::defaults(*feed);
    if (!p.isSet(m_url) && !p.isSet(m_wsUrl))
        return Tr::tr("--url is required");
    if (feed->address == FeedDescriptor::Address::WebSocket) {
        config.webSocketUrl = p.isSet(m_wsUrl) ? QUrl(p.value(m_wsUrl)) : QUrl(p.value(m_url));
        if (!config.webSocketUrl.isValid() || !config.webSocketUrl.scheme().startsWith(u"ws"_s))
            return Tr::tr("the %1 feed needs a ws:// or wss:// URL").arg(feed->id);
    } else {
        const QUrl url = QUrl::fromUserInput(p.value(m_url));
        config.baseUrl = url;
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return Tr::tr("--url must be the backend's http(s) URL, e.g. http://localhost:8000");
        if (p.isSet(m_wsUrl))
            config.webSocketUrl = QUrl(p.value(m_wsUrl));
    }
    QHash<QString, QString> secrets;
    QString password;
    if (QString error = readSecrets(p, secrets, &password); !error.isEmpty())
        return error;
    config.subscriptions = p.values(m_subscribe);
    if (feed->fromCommandLine) {
        const ParsedValues values(p, secrets, password);
        if (QString error = feed->fromCommandLine(values, config); !error.isEmpty())
            return error;
    }
    config.origin = p.value(m_origin);
    for (const QString &h : p.values(m_header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return Tr::tr("--header wants K:V, got \"%1\"").arg(h);
        config.headers.append(
                {h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    if (p.isSet(m_noSnapshot))
        config.snapshot = false;
    if (p.isSet(m_keepalive)) {
        const QStringList parts = p.value(m_keepalive).split(u',');
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
    for (const QString &fp : p.values(m_pin))
        config.pinnedCertificates << normaliseFingerprint(fp.toLatin1());
    if (p.isSet(m_proxy)) {
        QString error;
        auto proxy = ProxySetting::parse(p.value(m_proxy), &error);
        if (!proxy)
            return error;
        config.proxy = *proxy;
    }
    if (p.isSet(m_maxFrame)) {
        bool ok = false;
        const qint64 n = p.value(m_maxFrame).toLongLong(&ok);
        if (!ok || n < 1024)
            return Tr::tr("--max-frame-bytes wants a number of at least 1024");
        config.maxFrameBytes = n;
    }
    // The caps: non-negative counts (the message log keeps at least its newest frame).
    for (auto [opt, target] : {std::pair {&m_logMaxEntries, &config.logMaxEntries},
                 std::pair {&m_logMaxBytes, &config.logMaxBytes}}) {
        if (!p.isSet(*opt))
            continue;
        bool ok = false;
        const qint64 n = p.value(*opt).toLongLong(&ok);
        if (!ok || n < 0)
            return Tr::tr("--%1 wants a non-negative number").arg(opt->names().constFirst());
        *target = n;
    }
    for (auto [opt, target] : {std::pair {&m_historyPerEntity, &config.storeLimits.historyPerNode},
                 std::pair {&m_historyTotal, &config.storeLimits.historyTotal}}) {
        if (!p.isSet(*opt))
            continue;
        bool ok = false;
        const int n = p.value(*opt).toInt(&ok);
        if (!ok || n < 0)
            return Tr::tr("--%1 wants a non-negative number").arg(opt->names().constFirst());
        *target = n;
    }
    // Validate the subscriptions now: a typo is a usage error, not a runtime one.
    auto probe = feed->createProtocol(config);
    for (const QString &spec : std::as_const(config.subscriptions)) {
        QString error;
        if (!probe->subscription(spec, &error))
            return error;
    }
    return {};
}

} // namespace Feedscope::App
