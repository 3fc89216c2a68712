// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>

class QHttpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace Feedscope::Server {

using Header = QPair<QByteArray, QByteArray>;

struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<Header> headers;
    QByteArray body;
    QHostAddress peer;
    QByteArray header(QByteArrayView name) const;
};

struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<Header> headers;

    static HttpReply json(const QByteArray &body, int status = 200);
    static HttpReply empty(int status = 204);
};

// What to do with a WebSocket upgrade: accept (status 0), or answer with an HTTP error.
struct UpgradeDecision
{
    int status = 0;
    QByteArray body;
    QList<Header> headers;
    bool raw = false; // hand over the raw socket after a hand-made handshake (no auto pong)
    static UpgradeDecision accept() { return {}; }
    static UpgradeDecision rawAccept()
    {
        UpgradeDecision d;
        d.raw = true;
        return d;
    }
    static UpgradeDecision reject(
            int status, const QByteArray &body = {}, QList<Header> headers = {})
    {
        return {status, body, std::move(headers), false};
    }
};

// One listening port that serves REST (through QHttpServer) and WebSocket upgrades (through
// QWebSocketServer, or a raw socket for imitations that must not behave like Qt's WebSocket,
// e.g. never answer pings). QHttpServer 6.4 has no hook to refuse an upgrade, and the
// ContentServer imitation must answer 401 or 403 on it, so each new connection's request
// head is read here first and the socket handed to whichever side it belongs to.
class ServerFront : public QObject
{
    Q_OBJECT
public:
    using RestHandler =
            std::function<HttpReply(const HttpRequest &, const QRegularExpressionMatch &)>;
    using UpgradeHandler = std::function<UpgradeDecision(const HttpRequest &)>;
    using SocketHandler = std::function<void(QWebSocket *, const HttpRequest &)>;
    using RawHandler = std::function<void(QTcpSocket *, const HttpRequest &)>;
    // The largest message a client may send on a WebSocket: past it, its socket is closed
    // with 1009 (too much data).
    static constexpr qint64 MaxIncomingMessageBytes = 16ll * 1024 * 1024;

    explicit ServerFront(QObject *parent = nullptr);
    ~ServerFront() override;

    // pattern is anchored: "^/api/events/(\\d+)$". Methods are upper case; "*" matches any.
    void addRoute(const QByteArray &method, const QString &pattern, RestHandler handler);
    // path matched by prefix ("/ws/core/") or exactly.
    void addWebSocket(const QString &pathPrefix, UpgradeHandler decide, SocketHandler onSocket,
            RawHandler onRaw = {});
    // A WebSocket subprotocol the front accepts when a client offers it
    // ("graphql-transport-ws"); QWebSocket::subprotocol() then names the one chosen.
    void addSubprotocol(const QString &subprotocol);
    // A request for a path below one of these gets the given status (Baserow's "/ws/core"
    // without the slash: HTTP 500).
    void addUpgradeFailure(const QString &exactPath, int status);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;
    void close();

    // The TCP connection under an accepted WebSocket (nullptr if it is gone).
    QTcpSocket *tcpSocketOf(const QWebSocket *ws) const;

    static QByteArray statusText(int status);
    static QByteArray httpResponse(int status, const QByteArray &body,
            const QByteArray &contentType, const QList<Header> &headers);

Q_SIGNALS:
    void requestServed(const QString &method, const QString &path, int status);

private:
    class Listener;
    friend class Listener;
    void handleIncoming(QTcpSocket *socket);
    void route(QTcpSocket *socket, const HttpRequest &head);
    HttpReply dispatch(const HttpRequest &request);
    void onWebSocket();

    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        RestHandler handler;
    };
    struct WsRoute
    {
        QString prefix;
        UpgradeHandler decide;
        SocketHandler onSocket;
        RawHandler onRaw;
    };
    QList<Route> m_routes;
    QList<WsRoute> m_wsRoutes;
    QHash<QString, int> m_failures;
    Listener *m_listener = nullptr;
    QHttpServer *m_http = nullptr;
    QWebSocketServer *m_ws = nullptr;
};

// Parses an HTTP request head ("GET /x HTTP/1.1\r\nK: V\r\n\r\n"); false if incomplete.
bool parseRequestHead(QByteArrayView bytes, HttpRequest *out, qsizetype *headLength);

} // namespace Feedscope::Server
