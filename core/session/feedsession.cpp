// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsession.h"

#include <QDateTime>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include "feeddriver.h"
#include "logging.h"
#include "net/feedconnection.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

FeedSession::FeedSession(const FeedConfig &config, QObject *parent, FeedTransport *transport)
    : QObject(parent)
    , m_config(config)
    , m_protocol(config.feed->createProtocol(config))
    , m_transport(transport)
    , m_store(new EntityStore(this))
    , m_log(new MessageLog(this))
    , m_subs(new SubscriptionModel(this))
    , m_stats(new StatisticsModel(this))
    , m_rest(new RestClient(this))
{
    // Whatever leaves the process (logs, errors, the status bar) masks this connection's
    // secrets by value from now on.
    Secrets::remember(config.secretValues());
    m_clock.start();
    m_driver = config.feed->createDriver ? config.feed->createDriver(*this)
                                         : std::make_unique<FeedDriver>(*this);
    // The schema lives in the protocol, which outlives the store's use of it.
    m_store->setSchema(
            std::shared_ptr<const NodeSchema>(&m_protocol->schema(), [](const NodeSchema *) {}));
    m_store->setLimits(config.storeLimits);
    connect(m_subs, &SubscriptionModel::stateChanged, this, &FeedSession::tellSubscription);
    connect(m_subs, &SubscriptionModel::removed, this, [this](const QString &key) {
        if (!m_replay)
            tell("subscription"_L1, tr("No longer subscribed to %1").arg(key), false,
                    OValue::object({{u"key"_s, key}, {u"state"_s, u"removed"_s}}));
    });
    m_log->setCaps(config.logMaxEntries, config.logMaxBytes);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &FeedSession::flushSome);
    if (m_transport)
        m_transport->setParent(this);
}

FeedSession::~FeedSession()
{
    // Models observe the store; the store goes first among our children only after them.
    m_refusalTimers.clear();
}

FeedConnection *FeedSession::connection() const
{
    return qobject_cast<FeedConnection *>(m_transport);
}

QString FeedSession::phaseText() const
{
    switch (m_phase) {
    case Phase::Idle:
        return tr("Idle");
    case Phase::Connecting:
        return tr("Connecting");
    case Phase::Ready:
        return tr("Live");
    case Phase::Reconnecting:
        return tr("Reconnecting");
    case Phase::Failed:
        return tr("Failed");
    case Phase::Stopped:
        return tr("Stopped");
    }
    return {};
}

void FeedSession::setPhase(Phase p)
{
    if (m_phase == p)
        return;
    m_phase = p;
    qCInfo(lcSession).noquote() << m_config.displayName() << "→" << phaseText();
    Q_EMIT phaseChanged(p);
}

void FeedSession::reportError(const QString &message)
{
    m_lastError = Secrets::redactText(message);
    Q_EMIT errorOccurred(m_lastError);
}

void FeedSession::fail(const QString &message)
{
    reportError(message);
    setPhase(Phase::Failed);
}

