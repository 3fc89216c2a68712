// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>

#include "feedsession.h"
#include "net/feedconnection.h"
#include "util/secrets.h"

using namespace Qt::StringLiterals;

// The connection's story, told as rows of the message log between the frames: connecting,
// open, closed (code and reason), the reconnect's delay, logging in and refreshing, the
// snapshot, each subscription's request and answer. One row per step; an error that ends an
// open connection is told once, as its close.
namespace Feedscope {

namespace {

// RFC 6455 §7.4.1 and the registry's common codes, for a close row.
QString closeCodeName(int code)
{
    switch (code) {
    case 1000:
        return FeedSession::tr("normal closure");
    case 1001:
        return FeedSession::tr("going away");
    case 1002:
        return FeedSession::tr("protocol error");
    case 1003:
        return FeedSession::tr("unsupported data");
    case 1005:
        return FeedSession::tr("no code given");
    case 1006:
        return FeedSession::tr("abnormal closure, no Close frame");
    case 1007:
        return FeedSession::tr("invalid payload");
    case 1008:
        return FeedSession::tr("policy violation");
    case 1009:
        return FeedSession::tr("message too big");
    case 1010:
        return FeedSession::tr("extension required");
    case 1011:
        return FeedSession::tr("internal server error");
    case 1012:
        return FeedSession::tr("service restart");
    case 1013:
        return FeedSession::tr("try again later");
    default:
        break;
    }
    if (code >= 4000 && code <= 4999)
        return FeedSession::tr("application code");
    return {};
}

} // namespace

void FeedSession::tell(
        QLatin1StringView kind, const QString &text, bool problem, OValue details, qint64 wallMs)
{
    OValue event = OValue::object({{u"event"_s, kind}, {u"text"_s, Secrets::redactText(text)}});
    if (details.isObject()) {
        for (auto &member : details.members())
            event.insert(member.first, std::move(member.second));
    }
    m_log->appendEvent(QByteArrayView(kind.data(), kind.size()),
            Secrets::maskRemembered(event.toJson()),
            wallMs >= 0 ? wallMs : QDateTime::currentMSecsSinceEpoch(), problem);
}

void FeedSession::tellTransportState(FeedTransport::State state)
{
    switch (state) {
    case FeedTransport::State::Connecting: {
        m_storyOpen = false;
        m_storyCloseError.clear();
        const FeedConnection *conn = connection();
        const int attempt = conn ? conn->reconnectAttempt() : 0;
        const QString url = m_transport->displayUrl();
        tell("connect"_L1,
                attempt > 0 ? tr("Connecting to %1 (attempt %2)").arg(url).arg(attempt + 1)
                            : tr("Connecting to %1").arg(url),
                false, OValue::object({{u"url"_s, url}, {u"attempt"_s, attempt + 1}}));
        break;
    }
    case FeedTransport::State::Open: {
        m_storyOpen = true;
        m_storyCloseError.clear();
        const FeedConnection *conn = connection();
        const QString protocol = conn ? conn->subprotocol() : QString();
        const QString url = m_transport->displayUrl();
        OValue details = OValue::object({{u"url"_s, url}});
        if (!protocol.isEmpty())
            details.insert(u"subprotocol"_s, protocol);
        tell("open"_L1,
                protocol.isEmpty() ? tr("Connected to %1").arg(url)
                                   : tr("Connected to %1, subprotocol %2").arg(url, protocol),
                false, std::move(details));
        break;
    }
    case FeedTransport::State::Disconnected:
        // A transport that says nothing of its close (a test's fake): told here.
        if (m_storyOpen && !connection())
            tellClosed(0, {});
        break;
    case FeedTransport::State::Closing:
    case FeedTransport::State::WaitingToReconnect:
        break;
    }
}

void FeedSession::tellTransportError(const QString &message)
{
    if (m_storyOpen && connection()) {
        // It ends the open connection: said once, by the close that follows.
        m_storyCloseError = message;
        return;
    }
    tell("error"_L1, message, true);
}

void FeedSession::tellClosed(int code, const QString &reason)
{
    if (!m_storyOpen)
        return; // an attempt that never opened: its error said why
    m_storyOpen = false;
    const QString error = std::exchange(m_storyCloseError, QString());
    const bool byUs = m_phase == Phase::Stopped && error.isEmpty();
    const bool normal = code == 1000 || code == 1001;
    QString text;
    if (byUs) {
        text = tr("Disconnected (code %1)").arg(code);
    } else if (!error.isEmpty()) {
        text = tr("Closed: %1").arg(error);
    } else {
        const QString name = closeCodeName(code);
        text = name.isEmpty() ? tr("Closed by the server, code %1").arg(code)
                              : tr("Closed by the server, code %1 (%2)").arg(code).arg(name);
        if (!reason.isEmpty())
            text += u": "_s + reason;
    }
    OValue details = OValue::object({{u"code"_s, code}});
    if (!reason.isEmpty())
        details.insert(u"reason"_s, reason);
    tell("close"_L1, text, !byUs && !(normal && error.isEmpty()), std::move(details));
}

void FeedSession::tellSubscription(const QString &key, SubscriptionState state)
{
    if (m_replay)
        return; // a recording's own subscription lines tell it
    const Subscription *s = m_subs->find(key);
    const QString note = s ? s->note : QString();
    auto withNote = [&note](const QString &text) {
        return note.isEmpty() ? text : text + u": "_s + note;
    };
    OValue details = OValue::object({{u"key"_s, key}, {u"state"_s, subscriptionStateId(state)}});
    switch (state) {
    case SubscriptionState::Waiting:
        return; // every subscription waits after every close: the close said it
    case SubscriptionState::Pending:
        tell("subscription"_L1,
                s && s->sends > 1 ? tr("Subscribing to %1 again").arg(key)
                                  : tr("Subscribing to %1").arg(key),
                false, std::move(details));
        return;
    case SubscriptionState::Confirmed:
        tell("subscription"_L1, withNote(tr("Subscribed to %1").arg(key)), false,
                std::move(details));
        return;
    case SubscriptionState::Refused:
        tell("subscription"_L1, withNote(tr("Subscription to %1 refused").arg(key)), true,
                std::move(details));
        return;
    case SubscriptionState::Discarded:
        tell("subscription"_L1, withNote(tr("Subscription to %1 discarded").arg(key)), true,
                std::move(details));
        return;
    case SubscriptionState::Ended:
        tell("subscription"_L1, withNote(tr("Subscription to %1 ended").arg(key)), false,
                std::move(details));
        return;
    case SubscriptionState::Unsubscribing:
        tell("subscription"_L1, tr("Unsubscribing from %1").arg(key), false, std::move(details));
        return;
    }
}

} // namespace Feedscope
