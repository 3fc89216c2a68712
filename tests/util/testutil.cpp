// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>

#include "json/ovalue.h"
#include "record/recording.h"
#include "record/replay.h"
#include "server/rawwebsocket.h"
#include "server/serverfront.h"
#include "session/feedsession.h"
#include "session/statedump.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(FEEDSCOPE_TEST_DATA) + u'/' + relative;
}

QString fixturePath(const QString &relative)
{
    return dataPath(u"fixtures/"_s + relative);
}

QByteArray readFixture(const QString &relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

QByteArray fixtureFrame(const QString &relative)
{
    auto v = OValue::fromJson(readFixture(relative));
    if (!v)
        qFatal("fixture %s is not JSON", qPrintable(relative));
    return v->toJson(OValue::Style::Python);
}

QString feedscopeBinary()
{
    return QStringLiteral(FEEDSCOPE_BINARY);
}

SilentWebSocketServer::SilentWebSocketServer(QObject *parent)
    : QTcpServer(parent)
{ }

bool SilentWebSocketServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void SilentWebSocketServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    m_sockets.append(socket);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        socket->deleteLater();
    });
    auto buffer = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, done] {
        if (*done && m_deaf)
            return;
        const QByteArray data = socket->readAll();
        if (*done) {
            m_received += data; // frames from the client: kept for tests, never answered
            return;
        }
        buffer->append(data);
        Server::HttpRequest head;
        qsizetype length = 0;
        if (!Server::parseRequestHead(*buffer, &head, &length))
            return;
        *done = true;
        m_lastHead = buffer->left(length);
        if (m_refuse) {
            socket->write(Server::ServerFront::httpResponse(m_refuse, "refused", "text/plain", {}));
            socket->disconnectFromHost();
            return;
        }
        const QByteArray key = head.header("sec-websocket-key");
        socket->write(m_answer ? m_answer(key) : switchingProtocols(key));
        Q_EMIT clientConnected();
    });
}

QByteArray SilentWebSocketServer::switchingProtocols(
        const QByteArray &key, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: "
            + Server::RawWebSocket::acceptFor(key) + "\r\n" + extraHeaders + "\r\n";
}

void SilentWebSocketServer::setDeaf(bool deaf)
{
    m_deaf = deaf;
    for (QTcpSocket *s : std::as_const(m_sockets))
        s->setReadBufferSize(deaf ? 1 : 0);
}

QUrl SilentWebSocketServer::url(const QString &path) const
{
    return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
}

void SilentWebSocketServer::sendText(const QByteArray &text)
{
    writeRaw(Server::RawWebSocket::frame(0x1, text));
}

void SilentWebSocketServer::writeRaw(const QByteArray &bytes)
{
    for (QTcpSocket *s : std::as_const(m_sockets))
        s->write(bytes);
}

QByteArray serverFrame(quint8 opcode, const QByteArray &payload, bool fin, quint8 rsv, bool masked)
{
    QByteArray out;
    Server::RawWebSocket::appendFrame(out, opcode, masked ? QByteArray() : payload, fin, rsv);
    if (masked) {
        // The writer's header for an empty payload, then the length, the mask bit and a zero
        // mask (which leaves the payload as it is) done by hand.
        Q_ASSERT(payload.size() < 126);
        out[1] = char(0x80 | payload.size());
        out += QByteArray(4, '\0') + payload;
    }
    return out;
}

int clientCloseCode(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at + 6 <= bytes.size()) {
        const quint8 opcode = quint8(bytes[at]) & 0x0f;
        const bool masked = quint8(bytes[at + 1]) & 0x80;
        qsizetype length = quint8(bytes[at + 1]) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (at + 4 > bytes.size())
                return -1;
            length = (qsizetype(quint8(bytes[at + 2])) << 8) | quint8(bytes[at + 3]);
            header = 4;
        } else if (length == 127) {
            return -1; // no client here sends 64-bit lengths
        }
        const qsizetype maskAt = at + header;
        const qsizetype payloadAt = maskAt + (masked ? 4 : 0);
        if (payloadAt + length > bytes.size())
            return -1;
        if (opcode == 0x8) {
            if (length < 2)
                return 1005; // no status code
            auto byte = [&](int i) {
                return quint8(bytes[payloadAt + i]) ^ (masked ? quint8(bytes[maskAt + i]) : 0);
            };
            return (byte(0) << 8) | byte(1);
        }
        at = payloadAt + length;
    }
    return -1;
}

QByteArray closeFrame(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    payload.append(char(code >> 8)).append(char(code & 0xff)).append(reason);
    return serverFrame(0x8, payload);
}

