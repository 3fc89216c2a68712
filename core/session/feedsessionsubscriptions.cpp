// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include "feeddriver.h"
#include "feedsession.h"
#include "json/jsonreader.h"

using namespace Qt::StringLiterals;

// The session's subscriptions: asked for, sent, timed out when unanswered, and frames typed by
// hand.
namespace Feedscope {

bool FeedSession::subscribe(const QString &spec, QString *error)
{
    auto req = m_protocol->subscription(spec, error);
    if (!req)
        return false;
    if (const Subscription *existing = m_subs->find(req->key)) {
        if (existing->wanted && existing->state != SubscriptionState::Refused)
            return true;
    }
    Subscription s;
    s.key = req->key;
    s.spec = spec.trimmed();
    s.subscribeFrame = req->subscribeFrame;
    s.unsubscribeFrame = req->unsubscribeFrame;
    s.correlationId = req->correlationId;
    s.state = SubscriptionState::Waiting;
    s.sinceMs = QDateTime::currentMSecsSinceEpoch();
    m_subs->upsert(s);
    if (m_phase == Phase::Ready) {
        sendSubscription(s.key);
        if (m_config.snapshot && canLoadRest()) {
            auto calls = m_protocol->subscriptionSnapshot(s.key);
            if (!calls.empty())
                startSnapshot(calls);
        }
    }
    return true;
}

QStringList FeedSession::wantedSubscriptions() const
{
    QStringList specs;
    for (const Subscription &s : m_subs->subscriptions()) {
        if (s.wanted)
            specs << (s.spec.isEmpty() ? s.key : s.spec);
    }
    return specs;
}

void FeedSession::sendSubscription(const QString &key)
{
    const Subscription *s = m_subs->find(key);
    if (!s)
        return;
    if (s->subscribeFrame.isEmpty()) {
        m_subs->setState(key, SubscriptionState::Confirmed,
                tr("no subscription message: the server streams everything"));
        return;
    }
    if (!m_transport || !m_transport->sendText(s->subscribeFrame)) {
        m_subs->setState(key, SubscriptionState::Waiting);
        return;
    }
    m_subs->markSent(key, QDateTime::currentMSecsSinceEpoch());
    if (!m_protocol->answersSubscriptions())
        return; // pending until the server's first answer, however long that takes
    const int generation = m_subs->find(key)->sends;
    m_refusalTimers.insert(key, generation);
    QTimer::singleShot(m_config.subscriptionTimeoutMs, this, [this, key, generation] {
        const Subscription *s = m_subs->find(key);
        if (!s || s->sends != generation || s->state != SubscriptionState::Pending)
            return;
        m_refusalTimers.remove(key);
        const QString note = m_protocol->refusalNote(m_config.subscriptionTimeoutMs);
        m_subs->setState(key, SubscriptionState::Refused, note);
        reportError(tr("subscription %1 refused: %2").arg(key, note));
    });
}

void FeedSession::unsubscribe(const QString &key)
{
    const Subscription *s = m_subs->find(key);
    if (!s)
        return;
    m_subs->setWanted(key, false);
    if (m_phase != Phase::Ready || s->unsubscribeFrame.isEmpty()
            || s->state == SubscriptionState::Refused || s->state == SubscriptionState::Discarded
            || !m_transport || !m_transport->sendText(s->unsubscribeFrame)) {
        m_subs->remove(key);
        return;
    }
    m_subs->setState(key, SubscriptionState::Unsubscribing);
    const int generation = m_subs->find(key)->sends;
    QTimer::singleShot(m_config.subscriptionTimeoutMs, this, [this, key, generation] {
        const Subscription *s = m_subs->find(key);
        if (s && s->sends == generation && s->state == SubscriptionState::Unsubscribing)
            m_subs->remove(key);
    });
}

QString FeedSession::checkFrame(const QByteArray &utf8) const
{
    if (!m_protocol->framesAreJson())
        return {};
    JsonReader reader;
    QString why;
    if (reader.isValid(utf8, &why))
        return {};
    // Where: Qt's parser gives the offset simdjson does not (objects and arrays only; a
    // frame is one).
    QJsonParseError parse;
    QJsonDocument::fromJson(utf8, &parse);
    if (parse.error == QJsonParseError::NoError)
        return tr("not valid JSON: %1").arg(why);
    const QByteArray before = utf8.left(parse.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
    return tr("not valid JSON: %1 (line %2, column %3)")
            .arg(parse.errorString())
            .arg(line)
            .arg(column);
}

bool FeedSession::sendFrame(const QByteArray &utf8, QString *error)
{
    if (!m_transport || m_transport->state() != FeedTransport::State::Open) {
        if (error)
            *error = tr("not connected");
        return false;
    }
    if (!m_transport->sendText(utf8)) {
        if (error)
            *error = tr("the frame could not be sent");
        return false;
    }
    const QString text = QString::fromUtf8(utf8);
    m_sentHistory.removeAll(text);
    m_sentHistory.prepend(text);
    while (m_sentHistory.size() > 100)
        m_sentHistory.removeLast();
    Q_EMIT frameSent(text);
    return true;
}

} // namespace Feedscope
