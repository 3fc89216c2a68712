// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include "feedsession.h"
#include "json/ovalue.h"
#include "logging.h"
#include "net/jwt.h"
#include "protocol/baserowprotocol.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::FeedDriver)
};

namespace {
QUrl restUrl(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString basePath = u.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    u.setPath(basePath + path);
    u.setQuery(QString());
    return u;
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

// The error body of a REST answer, for a one-line message: Baserow's {"error","detail"},
// ActiveViam's {"error":{"errorChain":[{"type","message"}]}}, or the status.
QString restError(const RestResponse &r)
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
} // namespace

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

// --- Baserow --------------------------------------------------------------------------------

class BaserowDriver final : public FeedDriver
{
public:
    using FeedDriver::FeedDriver;

    bool readyOnOpen() const override { return false; }

    bool restAvailable() const override
    {
        return FeedDriver::restAvailable() && !m_access.isEmpty()
                && m_session.config().auth != FeedConfig::Auth::Anonymous;
    }

    QList<Secrets::Header> restHeaders() const override
    {
        if (m_access.isEmpty())
            return {};
        return {{"Authorization", "JWT " + m_access.toUtf8()}};
    }

    void setCredentials(const QString &user, const QString &password, const QString &token) override
    {
        FeedDriver::setCredentials(user, password, token);
        if (!token.isEmpty())
            m_access = token;
        else if (!password.isEmpty())
            m_access.clear();
    }

    void prepare(std::function<void(FeedConnection::PrepareResult)> done) override
    {
        const FeedConfig &c = m_session.config();
        if (m_refresh.isEmpty())
            m_refresh = c.refreshToken;
        switch (c.auth) {
        case FeedConfig::Auth::Anonymous:
            setToken(u"anonymous"_s);
            done({});
            return;
        case FeedConfig::Auth::Token:
            if (m_access.isEmpty())
                m_access = c.token;
            if (!expiring(m_access)) {
                setToken(m_access);
                done({});
                return;
            }
            if (!m_refresh.isEmpty()) {
                refresh(std::move(done));
                return;
            }
            needCredentials(done, Tr::tr("the access token has expired; paste a new one"));
            return;
        default:
            if (!m_access.isEmpty() && !expiring(m_access)) {
                setToken(m_access);
                done({});
            } else if (!m_refresh.isEmpty() && !expiring(m_refresh)) {
                refresh(std::move(done));
            } else {
                login(std::move(done));
            }
            return;
        }
    }

private:
    bool expiring(const QString &token) const
    {
        const auto exp = Jwt::expiry(token.toUtf8());
        if (!exp)
            return false; // not a JWT we can read: use it as given
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return *exp <= now + m_session.config().tokenRefreshMarginSec;
    }

    void setToken(const QString &token)
    {
        auto *conn = m_session.connection();
        if (conn)
            conn->mutableOptions().setQueryItem(u"jwt_token"_s, token);
    }

    void needCredentials(
            const std::function<void(FeedConnection::PrepareResult)> &done, const QString &why)
    {
        Q_EMIT m_session.credentialsNeeded(why);
        done({false, why, true});
    }

    void takeTokens(const OValue &body)
    {
        QString access = body.value(u"access_token").toString();
        if (access.isEmpty())
            access = body.value(u"token").toString();
        m_access = access;
        const QString refresh = body.value(u"refresh_token").toString();
        if (!refresh.isEmpty())
            m_refresh = refresh;
        const qint64 userId = body.value(u"user").value(u"id").toInt();
        if (userId > 0) {
            if (auto *p = dynamic_cast<BaserowProtocol *>(m_session.protocol()))
                p->setSelfUserId(userId);
        }
    }

    void login(std::function<void(FeedConnection::PrepareResult)> done)
    {
        const FeedConfig &c = m_session.config();
        if (c.user.isEmpty() || c.password.isEmpty()) {
            needCredentials(done, Tr::tr("an e-mail and a password are needed to log in"));
            return;
        }
        RestRequest req;
        req.method = "POST";
        req.url = restUrl(c.baseUrl, u"/api/user/token-auth/"_s);
        req.body = OValue::object({{u"email"_s, c.user}, {u"password"_s, c.password}}).toJson();
        qCInfo(lcSession).noquote()
                << "logging in to" << Secrets::redactUrl(req.url) << "as" << c.user;
        m_session.rest()->send(req, &m_session, [this, done](const RestResponse &r) {
            if (r.ok()) {
                if (auto body = OValue::fromJson(r.body)) {
                    takeTokens(*body);
                    if (!m_access.isEmpty()) {
                        setToken(m_access);
                        done({});
                        return;
                    }
                }
                done({false, Tr::tr("login answer without an access token"), true});
                return;
            }
            if (r.status == 0) {
                done({false, Tr::tr("cannot reach the server: %1").arg(r.error), false});
                return;
            }
            if (r.status >= 500) {
                done({false, Tr::tr("login failed: %1").arg(restError(r)), false});
                return;
            }
            needCredentials(done, Tr::tr("login refused (%1)").arg(restError(r)));
        });
    }

