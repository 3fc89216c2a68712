// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketclient.h"

#include <atomic>

#include <QRandomGenerator>
#include <QTcpSocket>

#ifndef QT_NO_SSL
#include <QSslSocket>
#endif

namespace Feedscope {

namespace {
// What QTcpSocket may hold before it stops reading from the kernel: one event-loop turn's
// worth of frames (about 240 of 400 bytes). The rest waits in the kernel, and TCP slows the
// sender, rather than piling up in memory. Below glibc's 128 KiB mmap threshold on purpose:
// QTcpSocket allocates its buffer per read, and at 512 KiB every read was a fresh mmap whose
// pages faulted in as the kernel copied into them (measured: 350k frames/s at 512 KiB and
// 256 KiB, 360k-375k at 32, 64 and 96 KiB).
constexpr qint64 ReadChunk = 96 * 1024;

quint64 nextReadNumber()
{
    static std::atomic<quint64> reads {0};
    return reads.fetch_add(1, std::memory_order_relaxed) + 1;
}
} // namespace

WebSocketClient::WebSocketClient(QObject *parent)
    : QObject(parent)
{ }

WebSocketClient::~WebSocketClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

void WebSocketClient::setMaxMessageBytes(qint64 bytes)
{
    m_reader.setMaxMessageBytes(bytes);
}

void WebSocketClient::open(const QUrl &url, const Ws::Headers &headers)
{
    if (m_state != State::Unconnected)
        abort();
    m_url = url;
    m_headers = headers;
    m_key = Ws::makeKey();
    m_handshakeBuffer.clear();
    m_reader.reset();
    m_error = Error::None;
    m_errorString.clear();
    m_socketError = QAbstractSocket::UnknownSocketError;
    m_handshakeStatus = 0;
    m_closeCode = 0;
    m_closeReason.clear();
    m_closeSent = false;
    m_closeReceived = false;

    const bool secure = Ws::isSecure(url);
    QTcpSocket *socket = nullptr;
#ifndef QT_NO_SSL
    if (secure) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::encrypted, this, &WebSocketClient::onSocketConnected);
        connect(ssl, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &errors) { Q_EMIT sslErrors(errors); });
        socket = ssl;
    }
#endif
    if (!socket) {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &WebSocketClient::onSocketConnected);
    }
    socket->setReadBufferSize(ReadChunk);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocketClient::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, &WebSocketClient::onSocketError);
    connect(socket, &QTcpSocket::stateChanged, this, &WebSocketClient::onSocketStateChanged);
    m_socket = socket;
    m_state = State::Connecting;

    const quint16 port = quint16(url.port(Ws::defaultPort(url)));
#ifndef QT_NO_SSL
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->connectToHostEncrypted(url.host(), port);
        return;
    }
#endif
    if (secure) {
        // A Qt without TLS: say so the way a failed connection would, after open() returns.
        setError(Error::Socket, tr("this build of Qt cannot make TLS (wss) connections"));
        QMetaObject::invokeMethod(this, &WebSocketClient::abort, Qt::QueuedConnection);
        return;
    }
    socket->connectToHost(url.host(), port);
}

void WebSocketClient::onSocketConnected()
{
    if (!m_socket || m_state != State::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(Ws::handshakeRequest(m_url, m_headers, m_key));
}

void WebSocketClient::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_state == State::Connecting && !readHandshake())
        return;
    processFrames();
}

bool WebSocketClient::readHandshake()
{
    m_handshakeBuffer += m_socket->readAll();
    m_readNumber = nextReadNumber();
    const Ws::HandshakeResponse r =
            Ws::parseHandshakeResponse(m_handshakeBuffer, Ws::acceptFor(m_key));
    m_handshakeStatus = r.status;
    switch (r.state) {
    case Ws::HandshakeResponse::State::Incomplete:
        return false;
    case Ws::HandshakeResponse::State::Refused:
        failConnection(Error::Refused, r.error, 0);
        return false;
    case Ws::HandshakeResponse::State::Invalid:
        failConnection(Error::Handshake, r.error, 0);
        return false;
    case Ws::HandshakeResponse::State::Accepted:
        break;
    }
    // Frames may have come in the same packet as the answer.
    m_reader.append(QByteArrayView(m_handshakeBuffer).sliced(r.consumed));
    m_handshakeBuffer = QByteArray();
    m_state = State::Open;
    const quint64 generation = m_generation;
    Q_EMIT connected();
    return generation == m_generation && m_state == State::Open;
}