void FeedSession::start()
{
    if (!m_transport) {
        auto *conn = new FeedConnection(this);
        ConnectionOptions opts;
        opts.reconnect = m_config.reconnect;
        opts.keepalive = m_config.keepalive;
        opts.maxFrameBytes = m_config.maxFrameBytes;
        opts.pinnedCertificates = m_config.pinnedCertificates;
        opts.proxy = m_config.proxy;
        m_transport = conn;
        m_driver->configure(opts);
        conn->setOptions(opts);
        conn->setPrepareHook([this](std::function<void(FeedConnection::PrepareResult)> done) {
            m_driver->prepare(std::move(done));
        });
    }
    // The story first: "open" is told before what the session sends on it.
    connect(m_transport, &FeedTransport::stateChanged, this, &FeedSession::tellTransportState);
    connect(m_transport, &FeedTransport::errorOccurred, this, &FeedSession::tellTransportError);
    if (FeedConnection *conn = connection()) {
        connect(conn, &FeedConnection::closed, this, &FeedSession::tellClosed);
        connect(conn, &FeedConnection::reconnectScheduled, this, [this](int attempt, int delayMs) {
            tell("reconnect"_L1,
                    tr("Reconnecting in %1 s (attempt %2)")
                            .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                            .arg(attempt),
                    false, OValue::object({{u"delayMs"_s, delayMs}, {u"attempt"_s, attempt}}));
        });
    }
    connect(m_transport, &FeedTransport::stateChanged, this,
            [this](FeedTransport::State s) { onTransportState(int(s)); });
    connect(m_transport, &FeedTransport::frameReceived, this, &FeedSession::onFrame);
    connect(m_transport, &FeedTransport::frameSent, this, &FeedSession::onFrameSent);
    connect(m_transport, &FeedTransport::errorOccurred, this, &FeedSession::reportError);
    for (const QString &spec : std::as_const(m_config.subscriptions)) {
        QString error;
        if (!subscribe(spec, &error))
            reportError(error);
    }
    setPhase(Phase::Connecting);
    m_transport->open();
}

void FeedSession::stop()
{
    setPhase(Phase::Stopped);
    if (m_transport)
        m_transport->close();
}

bool FeedSession::stopAndWait(int timeoutMs)
{
    return stopAndWait(QList<FeedSession *> {this}, timeoutMs);
}

bool FeedSession::stopAndWait(const QList<FeedSession *> &sessions, int timeoutMs)
{
    QList<QPointer<FeedTransport>> open;
    for (FeedSession *s : sessions) {
        if (!s)
            continue;
        s->stop();
        if (s->m_transport && s->m_transport->state() != FeedTransport::State::Disconnected)
            open << s->m_transport;
    }
    auto allClosed = [&open] {
        for (const auto &t : std::as_const(open)) {
            if (t && t->state() != FeedTransport::State::Disconnected)
                return false;
        }
        return true;
    };
    if (allClosed())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (const auto &t : std::as_const(open)) {
        QObject::connect(t, &FeedTransport::stateChanged, &loop, [&loop, &allClosed] {
            if (allClosed())
                loop.quit();
        });
    }
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return allClosed();
}

void FeedSession::reconnectNow()
{
    if (!m_transport)
        return;
    if (m_phase == Phase::Failed || m_phase == Phase::Stopped)
        setPhase(Phase::Connecting);
    m_transport->reconnectNow();
}

void FeedSession::setCredentials(const QString &user, const QString &password, const QString &token)
{
    Secrets::KnownValues values;
    values.add(password);
    values.add(token);
    values.addBasic(user, password);
    Secrets::remember(values);
    m_driver->setCredentials(user, password, token);
}

void FeedSession::onTransportState(int state)
{
    switch (FeedTransport::State(state)) {
    case FeedTransport::State::Open:
        for (const QByteArray &frame : m_protocol->openingFrames())
            m_transport->sendText(frame);
        if (m_driver->readyOnOpen())
            becomeReady();
        break;
    case FeedTransport::State::Connecting:
        if (m_phase != Phase::Ready && m_phase != Phase::Stopped)
            setPhase(m_everReady ? Phase::Reconnecting : Phase::Connecting);
        break;
    case FeedTransport::State::WaitingToReconnect:
    case FeedTransport::State::Closing:
    case FeedTransport::State::Disconnected: {
        m_connectionId.clear();
        for (const auto &s : m_subs->subscriptions()) {
            if (s.wanted && s.state != SubscriptionState::Waiting)
                m_subs->setState(s.key, SubscriptionState::Waiting);
        }
        if (FeedTransport::State(state) == FeedTransport::State::Closing)
            break;
        if (FeedTransport::State(state) == FeedTransport::State::WaitingToReconnect) {
            if (m_phase != Phase::Stopped && m_phase != Phase::Failed)
                setPhase(Phase::Reconnecting);
            break;
        }
        if (m_phase == Phase::Stopped || m_phase == Phase::Failed)
            break;
        if (!m_transport->lastError().isEmpty())
            fail(m_transport->lastError());
        else
            setPhase(Phase::Stopped);
        break;
    }
    }
}

