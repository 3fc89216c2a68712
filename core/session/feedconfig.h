// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "feeddescriptor.h"
#include "net/proxysetting.h"
#include "util/secrets.h"
#include "vocab/policies.h"

namespace Feedscope {

// Everything a session needs to reach one backend. Secrets live here only in memory; the
// settings layer keeps them in the OS keychain.
struct FeedConfig
{
    QString name; // profile or tab name
    const FeedDescriptor *feed = nullptr; // what the backend is (core/feeds/registry.h)
    QUrl baseUrl; // the backend's http(s) URL (REST; WebSocket derived from it)
    QUrl webSocketUrl; // explicit WebSocket URL (a feed addressed by one, or to override)
    QString auth = QStringLiteral("none"); // one of the feed's AuthMode ids
    QString user; // Baserow e-mail or ContentServer user name
    QString password;
    QString token; // an access token, a JWT
    QString refreshToken; // Baserow refresh token, when known
    QString cookie;
    QString origin;
    QList<Secrets::Header> headers; // extra headers on the upgrade
    QList<QPair<QString, QString>> query; // extra query items on the WebSocket URL
    QStringList subscriptions; // specs: "table:5101", "/ui/dashboards"
    QMap<QString, QString> options; // the feed's own settings (FeedDescriptor::settings)
    bool snapshot = true; // load state over REST when possible
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
    // REST calls one snapshot may make, follow-ups (pages, a table's fields) included: a
    // server whose pages never end stops here, the snapshot reported incomplete.
    int maxSnapshotCalls = 20000;
    qint64 maxRestBodyBytes = 256ll * 1024 * 1024; // per REST answer

    // A new connection to this feed with its defaults.
    static FeedConfig defaults(const FeedDescriptor &feed);
    QString feedId() const { return feed ? feed->id : QString(); }
    // A feed setting, or its default.
    QString option(const QString &key) const;
    QUrl effectiveWebSocketUrl() const;
    // The secrets these settings hold (password, tokens, cookie, secret headers' values, the
    // URLs' passwords, Basic credentials), to mask wherever text leaves the process.
    Secrets::KnownValues secretValues() const;
    QString displayName() const;
};

} // namespace Feedscope
