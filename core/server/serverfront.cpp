// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfront.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QHttpServerRouterRule>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include "logging.h"
#include "rawwebsocket.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {

constexpr qsizetype MaxHead = 64 * 1024;

// Matches every request: the front's own router dispatches by method and path.
class CatchAllRule : public QHttpServerRouterRule
{
public:
    using QHttpServerRouterRule::QHttpServerRouterRule;

protected:
    bool matches(const QHttpServerRequest &, QRegularExpressionMatch *) const override
    {
        return true;
    }
};

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QHttpServerResponse toResponse(const HttpReply &reply)
{
    QHttpServerResponse response(
            reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    for (const auto &h : reply.headers)
        headers.append(h.first, h.second);
    response.setHeaders(std::move(headers));
#else
    for (const auto &h : reply.headers)
        response.addHeader(h.first, h.second);
#endif
    return response;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpReply HttpReply::json(const QByteArray &body, int status)
{
    HttpReply r;
    r.status = status;
    r.body = body;
    return r;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply r;
    r.status = status;
    r.contentType = "text/plain";
    return r;
}

bool parseRequestHead(QByteArrayView bytes, HttpRequest *out, qsizetype *headLength)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    *headLength = end + 4;
    const QList<QByteArray> lines = bytes.first(end).toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    out->method = requestLine.value(0).toUpper();
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    out->path = target.path();
    out->query = QUrlQuery(target);
    out->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

QByteArray ServerFront::statusText(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 422:
        return "Unprocessable Entity";
    case 426:
        return "Upgrade Required";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray ServerFront::httpResponse(int status, const QByteArray &body,
        const QByteArray &contentType, const QList<Header> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    out += body;
    return out;
}

// The listening socket. New connections wait here until their request head is read; plain
// HTTP ones are then queued as pending connections for QHttpServer.
class ServerFront::Listener : public QTcpServer
{
public:
    explicit Listener(ServerFront *front)
        : QTcpServer(front)
        , m_front(front)
    { }
    void handOver(QTcpSocket *socket)
    {
        addPendingConnection(socket);
        // QHttpServer 6.4 listens to newConnection, later versions to
        // pendingConnectionAvailable (emitted by addPendingConnection).
        Q_EMIT newConnection();
        // The head is already in the socket's buffer: make the HTTP side read it.
        QMetaObject::invokeMethod(
                socket,
                [socket = QPointer<QTcpSocket>(socket)] {
                    if (socket && socket->bytesAvailable() > 0)
                        Q_EMIT socket->readyRead();
                },
                Qt::QueuedConnection);
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_front->handleIncoming(socket);
    }

private:
    ServerFront *m_front;
};

ServerFront::ServerFront(QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
    , m_ws(new QWebSocketServer(u"Feedscope test server"_s, QWebSocketServer::NonSecureMode, this))
{
    m_http->route<CatchAllRule>(u"/"_s, [this](const QHttpServerRequest &req) {
        HttpRequest r;
        r.method = methodName(req.method());
        r.path = req.url().path();
        r.query = req.query();
        r.headers = req.headers();
        r.body = req.body();
        r.peer = req.remoteAddress();
        return toResponse(dispatch(r));
    });
    connect(m_ws, &QWebSocketServer::newConnection, this, &ServerFront::onWebSocket);
}

ServerFront::~ServerFront() = default;

void ServerFront::addRoute(const QByteArray &method, const QString &pattern, RestHandler handler)
{
    m_routes.append(Route {method, QRegularExpression(pattern), std::move(handler)});
}

void ServerFront::addWebSocket(
        const QString &pathPrefix, UpgradeHandler decide, SocketHandler onSocket, RawHandler onRaw)
{
    m_wsRoutes.append(
            WsRoute {pathPrefix, std::move(decide), std::move(onSocket), std::move(onRaw)});
}

void ServerFront::addSubprotocol(const QString &subprotocol)
{
    QStringList protocols = m_ws->supportedSubprotocols();
    if (!protocols.contains(subprotocol))
        m_ws->setSupportedSubprotocols(protocols << subprotocol);
}

void ServerFront::addUpgradeFailure(const QString &exactPath, int status)
{
    m_failures.insert(exactPath, status);
}

bool ServerFront::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_listener = new Listener(this);
    if (!m_listener->listen(address, port)) {
        if (error)
            *error = m_listener->errorString();
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_http->bind(m_listener);
    return true;
}

quint16 ServerFront::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress ServerFront::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

void ServerFront::close()
{
    if (m_listener)
        m_listener->close();
}

void ServerFront::handleIncoming(QTcpSocket *socket)
{
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    timeout->start(10000);
    auto tryRoute = [this, socket, timeout] {
        const QByteArray peek = socket->peek(MaxHead);
        HttpRequest head;
        qsizetype length = 0;
        if (!parseRequestHead(peek, &head, &length)) {
            if (peek.size() >= MaxHead) {
                socket->write(httpResponse(431, {}, {}, {}));
                socket->disconnectFromHost();
            }
            return;
        }
        timeout->stop();
        timeout->deleteLater();
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        head.peer = socket->peerAddress();
        route(socket, head);
    };
    connect(socket, &QTcpSocket::readyRead, this, tryRoute);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        tryRoute();
}

void ServerFront::route(QTcpSocket *socket, const HttpRequest &head)
{
    const bool upgrade = head.header("upgrade").toLower().contains("websocket");
    qCDebug(lcServer).noquote() << (upgrade ? "upgrade" : "request") << head.method << head.path;
    if (!upgrade) {
        if (auto it = m_failures.constFind(head.path); it != m_failures.constEnd()) {
            socket->write(httpResponse(*it, {}, {}, {}));
            socket->disconnectFromHost();
            return;
        }
        m_listener->handOver(socket);
        return;
    }
    auto reject = [&](int status, const QByteArray &body, const QList<Header> &headers) {
        qCInfo(lcServer).noquote() << "upgrade of" << head.path << "refused:" << status;
        Q_EMIT requestServed(QString::fromLatin1(head.method), head.path, status);
        socket->write(httpResponse(status, body, "text/plain", headers));
        socket->disconnectFromHost();
    };
    if (auto it = m_failures.constFind(head.path); it != m_failures.constEnd()) {
        reject(*it, statusText(*it), {});
        return;
    }
    const WsRoute *match = nullptr;
    for (const auto &r : std::as_const(m_wsRoutes)) {
        const bool hit = r.prefix.endsWith(u'/')
                ? head.path.startsWith(r.prefix)
                : (head.path == r.prefix || head.path == r.prefix + u'/');
        if (hit) {
            match = &r;
            break;
        }
    }
    if (!match) {
        reject(404, "Not Found", {});
        return;
    }
    const UpgradeDecision decision = match->decide(head);
    if (decision.status != 0) {
        reject(decision.status, decision.body, decision.headers);
        return;
    }
    if (decision.raw && match->onRaw) {
        const QByteArray key = head.header("sec-websocket-key");
        if (key.isEmpty() || head.header("sec-websocket-version") != "13") {
            reject(400, "Bad Request", {{"Sec-Websocket-Version", "13"}});
            return;
        }
        qsizetype length = 0;
        HttpRequest again;
        parseRequestHead(socket->peek(MaxHead), &again, &length);
        socket->read(length);
        socket->write(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Accept: "
                + RawWebSocket::acceptFor(key) + "\r\n\r\n");
        Q_EMIT requestServed(QString::fromLatin1(head.method), head.path, 101);
        match->onRaw(socket, head);
        return;
    }
    Q_EMIT requestServed(QString::fromLatin1(head.method), head.path, 101);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_ws->handleConnection(socket);
}

QTcpSocket *ServerFront::tcpSocketOf(const QWebSocket *ws) const
{
    // QWebSocketServer::handleConnection keeps our socket (a child of the listener); the two
    // ends share the addresses and ports.
    for (QTcpSocket *s : findChildren<QTcpSocket *>()) {
        if (s->peerPort() == ws->peerPort() && s->localPort() == ws->localPort()
                && s->peerAddress() == ws->peerAddress()
                && s->state() == QAbstractSocket::ConnectedState)
            return s;
    }
    return nullptr;
}

void ServerFront::onWebSocket()
{
    while (QWebSocket *ws = m_ws->nextPendingConnection()) {
        ws->setParent(this);
        // QWebSocketServer 6.4 has no setting for this; each socket has.
        ws->setMaxAllowedIncomingMessageSize(quint64(MaxIncomingMessageBytes));
        ws->setMaxAllowedIncomingFrameSize(quint64(MaxIncomingMessageBytes));
        const QNetworkRequest req = ws->request();
        HttpRequest r;
        r.method = "GET";
        r.path = ws->requestUrl().path();
        r.query = QUrlQuery(ws->requestUrl());
        for (const QByteArray &name : req.rawHeaderList())
            r.headers.append({name, req.rawHeader(name)});
        r.peer = ws->peerAddress();
        const WsRoute *match = nullptr;
        for (const auto &route : std::as_const(m_wsRoutes)) {
            const bool hit = route.prefix.endsWith(u'/')
                    ? r.path.startsWith(route.prefix)
                    : (r.path == route.prefix || r.path == route.prefix + u'/');
            if (hit) {
                match = &route;
                break;
            }
        }
        if (!match) {
            ws->abort();
            ws->deleteLater();
            continue;
        }
        connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        match->onSocket(ws, r);
    }
}

HttpReply ServerFront::dispatch(const HttpRequest &request)
{
    bool pathMatched = false;
    for (const auto &r : std::as_const(m_routes)) {
        const auto m = r.pattern.match(request.path);
        if (!m.hasMatch())
            continue;
        pathMatched = true;
        if (r.method != "*" && r.method != request.method)
            continue;
        HttpReply reply = r.handler(request, m);
        qCDebug(lcServer).noquote() << request.method << request.path << "→" << reply.status;
        Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, reply.status);
        return reply;
    }
    HttpReply reply = HttpReply::json(
            pathMatched ? R"({"message":"Method Not Allowed"})" : R"({"message":"Not Found"})",
            pathMatched ? 405 : 404);
    Q_EMIT requestServed(QString::fromLatin1(request.method), request.path, reply.status);
    return reply;
}

} // namespace Feedscope::Server
