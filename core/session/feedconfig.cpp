// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedconfig.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

FeedConfig FeedConfig::defaults(const FeedDescriptor &feed)
{
    FeedConfig c;
    c.feed = &feed;
    if (!feed.authModes.empty())
        c.auth = QString::fromLatin1(feed.authModes.front().id);
    c.snapshot = feed.snapshot;
    for (const FeedSetting &s : feed.settings)
        c.options.insert(QString::fromLatin1(s.key), s.defaultValue);
    if (feed.defaults)
        feed.defaults(c);
    return c;
}

QString FeedConfig::option(const QString &key) const
{
    if (auto it = options.constFind(key); it != options.constEnd())
        return *it;
    const FeedSetting *s = feed ? feed->setting(key) : nullptr;
    return s ? s->defaultValue : QString();
}

QUrl FeedConfig::effectiveWebSocketUrl() const
{
    if (webSocketUrl.isValid() && !webSocketUrl.isEmpty())
        return webSocketUrl;
    if (!feed || !feed->webSocketUrl)
        return {};
    QUrl u = baseUrl;
    if (u.scheme() == u"https")
        u.setScheme(u"wss"_s);
    else if (u.scheme() == u"http" || u.scheme().isEmpty())
        u.setScheme(u"ws"_s);
    u.setQuery(QString());
    return feed->webSocketUrl(u);
}

QString FeedConfig::displayName() const
{
    if (!name.isEmpty())
        return name;
    const QUrl u = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : webSocketUrl;
    return (feed ? feed->displayTitle() : QString()) + u" · "_s + u.host()
            + (u.port() > 0 ? u':' + QString::number(u.port()) : QString());
}

Secrets::KnownValues FeedConfig::secretValues() const
{
    Secrets::KnownValues secrets;
    for (const QString &v :
            {password, token, refreshToken, cookie, baseUrl.password(), webSocketUrl.password()})
        secrets.add(v);
    secrets.addBasic(user, password);
    for (const auto &h : headers) {
        if (!Secrets::isSecretHeader(h.first))
            continue;
        const QString value = QString::fromUtf8(h.second).trimmed();
        secrets.add(value);
        if (const qsizetype space = value.indexOf(u' '); space > 0)
            secrets.add(value.mid(space + 1).trimmed()); // "Basic xyz": xyz alone too
    }
    return secrets;
}

} // namespace Feedscope
