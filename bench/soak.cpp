// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The soak (docs/reliability.md): the embedded server's Baserow flood with random faults
// (dropped connections, malformed frames, unknown types, oversize frames, tokens that expire
// after 5 s, server restarts with the same and with another signing key) into `feedscope
// monitor`, a separate process, for MINUTES. Prints the monitor's memory every 10 s and, at
// the end, the frame accounting and whether the monitor's final state equals the server's
// REST view. Exits 1 when the accounting does not add up or the states differ.
//
//   soak [--minutes M] [--rate FRAMES_PER_SECOND] [--restarts N] [--feedscope PATH]

#include <cstdio>
#include <map>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include "benchutil.h"
#include "server/embeddedserver.h"

using namespace Qt::StringLiterals;
using Feedscope::Server::EmbeddedServer;
using Feedscope::Server::EmbeddedServerConfig;
using Feedscope::Server::Faults;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double residentMb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// key=value pairs of the monitor's report line.
std::map<QString, double> reportFields(const QString &text)
{
    std::map<QString, double> fields;
    const qsizetype at = text.lastIndexOf(u"feedscope: report "_s);
    if (at < 0)
        return fields;
    const QString line = text.mid(at).section(u'\n', 0, 0);
    static const QRegularExpression pair(u"(\\w+)=(-?[0-9.]+)"_s);
    for (auto it = pair.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        fields[m.captured(1)] = m.captured(2).toDouble();
    }
    return fields;
}

// A state dump (docs/state-format.md) as "kind:id" → the node without its children; deleted
// nodes apart (a fresh load does not know what was deleted before it).
struct FlatState
{
    std::map<QString, QJsonObject> live;
    int deleted = 0;
};

void flatten(const QJsonArray &nodes, FlatState &out)
{
    for (const auto &v : nodes) {
        QJsonObject node = v.toObject();
        const QJsonArray children = node.take(u"children"_s).toArray();
        if (node.value(u"deleted"_s).toBool())
            ++out.deleted;
        else
            out.live[node.value(u"kind"_s).toString() + u':'
                    + QString::fromUtf8(QJsonDocument(QJsonArray {node.value(u"id"_s)})
                                                .toJson(QJsonDocument::Compact))] = node;
        flatten(children, out);
    }
}

bool readState(const QString &path, FlatState &out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = u"%1: %2"_s.arg(path, pe.errorString());
        return false;
    }
    flatten(doc.object().value(u"roots"_s).toArray(), out);
    return true;
}

