// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "logging.h"
#include "net/feedconnection.h"
#include "net/timersource.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using State = FeedTransport::State;

// FeedConnection against real servers on 127.0.0.1, port 0. Time-dependent behaviour
// (backoff, keepalive, close timeouts) runs on a ManualTimerSource: no sleeps.
class TestFeedConnection : public QObject
{
    Q_OBJECT

private:
    // A QWebSocketServer that greets every client with "hello <n>".
    struct EchoServer
    {
        // clients first: it must outlive the server, whose sockets report disconnects as they go.
        QList<QWebSocket *> clients;
        int accepted = 0;
        QByteArray lastAuthorization;
        QWebSocketServer server {u"test"_s, QWebSocketServer::NonSecureMode};
        bool listen(quint16 port = 0)
        {
            if (!server.listen(QHostAddress::LocalHost, port))
                return false;
            QObject::connect(&server, &QWebSocketServer::newConnection, &server, [this] {
                while (auto *ws = server.nextPendingConnection()) {
                    clients << ws;
                    ++accepted;
                    lastAuthorization = ws->request().rawHeader("Authorization");
                    ws->sendTextMessage(u"hello %1"_s.arg(accepted));
                    QObject::connect(ws, &QWebSocket::disconnected, ws, [this, ws] {
                        clients.removeOne(ws);
                        ws->deleteLater();
                    });
                }
            });
            return true;
        }
        QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/feed"_s.arg(server.serverPort())); }
        void dropAll()
        {
            const QList<QWebSocket *> copy = clients; // abort() removes from clients
            for (QWebSocket *ws : copy)
                ws->abort();
        }
    };

    ConnectionOptions options(const QUrl &url)
    {
        ConnectionOptions o;
        o.url = url;
        o.keepalive.enabled = false;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(
                QRegularExpression(u".*(QObject|QAbstractItemModel|QSortFilterProxyModel).*"_s));
    }

