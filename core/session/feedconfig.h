// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "model/entitystore.h"
#include "net/feedconnection.h"
#include "protocol/feedprotocol.h"

namespace Feedscope {

// Everything a session needs to reach one backend. Secrets live here only in memory; the
// settings layer keeps them in the OS keychain.
struct FeedConfig
{
    enum class Auth {
        None, // "API page", raw
        Password, // Baserow email + password (REST login), ContentServer Basic user + password
        Token, // Baserow access token pasted as is
        Anonymous, // Baserow public views: jwt_token=anonymous
        Basic, // ContentServer: Authorization: Basic on the upgrade
        Jwt, // ContentServer: Authorization: Jwt <token> (token given, or fetched with
             // user+password)
        Cookie, // ContentServer: Cookie header on the upgrade
    };

    QString name; // profile or tab name
    FeedKind feed = FeedKind::Baserow;
    QUrl baseUrl; // the backend's http(s) URL (REST; WebSocket derived from it)
    QUrl webSocketUrl; // explicit WebSocket URL (raw feed, or to override)
    Auth auth = Auth::None;
    QString user; // Baserow e-mail or ContentServer user name
    QString password;
    QString token; // Baserow access token, or ContentServer JWT
    QString refreshToken; // Baserow refresh token, when known
    QString cookie;
    QString origin;
    QList<Secrets::Header> headers; // extra headers on the upgrade
    QList<QPair<QString, QString>> query; // extra query items on the WebSocket URL
    QStringList subscriptions; // specs: "table:5101", "/ui/dashboards"
    bool snapshot = true; // load state over REST when possible
    int rowSnapshotCap = 10000;
    int subscriptionTimeoutMs = 5000;
    int tokenRefreshMarginSec = 60;

    ReconnectPolicy reconnect;
    KeepalivePolicy keepalive;
    qint64 maxFrameBytes = 16 * 1024 * 1024;
    QList<QByteArray> pinnedCertificates;
    ProxySetting proxy; // the system's by default
    StoreLimits storeLimits;
    qint64 logMaxEntries = 1000000;
    qint64 logMaxBytes = 1024ll * 1024 * 1024;
    qint64 maxBufferedChanges = 1000000; // live changes held while a snapshot loads

    // ContentServer: the assumed subscription protocol (templates with ${path} and ${id});
    // empty templates mean "none: the server streams everything".
    QString csSubscribeTemplate =
            QStringLiteral(R"({"id":"${id}","action":"LISTEN","path":"${path}"})");
    QString csUnsubscribeTemplate =
            QStringLiteral(R"({"id":"${id}","action":"UNLISTEN","path":"${path}"})");

    // Raw feed: the key statistics count by; empty: the first of type, event, action.
    QString rawStatsKey;

    // The defaults each feed needs (keepalive on for ContentServer, off for "API page", …).
    static FeedConfig defaults(FeedKind feed);
    QUrl effectiveWebSocketUrl() const;
    QString displayName() const;
};

QString authName(FeedConfig::Auth auth);
std::optional<FeedConfig::Auth> authFromName(QStringView name);

} // namespace Feedscope
