// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstring>
#include <functional>
#include <numeric>
#include <random>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include "net/websocketclient.h"
#include "net/websocketframes.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using Event = Ws::Event;

namespace {

// A frame as a server writes it: no mask unless asked, FIN and reserved bits as given.
QByteArray serverFrame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
        bool masked = false)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | rsv | opcode));
    const quint64 len = quint64(payload.size());
    const char maskBit = masked ? char(0x80) : char(0);
    if (len < 126) {
        out.append(char(maskBit | char(len)));
    } else if (len <= 0xFFFF) {
        out.append(char(maskBit | 126)).append(char(len >> 8)).append(char(len & 0xFF));
    } else {
        out.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((len >> shift) & 0xFF));
    }
    if (masked)
        out.append(QByteArray(4, '\0')); // a zero mask leaves the payload as it is
    out.append(payload);
    return out;
}

QByteArray closeFrame(quint16 code, QByteArrayView reason = {})
{
    return serverFrame(Ws::Close, Ws::closePayload(code, reason));
}

struct Read
{
    QList<Event> events;
    bool failed = false;
    quint16 errorCode = 0;
};

// Feeds data to a reader in pieces cut at the given offsets, collecting every event.
Read readInPieces(const QByteArray &data, const std::vector<qsizetype> &cuts, qint64 max = 1 << 24)
{
    Ws::FrameReader reader(max);
    Read r;
    qsizetype from = 0;
    auto drain = [&] {
        Event e;
        while (reader.next(e))
            r.events.append(e);
    };
    for (qsizetype cut : cuts) {
        reader.append(QByteArrayView(data).sliced(from, cut - from));
        from = cut;
        drain();
    }
    reader.append(QByteArrayView(data).sliced(from));
    drain();
    r.failed = reader.failed();
    r.errorCode = reader.errorCloseCode();
    return r;
}

Read readWhole(const QByteArray &data, qint64 max = 1 << 24)
{
    return readInPieces(data, {}, max);
}

bool sameEvents(const QList<Event> &a, const QList<Event> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].binary != b[i].binary || a[i].payload != b[i].payload
                || a[i].closeCode != b[i].closeCode)
            return false;
    }
    return true;
}

// Undoes a client frame: FIN, opcode, whether it was masked, and the payload.
struct ClientFrame
{
    bool fin = false;
    quint8 opcode = 0;
    bool masked = false;
    QByteArray payload;
    qsizetype size = 0; // bytes of the frame, 0 when incomplete
};
ClientFrame parseClientFrame(QByteArrayView d)
{
    ClientFrame f;
    if (d.size() < 2)
        return f;
    const auto *p = reinterpret_cast<const uchar *>(d.data());
    f.fin = p[0] & 0x80;
    f.opcode = p[0] & 0x0F;
    f.masked = p[1] & 0x80;
    quint64 len = p[1] & 0x7F;
    qsizetype at = 2;
    if (len == 126) {
        len = (quint64(p[2]) << 8) | p[3];
        at = 4;
    } else if (len == 127) {
        len = 0;
        for (int i = 2; i < 10; ++i)
            len = (len << 8) | p[i];
        at = 10;
    }
    uchar mask[4] = {0, 0, 0, 0};
    if (f.masked) {
        std::memcpy(mask, p + at, 4);
        at += 4;
    }
    if (d.size() < at + qsizetype(len))
        return f;
    f.payload.resize(qsizetype(len));
    for (qsizetype i = 0; i < qsizetype(len); ++i)
        f.payload[i] = char(p[at + i] ^ mask[i & 3]);
    f.size = at + qsizetype(len);
    return f;
}