    void openReceiveClose()
    {
        EchoServer server;
        QVERIFY(server.listen());
        FeedConnection conn;
        auto opts = options(server.url());
        opts.query = {{u"jwt_token"_s, u"secret-token"_s}};
        opts.setHeader("Authorization", "Jwt abc.def.ghi");
        conn.setOptions(opts);
        QSignalSpy states(&conn, &FeedTransport::stateChanged);
        QSignalSpy frames(&conn, &FeedTransport::frameReceived);
        conn.open();
        QCOMPARE(conn.state(), State::Connecting);
        QVERIFY(frames.wait(5000));
        QCOMPARE(conn.state(), State::Open);
        const Frame f = frames.first().first().value<Frame>();
        QCOMPARE(f.bytes, QByteArray("hello 1"));
        QCOMPARE(f.seq, quint64(1));
        QCOMPARE(f.dir, Direction::In);
        QVERIFY(f.wallMs > 0);
        QCOMPARE(server.lastAuthorization, QByteArray("Jwt abc.def.ghi"));
        QVERIFY(conn.sendText("ping?"));
        QCOMPARE(conn.stats().framesIn, quint64(1));
        QCOMPARE(conn.stats().framesOut, quint64(1));
        conn.close();
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), State::Disconnected, 5000);
        QList<State> seen;
        for (const auto &args : states)
            seen << args.first().value<State>();
        QCOMPARE(seen,
                (QList<State> {
                        State::Connecting, State::Open, State::Closing, State::Disconnected}));
        QCOMPARE(conn.closeCode(), 1000);
    }

    void messagesOfOneReadShareTheirTimes()
    {
        // The server writes two messages together, later a third. Handling each message takes
        // 500 ms on the connection's clock: the second still carries the time its read came in,
        // the third the time of its own read.
        auto timers = std::make_shared<ManualTimerSource>();
        timers->advance(1000);
        QWebSocketServer server(u"test"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QPointer<QWebSocket> peer;
        connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server); // the caller owns what nextPendingConnection() returns
            peer->sendTextMessage(u"one"_s);
            peer->sendTextMessage(u"two"_s);
        });
        FeedConnection conn;
        conn.setTimerSource(timers);
        conn.setOptions(options(QUrl(u"ws://127.0.0.1:%1/feed"_s.arg(server.serverPort()))));
        QList<Frame> frames;
        connect(&conn, &FeedTransport::frameReceived, this, [&](const Frame &f) {
            frames << f;
            timers->advance(500);
        });
        conn.open();
        QTRY_COMPARE(frames.size(), 2);
        QCOMPARE(frames[0].bytes, QByteArray("one"));
        QCOMPARE(frames[1].bytes, QByteArray("two"));
        QCOMPARE(frames[0].monotonicMs, 1000);
        QCOMPARE(frames[1].monotonicMs, 1000);
        QCOMPARE(frames[1].wallMs, frames[0].wallMs);
        QVERIFY(frames[0].wallMs > 0);
        QVERIFY(peer);
        peer->sendTextMessage(u"three"_s);
        QTRY_COMPARE(frames.size(), 3);
        QCOMPARE(frames[2].monotonicMs, 2000);
        QVERIFY(frames[2].wallMs >= frames[0].wallMs);
        QCOMPARE(frames[2].seq, quint64(3));
        conn.close();
        QTRY_COMPARE(conn.state(), State::Disconnected);
    }

    void reconnectsWithGrowingJitteredDelays()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        EchoServer server;
        QVERIFY(server.listen());
        const quint16 port = server.server.serverPort();
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(server.url());
        opts.reconnect.initialDelayMs = 1000;
        opts.reconnect.maxDelayMs = 30000;
        opts.reconnect.jitter = 0.2;
        conn.setOptions(opts);
        conn.setBackoffSeed(7);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);

        // The server goes away: the client waits, tries, fails, waits longer…
        server.dropAll();
        server.server.close();
        QList<int> delays;
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), attempt, 5000);
            QCOMPARE(conn.state(), State::WaitingToReconnect);
            delays << scheduled.last().at(1).toInt();
            timers->advance(delays.last());
        }
        // The fourth attempt fails too before the server returns.
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 5, 5000);
        // Nominal 1 s, 2 s, 4 s, 8 s, each within ±20 %, and not all exactly nominal.
        const int nominal[] = {1000, 2000, 4000, 8000};
        bool anyJitter = false;
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(delays[i] >= nominal[i] * 0.8 && delays[i] <= nominal[i] * 1.2,
                    qPrintable(u"delay %1 = %2"_s.arg(i).arg(delays[i])));
            anyJitter = anyJitter || delays[i] != nominal[i];
            if (i > 0)
                QVERIFY(delays[i] > delays[i - 1]);
        }
        QVERIFY(anyJitter);

        // The server comes back on the same port; the next attempt connects.
        QVERIFY(server.listen(port));
        timers->advance(scheduled.last().at(1).toInt());
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), State::Open, 5000);
        QCOMPARE(conn.stats().reconnects, quint64(5));
    }

    void delayCapAndAttemptCap()
    {
        Backoff b(ReconnectPolicy {true, 1000, 30000, 2.0, 0.0, 3, 10000}, 1);
        QCOMPARE(b.nextDelayMs(), 1000);
        QCOMPARE(b.nextDelayMs(), 2000);
        QCOMPARE(b.nextDelayMs(), 4000);
        QVERIFY(b.exhausted());
        Backoff capped(ReconnectPolicy {true, 1000, 30000, 2.0, 0.2, 0, 10000}, 3);
        for (int i = 0; i < 12; ++i)
            QVERIFY(capped.nextDelayMs() <= 30000);
        QCOMPARE(capped.nominalDelayMs(10), 30000);
    }

    void deadPeerIsDetectedWithinIntervalPlusTimeout()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(QUrl(u"ws://127.0.0.1:%1/"_s.arg(server.serverPort())));
        opts.keepalive = {true, 1000, 500};
        conn.setOptions(opts);
        QSignalSpy pings(&conn, &FeedConnection::pingSent);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        timers->advance(999);
        QCOMPARE(pings.size(), 0);
        timers->advance(1);
        QCOMPARE(pings.size(), 1);
        timers->advance(499);
        QCOMPARE(conn.state(), State::Open);
        timers->advance(1); // interval + timeout: counted dead, aborted, reconnect scheduled
        QTRY_COMPARE(conn.state(), State::WaitingToReconnect);
        QCOMPARE(scheduled.size(), 1);
        QVERIFY(conn.lastError().contains(u"pong"_s));
    }

    void silentHealthyConnectionSurvivesWithoutKeepalive()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        FeedConnection conn;
        conn.setTimerSource(timers);
        conn.setOptions(options(QUrl(u"ws://127.0.0.1:%1/"_s.arg(server.serverPort()))));
        QSignalSpy pings(&conn, &FeedConnection::pingSent);
        QSignalSpy frames(&conn, &FeedTransport::frameReceived);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        timers->advance(3600 * 1000); // an hour of silence
        QCOMPARE(conn.state(), State::Open);
        QCOMPARE(pings.size(), 0);
        server.sendText("still here");
        QVERIFY(frames.wait(5000));
        QCOMPARE(conn.state(), State::Open);
    }

    void roundTripTimeIsMeasured()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        EchoServer server;
        QVERIFY(server.listen());
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(server.url());
        opts.keepalive = {true, 1000, 5000};
        conn.setOptions(opts);
        QSignalSpy rtt(&conn, &FeedConnection::roundTripMeasured);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        timers->advance(1000);
        QVERIFY(rtt.wait(5000));
        QVERIFY(conn.roundTripMs() >= 0);
        QCOMPARE(conn.state(), State::Open);
    }

    void oversizeFrameEndsTheConnection()
    {
        EchoServer server;
        QVERIFY(server.listen());
        FeedConnection conn;
        auto opts = options(server.url());
        opts.maxFrameBytes = 1024;
        opts.reconnect.enabled = false;
        conn.setOptions(opts);
        QSignalSpy errors(&conn, &FeedTransport::errorOccurred);
        QSignalSpy frames(&conn, &FeedTransport::frameReceived);
        conn.open();
        QVERIFY(frames.wait(5000)); // "hello 1" fits
        server.clients.first()->sendTextMessage(QString(4096, u'x'));
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), State::Disconnected, 5000);
        QCOMPARE(conn.stats().oversizeFrames, quint64(1));
        QVERIFY2(conn.lastError().contains(u"1024"_s), qPrintable(conn.lastError()));
        QCOMPARE(frames.size(), 1);
    }

    void tlsSelfSignedIsRefusedThenAcceptedWhenPinned()
    {
        Test::SelfSignedCertificate cert;
        QString error;
        QVERIFY2(cert.generate(u"localhost"_s, &error), qPrintable(error));
        QFile certFile(cert.certPath), keyFile(cert.keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());
        QWebSocketServer server(u"tls"_s, QWebSocketServer::SecureMode);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(certificate);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(ssl);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            while (auto *ws = server.nextPendingConnection()) {
                ws->setParent(&server); // the caller owns what nextPendingConnection() returns
                ws->sendTextMessage(u"secure hello"_s);
            }
        });
        // The server sees handshake failures from the refused attempt; that is expected.
        QTest::failOnWarning(
                QRegularExpression(u"^(?!.*(SSL|ssl|handshake|certificate)).*QObject.*"_s));

        FeedConnection conn;
        // By address: a bare system may have no /etc/hosts to resolve localhost with.
        auto opts = options(QUrl(u"wss://127.0.0.1:%1/"_s.arg(server.serverPort())));
        opts.reconnect.enabled = true;
        conn.setOptions(opts);
        QSignalSpy refused(&conn, &FeedConnection::certificateRefused);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QVERIFY(refused.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), State::Disconnected, 5000);
        QVERIFY(conn.isFinal());
        QCOMPARE(scheduled.size(), 0);
        const CertificateInfo info = conn.refusedCertificate();
        QCOMPARE(info.sha256, certificate.digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(info.subject.contains(u"localhost"_s));
        QVERIFY(!info.errors.isEmpty());
        QVERIFY(conn.lastError().contains(info.fingerprintDisplay()));

        // Pinned by fingerprint (typed with colons, upper case): accepted.
        opts.pinnedCertificates = {info.fingerprintDisplay().toLatin1()};
        conn.setOptions(opts);
        QSignalSpy frames(&conn, &FeedTransport::frameReceived);
        conn.open();
        QVERIFY(frames.wait(10000));
        QCOMPARE(frames.first().first().value<Frame>().bytes, QByteArray("secure hello"));
        QCOMPARE(conn.state(), State::Open);
        conn.close();
        QTRY_COMPARE(conn.state(), State::Disconnected);
    }

    void manualCloseNeverReconnects()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        EchoServer server;
        QVERIFY(server.listen());
        FeedConnection conn;
        conn.setTimerSource(timers);
        conn.setOptions(options(server.url()));
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        conn.close();
        QTRY_COMPARE(conn.state(), State::Disconnected);
        timers->advance(10 * 60 * 1000);
        QTest::qWait(0);
        QCOMPARE(conn.state(), State::Disconnected);
        QCOMPARE(scheduled.size(), 0);
        QCOMPARE(server.accepted, 1);
    }

    void closeAbortsWhenTheServerNeverAnswers()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(QUrl(u"ws://127.0.0.1:%1/"_s.arg(server.serverPort())));
        opts.closeTimeoutMs = 2500;
        conn.setOptions(opts);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.close();
        // QWebSocket may give up on the close handshake by itself; if it still waits, the
        // connection aborts once the close timeout has passed. Either way the peer is gone.
        if (conn.state() == State::Closing) {
            timers->advance(2499);
            QCOMPARE(conn.state(), State::Closing);
            timers->advance(1);
        }
        QTRY_COMPARE(conn.state(), State::Disconnected);
        QTRY_COMPARE(server.clients(), 0);
        QCOMPARE(scheduled.size(), 0);
    }

    void refusedUpgradeIsFinal_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
    }

    void refusedUpgradeIsFinal()
    {
        QFETCH(int, status);
        Test::SilentWebSocketServer server;
        server.setRefuseWith(status);
        QVERIFY(server.start());
        FeedConnection conn;
        conn.setOptions(options(QUrl(u"ws://127.0.0.1:%1/"_s.arg(server.serverPort()))));
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), State::Disconnected, 5000);
        QCOMPARE(conn.handshakeStatus(), status);
        QVERIFY(conn.isFinal());
        QVERIFY(conn.lastError().contains(QString::number(status)));
        QCOMPARE(scheduled.size(), 0);
    }

    void prepareHookRunsBeforeEveryAttempt()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        EchoServer server;
        QVERIFY(server.listen());
        FeedConnection conn;
        conn.setTimerSource(timers);
        conn.setOptions(options(server.url()));
        int calls = 0;
        conn.setPrepareHook([&](std::function<void(FeedConnection::PrepareResult)> done) {
            ++calls;
            conn.mutableOptions().setQueryItem(u"jwt_token"_s, u"token-%1"_s.arg(calls));
            done({});
        });
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        server.dropAll();
        QTRY_COMPARE(conn.state(), State::WaitingToReconnect);
        timers->advance(5000);
        QTRY_COMPARE(conn.state(), State::Open);
        QCOMPARE(calls, 2);
        QVERIFY(conn.options().effectiveUrl().toString().contains(u"token-2"_s));
        // A final refusal from the hook stops the retries.
        conn.setPrepareHook([](std::function<void(FeedConnection::PrepareResult)> done) {
            done({false, u"login refused"_s, true});
        });
        server.dropAll();
        QTRY_COMPARE(conn.state(), State::WaitingToReconnect);
        timers->advance(5000);
        QTRY_COMPARE(conn.state(), State::Disconnected);
        QCOMPARE(conn.lastError(), u"login refused"_s);
    }

    void secretsStayOutOfLogsAndErrors()
    {
        // Raw messages, before any redacting handler: the code itself must mask.
        static QStringList messages;
        messages.clear();
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            messages.append(m);
        });
        QLoggingCategory::setFilterRules(u"feedscope.*=true"_s);
        Test::SilentWebSocketServer server;
        server.setRefuseWith(401);
        QVERIFY(server.start());
        FeedConnection conn;
        auto opts = options(
                QUrl(u"ws://user:hunter2@127.0.0.1:%1/ws/core/"_s.arg(server.serverPort())));
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoxfQ.c2lnbmF0dXJl"_s;
        opts.query = {{u"jwt_token"_s, jwt}};
        opts.setHeader("Authorization", "Basic dXNlcjpodW50ZXIy");
        conn.setOptions(opts);
        conn.open();
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), State::Disconnected, 5000);
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(server.lastRequestHead().contains(jwt.toLatin1())); // it was really sent
        QVERIFY(!messages.isEmpty());
        const QString everything = messages.join(u'\n') + conn.displayUrl() + conn.lastError();
        QVERIFY2(!everything.contains(jwt), qPrintable(everything));
        QVERIFY(!everything.contains(u"hunter2"_s));
        QVERIFY(!everything.contains(u"dXNlcjpodW50ZXIy"_s));
        QVERIFY(conn.displayUrl().contains(Secrets::Mask));
    }
};

QTEST_GUILESS_MAIN(TestFeedConnection)
#include "tst_feedconnection.moc"
