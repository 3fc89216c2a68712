// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

class QTcpSocket;

namespace Feedscope {
class Recording;
struct FeedConfig;
} // namespace Feedscope

namespace Feedscope::Test {

// tests/data/fixtures/<relative>
QString fixturePath(const QString &relative);
QByteArray readFixture(const QString &relative);
// The compact form of a pretty-printed fixture file (one frame).
QByteArray fixtureFrame(const QString &relative);
QString dataPath(const QString &relative);
QString feedscopeBinary();

// A WebSocket peer that completes the handshake, can send text frames, and then answers
// nothing at all: no pongs, no close. A dead (or "API page") server, on 127.0.0.1. Tests of
// hostile peers script its answer to the upgrade and write hand-made bytes after it.
class SilentWebSocketServer : public QTcpServer
{
    Q_OBJECT
public:
    // Given the client's Sec-WebSocket-Key, the bytes that answer the upgrade.
    using Answer = std::function<QByteArray(const QByteArray &key)>;

    explicit SilentWebSocketServer(QObject *parent = nullptr);
    bool start();
    QUrl url(const QString &path = QStringLiteral("/")) const;
    void sendText(const QByteArray &text); // to every connected client
    void writeRaw(const QByteArray &bytes); // to every connected client, as they are
    int clients() const;
    QByteArray lastRequestHead() const { return m_lastHead; }
    // What clients sent after their upgrade, all of it.
    QByteArray received() const { return m_received; }
    QList<QTcpSocket *> sockets() const { return m_sockets; }
    // Answer the upgrade with this HTTP status instead (401, 403…).
    void setRefuseWith(int status) { m_refuse = status; }
    void setAnswer(Answer answer) { m_answer = std::move(answer); }
    // Stop reading from the clients (after their upgrade): what they send stays in the
    // network's buffers, then in theirs.
    void setDeaf(bool deaf);
    // The normal 101 answer to a key.
    static QByteArray switchingProtocols(
            const QByteArray &key, const QByteArray &extraHeaders = {});

Q_SIGNALS:
    void clientConnected();

protected:
    void incomingConnection(qintptr handle) override;

private:
    QList<QTcpSocket *> m_sockets;
    QByteArray m_lastHead;
    QByteArray m_received;
    int m_refuse = 0;
    bool m_deaf = false;
    Answer m_answer;
};

// A server frame (unmasked) with the given FIN and reserved bits; masked adds a zero mask
// (servers must not mask: RFC 6455 section 5.1).
QByteArray serverFrame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
        bool masked = false);
QByteArray closeFrame(quint16 code, const QByteArray &reason = {});
// The close code of the first Close frame among a client's (masked) frames, or -1.
int clientCloseCode(const QByteArray &clientBytes);

// A self-signed certificate and key made with openssl for the duration of a test.
struct SelfSignedCertificate
{
    QTemporaryDir dir;
    QString certPath;
    QString keyPath;
    bool generate(const QString &commonName, QString *error);
};

} // namespace Feedscope::Test

#include "json/ovalue.h"

namespace Feedscope::Test {

// Finds a node of the state dump by kind and id (first match, depth first); its parent too.
const OValue *findNode(const OValue &dump, const QString &kind, const QString &id,
        const OValue **parent = nullptr);
// Kinds and ids of a node's children, "kind:id" each, in order.
QStringList childKeys(const OValue &node);
// Lines of a fixture transcript.
QList<QByteArray> fixtureLines(const QString &relative);

// The state a recording gives at position p (the first p frames applied), the plain way: a new
// session in replay mode fed the events up to there, as JSON (the time machine's reference).
QByteArray stateAtPosition(const Recording &recording, const FeedConfig &config, qsizetype p);

} // namespace Feedscope::Test

#include <QNetworkAccessManager>
#include <QUrl>
#include <QWebSocket>

namespace Feedscope::Test {

// A plain QWebSocket client that queues what it receives (a client that follows the specs,
// not Feedscope's own code).
class WsClient : public QObject
{
    Q_OBJECT
public:
    explicit WsClient(QObject *parent = nullptr);
    void open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    bool waitConnected(int ms = 5000);
    bool waitDisconnected(int ms = 5000);
    // The next text frame, or an empty array when none came within ms.
    QByteArray next(int ms = 5000);
    // The next frame whose "type" (or "event", or "action") is t; skips others.
    std::optional<OValue> nextOfType(const QString &t, int ms = 5000);
    // True when no frame arrives within ms.
    bool silentFor(int ms);
    void send(const QByteArray &text);
    QWebSocket &socket() { return m_ws; }
    QList<QByteArray> received;

private:
    QWebSocket m_ws;
    int m_read = 0;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<OValue> json() const { return OValue::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
// Keys of a JSON object in order.
QStringList keys(const OValue &object);

} // namespace Feedscope::Test