void FeedSession::becomeReady()
{
    setPhase(Phase::Ready);
    m_everReady = true;
    for (const auto &s : m_subs->subscriptions()) {
        if (s.wanted)
            sendSubscription(s.key);
    }
    if (m_config.snapshot && canLoadRest()) {
        std::vector<RestCall> calls = m_protocol->initialSnapshot();
        for (const auto &s : m_subs->subscriptions()) {
            if (s.wanted) {
                for (auto &c : m_protocol->subscriptionSnapshot(s.key))
                    calls.push_back(std::move(c));
            }
        }
        startSnapshot(calls);
    }
}

// --- frames --------------------------------------------------------------------------------

void FeedSession::onFrame(const Frame &frame)
{
    Q_EMIT frameCrossed(frame);
    ingest(frame);
}

void FeedSession::onFrameSent(const Frame &frame)
{
    Q_EMIT frameCrossed(frame);
    ++m_counters.framesOut;
    const qint64 index = m_log->append(frame);
    m_log->annotate(index, m_log->internType("sent"), MessageStatus::Outgoing, 0, 1);
}

std::vector<NodeId> FeedSession::nodesOfFrame(qint64 logIndex) const
{
    std::vector<NodeId> nodes;
    if (!m_log->contains(logIndex))
        return nodes;
    const MessageLog::Entry &e = m_log->entry(logIndex);
    if (e.dir != Direction::In)
        return nodes;
    Frame frame;
    frame.seq = e.seq;
    frame.wallMs = e.wallMs;
    frame.binary = e.binary;
    frame.bytes = m_log->bytes(logIndex).toByteArray();
    DecodeResult decoded;
    m_protocol->decode(frame, decoded);
    for (const Change &c : decoded.changes) {
        switch (c.op) {
        case Change::Op::Upsert:
        case Change::Op::Update:
        case Change::Op::Remove:
        case Change::Op::MarkStale:
            break;
        default:
            continue; // a placeholder made on the way, or a change to many
        }
        const NodeId id = m_store->find(c.node);
        if (id != NoNode && std::find(nodes.begin(), nodes.end(), id) == nodes.end())
            nodes.push_back(id);
    }
    return nodes;
}

SessionCounters FeedSession::counters() const
{
    SessionCounters c = m_counters;
    c.logDropped = m_log->dropped();
    c.historyDropped = m_store->historyDropped();
    c.messagesPerSecond = m_rate.eventsPerSecond(m_clock.elapsed());
    c.refused = quint64(m_subs->count(SubscriptionState::Refused));
    return c;
}

void FeedSession::setStatisticsKey(const QString &key)
{
    m_statsKey = key;
    m_protocol->setStatisticsKey(key);
    m_stats->clear();
}

// --- events from the feed --------------------------------------------------------------------

