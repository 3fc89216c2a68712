// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include "logging.h"
#include "net/feedconnection.h"
#include "net/timersource.h"
#include "server/rawwebsocket.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using State = FeedTransport::State;

// An HTTP proxy that only tunnels (CONNECT host:port), as a careful corporate proxy would; it
// records the requests it saw.
class TunnelProxy : public QTcpServer
{
public:
    QList<QByteArray> requests;

    bool start() { return listen(QHostAddress::LocalHost, 0); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *in = new QTcpSocket(this);
        in->setSocketDescriptor(handle);
        auto *out = new QTcpSocket(this);
        auto head = std::make_shared<QByteArray>();
        connect(in, &QTcpSocket::readyRead, this, [this, in, out, head] {
            if (out->state() == QAbstractSocket::ConnectedState) {
                out->write(in->readAll());
                return;
            }
            head->append(in->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0 || out->state() != QAbstractSocket::UnconnectedState)
                return;
            requests << head->left(end);
            const QList<QByteArray> first = head->left(head->indexOf("\r\n")).split(' ');
            const QByteArray target = first.value(1);
            const qsizetype colon = target.lastIndexOf(':');
            if (first.value(0) != "CONNECT" || colon < 0) {
                in->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
                in->disconnectFromHost();
                return;
            }
            head->remove(0, end + 4);
            out->connectToHost(
                    QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
        });
        connect(out, &QTcpSocket::connected, this, [in, out, head] {
            in->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!head->isEmpty())
                out->write(*head);
        });
        connect(out, &QTcpSocket::readyRead, this, [in, out] { in->write(out->readAll()); });
        connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
        connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
    }
};

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
        QCOMPARE(frames[0].monotonicNs, 1'000'000'000);
        QCOMPARE(frames[1].monotonicNs, 1'000'000'000);
        QCOMPARE(frames[1].wallMs, frames[0].wallMs);
        QVERIFY(frames[0].wallMs > 0);
        QVERIFY(peer);
        peer->sendTextMessage(u"three"_s);
        QTRY_COMPARE(frames.size(), 3);
        QCOMPARE(frames[2].monotonicNs, 2'000'000'000);
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

    void framesLargerThanTheReadBufferArrive()
    {
        // The socket reads a bounded amount per turn, and QWebSocket reads a frame only once its
        // whole payload is buffered: a frame over that bound waited for ever (found by the
        // soak: a 512 KiB fragment stalled the feed without an error).
        EchoServer server;
        QVERIFY(server.listen());
        FeedConnection conn;
        conn.setOptions(options(server.url()));
        QSignalSpy frames(&conn, &FeedTransport::frameReceived);
        conn.open();
        QVERIFY(frames.wait(5000)); // hello
        QWebSocket *peer = server.clients.first();
        peer->setOutgoingFrameSize(8 * 1024 * 1024); // one frame each, not 512 KiB fragments
        const QString big(3 * 1024 * 1024, u'b');
        const QString bigger(5 * 1024 * 1024, u'c');
        peer->sendTextMessage(big);
        peer->sendTextMessage(u"small"_s);
        peer->sendTextMessage(bigger);
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 4, 10000);
        QCOMPARE(frames.at(1).at(0).value<Frame>().bytes.size(), big.size());
        QCOMPARE(frames.at(2).at(0).value<Frame>().bytes, QByteArray("small"));
        QCOMPARE(frames.at(3).at(0).value<Frame>().bytes.size(), bigger.size());
        QCOMPARE(conn.state(), State::Open);
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

    // --- hostile peers: hand-made bytes from a raw QTcpServer --------------------------------
    // Whatever a server sends, the connection must not crash, hang or grow without bound: it
    // ends with an error that says what was wrong, and tries again after a backoff delay.

    void brokenFramesEndTheConnectionAndReconnect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        using Test::closeFrame;
        using Test::serverFrame;
        QTest::newRow("reserved bit") << serverFrame(0x1, "x", true, 0x40) << 1002 << u"1002"_s;
        QTest::newRow("opcode 3") << serverFrame(3, "x") << 1002 << u"opcode"_s;
        QTest::newRow("control opcode 0xB") << serverFrame(0xB, "x") << 1002 << u"opcode"_s;
        QTest::newRow("fragmented ping") << serverFrame(0x9, "x", false) << 1002 << u"1002"_s;
        QTest::newRow("long ping") << serverFrame(0x9, QByteArray(126, 'x')) << 1002 << u"1002"_s;
        QTest::newRow("continuation first") << serverFrame(0x0, "x") << 1002 << u"Continuation"_s;
        QTest::newRow("new message inside one")
                << serverFrame(0x1, "a", false) + serverFrame(0x1, "b") << 1002 << u"1002"_s;
        QTest::newRow("close, 1 byte") << serverFrame(0x8, "\x03") << 1002 << u"1002"_s;
        for (int code : {999, 1004, 1005, 1006, 1015, 2999, 5000}) {
            QTest::newRow(qPrintable(u"close code %1"_s.arg(code)))
                    << closeFrame(quint16(code)) << 1002 << u"close code"_s;
        }
        QTest::newRow("length with top bit")
                << QByteArray("\x81\x7f\x80\x00\x00\x00\x00\x00\x00\x01", 10) << 1002 << u"1002"_s;
        QTest::newRow("text not UTF-8") << serverFrame(0x1, "ok \xc3\x28") << 1007 << u"UTF-8"_s;
        QTest::newRow("fragments not UTF-8")
                << serverFrame(0x1, "ok", false) + serverFrame(0x0, "\xed\xa0\x80") // a surrogate
                << 1007 << u"UTF-8"_s;
        QTest::newRow("close reason not UTF-8") << closeFrame(1000, "\xff") << 1007 << u"UTF-8"_s;
        QTest::newRow("too big") << serverFrame(0x1, QByteArray(5000, 'x')) << 1009 << u"4096"_s;
        QTest::newRow("too big in fragments") << serverFrame(0x1, QByteArray(3000, 'x'), false)
                        + serverFrame(0x0, QByteArray(3000, 'x'))
                                              << 1009 << u"4096"_s;
    }

    void brokenFramesEndTheConnectionAndReconnect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, says);
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        QSignalSpy accepted(&server, &Test::SilentWebSocketServer::clientConnected);
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(server.url());
        opts.maxFrameBytes = 4096;
        conn.setOptions(opts);
        QList<QByteArray> frames;
        connect(&conn, &FeedTransport::frameReceived, this,
                [&](const Frame &f) { frames << f.bytes; });
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        server.writeRaw(Test::serverFrame(0x1, "before") + bytes + Test::serverFrame(0x1, "after"));
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, 10000);
        QCOMPARE(conn.state(), State::WaitingToReconnect);
        // What came before the broken frame arrived; nothing after it did.
        QCOMPARE(frames, QList<QByteArray> {"before"});
        QCOMPARE(conn.closeCode(), code);
        QVERIFY2(conn.lastError().contains(says), qPrintable(conn.lastError()));
        QCOMPARE(conn.stats().oversizeFrames, quint64(code == 1009 ? 1 : 0));
        // The retry comes after the backoff delay.
        timers->advance(scheduled.first().at(1).toInt());
        QTRY_COMPARE(accepted.size(), 2);
        QTRY_COMPARE(conn.state(), State::Open);
    }

    void brokenUpgradesEndTheAttemptAndReconnect_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("503") << QByteArray("HTTP/1.0 503 Service Unavailable\r\n\r\n") << 503
                             << u"HTTP 503"_s;
        QTest::newRow("500 with a body")
                << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n\r\noops")
                << 500 << u"HTTP 500"_s;
        QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\n\r\n") << 404
                             << u"HTTP 404"_s;
        QTest::newRow("302") << QByteArray("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\n\r\n")
                             << 302 << u"HTTP 302"_s;
        QTest::newRow("wrong accept")
                << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: bm9wZQ==\r\n\r\n")
                << 0 << u"Accept-Key"_s;
        QTest::newRow("101 without Upgrade")
                << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << 0 << u"upgrade"_s;
        QTest::newRow("not HTTP") << QByteArray("220 smtp.example ESMTP\r\n\r\n") << 0
                                  << u"upgrade failed"_s;
        QTest::newRow("subprotocol not offered")
                << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Protocol: mqtt\r\n"
                              "Sec-WebSocket-Accept: KEY\r\n\r\n")
                << 0 << u"mqtt"_s;
    }

    void brokenUpgradesEndTheAttemptAndReconnect()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QString, says);
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        server.setAnswer([answer](const QByteArray &key) {
            return QByteArray(answer).replace("KEY", Server::RawWebSocket::acceptFor(key));
        });
        QVERIFY(server.start());
        QSignalSpy accepted(&server, &Test::SilentWebSocketServer::clientConnected);
        FeedConnection conn;
        conn.setTimerSource(timers);
        conn.setOptions(options(server.url()));
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        QSignalSpy errors(&conn, &FeedTransport::errorOccurred);
        conn.open();
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, 10000);
        QCOMPARE(conn.state(), State::WaitingToReconnect);
        QVERIFY(!conn.isFinal());
        QCOMPARE(conn.handshakeStatus(), status);
        QVERIFY2(conn.lastError().contains(says), qPrintable(conn.lastError()));
        QCOMPARE(errors.size(), 1);
        // The attempt is over on the server's side too: Qt alone would keep the socket open.
        QTRY_COMPARE(server.clients(), 0);
        timers->advance(scheduled.first().at(1).toInt());
        QTRY_COMPARE(accepted.size(), 2);
        QTRY_COMPARE(scheduled.size(), 2); // the same answer again: another retry, later
        QVERIFY(scheduled.at(1).at(1).toInt() > 0);
    }

    void aPingFloodFromAPeerThatNeverReadsFails()
    {
        // The peer floods pings and reads nothing: each ping's pong waits in the client's
        // buffers. Past the limit of unsent bytes the connection fails, saying why.
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(server.url());
        opts.maxUnsentBytes = 256 * 1024;
        conn.setOptions(opts);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        // Bursts of 1 000 pings (131 KB of pongs each, under the limit): a peer that reads
        // gets every pong and the connection stays.
        const QByteArray pings = Test::serverFrame(0x9, QByteArray(125, 'p')).repeated(1000);
        const qsizetype pong = 2 + 4 + 125; // a masked client frame
        for (int burst = 1; burst <= 30; ++burst) {
            server.writeRaw(pings);
            QTRY_COMPARE(server.received().size(), burst * 1000 * pong);
        }
        QCOMPARE(conn.state(), State::Open);
        QVERIFY(scheduled.isEmpty());
        // The same bursts to a peer that stops reading: the pongs pile up, and it ends.
        server.setDeaf(true);
        auto topUp = [&] {
            for (QTcpSocket *s : server.sockets()) {
                if (s->bytesToWrite() < 1024 * 1024)
                    s->write(pings);
            }
            return !scheduled.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(topUp(), 60000);
        QCOMPARE(conn.state(), State::WaitingToReconnect);
        QVERIFY2(conn.lastError().contains(u"does not read"_s), qPrintable(conn.lastError()));
        QCOMPARE(conn.closeCode(), 1006);
    }

    void anEndlessAnswerIsBoundedAndFails_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<QString>("says");
        // Header lines that never end: Qt's own limit (800 KB) refuses them.
        QTest::newRow("endless headers") << QByteArray("HTTP/1.1 101 OK\r\n")
                                         << "X-Filler: " + QByteArray(1000, 'f') + "\r\n"
                                         << u"too large"_s;
        // One line that never ends: Qt never looks at it, the read buffer's bound stops it and
        // the connect timer ends it.
        QTest::newRow("endless status line") << QByteArray("HTTP/1.1 101 ") << QByteArray(1000, 'o')
                                             << u"did not complete the WebSocket upgrade"_s;
    }

    void anEndlessAnswerIsBoundedAndFails()
    {
        // The server answers the upgrade with bytes that never end. The client stops reading at
        // its bound (the server's writes back up) and gives up with a clear error.
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, filler);
        QFETCH(QString, says);
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        server.setAnswer([start](const QByteArray &) { return start; });
        QVERIFY(server.start());
        QTimer pump;
        qint64 written = 0;
        QElapsedTimer sinceGrowth;
        sinceGrowth.start();
        connect(&pump, &QTimer::timeout, this, [&] {
            for (QTcpSocket *s : server.sockets()) {
                while (s->bytesToWrite() < 1024 * 1024) {
                    s->write(filler);
                    written += filler.size();
                    sinceGrowth.restart();
                }
            }
        });
        pump.start(1);
        FeedConnection conn;
        conn.setTimerSource(timers);
        conn.setOptions(options(server.url()));
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        // Either the client refuses the answer, or it stops reading: the server keeps trying
        // to write, and for a while nothing more goes (a reader without bound would take
        // hundreds of megabytes and never stall). Then the connect timer ends the attempt.
        QTRY_VERIFY_WITH_TIMEOUT(
                scheduled.size() == 1 || (written > 0 && sinceGrowth.elapsed() > 300), 30000);
        if (scheduled.isEmpty())
            timers->advance(ConnectionOptions {}.connectTimeoutMs);
        QTRY_COMPARE(scheduled.size(), 1);
        pump.stop();
        QVERIFY2(conn.lastError().contains(says), qPrintable(conn.lastError()));
        // The client read at most its bound plus what the kernel buffers held.
        QVERIFY2(written < 64 * 1024 * 1024, qPrintable(QString::number(written)));
    }

    void aStalledUpgradeTimesOut()
    {
        // The TCP connection comes up, the upgrade is never answered: the connect timer ends
        // the attempt, and says that the upgrade is what stalled.
        auto timers = std::make_shared<ManualTimerSource>();
        Test::SilentWebSocketServer server;
        server.setAnswer([](const QByteArray &) { return QByteArray("HTTP/1.1 101 Swi"); });
        QVERIFY(server.start());
        QSignalSpy accepted(&server, &Test::SilentWebSocketServer::clientConnected);
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(server.url());
        opts.connectTimeoutMs = 7000;
        conn.setOptions(opts);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QVERIFY(accepted.wait(5000));
        QTest::qWait(50); // let the partial answer arrive: it must not end the wait
        timers->advance(6999);
        QCOMPARE(conn.state(), State::Connecting);
        timers->advance(1);
        QTRY_COMPARE(scheduled.size(), 1);
        QVERIFY2(conn.lastError().contains(u"did not complete the WebSocket upgrade within 7 s"_s),
                qPrintable(conn.lastError()));
        QTRY_COMPARE(server.clients(), 0);
    }

    void whereQtDepartsFromRfc6455()
    {
        // Three things RFC 6455 asks of a client that QWebSocket (6.4 to 6.8) does not do;
        // docs/architecture.md explains why each is harmless here. If a Qt release changes one,
        // this test says so, and the documentation must change with it.
        Test::SilentWebSocketServer server;
        server.setAnswer([](const QByteArray &key) {
            // An extension the client did not offer (section 4.1 says: fail the connection).
            return Test::SilentWebSocketServer::switchingProtocols(
                    key, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
        });
        QVERIFY(server.start());
        FeedConnection conn;
        auto opts = options(server.url());
        opts.reconnect.enabled = false;
        conn.setOptions(opts);
        QList<QByteArray> frames;
        connect(&conn, &FeedTransport::frameReceived, this,
                [&](const Frame &f) { frames << f.bytes; });
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open); // accepted
        // A masked frame from a server (section 5.1 says: close the connection): delivered.
        server.writeRaw(Test::serverFrame(0x1, "masked", true, 0, true));
        QTRY_COMPARE(frames, QList<QByteArray> {"masked"});
        // A valid character split across two fragments: refused as invalid UTF-8 (1007),
        // because Qt decodes each fragment on its own.
        server.writeRaw(Test::serverFrame(0x1, "caf\xc3", false) + Test::serverFrame(0x0, "\xa9"));
        QTRY_COMPARE(conn.state(), State::Disconnected);
        QCOMPARE(conn.closeCode(), 1007);
        QCOMPARE(frames.size(), 1);
    }

    void aScriptedPeerCanStillTalk()
    {
        // The raw server's frames, a ping among them, arrive; the ping is answered.
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        FeedConnection conn;
        conn.setOptions(options(server.url()));
        QList<QByteArray> frames;
        connect(&conn, &FeedTransport::frameReceived, this,
                [&](const Frame &f) { frames << f.bytes; });
        conn.open();
        QTRY_COMPARE(conn.state(), State::Open);
        server.writeRaw(Test::serverFrame(0x1, "one") + Test::serverFrame(0x9, "keep")
                + Test::serverFrame(0x1, "tw", false) + Test::serverFrame(0x0, "o"));
        QTRY_COMPARE(frames, (QList<QByteArray> {"one", "two"}));
        // A masked pong (0x8A) with the 4-byte payload came back.
        QTRY_VERIFY(server.received().size() >= 10);
        const QByteArray received = server.received();
        QCOMPARE(quint8(received[0]), quint8(0x8A));
        QCOMPARE(quint8(received[1]), quint8(0x80 | 4));
        conn.close();
        QTRY_COMPARE(conn.state(), State::Disconnected);
    }

    void proxySettingsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("empty") << QString() << true << int(ProxySetting::Mode::System)
                               << u"system"_s;
        QTest::newRow("system") << u"System"_s << true << int(ProxySetting::Mode::System)
                                << u"system"_s;
        QTest::newRow("none") << u"none"_s << true << int(ProxySetting::Mode::None) << u"none"_s;
        QTest::newRow("http") << u"http://proxy.example:3128"_s << true
                              << int(ProxySetting::Mode::Manual) << u"http://proxy.example:3128"_s;
        QTest::newRow("bare host:port")
                << u"proxy.example:8080"_s << true << int(ProxySetting::Mode::Manual)
                << u"http://proxy.example:8080"_s;
        QTest::newRow("socks5 with password")
                << u"socks5://me:s3cret@10.0.0.1:1080"_s << true << int(ProxySetting::Mode::Manual)
                << u"socks5://me:•••@10.0.0.1:1080"_s;
        QTest::newRow("no port") << u"http://proxy.example"_s << false << 0 << QString();
        QTest::newRow("ftp") << u"ftp://proxy.example:21"_s << false << 0 << QString();
    }

    void proxySettingsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, mode);
        QFETCH(QString, shown);
        QString error;
        const auto proxy = ProxySetting::parse(text, &error);
        QCOMPARE(bool(proxy), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(int(proxy->mode), mode);
        QCOMPARE(proxy->displayText(), shown);
        QCOMPARE(ProxySetting::parse(proxy->text()), proxy); // round trip
    }

    void connectsThroughAnHttpProxy()
    {
        EchoServer server;
        QVERIFY(server.listen());
        TunnelProxy proxy;
        QVERIFY(proxy.start());
        FeedConnection conn;
        auto opts = options(server.url());
        opts.proxy = *ProxySetting::parse(u"http://127.0.0.1:%1"_s.arg(proxy.serverPort()));
        conn.setOptions(opts);
        QSignalSpy frames(&conn, &FeedTransport::frameReceived);
        conn.open();
        QVERIFY(frames.wait(5000));
        QCOMPARE(frames.first().first().value<Frame>().bytes, QByteArray("hello 1"));
        QCOMPARE(proxy.requests.size(), 1);
        const QByteArray expected =
                "CONNECT 127.0.0.1:" + QByteArray::number(server.server.serverPort());
        QVERIFY2(proxy.requests.first().startsWith(expected), proxy.requests.first().constData());
        conn.close();
        QTRY_COMPARE(conn.state(), State::Disconnected);

        // "none" goes straight to the server, past any application-wide proxy.
        QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.serverPort()));
        opts.proxy = *ProxySetting::parse(u"none"_s);
        conn.setOptions(opts);
        conn.open();
        QVERIFY(frames.wait(5000));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        QCOMPARE(proxy.requests.size(), 1);
        conn.close();
        QTRY_COMPARE(conn.state(), State::Disconnected);
    }

    void aProxyThatRefusesIsReported()
    {
        auto timers = std::make_shared<ManualTimerSource>();
        EchoServer server;
        QVERIFY(server.listen());
        QTcpServer refusing; // answers every CONNECT with 407
        QVERIFY(refusing.listen(QHostAddress::LocalHost, 0));
        connect(&refusing, &QTcpServer::newConnection, this, [&refusing] {
            QTcpSocket *s = refusing.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                         "Proxy-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n\r\n");
            });
        });
        FeedConnection conn;
        conn.setTimerSource(timers);
        auto opts = options(server.url());
        opts.proxy = *ProxySetting::parse(
                u"http://user:hunter2@127.0.0.1:%1"_s.arg(refusing.serverPort()));
        conn.setOptions(opts);
        QSignalSpy scheduled(&conn, &FeedConnection::reconnectScheduled);
        conn.open();
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, 10000);
        QVERIFY2(conn.lastError().contains(u"roxy"_s), qPrintable(conn.lastError()));
        QVERIFY(!conn.lastError().contains(u"hunter2"_s));
        QCOMPARE(server.accepted, 0);
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