int SilentWebSocketServer::clients() const
{
    return int(m_sockets.size());
}

bool SelfSignedCertificate::generate(const QString &commonName, QString *error)
{
    if (!dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    certPath = dir.filePath(u"cert.pem"_s);
    keyPath = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyPath,
                    u"-out"_s, certPath, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN="_s + commonName,
                    u"-addext"_s, u"subjectAltName=DNS:"_s + commonName + u",IP:127.0.0.1"_s});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = u"openssl failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError())
                + openssl.errorString();
        return false;
    }
    return true;
}

} // namespace Feedscope::Test

namespace Feedscope::Test {

namespace {
const OValue *findIn(const OValue &nodes, const QString &kind, const QString &id,
        const OValue *parent, const OValue **parentOut)
{
    for (const OValue &n : nodes.items()) {
        if (n.value(u"kind").toString() == kind && n.value(u"id").toString() == id) {
            if (parentOut)
                *parentOut = parent;
            return &n;
        }
        if (const OValue *hit = findIn(n.value(u"children"), kind, id, &n, parentOut))
            return hit;
    }
    return nullptr;
}
} // namespace

const OValue *findNode(
        const OValue &dump, const QString &kind, const QString &id, const OValue **parent)
{
    return findIn(dump.value(u"roots"), kind, id, nullptr, parent);
}

QStringList childKeys(const OValue &node)
{
    QStringList keys;
    for (const OValue &c : node.value(u"children").items())
        keys << c.value(u"kind").toString() + u':' + c.value(u"id").toString();
    return keys;
}

QByteArray stateAtPosition(const Recording &rec, const FeedConfig &config, qsizetype p)
{
    FeedSession session(config);
    session.setReplay(true);
    const qsizetype end = p >= rec.frameCount() ? rec.eventCount() : rec.eventOfFrame(p);
    RecordingFormat::Event e;
    for (qsizetype i = 0; i < end; ++i) {
        if (rec.event(i, e))
            applyRecordedEvent(session, e);
    }
    if (p >= rec.frameCount())
        session.finishReplay(); // the recording ends: what it has
    else
        session.flush();
    return stateDumpJson(*session.store(), config.feedId());
}

QList<QByteArray> fixtureLines(const QString &relative)
{
    QList<QByteArray> lines = readFixture(relative).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace Feedscope::Test

#include <QNetworkReply>
#include <QSignalSpy>

namespace Feedscope::Test {

WsClient::WsClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_ws, &QWebSocket::textMessageReceived, this,
            [this](const QString &m) { received << m.toUtf8(); });
}

void WsClient::open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(url);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    m_ws.open(req);
}

bool WsClient::waitConnected(int ms)
{
    if (m_ws.state() == QAbstractSocket::ConnectedState)
        return true;
    QSignalSpy spy(&m_ws, &QWebSocket::connected);
    return spy.wait(ms);
}

bool WsClient::waitDisconnected(int ms)
{
    // A refused handshake ends without disconnected(); the state tells either way.
    QElapsedTimer t;
    t.start();
    while (m_ws.state() != QAbstractSocket::UnconnectedState && t.elapsed() < ms) {
        QSignalSpy spy(&m_ws, &QWebSocket::stateChanged);
        spy.wait(int(std::max<qint64>(1, ms - t.elapsed())));
    }
    return m_ws.state() == QAbstractSocket::UnconnectedState;
}

QByteArray WsClient::next(int ms)
{
    if (m_read >= received.size()) {
        QSignalSpy spy(&m_ws, &QWebSocket::textMessageReceived);
        if (!spy.wait(ms))
            return {};
    }
    return received.value(m_read++);
}

std::optional<OValue> WsClient::nextOfType(const QString &t, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        const QByteArray frame = next(int(std::max<qint64>(1, ms - timer.elapsed())));
        if (frame.isEmpty())
            return std::nullopt;
        auto v = OValue::fromJson(frame);
        if (!v)
            continue;
        for (const char16_t *k : {u"type", u"event", u"action"}) {
            if (v->value(k).toString() == t)
                return v;
        }
    }
    return std::nullopt;
}

bool WsClient::silentFor(int ms)
{
    if (m_read < received.size())
        return false;
    QSignalSpy spy(&m_ws, &QWebSocket::textMessageReceived);
    return !spy.wait(ms);
}

void WsClient::send(const QByteArray &text)
{
    m_ws.sendTextMessage(QString::fromUtf8(text));
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(10000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}

QStringList keys(const OValue &object)
{
    QStringList out;
    for (const auto &m : object.members())
        out << m.first;
    return out;
}

} // namespace Feedscope::Test
