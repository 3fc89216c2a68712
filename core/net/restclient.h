// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QUrl>

#include "util/secrets.h"

class QNetworkAccessManager;

namespace Feedscope {

struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<Secrets::Header> headers;
    QByteArray body;
    int timeoutMs = 30000;
    // An answer longer than this is abandoned (status 0, an error saying so): a server cannot
    // make the client hold more than this per call.
    qint64 maxBodyBytes = 256ll * 1024 * 1024;
};

struct RestResponse
{
    int status = 0; // HTTP status; 0 when no answer arrived
    QByteArray body;
    QString error; // network error text (secrets masked), empty on an HTTP answer
    QList<Secrets::Header> headers;
    bool ok() const { return status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const;
};

// Small asynchronous JSON-over-HTTP client for logins, token refreshes and snapshots. It
// logs every call with the URL and headers masked.
class RestClient : public QObject
{
    Q_OBJECT
public:
    explicit RestClient(QObject *parent = nullptr);

    using Callback = std::function<void(const RestResponse &)>;
    // The callback runs on this thread, unless context is destroyed first.
    void send(const RestRequest &request, QObject *context, Callback callback);
    int inFlight() const { return m_inFlight; }

private:
    QNetworkAccessManager *m_nam;
    int m_inFlight = 0;
};

} // namespace Feedscope