struct Totals
{
    quint64 content = 0; // frames the imitation sent (replies, the flood)
    quint64 malformed = 0;
    quint64 unknown = 0;
    quint64 oversize = 0;
    quint64 drops = 0;
    quint64 restarts = 0;
    quint64 all() const { return content + malformed + unknown + oversize; }
    void add(const EmbeddedServer &s)
    {
        const auto *c = s.context();
        content += c->framesSent;
        malformed += c->faultCounts.malformed;
        unknown += c->faultCounts.unknown;
        oversize += c->faultCounts.oversize;
        drops += c->faultCounts.drops;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Soak: a faulty flood into feedscope monitor."_s);
    parser.addHelpOption();
    const QCommandLineOption minutesOpt(u"minutes"_s, u"How long (default 30)."_s, u"M"_s, u"30"_s);
    const QCommandLineOption rateOpt(
            u"rate"_s, u"Flood frames per second (default 2000)."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption restartsOpt(
            u"restarts"_s, u"Server restarts during the run (default 2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption feedscopeOpt(u"feedscope"_s, u"The feedscope binary."_s, u"PATH"_s,
            QCoreApplication::applicationDirPath() + u"/feedscope"_s);
    const QCommandLineOption keepOpt(
            u"keep"_s, u"Keep the monitor's output and the two states in the working folder."_s);
    parser.addOptions({minutesOpt, rateOpt, restartsOpt, feedscopeOpt, keepOpt});
    parser.process(app);
    const double minutes = parser.value(minutesOpt).toDouble();
    const qint64 runMs = qint64(minutes * 60000);
    const int restarts = parser.value(restartsOpt).toInt();
    const QString feedscope = parser.value(feedscopeOpt);

    QTemporaryDir tmp;
    if (parser.isSet(keepOpt)) {
        tmp.setAutoRemove(false);
        say(u"soak: working in "_s + tmp.path());
    }
    const QString passwordFile = tmp.filePath(u"password"_s);
    {
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write("demo"); // the test server's demo account
    }

    // Faults per frame sent: at 2 000 frames/s a dropped connection every ~25 s, a malformed
    // and an unknown frame every ~1 s each, a 17 MiB frame every ~2.5 min.
    Faults faults;
    faults.dropConnections = 1.0 / 50000;
    faults.malformed = 1.0 / 2000;
    faults.unknownTypes = 1.0 / 2000;
    faults.oversize = 1.0 / 300000;
    faults.expireTokensEarly = true;
    EmbeddedServerConfig config;
    config.feeds = {u"baserow"_s};
    config.scenario = EmbeddedServerConfig::Scenario::Flood;
    config.floodRate = parser.value(rateOpt).toDouble();
    config.faults = faults;
    config.options.signingSecret = "soak-key-1";
    config.seed = 7;

    Totals totals;
    auto server = std::make_unique<EmbeddedServer>(config);
    QString error;
    if (!server->start(&error)) {
        say(u"soak: the server did not start: "_s + error);
        return 2;
    }
    config.port = server->port(); // restarts listen on the same port
    const QString url = server->url().toString();

    QProcess monitor;
    monitor.setProgram(feedscope);
    monitor.setArguments({u"monitor"_s, u"--feed"_s, u"baserow"_s, u"--url"_s, url, u"--email"_s,
            u"demo@example.com"_s, u"--password-file"_s, passwordFile, u"--subscribe"_s,
            u"table:100"_s, u"--print"_s, qEnvironmentVariable("SOAK_PRINT", u"none"_s),
            u"--report"_s, u"--log-max-entries"_s, u"100000"_s, u"--dump-state"_s,
            tmp.filePath(u"live.json"_s), u"--connect-attempts"_s, u"20"_s, u"--log-rules"_s,
            qEnvironmentVariable("SOAK_MONITOR_LOG_RULES", u"feedscope.*.warning=false"_s)});
    monitor.setStandardOutputFile(tmp.filePath(u"monitor.out"_s));
    monitor.setStandardErrorFile(tmp.filePath(u"monitor.err"_s));
    monitor.start();
    if (!monitor.waitForStarted(10000)) {
        say(u"soak: cannot start %1: %2"_s.arg(feedscope, monitor.errorString()));
        return 2;
    }
    const qint64 pid = monitor.processId();
    say(u"soak: %1 min, flood %2 frames/s on %3, faults: drop 1/50000, malformed 1/2000, "
        "unknown 1/2000, oversize (17 MiB) 1/300000 per frame, tokens expire after 5 s, %4 "
        "server restarts (every other one with a new signing key)"_s.arg(minutes)
                    .arg(config.floodRate)
                    .arg(url)
                    .arg(restarts));

    QElapsedTimer clock;
    clock.start();
    std::vector<double> rss;
    QTimer sampler;
    sampler.setInterval(10000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const double mb = residentMb(pid);
        rss.push_back(mb);
        say(u"  t=%1s rss_mb=%2 sent=%3"_s.arg(clock.elapsed() / 1000, 5)
                        .arg(mb, 7, 'f', 1)
                        .arg(totals.all() + server->context()->framesSent));
    });
    sampler.start();

    // Restarts at even intervals over the faulty part of the run.
    const qint64 faultyMs = std::max<qint64>(runMs - 30000, runMs * 3 / 4);
    for (int i = 1; i <= restarts; ++i) {
        QTimer::singleShot(faultyMs * i / (restarts + 1), &app, [&, i] {
            totals.add(*server);
            server.reset();
            config.options.signingSecret = i % 2 == 0 ? "soak-key-2" : "soak-key-1";
            config.seed = quint32(7 + i);
            server = std::make_unique<EmbeddedServer>(config);
            if (!server->start(&error)) {
                say(u"soak: the server did not restart: "_s + error);
                app.exit(2);
                return;
            }
            ++totals.restarts;
            say(u"  t=%1s server restarted (%2 signing key)"_s.arg(clock.elapsed() / 1000, 5)
                            .arg(i % 2 == 0 ? u"another"_s : u"the same"_s));
        });
    }
    // Then quiet: no flood, no faults; the monitor catches up, then stops and writes its state.
    QTimer::singleShot(faultyMs, &app, [&] {
        server->setScenario(EmbeddedServerConfig::Scenario::None);
        server->setFaults({});
        say(u"  t=%1s flood and faults stopped"_s.arg(clock.elapsed() / 1000, 5));
    });
    QTimer::singleShot(runMs, &app, [&] { monitor.terminate(); });
    QObject::connect(&monitor, &QProcess::finished, &app, [&] { app.exit(0); });
    if (app.exec() != 0)
        return 2;
    sampler.stop();
    totals.add(*server);

    const QString err = QString::fromUtf8([&] {
        QFile f(tmp.filePath(u"monitor.err"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    auto report = reportFields(err);
    if (report.empty()) {
        say(u"soak: the monitor printed no report (exit %1):\n%2"_s.arg(monitor.exitCode())
                        .arg(err.right(4000)));
        return 1;
    }

    // The server's REST view, through a fresh monitor's snapshot.
    QProcess fresh;
    fresh.setProgram(feedscope);
    fresh.setArguments({u"monitor"_s, u"--feed"_s, u"baserow"_s, u"--url"_s, url, u"--email"_s,
            u"demo@example.com"_s, u"--password-file"_s, passwordFile, u"--subscribe"_s,
            u"table:100"_s, u"--print"_s, u"none"_s, u"--duration"_s, u"3"_s, u"--dump-state"_s,
            tmp.filePath(u"rest.json"_s)});
    fresh.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    fresh.start();
    while (fresh.state() != QProcess::NotRunning)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    auto value = [&](const char *key) { return quint64(report[QString::fromLatin1(key)]); };
    const quint64 received = value("frames");
    const quint64 applied = value("frames_applied");
    const quint64 malformed = value("frames_malformed");
    const quint64 unknown = value("frames_unknown");
    const quint64 dropped = value("frames_dropped");
    const bool adds = received == applied + malformed + unknown + dropped;
    say(u"frames sent %1 (%2 content, %3 malformed, %4 unknown type, %5 oversize)"_s
                    .arg(totals.all())
                    .arg(totals.content)
                    .arg(totals.malformed)
                    .arg(totals.unknown)
                    .arg(totals.oversize));
    say(u"frames received %1 = applied %2 + malformed %3 + unknown type %4 + dropped by caps %5: "
        "%6"_s.arg(received)
                    .arg(applied)
                    .arg(malformed)
                    .arg(unknown)
                    .arg(dropped)
                    .arg(adds ? u"adds up"_s : u"DOES NOT ADD UP"_s));
    say(u"not received %1 (in flight when %2 connections were dropped, %3 oversize frames "
        "refused with what followed them, %4 restarts)"_s
                    .arg(qint64(totals.all()) - qint64(received))
                    .arg(totals.drops)
                    .arg(totals.oversize)
                    .arg(totals.restarts));
    say(u"reconnects %1; log entries dropped by its cap %2"_s.arg(value("reconnects"))
                    .arg(value("log_dropped")));

    FlatState live, rest;
    bool same = false;
    if (!readState(tmp.filePath(u"live.json"_s), live, &error)
            || !readState(tmp.filePath(u"rest.json"_s), rest, &error)) {
        say(u"final state: "_s + error);
    } else {
        int differ = 0;
        for (const auto &[key, node] : rest.live) {
            auto it = live.live.find(key);
            if (it == live.live.end() || it->second != node) {
                if (++differ <= 5)
                    say(u"  differs: %1"_s.arg(key));
            }
        }
        for (const auto &[key, node] : live.live) {
            if (!rest.live.count(key) && ++differ <= 5)
                say(u"  only in the monitor: %1"_s.arg(key));
        }
        same = differ == 0;
        say(u"final state: %1 entities, %2 (the monitor also keeps %3 deleted)"_s
                        .arg(rest.live.size())
                        .arg(same ? u"equal to the server's REST view"_s
                                  : u"%1 DIFFER from the server's REST view"_s.arg(differ))
                        .arg(live.deleted));
    }

    // Flat after warm-up: the last third's mean against the second third's.
    if (rss.size() >= 6) {
        const size_t third = rss.size() / 3;
        auto mean = [&](size_t from, size_t to) {
            double sum = 0;
            for (size_t i = from; i < to; ++i)
                sum += rss[i];
            return sum / double(to - from);
        };
        const double middle = mean(third, 2 * third);
        const double last = mean(2 * third, rss.size());
        const double peak = *std::max_element(rss.begin(), rss.end());
        say(u"rss: %1 samples, middle third %2 MB, last third %3 MB (%4%), peak %5 MB"_s
                        .arg(rss.size())
                        .arg(middle, 0, 'f', 1)
                        .arg(last, 0, 'f', 1)
                        .arg((last - middle) / middle * 100.0, 0, 'f', 1)
                        .arg(peak, 0, 'f', 1));
    }
    return adds && same ? 0 : 1;
}
