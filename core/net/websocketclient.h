// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#ifndef QT_NO_SSL
#include <QSslError>
#endif

#include "websocketframes.h"

namespace Feedscope {

// A WebSocket client on a QTcpSocket (QSslSocket for wss): the opening handshake, the frames
// of websocketframes.h, automatic pongs and the closing handshake.
//
// Why not QWebSocket: it hands every text message over as a QString, which this application
// turns straight back into UTF-8, and reads each frame's header a few bytes at a time through
// QIODevice. Under a flood that was a fifth of a monitor's time. This client reads what the
// socket holds in one call, validates text with simdjson's UTF-8 check, and hands over each
// message as the bytes that came, one copy. It also reports a refused upgrade's HTTP status
// as a number, where QWebSocket only puts it in an error string.
//
// Every path out of an open or opening connection ends in exactly one disconnected(), emitted
// synchronously from the call or signal that ended it. Slots may abort() or delete the client
// (deleteLater) from any of its signals.
class WebSocketClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Unconnected, Connecting, Open, Closing };
    Q_ENUM(State)
    // Why the connection ended early, if it did.
    enum class Error { None, Socket, Refused, Handshake, Protocol, TooBig };
    Q_ENUM(Error)

    explicit WebSocketClient(QObject *parent = nullptr);
    ~WebSocketClient() override;

    // Largest message accepted; a bigger one ends the connection with close code 1009.
    void setMaxMessageBytes(qint64 bytes);
    // Headers added to the upgrade request (Authorization, Origin, ...).
    void open(const QUrl &url, const Ws::Headers &headers = {});
    // Starts the closing handshake; the server's close, or abort(), ends it.
    void close(quint16 code = Ws::CloseNormal, const QByteArray &reason = {});
    // Drops the connection at once, without a close frame.
    void abort();

    bool sendText(QByteArrayView utf8);
    bool ping(QByteArrayView payload = {});

    State state() const { return m_state; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QAbstractSocket::SocketError socketError() const { return m_socketError; }
    // The HTTP status of the upgrade's answer, 0 before it came.
    int handshakeStatus() const { return m_handshakeStatus; }
    // How the connection ended: the close code sent or received, CloseNoStatus for a close
    // without one, CloseAbnormal when the connection ended without a close frame.
    quint16 closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    QTcpSocket *socket() const { return m_socket; }
    // Numbers this client's reads from its socket, unique in the process (0 before the first):
    // messages delivered under one number came in one read, together.
    quint64 readNumber() const { return m_readNumber; }
#ifndef QT_NO_SSL
    // Call from a sslErrors() slot to go on despite them.
    void ignoreSslErrors(const QList<QSslError> &errors);
#endif

Q_SIGNALS:
    void connected();
    void disconnected();
    // One whole message, as it came (text is valid UTF-8).
    void messageReceived(const QByteArray &payload, bool binary);
    void pong(qint64 elapsedMs, const QByteArray &payload);
    // Emitted before the disconnected() it leads to.
    void errorOccurred(Feedscope::WebSocketClient::Error error, const QString &message);
#ifndef QT_NO_SSL
    void sslErrors(const QList<QSslError> &errors);
#endif

private:
    void onSocketConnected();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    // Reads frames from what is buffered; false when the connection ended on the way.
    bool processFrames();
    bool readHandshake();
    bool sendFrame(Ws::Opcode opcode, QByteArrayView payload);
    void failConnection(Error error, const QString &message, quint16 closeCode);
    void setError(Error error, const QString &message);
    void finish();

    QPointer<QTcpSocket> m_socket;
    State m_state = State::Unconnected;
    QUrl m_url;
    Ws::Headers m_headers;
    QByteArray m_key;
    QByteArray m_handshakeBuffer;
    Ws::FrameReader m_reader;
    QByteArray m_writeBuffer;
    Error m_error = Error::None;
    QString m_errorString;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    int m_handshakeStatus = 0;
    quint16 m_closeCode = 0;
    QString m_closeReason;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    quint64 m_generation = 0; // bumped when a connection ends: loops notice and stop
    quint64 m_readNumber = 0;
    QElapsedTimer m_pingClock;
};

} // namespace Feedscope
