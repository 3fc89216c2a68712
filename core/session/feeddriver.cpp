// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include "feedsession.h"
#include "json/ovalue.h"
#include "logging.h"
#include "net/jwt.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::FeedDriver)
};

void FeedDriver::tellToken(QLatin1StringView kind, const QString &what, const QString &token)
{
    const auto exp = Jwt::expiry(token.toUtf8());
    if (!exp) {
        m_session.tell(kind, what);
        return;
    }
    const QDateTime until = QDateTime::fromSecsSinceEpoch(*exp);
    m_session.tell(kind,
            Tr::tr("%1; the token holds until %2")
                    .arg(what, QLocale().toString(until.time(), QLocale::LongFormat)),
            false, OValue::object({{u"expires"_s, until.toUTC().toString(Qt::ISODate)}}));
}

QUrl FeedDriver::restUrl(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString basePath = u.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    u.setPath(basePath + path);
    u.setQuery(QString());
    return u;
}

QString FeedDriver::restError(const RestResponse &r)
{
    if (r.status == 0)
        return r.error;
    if (auto v = OValue::fromJson(r.body)) {
        const OValue &err = v->value(u"error");
        if (err.isString()) {
            const QString detail =
                    v->value(u"detail").isString() ? v->value(u"detail").toString() : QString();
            return detail.isEmpty() ? err.toString() : err.toString() + u": "_s + detail;
        }
        const OValue &chain = err.value(u"errorChain");
        if (chain.size() > 0)
            return chain.at(0).value(u"type").toString() + u": "_s
                    + chain.at(0).value(u"message").toString();
    }
    return u"HTTP %1"_s.arg(r.status);
}

void FeedDriver::configure(ConnectionOptions &options)
{
    const FeedConfig &c = m_session.config();
    options.url = c.effectiveWebSocketUrl();
    options.query = c.query;
    if (c.webSocketUrl.isValid() && c.webSocketUrl.hasQuery()) {
        // Keep a query typed into an explicit URL.
        options.url = c.webSocketUrl;
    }
    options.headers = c.headers;
    if (!c.origin.isEmpty())
        options.setHeader("Origin", c.origin.toUtf8());
}

void FeedDriver::prepare(std::function<void(FeedConnection::PrepareResult)> done)
{
    done({});
}

bool FeedDriver::restAvailable() const
{
    const QUrl &b = m_session.config().baseUrl;
    return b.isValid() && (b.scheme() == u"http" || b.scheme() == u"https");
}

void FeedDriver::setCredentials(const QString &user, const QString &password, const QString &token)
{
    FeedConfig &c = m_session.mutableConfig();
    if (!user.isEmpty())
        c.user = user;
    if (!password.isEmpty())
        c.password = password;
    if (!token.isEmpty())
        c.token = token;
}

bool FeedDriver::authenticationRefused(const QString &)
{
    return false;
}

} // namespace Feedscope
