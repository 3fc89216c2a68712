// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxysetting.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

#include "util/secrets.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::ProxySetting)
};
} // namespace

std::optional<ProxySetting> ProxySetting::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    ProxySetting p;
    if (text.isEmpty() || text.compare(u"system", Qt::CaseInsensitive) == 0)
        return p;
    if (text.compare(u"none", Qt::CaseInsensitive) == 0
            || text.compare(u"direct", Qt::CaseInsensitive) == 0) {
        p.mode = Mode::None;
        return p;
    }
    QUrl url = QUrl::fromUserInput(text.contains(u"://"_s) ? text : u"http://"_s + text);
    if (!text.contains(u"://"_s))
        url.setScheme(u"http"_s);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
            || (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h")) {
        if (error)
            *error = Tr::tr("a proxy is \"system\", \"none\", http://HOST:PORT or "
                            "socks5://HOST:PORT, not \"%1\"")
                             .arg(Secrets::redactText(text));
        return std::nullopt;
    }
    if (url.port() <= 0) {
        if (error)
            *error = Tr::tr("the proxy %1 needs a port").arg(Secrets::redactUrl(url));
        return std::nullopt;
    }
    url.setPath(QString());
    p.mode = Mode::Manual;
    p.url = url;
    return p;
}

QString ProxySetting::text() const
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Manual:
        return url.toString(QUrl::RemovePath);
    }
    return {};
}

QString ProxySetting::displayText() const
{
    return mode == Mode::Manual ? Secrets::redactUrl(url) : text();
}

QNetworkProxy ProxySetting::proxyFor(const QUrl &target) const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual: {
        const bool socks = url.scheme().startsWith(u"socks", Qt::CaseInsensitive);
        QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                url.host(), quint16(url.port()), url.userName(QUrl::FullyDecoded),
                url.password(QUrl::FullyDecoded));
        return proxy;
    }
    case Mode::System:
        break;
    }
    // The system's answer for the http(s) form of the address: a WebSocket starts as HTTP, and
    // the environment and desktop settings are written for http and https.
    QUrl asHttp = target;
    const QString scheme = target.scheme().toLower();
    asHttp.setScheme(scheme == u"wss" || scheme == u"https" ? u"https"_s : u"http"_s);
    const QList<QNetworkProxy> proxies =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(asHttp));
    for (const QNetworkProxy &proxy : proxies) {
        // An HTTP proxy is used as a tunnel (CONNECT); caching-only proxies cannot carry it.
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy
                || proxy.type() == QNetworkProxy::NoProxy)
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace Feedscope
