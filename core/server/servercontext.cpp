// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontext.h"

#include <QTimer>
#include <QWebSocket>

namespace Feedscope::Server {

void ServerContext::send(QWebSocket *ws, const QByteArray &utf8)
{
    if (!ws)
        return;
    if (ws->bytesToWrite() > MaxClientBacklog) {
        ++droppedSlowClients;
        ws->abort(); // it reads nothing: a close frame would only queue behind the rest
        return;
    }
    if (!faults.any()) {
        ws->sendTextMessage(QString::fromUtf8(utf8));
        countFrame(utf8.size());
        return;
    }
    auto deliver = [this, ws = QPointer<QWebSocket>(ws), utf8] {
        if (!ws || ws->state() != QAbstractSocket::ConnectedState)
            return;
        ws->sendTextMessage(QString::fromUtf8(utf8));
        countFrame(utf8.size());
        if (faults.malformed > 0 && uniform() < faults.malformed) {
            ws->sendTextMessage(QStringLiteral("{\"type\": \"rows_updated\", \"table_id\": "));
            ++faultCounts.malformed;
        }
        if (faults.unknownTypes > 0 && uniform() < faults.unknownTypes) {
            ws->sendTextMessage(
                    QStringLiteral("{\"type\": \"feedscope_fault_unknown\", \"n\": 1}"));
            ++faultCounts.unknown;
        }
        if (faults.oversize > 0 && uniform() < faults.oversize) {
            ws->sendTextMessage(QStringLiteral("{\"type\": \"big\", \"pad\": \"%1\"}")
                                        .arg(QString(17 * 1024 * 1024, QLatin1Char('x'))));
            ++faultCounts.oversize;
        }
        if (faults.dropConnections > 0 && uniform() < faults.dropConnections) {
            ws->abort();
            ++faultCounts.drops;
        }
    };
    if (faults.delayFramesMs > 0)
        QTimer::singleShot(faults.delayFramesMs, ws, deliver);
    else
        deliver();
}

} // namespace Feedscope::Server
