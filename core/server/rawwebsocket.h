// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Feedscope::Server {

// The server side of a WebSocket written by hand on a QTcpSocket, after ServerFront did the
// handshake; also the embedded server's one frame writer and Sec-WebSocket-Accept, for the
// imitations that must write frames themselves (the flood's prepared frames). It writes frames and
// never reads any: like gorilla/websocket without a read loop (the "API page" server), it answers
// neither pings nor a close. Tests use it as a peer that stops answering.
class RawWebSocket : public QObject
{
    Q_OBJECT
public:
    explicit RawWebSocket(QTcpSocket *socket, QObject *parent = nullptr);
    ~RawWebSocket() override;

    bool isOpen() const;
    void sendText(const QByteArray &utf8);
    void sendPing(const QByteArray &payload = {});
    // A close frame with an empty payload (the client sees 1005), then the TCP close.
    void closeEmpty();
    void abort();
    qint64 bytesToWrite() const;
    QTcpSocket *socket() const;

    // The server side's one frame writer: unmasked, FIN unless fin is false, with the reserved
    // bits given (tests write broken frames with them). Appends to out.
    static void appendFrame(QByteArray &out, quint8 opcode, QByteArrayView payload, bool fin = true,
            quint8 reservedBits = 0);
    static QByteArray frame(quint8 opcode, QByteArrayView payload);
    // The Sec-WebSocket-Accept value for a Sec-WebSocket-Key (RFC 6455 section 4.2.2).
    static QByteArray acceptFor(QByteArrayView key);

Q_SIGNALS:
    void disconnected();

private:
    QPointer<QTcpSocket> m_socket;
};

} // namespace Feedscope::Server