// A server written by hand: it answers the upgrade as the test says, then writes whatever
// bytes the test gives it and records what the client sends.
class ScriptedServer : public QTcpServer
{
public:
    // Given the client's key, the bytes to answer the upgrade with.
    std::function<QByteArray(const QByteArray &key)> answer =
            [](const QByteArray &key) -> QByteArray {
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: "
               "Upgrade\r\nSec-WebSocket-Accept: "
                + Ws::acceptFor(key) + "\r\n\r\n";
    };
    QTcpSocket *client = nullptr;
    QByteArray request;
    QByteArray received; // what came after the request

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = u"/feed"_s) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
    }
    QList<ClientFrame> frames() const
    {
        QList<ClientFrame> out;
        QByteArrayView rest(received);
        while (true) {
            const ClientFrame f = parseClientFrame(rest);
            if (!f.size)
                return out;
            out.append(f);
            rest = rest.sliced(f.size);
        }
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        client = new QTcpSocket(this);
        client->setSocketDescriptor(handle);
        connect(client, &QTcpSocket::readyRead, this, [this] {
            const QByteArray bytes = client->readAll();
            if (request.contains("\r\n\r\n")) {
                received += bytes;
                return;
            }
            request += bytes;
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            received = request.mid(end + 4);
            request.truncate(end + 4);
            QByteArray key;
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(18).trimmed();
            }
            client->write(answer(key));
        });
    }
};

} // namespace

class TestWebSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    // --- the handshake, pure ---------------------------------------------------------------------

    void acceptKeyIsTheRfcExample()
    {
        // RFC 6455 section 1.3.
        QCOMPARE(Ws::acceptFor("dGhlIHNhbXBsZSBub25jZQ=="),
                QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        QCOMPARE(QByteArray::fromBase64(Ws::makeKey()).size(), 16);
        QVERIFY(Ws::makeKey() != Ws::makeKey());
    }

    void requestNamesHostPathAndHeaders()
    {
        const QByteArray r =
                Ws::handshakeRequest(QUrl(u"ws://example.com:8000/ws/core/?jwt_token=a%20b&x=1"_s),
                        {{"Origin", "http://example.com"}, {"X-Evil", "a\r\nInjected: yes"},
                                {"host", "other.example"}},
                        "KEY");
        QVERIFY2(r.startsWith("GET /ws/core/?jwt_token=a%20b&x=1 HTTP/1.1\r\n"), r.constData());
        QVERIFY(r.endsWith("\r\n\r\n"));
        QVERIFY(r.contains("\r\nhost: other.example\r\n")); // the caller's Host replaces ours
        QVERIFY(!r.contains("Host: example.com"));
        QVERIFY(r.contains("\r\nUpgrade: websocket\r\n"));
        QVERIFY(r.contains("\r\nConnection: Upgrade\r\n"));
        QVERIFY(r.contains("\r\nSec-WebSocket-Key: KEY\r\n"));
        QVERIFY(r.contains("\r\nSec-WebSocket-Version: 13\r\n"));
        QVERIFY(r.contains("\r\nOrigin: http://example.com\r\n"));
        QVERIFY(!r.contains("\nInjected")); // a line break in a value cannot start a header
        QVERIFY(Ws::handshakeRequest(QUrl(u"wss://h.example"_s), {}, "K")
                        .contains("Host: h.example\r\n"));
        QVERIFY(Ws::handshakeRequest(QUrl(u"wss://h.example:443"_s), {}, "K")
                        .contains("Host: h.example\r\n"));
        QVERIFY(Ws::handshakeRequest(QUrl(u"ws://[::1]:9000"_s), {}, "K")
                        .startsWith("GET / HTTP/1.1\r\nHost: [::1]:9000\r\n"));
        QVERIFY(!Ws::handshakeRequest(QUrl(u"ws://user:secret@h.example/"_s), {}, "K")
                         .contains("secret"));
    }

    void responsesAreAcceptedOrRefused()
    {
        const QByteArray key = "dGhlIHNhbXBsZSBub25jZQ==";
        const QByteArray accept = Ws::acceptFor(key);
        const QByteArray good = "HTTP/1.1 101 Switching Protocols\r\nupgrade: WebSocket\r\n"
                                "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Accept: "
                + accept + "\r\n\r\n";
        using S = Ws::HandshakeResponse::State;

        auto r = Ws::parseHandshakeResponse(good.left(good.size() - 1), accept);
        QCOMPARE(r.state, S::Incomplete);
        r = Ws::parseHandshakeResponse(QByteArray(good + "\x81\x02hi"), accept);
        QCOMPARE(r.state, S::Accepted);
        QCOMPARE(r.status, 101);
        QCOMPARE(r.consumed, good.size()); // the frame after it is not part of it

        r = Ws::parseHandshakeResponse(
                "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n", accept);
        QCOMPARE(r.state, S::Refused);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.reasonPhrase, QByteArray("Unauthorized"));
        QVERIFY(r.error.contains(u"401"_s));

        QByteArray wrongAccept = good;
        wrongAccept.replace(accept, Ws::acceptFor("other"));
        QCOMPARE(Ws::parseHandshakeResponse(wrongAccept, accept).state, S::Invalid);
        QByteArray noUpgrade = good;
        noUpgrade.replace("upgrade: WebSocket\r\n", "");
        QCOMPARE(Ws::parseHandshakeResponse(noUpgrade, accept).state, S::Invalid);
        QByteArray extension = good;
        extension.insert(extension.size() - 2, "Sec-WebSocket-Extensions: permessage-deflate\r\n");
        QCOMPARE(Ws::parseHandshakeResponse(extension, accept).state, S::Invalid);
        QCOMPARE(Ws::parseHandshakeResponse("SSH-2.0-OpenSSH\r\n\r\n", accept).state, S::Invalid);
        QCOMPARE(Ws::parseHandshakeResponse(QByteArray(70000, 'x'), accept).state, S::Invalid);
        QCOMPARE(Ws::parseHandshakeResponse(QByteArray(100, 'x'), accept).state, S::Incomplete);
    }

    // --- frames, pure ----------------------------------------------------------------------------

    void clientFramesAreMaskedWithEveryLengthForm()
    {
        for (qsizetype len : {0, 1, 125, 126, 65535, 65536, 200000}) {
            QByteArray payload(len, '\0');
            for (qsizetype i = 0; i < len; ++i)
                payload[i] = char(i * 7);
            QByteArray out = "prefix";
            Ws::appendClientFrame(out, Ws::Binary, payload, 0xA1B2C3D4);
            QVERIFY(out.startsWith("prefix"));
            const ClientFrame f = parseClientFrame(QByteArrayView(out).sliced(6));
            QCOMPARE(f.size, out.size() - 6);
            QVERIFY(f.fin);
            QVERIFY(f.masked);
            QCOMPARE(f.opcode, quint8(Ws::Binary));
            QCOMPARE(f.payload, payload);
        }
        // The reason is cut to fit a control frame, never inside a UTF-8 sequence.
        const QByteArray reason = QString(100, QChar(0x00e9)).toUtf8(); // 200 bytes of "é"
        const QByteArray close = Ws::closePayload(4000, reason);
        QCOMPARE(close.size(), 2 + 122);
        QCOMPARE(close.left(2), QByteArray("\x0f\xa0"));
        QVERIFY(QString::fromUtf8(close.mid(2)) == QString(61, QChar(0x00e9)));
    }

    void framesSplitAnywhereReadTheSame()
    {
        QByteArray stream;
        stream += serverFrame(Ws::Text, "hello");
        stream += serverFrame(Ws::Binary, QByteArray(300, '\xff'));
        stream += serverFrame(Ws::Text, QByteArray(70000, 'a'));
        stream += serverFrame(Ws::Ping, "p");
        stream += serverFrame(Ws::Text, "frag", false);
        stream += serverFrame(Ws::Pong, "in between"); // control frames may come between fragments
        stream += serverFrame(Ws::Continuation, "ment", false);
        stream += serverFrame(Ws::Continuation, "ed", true);
        stream += serverFrame(Ws::Text, "");
        stream += closeFrame(4001, "bye");
        const Read whole = readWhole(stream);
        QVERIFY(!whole.failed);
        QCOMPARE(whole.events.size(), 8);
        QCOMPARE(whole.events[0].payload, QByteArray("hello"));
        QVERIFY(!whole.events[0].binary);
        QVERIFY(whole.events[1].binary);
        QCOMPARE(whole.events[2].payload.size(), 70000);
        QCOMPARE(whole.events[3].type, Event::Type::Ping);
        QCOMPARE(whole.events[4].type, Event::Type::Pong);
        QCOMPARE(whole.events[5].payload, QByteArray("fragmented"));
        QCOMPARE(whole.events[6].payload, QByteArray());
        QCOMPARE(whole.events[7].type, Event::Type::Close);
        QCOMPARE(whole.events[7].closeCode, quint16(4001));
        QCOMPARE(whole.events[7].payload, QByteArray("bye"));

        std::vector<qsizetype> everyByte(size_t(stream.size() - 1));
        std::iota(everyByte.begin(), everyByte.end(), 1);
        QVERIFY(sameEvents(readInPieces(stream, everyByte).events, whole.events));
        std::mt19937 rng(7);
        for (int round = 0; round < 50; ++round) {
            std::vector<qsizetype> cuts;
            std::uniform_int_distribution<qsizetype> at(1, stream.size() - 1);
            for (int i = 0; i < 8; ++i)
                cuts.push_back(at(rng));
            std::sort(cuts.begin(), cuts.end());
            QVERIFY(sameEvents(readInPieces(stream, cuts).events, whole.events));
        }
        // A close frame without a code reads as 1005.
        const Read empty = readWhole(serverFrame(Ws::Close, {}));
        QCOMPARE(empty.events.size(), 1);
        QCOMPARE(empty.events[0].closeCode, quint16(Ws::CloseNoStatus));
    }

    void utf8IsCheckedOnWholeMessages()
    {
        const QByteArray e = QString(QChar(0x00e9)).toUtf8(); // two bytes
        // Split between fragments, the character is still whole in the message.
        const Read split = readWhole(serverFrame(Ws::Text, "caf" + e.left(1), false)
                + serverFrame(Ws::Continuation, e.mid(1)));
        QVERIFY(!split.failed);
        QCOMPARE(split.events.size(), 1);
        QCOMPARE(split.events[0].payload, "caf" + e);
        // Binary messages are not text.
        QVERIFY(!readWhole(serverFrame(Ws::Binary, "\xff\xfe")).failed);
    }

    void protocolErrorsFailTheReader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("masked") << serverFrame(Ws::Text, "x", true, 0, true) << 1002;
        QTest::newRow("reserved bit") << serverFrame(Ws::Text, "x", true, 0x40) << 1002;
        QTest::newRow("opcode 3") << serverFrame(3, "x") << 1002;
        QTest::newRow("control opcode 0xB") << serverFrame(0xB, "x") << 1002;
        QTest::newRow("fragmented ping") << serverFrame(Ws::Ping, "x", false) << 1002;
        QTest::newRow("long ping") << serverFrame(Ws::Ping, QByteArray(126, 'x')) << 1002;
        QTest::newRow("continuation first") << serverFrame(Ws::Continuation, "x") << 1002;
        QTest::newRow("new message inside one")
                << serverFrame(Ws::Text, "a", false) + serverFrame(Ws::Text, "b") << 1002;
        QTest::newRow("close, 1 byte") << serverFrame(Ws::Close, "\x03") << 1002;
        for (int code : {999, 1004, 1005, 1006, 1015, 2999, 5000}) {
            QTest::newRow(qPrintable(u"close code %1"_s.arg(code)))
                    << closeFrame(quint16(code)) << 1002;
        }
        QTest::newRow("length with top bit")
                << QByteArray("\x81\x7f\x80\x00\x00\x00\x00\x00\x00\x01", 10) << 1002;
        QTest::newRow("text not UTF-8") << serverFrame(Ws::Text, "ok \xc3\x28") << 1007;
        QTest::newRow("fragments not UTF-8") << serverFrame(Ws::Text, "ok", false)
                        + serverFrame(Ws::Continuation, "\xed\xa0\x80") // a surrogate
                                             << 1007;
        QTest::newRow("close reason not UTF-8") << closeFrame(1000, "\xff") << 1007;
    }

    void protocolErrorsFailTheReader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const QByteArray stream =
                serverFrame(Ws::Text, "before") + bytes + serverFrame(Ws::Text, "after");
        const Read r = readWhole(stream);
        QVERIFY(r.failed);
        QCOMPARE(int(r.errorCode), code);
        // What came before the error was read; nothing after it is.
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].payload, QByteArray("before"));
    }

    void oversizeIsRefusedBeforeThePayloadArrives()
    {
        // Only the header of a 2 000-byte frame has come: the limit of 1 000 already fails it.
        Read r = readWhole(serverFrame(Ws::Text, QByteArray(2000, 'x')).left(4), 1000);
        QVERIFY(r.failed);
        QCOMPARE(r.errorCode, quint16(Ws::CloseTooBig));
        // Fragments count together.
        r = readWhole(serverFrame(Ws::Text, QByteArray(600, 'x'), false)
                        + serverFrame(Ws::Continuation, QByteArray(600, 'x')),
                1000);
        QVERIFY(r.failed);
        QCOMPARE(r.errorCode, quint16(Ws::CloseTooBig));
        // Exactly the limit is fine.
        r = readWhole(serverFrame(Ws::Text, QByteArray(1000, 'x')), 1000);
        QVERIFY(!r.failed);
        QCOMPARE(r.events.size(), 1);
    }

    void randomBytesNeverCrashOrHang()
    {
        std::mt19937 rng(11);
        std::uniform_int_distribution<int> byte(0, 255);
        std::uniform_int_distribution<int> length(0, 600);
        const QByteArray valid = serverFrame(Ws::Text, "{\"type\":\"rows_updated\"}");
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = round % 2 ? valid : QByteArray();
            const int n = length(rng);
            for (int i = 0; i < n; ++i)
                data.append(char(byte(rng)));
            if (round % 3 == 0 && data.size() > 4) // mostly-valid: flip one byte of a frame
                data[byte(rng) % data.size()] ^= char(1 << (byte(rng) % 8));
            std::vector<qsizetype> cuts;
            if (data.size() > 2)
                cuts = {data.size() / 3, data.size() / 2};
            const Read r = readInPieces(data, cuts, 4096);
            for (const Event &e : r.events)
                QVERIFY(e.payload.size() <= 4096);
        }
    }

    // --- the client on real sockets ------------------------------------------------------------

    void talksToQWebSocketServer()
    {
        QWebSocketServer server(u"test"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSignalSpy accepted(&server, &QWebSocketServer::newConnection);
        WebSocketClient client;
        QSignalSpy connected(&client, &WebSocketClient::connected);
        QSignalSpy messages(&client, &WebSocketClient::messageReceived);
        QSignalSpy pongs(&client, &WebSocketClient::pong);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(QUrl(u"ws://127.0.0.1:%1/feed?x=1"_s.arg(server.serverPort())),
                {{"Authorization", "JWT abc"}});
        QCOMPARE(client.state(), WebSocketClient::State::Connecting);
        QVERIFY(accepted.wait(5000));
        QWebSocket *peer = server.nextPendingConnection();
        QVERIFY(peer);
        peer->setParent(&server); // the caller owns what nextPendingConnection() returns
        QCOMPARE(peer->request().rawHeader("Authorization"), QByteArray("JWT abc"));
        QCOMPARE(peer->requestUrl().path(), u"/feed"_s);
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(client.state(), WebSocketClient::State::Open);
        QCOMPARE(client.handshakeStatus(), 101);

        QSignalSpy peerText(peer, &QWebSocket::textMessageReceived);
        QVERIFY(client.sendText("{\"page\":\"table\"}"));
        QVERIFY(peerText.wait(5000));
        QCOMPARE(peerText.first().first().toString(), u"{\"page\":\"table\"}"_s);

        const QString big(70000, u'\u00e9'); // 140 000 bytes of UTF-8
        peer->sendTextMessage(u"first"_s);
        peer->sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
        peer->sendTextMessage(big);
        QTRY_COMPARE(messages.size(), 3);
        QCOMPARE(messages[0][0].toByteArray(), QByteArray("first"));
        QCOMPARE(messages[0][1].toBool(), false);
        QCOMPARE(messages[1][0].toByteArray(), QByteArray("\x00\x01\x02", 3));
        QCOMPARE(messages[1][1].toBool(), true);
        QCOMPARE(messages[2][0].toByteArray(), big.toUtf8());

        QVERIFY(client.ping("probe"));
        QVERIFY(pongs.wait(5000));
        QCOMPARE(pongs.first().at(1).toByteArray(), QByteArray("probe"));
        QSignalSpy peerPongs(peer, &QWebSocket::pong);
        peer->ping("from server");
        QVERIFY(peerPongs.wait(5000)); // answered by the client by itself
        QCOMPARE(peerPongs.first().at(1).toByteArray(), QByteArray("from server"));

        peer->close(QWebSocketProtocol::CloseCode(4001), u"bye"_s);
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(client.state(), WebSocketClient::State::Unconnected);
        QCOMPARE(client.closeCode(), quint16(4001));
        QCOMPARE(client.closeReason(), u"bye"_s);
        QCOMPARE(client.error(), WebSocketClient::Error::None);
        QTest::qWait(0);
        QCOMPARE(disconnected.size(), 1);
    }

    void clientCloseIsAHandshake()
    {
        QWebSocketServer server(u"test"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSignalSpy accepted(&server, &QWebSocketServer::newConnection);
        WebSocketClient client;
        QSignalSpy connected(&client, &WebSocketClient::connected);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(server.serverPort())));
        QVERIFY(accepted.wait(5000));
        QWebSocket *peer = server.nextPendingConnection();
        QVERIFY(peer);
        peer->setParent(&server); // the caller owns what nextPendingConnection() returns
        QTRY_COMPARE(connected.size(), 1);
        QSignalSpy peerGone(peer, &QWebSocket::disconnected);
        client.close(Ws::CloseGoingAway, "done");
        QCOMPARE(client.state(), WebSocketClient::State::Closing);
        QVERIFY(client.sendText("late") == false);
        QTRY_COMPARE(disconnected.size(), 1);
        QTRY_COMPARE(peerGone.size(), 1);
        QCOMPARE(peer->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(peer->closeReason(), u"done"_s);
        QCOMPARE(client.closeCode(), quint16(Ws::CloseGoingAway)); // the server's echo
        QCOMPARE(client.error(), WebSocketClient::Error::None);
    }

    void aDroppedConnectionIsAbnormal()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        WebSocketClient client;
        QSignalSpy connected(&client, &WebSocketClient::connected);
        QSignalSpy messages(&client, &WebSocketClient::messageReceived);
        QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(server.url());
        QVERIFY(connected.wait(5000));
        // The last frame and the end of the connection arrive together: the frame still counts.
        server.client->write(serverFrame(Ws::Text, "last words"));
        server.client->disconnectFromHost();
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(client.closeCode(), quint16(Ws::CloseAbnormal));
        QCOMPARE(client.error(), WebSocketClient::Error::Socket);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(client.socketError(), QAbstractSocket::RemoteHostClosedError);
    }

    void framesInTheHandshakePacketArrive()
    {
        ScriptedServer server;
        server.answer = [](const QByteArray &key) -> QByteArray {
            return "HTTP/1.1 101 OK\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: "
                    + Ws::acceptFor(key) + "\r\n\r\n" + serverFrame(Ws::Text, "one")
                    + serverFrame(Ws::Text, "two");
        };
        QVERIFY(server.start());
        WebSocketClient client;
        QSignalSpy messages(&client, &WebSocketClient::messageReceived);
        client.open(server.url());
        QTRY_COMPARE(messages.size(), 2);
        QCOMPARE(messages[1][0].toByteArray(), QByteArray("two"));
    }

    void refusedAndBrokenUpgradesReportWhy_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<WebSocketClient::Error>("error");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
                             << WebSocketClient::Error::Refused << 401;
        QTest::newRow("503") << QByteArray("HTTP/1.0 503 Service Unavailable\r\n\r\n")
                             << WebSocketClient::Error::Refused << 503;
        QTest::newRow("wrong accept")
                << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: nope\r\n\r\n")
                << WebSocketClient::Error::Handshake << 101;
        QTest::newRow("not HTTP") << QByteArray("220 smtp.example ESMTP\r\n\r\n")
                                  << WebSocketClient::Error::Handshake << 0;
    }

    void refusedAndBrokenUpgradesReportWhy()
    {
        QFETCH(QByteArray, answer);
        QFETCH(WebSocketClient::Error, error);
        QFETCH(int, status);
        ScriptedServer server;
        server.answer = [answer](const QByteArray &) { return answer; };
        QVERIFY(server.start());
        WebSocketClient client;
        QSignalSpy connected(&client, &WebSocketClient::connected);
        QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(server.url());
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(connected.size(), 0);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(client.error(), error);
        QCOMPARE(client.handshakeStatus(), status);
        QVERIFY(!client.errorString().isEmpty());
    }

    void unreachableServerEndsInOneDisconnect()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        WebSocketClient client;
        QSignalSpy errors(&client, &WebSocketClient::errorOccurred);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(client.error(), WebSocketClient::Error::Socket);
        QCOMPARE(client.socketError(), QAbstractSocket::ConnectionRefusedError);
        QTest::qWait(0);
        QCOMPARE(disconnected.size(), 1);
    }

    void protocolErrorsCloseWithTheirCode_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        QTest::addColumn<WebSocketClient::Error>("error");
        QTest::newRow("masked") << serverFrame(Ws::Text, "x", true, 0, true) << 1002
                                << WebSocketClient::Error::Protocol;
        QTest::newRow("not UTF-8")
                << serverFrame(Ws::Text, "\xff") << 1007 << WebSocketClient::Error::Protocol;
        QTest::newRow("too big") << serverFrame(Ws::Text, QByteArray(5000, 'x')) << 1009
                                 << WebSocketClient::Error::TooBig;
    }

    void protocolErrorsCloseWithTheirCode()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        QFETCH(WebSocketClient::Error, error);
        ScriptedServer server;
        QVERIFY(server.start());
        WebSocketClient client;
        client.setMaxMessageBytes(4096);
        QSignalSpy connected(&client, &WebSocketClient::connected);
        QSignalSpy messages(&client, &WebSocketClient::messageReceived);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(server.url());
        QVERIFY(connected.wait(5000));
        server.client->write(
                serverFrame(Ws::Text, "fine") + frame + serverFrame(Ws::Text, "after"));
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(client.error(), error);
        QCOMPARE(int(client.closeCode()), code);
        // The server was told why, in a masked close frame.
        QTRY_VERIFY(!server.frames().isEmpty());
        const ClientFrame close = server.frames().constLast();
        QCOMPARE(close.opcode, quint8(Ws::Close));
        QVERIFY(close.masked);
        QCOMPARE(close.payload.left(2), Ws::closePayload(quint16(code), {}));
    }

    void slotsMayAbortInTheMiddleOfABurst()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        auto *client = new WebSocketClient;
        QSignalSpy connected(client, &WebSocketClient::connected);
        QSignalSpy disconnected(client, &WebSocketClient::disconnected);
        QPointer<WebSocketClient> guard(client);
        int seen = 0;
        connect(client, &WebSocketClient::messageReceived, this, [&](const QByteArray &) {
            if (++seen == 3) {
                client->abort();
                client->deleteLater();
            }
        });
        client->open(server.url());
        QVERIFY(connected.wait(5000));
        QByteArray burst;
        for (int i = 0; i < 100; ++i)
            burst += serverFrame(Ws::Text, QByteArray::number(i));
        server.client->write(burst);
        QTRY_COMPARE(disconnected.size(), 1);
        QTRY_VERIFY(!guard);
        QCOMPARE(seen, 3);
    }

    void serverCloseIsEchoed()
    {
        ScriptedServer server;
        QVERIFY(server.start());
        WebSocketClient client;
        QSignalSpy connected(&client, &WebSocketClient::connected);
        QSignalSpy disconnected(&client, &WebSocketClient::disconnected);
        client.open(server.url());
        QVERIFY(connected.wait(5000));
        server.client->write(serverFrame(Ws::Ping, "keep") + serverFrame(Ws::Close, {}));
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(client.closeCode(), quint16(Ws::CloseNoStatus));
        QCOMPARE(client.error(), WebSocketClient::Error::None);
        QTRY_COMPARE(server.frames().size(), 2);
        QCOMPARE(server.frames()[0].opcode, quint8(Ws::Pong));
        QCOMPARE(server.frames()[0].payload, QByteArray("keep"));
        QCOMPARE(server.frames()[1].opcode, quint8(Ws::Close));
        QCOMPARE(server.frames()[1].payload, QByteArray()); // no code came, none goes back
    }
};

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
