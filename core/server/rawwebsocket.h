// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Feedscope::Server {

// The server side of a WebSocket written by hand on a QTcpSocket, after ServerFront did the
// handshake. It writes frames and never reads any: like gorilla/websocket without a read loop
// (the "API page" server), it answers neither pings nor a close. Tests use it as a peer that
// stops answering.
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

    static QByteArray frame(quint8 opcode, QByteArrayView payload);

Q_SIGNALS:
    void disconnected();

private:
    QPointer<QTcpSocket> m_socket;
};

} // namespace Feedscope::Server
