// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Feedscope::Bench {

namespace {
QByteArray row(qint64 id, double number)
{
    return "{\"id\": " + QByteArray::number(id) + ", \"order\": \"" + QByteArray::number(id)
            + ".00000000000000000000\", \"field_1001\": \"Item " + QByteArray::number(id)
            + "\", \"field_1002\": \"" + QByteArray::number(number, 'f', 2) + "\", \"field_1003\": "
            + (id % 2 ? "true" : "false") + ", \"field_1004\": \"2026-11-22\"}";
}
} // namespace

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &feedscope, const QStringList &args, QString *error)
{
    m_process.setProgram(feedscope);
    m_process.setArguments(QStringList {u"serve"_s, u"--port"_s, u"0"_s} + args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(feedscope, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QByteArray seen;
    while (m_process.waitForReadyRead(120000)) {
        seen += m_process.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(seen));
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    *error = u"the server did not start: "_s + QString::fromUtf8(seen);
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray baserowLogin(const QUrl &base, const QString &email, const QString &password)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(u"/api/user/token-auth/"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body =
            QJsonDocument(QJsonObject {{u"email"_s, email}, {u"password"_s, password}})
                    .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o.value(u"access_token"_s).toString().toUtf8();
}

QByteArray rowsUpdatedFrame(qint64 tableId, qint64 rowId, double before, double after)
{
    return "{\"type\": \"rows_updated\", \"table_id\": " + QByteArray::number(tableId)
            + ", \"rows_before_update\": [" + row(rowId, before) + "], \"rows\": ["
            + row(rowId, after) + "], \"metadata\": {}, \"updated_field_ids\": [1002]}";
}

QByteArray rowsCreatedFrame(qint64 tableId, qint64 firstId, int count)
{
    QByteArray rows;
    for (int i = 0; i < count; ++i) {
        if (i)
            rows += ", ";
        rows += row(firstId + i, double(i % 1000));
    }
    return "{\"type\": \"rows_created\", \"table_id\": " + QByteArray::number(tableId)
            + ", \"rows\": [" + rows + "], \"before_row_id\": null, \"metadata\": {}}";
}

} // namespace Feedscope::Bench
