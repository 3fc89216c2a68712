// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

class QTcpSocket;

namespace Feedscope::Test {

// tests/data/fixtures/<relative>
QString fixturePath(const QString &relative);
QByteArray readFixture(const QString &relative);
// The compact form of a pretty-printed fixture file (one frame).
QByteArray fixtureFrame(const QString &relative);
QString dataPath(const QString &relative);
QString feedscopeBinary();

// A WebSocket peer that completes the handshake, can send text frames, and then answers
// nothing at all: no pongs, no close. A dead (or "API page") server, on 127.0.0.1.
class SilentWebSocketServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit SilentWebSocketServer(QObject *parent = nullptr);
    bool start();
    void sendText(const QByteArray &text); // to every connected client
    int clients() const;
    QByteArray lastRequestHead() const { return m_lastHead; }
    QList<QTcpSocket *> sockets() const { return m_sockets; }
    // Answer the upgrade with this HTTP status instead (401, 403…).
    void setRefuseWith(int status) { m_refuse = status; }

Q_SIGNALS:
    void clientConnected();

protected:
    void incomingConnection(qintptr handle) override;

private:
    QList<QTcpSocket *> m_sockets;
    QByteArray m_lastHead;
    int m_refuse = 0;
};

// A self-signed certificate and key made with openssl for the duration of a test.
struct SelfSignedCertificate
{
    QTemporaryDir dir;
    QString certPath;
    QString keyPath;
    bool generate(const QString &commonName, QString *error);
};

} // namespace Feedscope::Test
