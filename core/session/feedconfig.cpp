// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedconfig.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

FeedConfig FeedConfig::defaults(FeedKind feed)
{
    FeedConfig c;
    c.feed = feed;
    switch (feed) {
    case FeedKind::Baserow:
        c.auth = Auth::Password;
        // uvicorn pings us every 20 s; QWebSocket answers by itself. Our own pings are
        // answered too, so a dead peer is found within a minute.
        c.keepalive = {true, 30000, 15000};
        break;
    case FeedKind::ContentServer:
        c.auth = Auth::Basic;
        c.keepalive = {true, 30000, 10000}; // specs/contentserver.md §6
        break;
    case FeedKind::ApiPage:
        c.auth = Auth::None;
        c.keepalive = {false, 30000, 10000}; // the server never answers pings (specs/ap.md §3)
        c.reconnect.stableAfterMs = 10000;
        break;
    case FeedKind::Raw:
        c.auth = Auth::None;
        c.snapshot = false;
        break;
    }
    return c;
}

QUrl FeedConfig::effectiveWebSocketUrl() const
{
    if (webSocketUrl.isValid() && !webSocketUrl.isEmpty())
        return webSocketUrl;
    QUrl u = baseUrl;
    if (u.scheme() == u"https")
        u.setScheme(u"wss"_s);
    else if (u.scheme() == u"http" || u.scheme().isEmpty())
        u.setScheme(u"ws"_s);
    switch (feed) {
    case FeedKind::Baserow:
        u.setPath(u"/ws/core/"_s);
        break; // any path prefix is dropped, as the official client does
    case FeedKind::ContentServer: {
        QString base = u.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        u.setPath(base + u"/content/ws/v5"_s);
        break;
    }
    case FeedKind::ApiPage: {
        QString base = u.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        u.setPath(base + u"/api/ws"_s);
        break;
    }
    case FeedKind::Raw:
        break;
    }
    u.setQuery(QString());
    return u;
}

QString FeedConfig::displayName() const
{
    if (!name.isEmpty())
        return name;
    const QUrl u = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : webSocketUrl;
    return feedTitle(feed) + u" · "_s + u.host()
            + (u.port() > 0 ? u':' + QString::number(u.port()) : QString());
}

QString authName(FeedConfig::Auth auth)
{
    switch (auth) {
    case FeedConfig::Auth::None:
        return u"none"_s;
    case FeedConfig::Auth::Password:
        return u"password"_s;
    case FeedConfig::Auth::Token:
        return u"token"_s;
    case FeedConfig::Auth::Anonymous:
        return u"anonymous"_s;
    case FeedConfig::Auth::Basic:
        return u"basic"_s;
    case FeedConfig::Auth::Jwt:
        return u"jwt"_s;
    case FeedConfig::Auth::Cookie:
        return u"cookie"_s;
    }
    return {};
}

std::optional<FeedConfig::Auth> authFromName(QStringView name)
{
    for (auto a : {FeedConfig::Auth::None, FeedConfig::Auth::Password, FeedConfig::Auth::Token,
                 FeedConfig::Auth::Anonymous, FeedConfig::Auth::Basic, FeedConfig::Auth::Jwt,
                 FeedConfig::Auth::Cookie}) {
        if (name == authName(a))
            return a;
    }
    return std::nullopt;
}

} // namespace Feedscope
