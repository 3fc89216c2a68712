// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawwebsocket.h"

#include <QCryptographicHash>
#include <QTcpSocket>

namespace Feedscope::Server {

RawWebSocket::RawWebSocket(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    // Incoming frames are never looked at: drop them so the buffer does not grow.
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        if (m_socket)
            m_socket->readAll();
    });
    connect(socket, &QTcpSocket::disconnected, this, &RawWebSocket::disconnected);
}

RawWebSocket::~RawWebSocket() = default;

bool RawWebSocket::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawWebSocket::appendFrame(
        QByteArray &out, quint8 opcode, QByteArrayView payload, bool fin, quint8 reservedBits)
{
    const qsizetype n = payload.size();
    out.reserve(out.size() + n + 10);
    out.append(char((fin ? 0x80 : 0) | (reservedBits & 0x70) | (opcode & 0x0f)));
    if (n < 126) {
        out.append(char(n));
    } else if (n <= 0xffff) {
        out.append(char(126));
        out.append(char((n >> 8) & 0xff));
        out.append(char(n & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(n) >> shift) & 0xff));
    }
    out.append(payload);
}

QByteArray RawWebSocket::frame(quint8 opcode, QByteArrayView payload)
{
    QByteArray out;
    appendFrame(out, opcode, payload);
    return out;
}

QByteArray RawWebSocket::acceptFor(QByteArrayView key)
{
    return QCryptographicHash::hash(
            QByteArray(key.toByteArray() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
            QCryptographicHash::Sha1)
            .toBase64();
}

void RawWebSocket::sendText(const QByteArray &utf8)
{
    if (isOpen())
        m_socket->write(frame(0x1, utf8));
}

void RawWebSocket::sendPing(const QByteArray &payload)
{
    if (isOpen())
        m_socket->write(frame(0x9, payload));
}

void RawWebSocket::closeEmpty()
{
    if (!isOpen())
        return;
    m_socket->write(frame(0x8, {}));
    m_socket->disconnectFromHost();
}

void RawWebSocket::abort()
{
    if (m_socket)
        m_socket->abort();
}

QTcpSocket *RawWebSocket::socket() const
{
    return m_socket;
}

qint64 RawWebSocket::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

} // namespace Feedscope::Server