bool WebSocketClient::processFrames()
{
    const quint64 generation = m_generation;
    Ws::Event event;
    for (;;) {
        if (const qint64 available = m_socket ? m_socket->bytesAvailable() : 0; available > 0) {
            char *to = m_reader.reserve(available);
            m_reader.commit(std::max<qint64>(0, m_socket->read(to, available)));
            m_readNumber = nextReadNumber();
        }
        while (m_reader.next(event)) {
            switch (event.type) {
            case Ws::Event::Type::Message:
                if (!m_closeReceived)
                    Q_EMIT messageReceived(event.payload, event.binary);
                break;
            case Ws::Event::Type::Ping:
                if (!m_closeSent)
                    sendFrame(Ws::Pong, event.payload);
                break;
            case Ws::Event::Type::Pong:
                Q_EMIT pong(m_pingClock.isValid() ? m_pingClock.elapsed() : 0, event.payload);
                break;
            case Ws::Event::Type::Close:
                m_closeReceived = true;
                m_closeCode = event.closeCode;
                m_closeReason = QString::fromUtf8(event.payload);
                if (!m_closeSent) {
                    // Echo the code (none if there was none), then end the TCP connection:
                    // the server has already stopped sending.
                    sendFrame(Ws::Close,
                            event.closeCode == Ws::CloseNoStatus
                                    ? QByteArray()
                                    : Ws::closePayload(event.closeCode, {}));
                    m_closeSent = true;
                }
                m_state = State::Closing;
                m_reader.reset();
                if (m_socket)
                    m_socket->disconnectFromHost();
                if (generation == m_generation && m_socket
                        && m_socket->state() == QAbstractSocket::UnconnectedState)
                    finish();
                return false;
            }
            if (generation != m_generation)
                return false;
        }
        if (m_reader.failed()) {
            failConnection(
                    m_reader.errorCloseCode() == Ws::CloseTooBig ? Error::TooBig : Error::Protocol,
                    m_reader.errorString(), m_reader.errorCloseCode());
            return false;
        }
        if (!m_socket || m_socket->bytesAvailable() == 0)
            return true;
    }
}

bool WebSocketClient::sendFrame(Ws::Opcode opcode, QByteArrayView payload)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_writeBuffer.resize(0);
    Ws::appendClientFrame(m_writeBuffer, opcode, payload, QRandomGenerator::global()->generate());
    return m_socket->write(m_writeBuffer) == m_writeBuffer.size();
}

bool WebSocketClient::sendText(QByteArrayView utf8)
{
    return m_state == State::Open && sendFrame(Ws::Text, utf8);
}

bool WebSocketClient::ping(QByteArrayView payload)
{
    if (m_state != State::Open)
        return false;
    m_pingClock.start();
    return sendFrame(Ws::Ping, payload.first(std::min<qsizetype>(payload.size(), 125)));
}

void WebSocketClient::close(quint16 code, const QByteArray &reason)
{
    switch (m_state) {
    case State::Unconnected:
    case State::Closing:
        return;
    case State::Connecting:
        abort();
        return;
    case State::Open:
        break;
    }
    sendFrame(Ws::Close, Ws::closePayload(code, reason));
    m_closeSent = true;
    m_state = State::Closing;
}

void WebSocketClient::abort()
{
    if (m_state == State::Unconnected)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finish();
}

#ifndef QT_NO_SSL
void WebSocketClient::ignoreSslErrors(const QList<QSslError> &errors)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        ssl->ignoreSslErrors(errors);
}
#endif

void WebSocketClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Unconnected || !m_socket)
        return;
    m_socketError = error;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // The socket is still readable here: frames that came just before the end count.
        if (m_state != State::Connecting && m_socket->bytesAvailable() > 0 && !processFrames())
            return;
        if (m_closeReceived)
            return; // the normal end of a closing handshake
    }
    if (m_error == Error::None)
        setError(Error::Socket, m_socket ? m_socket->errorString() : QString());
}

void WebSocketClient::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    if (state != QAbstractSocket::UnconnectedState)
        return;
    // A failed connect reports the state before the error it already holds: report the error
    // first, so that it comes before disconnected() as everywhere else.
    if (m_socket && m_socketError == QAbstractSocket::UnknownSocketError
            && m_socket->error() != QAbstractSocket::UnknownSocketError)
        onSocketError(m_socket->error());
    finish();
}

void WebSocketClient::setError(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    Q_EMIT errorOccurred(error, message);
}

void WebSocketClient::failConnection(Error error, const QString &message, quint16 closeCode)
{
    const quint64 generation = m_generation;
    setError(error, message);
    if (generation != m_generation || m_state == State::Unconnected)
        return;
    if (closeCode) {
        // Tell the server why, if it can still hear it; the close frame is tiny, so the flush
        // sends it unless the connection is stuck, and then nobody is listening anyway.
        if (!m_closeSent && sendFrame(Ws::Close, Ws::closePayload(closeCode, {})))
            m_socket->flush();
        m_closeSent = true;
        m_closeCode = closeCode;
    }
    abort();
}

void WebSocketClient::finish()
{
    if (m_state == State::Unconnected)
        return;
    m_state = State::Unconnected;
    ++m_generation;
    if (m_closeCode == 0)
        m_closeCode = Ws::CloseAbnormal; // neither a close frame came nor did we fail one
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_reader.reset();
    m_handshakeBuffer.clear();
    Q_EMIT disconnected();
}

} // namespace Feedscope
