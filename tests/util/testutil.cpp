// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QTcpSocket>

#include "json/ovalue.h"
#include "server/rawwebsocket.h"
#include "server/serverfront.h"

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
        const QByteArray data = socket->readAll();
        if (*done)
            return; // frames from the client: ignored, never answered
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
        socket->write(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Accept: "
                + Server::webSocketAccept(head.header("sec-websocket-key")) + "\r\n\r\n");
        Q_EMIT clientConnected();
    });
}

void SilentWebSocketServer::sendText(const QByteArray &text)
{
    for (QTcpSocket *s : std::as_const(m_sockets))
        s->write(Server::RawWebSocket::frame(0x1, text));
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
                    u"-out"_s, certPath, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN="_s + commonName});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = u"openssl failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError())
                + openssl.errorString();
        return false;
    }
    return true;
}

} // namespace Feedscope::Test
