// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include "net/feedconnection.h"
#include "net/restclient.h"
#include "protocol/feedprotocol.h"

namespace Feedscope {

class FeedSession;

// The I/O side of one feed that the pure protocol adapter cannot do: logging in, refreshing
// and fetching tokens, choosing the upgrade's headers, and knowing when the feed is ready.
// The base serves feeds that need none of it; a feed's folder derives its own.
class FeedDriver
{
public:
    explicit FeedDriver(FeedSession &session)
        : m_session(session)
    { }
    virtual ~FeedDriver() = default;

    // Static parts of the connection (URL, headers) before the first attempt.
    virtual void configure(ConnectionOptions &options);
    // Before every attempt: credentials (login, refresh). Must call done exactly once.
    virtual void prepare(std::function<void(FeedConnection::PrepareResult)> done);
    // Whether the feed is usable as soon as the socket opens (Baserow waits for its
    // authentication message).
    virtual bool readyOnOpen() const { return true; }
    virtual bool restAvailable() const;
    virtual QList<Secrets::Header> restHeaders() const { return {}; }
    virtual void setCredentials(const QString &user, const QString &password, const QString &token);
    // The feed refused the session's credentials (after the socket opened). True when the
    // driver has dropped what was refused and the next attempt may succeed (a cached or
    // refreshed token refused after the backend restarted: log in again, once); false ends
    // the session.
    virtual bool authenticationRefused(const QString &message);

    // The backend's REST URL for a path.
    static QUrl restUrl(const QUrl &base, const QString &path);
    // The error body of a REST answer, for a one-line message: Baserow's {"error","detail"},
    // ActiveViam's {"error":{"errorChain":[{"type","message"}]}}, or the status.
    static QString restError(const RestResponse &response);

protected:
    // A row of the session's story for a token just obtained (a login, a refresh, the token
    // service): what happened, and until when the token holds when it is a JWT.
    void tellToken(QLatin1StringView kind, const QString &what, const QString &token);

    FeedSession &m_session;
};

} // namespace Feedscope
