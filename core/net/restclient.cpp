// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restclient.h"

#include <memory>

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include "logging.h"

namespace Feedscope {

QByteArray RestResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RestClient::RestClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

void RestClient::send(const RestRequest &request, QObject *context, Callback callback)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(request.timeoutMs);
    req.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    bool hasContentType = false;
    for (const auto &h : request.headers) {
        req.setRawHeader(h.first, h.second);
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
    }
    if (!request.body.isEmpty() && !hasContentType)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcNet).noquote() << "REST" << request.method << Secrets::redactUrl(request.url);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, request.method, request.body);
    ++m_inFlight;
    auto tooLong = std::make_shared<bool>(false);
    if (request.maxBodyBytes > 0) {
        connect(reply, &QNetworkReply::downloadProgress, this,
                [reply, tooLong, limit = request.maxBodyBytes](qint64 received, qint64 total) {
                    if (*tooLong || (received <= limit && total <= limit))
                        return;
                    *tooLong = true;
                    reply->abort(); // finished() follows, with the reason below
                });
    }
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, hadContext, tooLong, callback = std::move(callback),
                    method = request.method, limit = request.maxBodyBytes] {
                --m_inFlight;
                reply->deleteLater();
                RestResponse r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.body = reply->readAll();
                for (const auto &pair : reply->rawHeaderPairs())
                    r.headers.append(pair);
                if (*tooLong) {
                    r.status = 0;
                    r.body.clear();
                    r.error = tr("the answer exceeded the limit of %1")
                                      .arg(QLocale::c().formattedDataSize(limit));
                } else if (r.status == 0) {
                    r.error = Secrets::redactText(reply->errorString());
                }
                qCDebug(lcNet).noquote() << "REST" << method << Secrets::redactUrl(reply->url())
                                         << "→" << r.status << r.error;
                if (hadContext && !guard)
                    return;
                callback(r);
            });
}

} // namespace Feedscope