    void refresh(std::function<void(FeedConnection::PrepareResult)> done)
    {
        const FeedConfig &c = m_session.config();
        RestRequest req;
        req.method = "POST";
        req.url = restUrl(c.baseUrl, u"/api/user/token-refresh/"_s);
        req.body = OValue::object({{u"refresh_token"_s, m_refresh}}).toJson();
        qCInfo(lcSession) << "refreshing the access token";
        m_session.rest()->send(req, &m_session, [this, done](const RestResponse &r) {
            if (r.ok()) {
                if (auto body = OValue::fromJson(r.body)) {
                    takeTokens(*body);
                    setToken(m_access);
                    done({});
                    return;
                }
            }
            if (r.status == 0) {
                done({false, Tr::tr("cannot reach the server: %1").arg(r.error), false});
                return;
            }
            m_refresh.clear();
            if (m_session.config().auth == FeedConfig::Auth::Password
                    && !m_session.config().password.isEmpty()) {
                login(done);
                return;
            }
            needCredentials(done, Tr::tr("the token refresh was refused (%1)").arg(restError(r)));
        });
    }

    QString m_access;
    QString m_refresh;
};

// --- ContentServer --------------------------------------------------------------------------

class ContentServerDriver final : public FeedDriver
{
public:
    using FeedDriver::FeedDriver;

    void configure(ConnectionOptions &options) override
    {
        FeedDriver::configure(options);
        const FeedConfig &c = m_session.config();
        if (c.auth == FeedConfig::Auth::Basic || (c.auth == FeedConfig::Auth::Password))
            options.setHeader("Authorization", basic(c.user, c.password));
        else if (c.auth == FeedConfig::Auth::Cookie)
            options.setHeader("Cookie", c.cookie.toUtf8());
    }

    QList<Secrets::Header> restHeaders() const override
    {
        const FeedConfig &c = m_session.config();
        switch (c.auth) {
        case FeedConfig::Auth::Basic:
        case FeedConfig::Auth::Password:
            return {{"Authorization", basic(c.user, c.password)}};
        case FeedConfig::Auth::Jwt:
            return {{"Authorization", "Jwt " + (m_jwt.isEmpty() ? c.token : m_jwt).toUtf8()}};
        case FeedConfig::Auth::Cookie:
            return {{"Cookie", c.cookie.toUtf8()}};
        default:
            return {};
        }
    }

    void prepare(std::function<void(FeedConnection::PrepareResult)> done) override
    {
        const FeedConfig &c = m_session.config();
        if (c.auth != FeedConfig::Auth::Jwt) {
            done({});
            return;
        }
        QString token = m_jwt.isEmpty() ? c.token : m_jwt;
        const auto exp = Jwt::expiry(token.toUtf8());
        const bool expired = exp && *exp <= QDateTime::currentSecsSinceEpoch() + 30;
        if (!token.isEmpty() && !expired) {
            setJwt(token);
            done({});
            return;
        }
        if (c.user.isEmpty()) {
            Q_EMIT m_session.credentialsNeeded(Tr::tr("the JWT has expired"));
            done({false, Tr::tr("the JWT has expired and no user name is set to fetch a new one"),
                    true});
            return;
        }
        RestRequest req;
        req.url = restUrl(c.baseUrl, u"/jwt/rest/v1/token"_s);
        req.headers = {{"Authorization", basic(c.user, c.password)}};
        m_session.rest()->send(req, &m_session, [this, done](const RestResponse &r) {
            if (r.ok()) {
                auto body = OValue::fromJson(r.body);
                const QString token =
                        body ? body->value(u"data").value(u"token").toString() : QString();
                if (!token.isEmpty()) {
                    m_jwt = token;
                    setJwt(token);
                    done({});
                    return;
                }
                done({false, Tr::tr("the token service answered without data.token"), true});
                return;
            }
            if (r.status == 0) {
                done({false, Tr::tr("cannot reach the server: %1").arg(r.error), false});
                return;
            }
            const bool final = r.status == 401 || r.status == 403;
            done({false, Tr::tr("fetching a JWT failed (%1)").arg(restError(r)), final});
        });
    }

private:
    void setJwt(const QString &token)
    {
        if (auto *conn = m_session.connection())
            conn->mutableOptions().setHeader("Authorization", "Jwt " + token.toUtf8());
    }
    QString m_jwt;
};

std::unique_ptr<FeedDriver> FeedDriver::create(FeedSession &session)
{
    switch (session.config().feed) {
    case FeedKind::Baserow:
        return std::make_unique<BaserowDriver>(session);
    case FeedKind::ContentServer:
        return std::make_unique<ContentServerDriver>(session);
    case FeedKind::ApiPage:
    case FeedKind::Raw:
        return std::make_unique<FeedDriver>(session);
    }
    return std::make_unique<FeedDriver>(session);
}

} // namespace Feedscope
