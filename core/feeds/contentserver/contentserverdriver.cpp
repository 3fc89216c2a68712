// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentserverdriver.h"

#include <QCoreApplication>
#include <QDateTime>

#include "json/ovalue.h"
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

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

class ContentServerDriver final : public FeedDriver
{
public:
    using FeedDriver::FeedDriver;

    void configure(ConnectionOptions &options) override
    {
        FeedDriver::configure(options);
        const FeedConfig &c = m_session.config();
        if (c.auth == u"basic" || (c.auth == u"password"))
            options.setHeader("Authorization", basic(c.user, c.password));
        else if (c.auth == u"cookie")
            options.setHeader("Cookie", c.cookie.toUtf8());
    }

    QList<Secrets::Header> restHeaders() const override
    {
        const FeedConfig &c = m_session.config();
        if (c.auth == u"basic" || c.auth == u"password")
            return {{"Authorization", basic(c.user, c.password)}};
        if (c.auth == u"jwt")
            return {{"Authorization", "Jwt " + (m_jwt.isEmpty() ? c.token : m_jwt).toUtf8()}};
        if (c.auth == u"cookie")
            return {{"Cookie", c.cookie.toUtf8()}};
        return {};
    }

    void prepare(std::function<void(FeedConnection::PrepareResult)> done) override
    {
        const FeedConfig &c = m_session.config();
        if (c.auth != u"jwt") {
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
        m_session.tell("login"_L1,
                Tr::tr("Fetching a JWT from %1 as %2").arg(Secrets::redactUrl(req.url), c.user));
        m_session.rest()->send(req, &m_session, [this, done](const RestResponse &r) {
            if (r.ok()) {
                auto body = OValue::fromJson(r.body);
                const QString token =
                        body ? body->value(u"data").value(u"token").toString() : QString();
                if (!token.isEmpty()) {
                    m_jwt = token;
                    tellToken("login"_L1, Tr::tr("Got a JWT"), token);
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

} // namespace

std::unique_ptr<FeedDriver> createContentServerDriver(FeedSession &session)
{
    return std::make_unique<ContentServerDriver>(session);
}

} // namespace Feedscope
