// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "server/apipage/apipageimitation.h"
#include "server/baserow/baserowimitation.h"
#include "server/contentserver/contentserverimitation.h"
#include "server/embeddedserver.h"
#include "server/serverfront.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// `feedscope monitor`, the real binary, against the embedded server over real sockets, for
// every feed. The test process serves while the monitor runs, so it never blocks its own
// event loop (no waitForFinished).
class TestMonitor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server::EmbeddedServer> m_server;
    QTemporaryDir m_dir;

    struct Run
    {
        QProcess process;
        QByteArray out;
        QByteArray err;
        void start(const QStringList &args)
        {
            QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                    [this] { out += process.readAllStandardOutput(); });
            QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                    [this] { err += process.readAllStandardError(); });
            process.start(Test::feedscopeBinary(), QStringList {u"monitor"_s} + args);
        }
        bool waitFor(const QByteArray &text, int ms = 15000)
        {
            QElapsedTimer t;
            t.start();
            while (!out.contains(text) && t.elapsed() < ms) {
                if (process.state() == QProcess::NotRunning)
                    return out.contains(text);
                QSignalSpy spy(&process, &QProcess::readyReadStandardOutput);
                spy.wait(200);
            }
            return out.contains(text);
        }
        int finish(int ms = 20000)
        {
            if (process.state() != QProcess::NotRunning) {
                QSignalSpy spy(&process, &QProcess::finished);
                if (!spy.wait(ms)) {
                    process.kill();
                    return -1;
                }
            }
            out += process.readAllStandardOutput();
            err += process.readAllStandardError();
            return process.exitCode();
        }
    };

    QString secretFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content + '\n');
        return path;
    }
    static std::optional<OValue> readJson(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return OValue::fromJson(f.readAll());
    }
    QString base() const { return m_server->url().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server::EmbeddedServer>(Server::EmbeddedServerConfig {});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void baserowLoginSnapshotLiveChangesAndDump()
    {
        const QString dump = m_dir.filePath(u"baserow.json"_s);
        const QString record = m_dir.filePath(u"baserow.jsonl"_s);
        Run run;
        run.start({u"--feed"_s, u"baserow"_s, u"--url"_s, base(), u"--email"_s,
                u"demo@example.com"_s, u"--password-file"_s, secretFile(u"pw"_s, "demo"),
                u"--subscribe"_s, u"table:100"_s, u"--subscribe"_s, u"row:100:1"_s, u"--duration"_s,
                u"6"_s, u"--dump-state"_s, dump, u"--record"_s, record});
        // The snapshot's rows arrive first, then live changes.
        QVERIFY2(run.waitFor("\"Cordless drill\""), run.err.constData());
        QVERIFY(m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 2, OValue::object({{u"field_1001"_s, u"Monitor test"_s}})));
        QVERIFY2(run.waitFor("Monitor test"), run.out.right(2000).constData());
        QCOMPARE(run.finish(), 0);
        const auto state = readJson(dump);
        QVERIFY(state);
        const OValue *row = Test::findNode(*state, u"row"_s, u"2"_s);
        QVERIFY(row);
        QVERIFY(row->value(u"label").toString().contains(u"Monitor test"_s));
        QVERIFY(Test::findNode(*state, u"field"_s, u"1002"_s));
        QVERIFY(Test::findNode(*state, u"workspace"_s, u"1"_s));
        QVERIFY(!Test::findNode(*state, u"workspace"_s, u"2"_s)); // not a member of "Other"
        // The recording: page subscriptions out, frames in, no secrets anywhere.
        QFile rec(record);
        QVERIFY(rec.open(QIODevice::ReadOnly));
        const QByteArray lines = rec.readAll();
        QVERIFY(lines.contains("\"dir\":\"out\""));
        QVERIFY(lines.contains("page_add"));
        QVERIFY(lines.contains("rows_updated"));
        for (const QByteArray &text : {lines, run.out, run.err}) {
            QVERIFY(!text.contains("eyJ"));
            QVERIFY(!text.contains("\"demo\""));
        }
        QVERIFY(run.err.contains("changes applied"));
    }

    void idleCountsFromTheLastFrame()
    {
        // --idle 1.5 while a row changes every 200 ms for 3 s: the monitor stays for all of them
        // and leaves about 1.5 s after the last.
        Run run;
        QElapsedTimer clock;
        clock.start();
        run.start({u"--feed"_s, u"baserow"_s, u"--url"_s, base(), u"--email"_s,
                u"demo@example.com"_s, u"--password-file"_s, secretFile(u"pw"_s, "demo"),
                u"--subscribe"_s, u"table:100"_s, u"--idle"_s, u"1.5"_s, u"--print"_s, u"none"_s});
        int sent = 0;
        qint64 lastSentMs = 0;
        QTimer updates;
        updates.setInterval(200);
        connect(&updates, &QTimer::timeout, this, [&] {
            m_server->imitation<Server::BaserowImitation>()->updateRow(
                    100, 2, OValue::object({{u"field_1001"_s, u"Idle test %1"_s.arg(sent)}}));
            lastSentMs = clock.elapsed();
            if (++sent == 15)
                updates.stop();
        });
        updates.start();
        QCOMPARE(run.finish(), 0);
        const qint64 endedMs = clock.elapsed();
        QCOMPARE(sent, 15); // it did not leave while frames were coming
        QVERIFY2(endedMs - lastSentMs >= 1400, qPrintable(QString::number(endedMs - lastSentMs)));
        QVERIFY2(endedMs - lastSentMs < 10000, qPrintable(QString::number(endedMs - lastSentMs)));
    }

    void refusedLoginExits3()
    {
        Run run;
        run.start({u"--feed"_s, u"baserow"_s, u"--url"_s, base(), u"--email"_s,
                u"demo@example.com"_s, u"--password-file"_s, secretFile(u"bad"_s, "wrong"),
                u"--duration"_s, u"10"_s});
        QCOMPARE(run.finish(), 3);
        QVERIFY2(run.err.contains("login refused") && run.err.contains("ERROR_INVALID_CREDENTIALS"),
                run.err.constData());
        QVERIFY(!run.err.contains("wrong"));
    }

    void refreshesTheTokenBeforeReconnecting()
    {
        // Tokens shorter-lived than the client's 60 s margin: every reconnect must refresh.
        Server::EmbeddedServerConfig c;
        c.feeds = {u"baserow"_s};
        c.options.accessTtlSec = 30;
        Server::EmbeddedServer server(c);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        int refreshes = 0, logins = 0, upgrades = 0;
        connect(server.front(), &Server::ServerFront::requestServed, this,
                [&](const QString &, const QString &path, int status) {
                    refreshes += path == u"/api/user/token-refresh/" && status == 200;
                    logins += path == u"/api/user/token-auth/" && status == 200;
                    upgrades += path.startsWith(u"/ws/core/"_s) && status == 101;
                });
        Run run;
        run.start({u"--feed"_s, u"baserow"_s, u"--url"_s, server.url().toString(), u"--email"_s,
                u"demo@example.com"_s, u"--password-file"_s, secretFile(u"pw2"_s, "demo"),
                u"--subscribe"_s, u"table:101"_s, u"--no-snapshot"_s, u"--duration"_s, u"8"_s});
        QTRY_COMPARE_WITH_TIMEOUT(upgrades, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
                server.imitation<Server::BaserowImitation>()->connectionCount(), 1, 10000);
        server.dropConnections();
        QTRY_COMPARE_WITH_TIMEOUT(upgrades, 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
                server.imitation<Server::BaserowImitation>()->connectionCount(), 1, 10000);
        QCOMPARE(logins, 1);
        QCOMPARE(refreshes, 1);
        // Still subscribed after the reconnect: a change on the table arrives.
        QTest::qWait(300);
        server.imitation<Server::BaserowImitation>()->updateRow(
                101, 101, OValue::object({{u"field_1012"_s, u"After reconnect"_s}}));
        QVERIFY(run.waitFor("After reconnect"));
        QCOMPARE(run.finish(), 0);
    }

    void contentServerListensAndDumps()
    {
        const QString dump = m_dir.filePath(u"cs.json"_s);
        Run run;
        run.start({u"--feed"_s, u"contentserver"_s, u"--url"_s, base(), u"--user"_s, u"alice"_s,
                u"--password-file"_s, secretFile(u"alice"_s, "alice"), u"--listen"_s,
                u"/ui/dashboards"_s, u"--duration"_s, u"5"_s, u"--dump-state"_s, dump});
        QVERIFY2(run.waitFor("0a1_metadata"), run.err.constData()); // the REST snapshot
        m_server->imitation<Server::ContentServerImitation>()->put(u"/ui/dashboards/content/m1"_s,
                u"{\"name\":\"from the test\"}"_s, {u"alice"_s}, {u"alice"_s}, u"alice"_s, true,
                true);
        QVERIFY(run.waitFor("/ui/dashboards/content/m1"));
        QCOMPARE(run.finish(), 0);
        const auto state = readJson(dump);
        QVERIFY(state);
        const OValue *f = Test::findNode(*state, u"file"_s, u"/ui/dashboards/content/m1"_s);
        QVERIFY(f);
        QCOMPARE(f->value(u"label").toString(), u"m1"_s);
        // alice cannot read admin's dashboard: listed by REST (unreadable), never its content.
        const OValue *secret = Test::findNode(*state, u"file"_s, u"/ui/dashboards/content/7c3"_s);
        QVERIFY(!secret || !secret->value(u"data").contains(u"content"));
    }

    void apiPageAndRawFeeds()
    {
        const QString dump = m_dir.filePath(u"ap.json"_s);
        Run ap;
        ap.start({u"--feed"_s, u"ap"_s, u"--url"_s, base(), u"--duration"_s, u"5"_s,
                u"--dump-state"_s, dump});
        QUrl ws = m_server->url();
        ws.setScheme(u"ws"_s);
        ws.setPath(u"/api/ws"_s);
        Run raw;
        raw.start({u"--feed"_s, u"raw"_s, u"--url"_s, ws.toString(), u"--print"_s, u"frames"_s,
                u"--duration"_s, u"4"_s});
        QVERIFY2(ap.waitFor("\"PING\""), ap.err.constData()); // the REST snapshot
        QTRY_COMPARE_WITH_TIMEOUT(
                m_server->imitation<Server::ApiPageImitation>()->connectionCount(), 2, 10000);
        m_server->imitation<Server::ApiPageImitation>()->createPage(
                OValue::object({{u"title"_s, u"Monitor page"_s}, {u"text"_s, u"x"_s}}));
        QVERIFY(ap.waitFor("Monitor page"));
        QVERIFY(raw.waitFor("ap_page_created"));
        QCOMPARE(ap.finish(), 0);
        QCOMPARE(raw.finish(), 0);
        QVERIFY(raw.out.contains("\"dir\":\"in\""));
        const auto state = readJson(dump);
        QVERIFY(state && Test::findNode(*state, u"event"_s, u"40"_s));
        bool found = false;
        for (const OValue &n : state->value(u"roots").items())
            found = found || n.value(u"label").toString() == u"Monitor page";
        QVERIFY(found);
    }

    void theServerSeesANormalClose()
    {
        // When the monitor ends, its Close frame goes out before the process does (the
        // server here never answers it: the monitor waits a second at most).
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        QSignalSpy connected(&server, &Test::SilentWebSocketServer::clientConnected);
        Run raw;
        raw.start({u"--feed"_s, u"raw"_s, u"--url"_s, server.url().toString(), u"--duration"_s,
                u"1"_s});
        QVERIFY(connected.wait(10000));
        QCOMPARE(raw.finish(), 0);
        QTRY_COMPARE(Test::clientCloseCode(server.received()), 1000);
    }

    void usageAndConnectionErrors()
    {
        Run noUrl;
        noUrl.start({u"--feed"_s, u"baserow"_s, u"--token"_s, u"x"_s});
        QCOMPARE(noUrl.finish(), 2);
        QVERIFY(noUrl.err.contains("--url"));
        Run badSub;
        badSub.start({u"--feed"_s, u"baserow"_s, u"--url"_s, base(), u"--token"_s, u"x"_s,
                u"--subscribe"_s, u"tabel:1"_s});
        QCOMPARE(badSub.finish(), 2);
        Run refused;
        refused.start({u"--feed"_s, u"ap"_s, u"--url"_s, u"http://127.0.0.1:1"_s,
                u"--connect-attempts"_s, u"1"_s});
        QCOMPARE(refused.finish(), 3);
        QVERIFY(refused.err.contains("could not connect"));
        // A token the server refuses: authentication refused, final.
        Run token;
        token.start({u"--feed"_s, u"baserow"_s, u"--url"_s, base(), u"--token"_s, u"not-a-jwt"_s,
                u"--duration"_s, u"10"_s});
        QCOMPARE(token.finish(), 3);
        QVERIFY2(token.err.contains("authentication refused"), token.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