void FeedSession::handleEvent(const SessionEvent &e)
{
    using T = SessionEvent::Type;
    auto subIndex = [&] {
        int i = m_subs->indexOfCorrelation(e.correlationId);
        if (i < 0 && !e.key.isEmpty())
            i = m_subs->indexOf(e.key);
        return i;
    };
    switch (e.type) {
    case T::Authenticated:
        m_connectionId = e.id;
        if (e.id.isEmpty())
            qCInfo(lcSession) << "authenticated";
        else
            qCInfo(lcSession).noquote() << "authenticated, connection id" << e.id;
        tell("login"_L1,
                e.id.isEmpty() ? tr("Authenticated by the feed")
                               : tr("Authenticated by the feed, connection id %1").arg(e.id));
        Q_EMIT authenticated(e.id);
        becomeReady();
        break;
    case T::AuthenticationRefused: {
        const QString msg = tr("authentication refused by the server");
        if (m_driver->authenticationRefused(msg)) {
            reportError(tr("%1: the saved token was refused, logging in again").arg(msg));
            tell("login"_L1, m_lastError, true);
            reconnectNow();
            break;
        }
        fail(msg);
        if (m_transport)
            m_transport->fail(msg);
        break;
    }
    case T::ForceDisconnect:
        fail(e.text);
        if (m_transport)
            m_transport->fail(e.text);
        break;
    case T::SubscriptionConfirmed: {
        const int i = subIndex();
        if (i < 0)
            break;
        const Subscription s = m_subs->subscriptions()[i];
        m_refusalTimers.remove(s.key);
        if (s.state == SubscriptionState::Unsubscribing || !s.wanted)
            m_subs->remove(s.key);
        else
            m_subs->setState(s.key, SubscriptionState::Confirmed, e.text);
        break;
    }
    case T::SubscriptionDiscarded: {
        const int i = subIndex();
        if (i < 0)
            break;
        const Subscription s = m_subs->subscriptions()[i];
        m_refusalTimers.remove(s.key);
        if (s.state == SubscriptionState::Unsubscribing || !s.wanted) {
            m_subs->remove(s.key);
        } else {
            m_subs->setWanted(s.key, false);
            m_subs->setState(s.key, SubscriptionState::Discarded,
                    tr("discarded by the server (access lost?)"));
            reportError(tr("the server discarded the subscription %1").arg(s.key));
        }
        break;
    }
    case T::SubscriptionEnded: {
        const int i = subIndex();
        if (i < 0)
            break;
        const Subscription s = m_subs->subscriptions()[i];
        m_refusalTimers.remove(s.key);
        if (s.state == SubscriptionState::Unsubscribing || !s.wanted) {
            m_subs->remove(s.key);
        } else {
            // A finished stream: not sent again after a reconnect.
            m_subs->setWanted(s.key, false);
            m_subs->setState(s.key, SubscriptionState::Ended, tr("completed by the server"));
        }
        break;
    }
    case T::SubscriptionError: {
        const int i = subIndex();
        if (i < 0) {
            reportError(tr("server error %1: %2").arg(e.code).arg(e.text));
            break;
        }
        const Subscription s = m_subs->subscriptions()[i];
        m_refusalTimers.remove(s.key);
        if (s.state == SubscriptionState::Unsubscribing)
            m_subs->remove(s.key);
        else
            m_subs->setState(s.key, SubscriptionState::Refused, u"%1 %2"_s.arg(e.code).arg(e.text));
        break;
    }
    case T::Greeting:
        qCInfo(lcSession).noquote() << "greeting:" << e.text << e.id;
        if (m_connectionId.isEmpty())
            m_connectionId = e.id;
        break;
    case T::Status: {
        // A control answer: to a subscription when its id matches one, else a greeting or
        // a server error.
        const int i = m_subs->indexOfCorrelation(e.correlationId);
        if (i >= 0) {
            const Subscription s = m_subs->subscriptions()[i];
            m_refusalTimers.remove(s.key);
            if (s.state == SubscriptionState::Unsubscribing || !s.wanted)
                m_subs->remove(s.key);
            else if (e.code >= 400)
                m_subs->setState(
                        s.key, SubscriptionState::Refused, u"%1 %2"_s.arg(e.code).arg(e.text));
            else
                m_subs->setState(s.key, SubscriptionState::Confirmed, e.text);
        } else if (e.code >= 400) {
            reportError(tr("server error %1: %2").arg(e.code).arg(e.text));
        } else if (m_connectionId.isEmpty()) {
            m_connectionId = e.correlationId;
        }
        break;
    }
    case T::ServerError:
        reportError(tr("server error %1: %2").arg(e.code).arg(e.text));
        break;
    case T::Stale:
        if (m_config.snapshot && canLoadRest()) {
            auto calls = m_protocol->subscriptionSnapshot(e.key);
            if (!calls.empty())
                startSnapshot(calls);
        }
        break;
    }
}

} // namespace Feedscope
