// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowdriver.h"

#include <QCoreApplication>
#include <QDateTime>

#include "baserowprotocol.h"
#include "json/ovalue.h"
#include "logging.h"
#include "net/jwt.h"
#include "session/feeddriver.h"
#include "session/feedsession.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::FeedDriver)
};

class BaserowDriver final : public FeedDriver
{
public:
    using FeedDriver::FeedDriver;

    bool authenticationRefused(const QString &message) override
    {
        // A pasted token that the server refuses: ask for another one.
        if (m_session.config().auth == u"token") {
            Q_EMIT m_session.credentialsNeeded(message);
            return false;
        }
        // A token kept from an earlier login, or refreshed, that the server no longer takes
        // (the backend restarted with another key): drop the tokens and log in again. A token
        // from a login made for this very attempt is not retried.
        if (m_session.config().auth == u"password" && !m_session.config().password.isEmpty()
                && m_source != Source::Login) {
            qCInfo(lcSession) << "the server refused the saved token; logging in again";
            m_access.clear();
            m_refresh.clear();
            return true;
        }
        return false;
    }

    bool readyOnOpen() const override { return false; }

    bool restAvailable() const override
    {
        return FeedDriver::restAvailable() && !m_access.isEmpty()
                && m_session.config().auth != u"anonymous";
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
        if (c.auth == u"anonymous") {
            setToken(u"anonymous"_s);
            done({});
            return;
        }
        if (c.auth == u"token") {
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
        }
        if (!m_access.isEmpty() && !expiring(m_access)) {
            m_source = Source::Cached;
            setToken(m_access);
            done({});
        } else if (!m_refresh.isEmpty() && !expiring(m_refresh)) {
            refresh(std::move(done));
        } else {
            login(std::move(done));
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
        m_session.tell("login"_L1,
                Tr::tr("Logging in to %1 as %2").arg(Secrets::redactUrl(req.url), c.user));
        m_session.rest()->send(req, &m_session, [this, done](const RestResponse &r) {
            if (r.ok()) {
                if (auto body = OValue::fromJson(r.body)) {
                    takeTokens(*body);
                    if (!m_access.isEmpty()) {
                        tellToken("login"_L1, Tr::tr("Logged in"), m_access);
                        m_source = Source::Login;
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
        m_session.tell("refresh"_L1, Tr::tr("Refreshing the access token"));
        m_session.rest()->send(req, &m_session, [this, done](const RestResponse &r) {
            if (r.ok()) {
                if (auto body = OValue::fromJson(r.body)) {
                    takeTokens(*body);
                    tellToken("refresh"_L1, Tr::tr("Access token refreshed"), m_access);
                    m_source = Source::Refreshed;
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
            if (m_session.config().auth == u"password" && !m_session.config().password.isEmpty()) {
                login(done);
                return;
            }
            needCredentials(done, Tr::tr("the token refresh was refused (%1)").arg(restError(r)));
        });
    }

    QString m_access;
    QString m_refresh;
    // Where the token of the current attempt came from.
    enum class Source { Cached, Refreshed, Login } m_source = Source::Cached;
};

} // namespace

std::unique_ptr<FeedDriver> createBaserowDriver(FeedSession &session)
{
    return std::make_unique<BaserowDriver>(session);
}

} // namespace Feedscope
