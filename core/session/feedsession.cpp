// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsession.h"

#include <QDateTime>

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
    m_clock.start();
    m_driver = config.feed->createDriver ? config.feed->createDriver(*this)
                                         : std::make_unique<FeedDriver>(*this);
    // The schema lives in the protocol, which outlives the store's use of it.
    m_store->setSchema(
            std::shared_ptr<const NodeSchema>(&m_protocol->schema(), [](const NodeSchema *) {}));
    m_store->setLimits(config.storeLimits);
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
    m_driver->setCredentials(user, password, token);
}

void FeedSession::onTransportState(int state)
{
    switch (FeedTransport::State(state)) {
    case FeedTransport::State::Open:
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
    if (m_config.snapshot && m_driver->restAvailable()) {
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
    ingest(frame);
}

void FeedSession::onFrameSent(const Frame &frame)
{
    ++m_counters.framesOut;
    const qint64 index = m_log->append(frame);
    m_log->annotate(index, m_log->internType("sent"), MessageStatus::Outgoing, 0, 1);
}

void FeedSession::ingest(const Frame &frame)
{
    const qint64 index = m_log->append(frame);
    if (frame.dir == Direction::Out) {
        ++m_counters.framesOut;
        return;
    }
    ++m_counters.framesIn;
    m_decode.clear();
    m_protocol->decode(frame, m_decode);
    const qint64 now = m_clock.elapsed();
    MessageStatus worst = MessageStatus::Ok;
    QString error;
    auto rank = [](MessageStatus s) {
        switch (s) {
        case MessageStatus::Malformed:
            return 6;
        case MessageStatus::Invalid:
            return 5;
        case MessageStatus::Error:
            return 4;
        case MessageStatus::Unknown:
            return 3;
        case MessageStatus::Control:
            return 1;
        default:
            return 0;
        }
    };
    bool anyControl = false;
    for (const auto &msg : m_decode.messages) {
        ++m_counters.messages;
        m_rate.add(now);
        switch (msg.status) {
        case MessageStatus::Unknown:
            ++m_counters.unknown;
            break;
        case MessageStatus::Invalid:
            ++m_counters.invalid;
            break;
        case MessageStatus::Malformed:
            ++m_counters.malformed;
            break;
        case MessageStatus::Error:
            ++m_counters.serverErrors;
            break;
        case MessageStatus::Control:
            anyControl = true;
            break;
        default:
            break;
        }
        if (rank(msg.status) > rank(worst)) {
            worst = msg.status;
            error = msg.error;
        }
        // The last type's name is kept: a flood is mostly one type, and this was an
        // allocation per frame.
        if (!msg.type.isEmpty() && msg.type != m_lastType) {
            m_lastType = msg.type;
            m_lastTypeName = QString::fromUtf8(msg.type);
        }
        const QString type = msg.type.isEmpty() ? statusName(msg.status) : m_lastTypeName;
        m_stats->count(type,
                frame.bytes.size() / std::max<qsizetype>(1, qsizetype(m_decode.messages.size())),
                frame.wallMs, now);
    }
    if (worst == MessageStatus::Ok && anyControl && m_decode.changes.empty())
        worst = MessageStatus::Control;
    const QByteArray firstType =
            m_decode.messages.empty() ? QByteArray() : m_decode.messages.front().type;
    m_log->annotate(index, m_log->internType(firstType), worst, int(m_decode.changes.size()),
            int(m_decode.messages.size()));
    if (!error.isEmpty()) {
        m_log->setError(index, error);
        if (worst == MessageStatus::Malformed || worst == MessageStatus::Invalid
                || worst == MessageStatus::Error) {
            qCWarning(lcProtocol).noquote() << "frame" << frame.seq << statusName(worst) << error;
            reportError(tr("frame %1: %2").arg(frame.seq).arg(error));
        }
    }
    m_counters.changes += m_decode.changes.size();
    for (const auto &e : m_decode.events)
        handleEvent(e);
    if (!m_decode.changes.empty())
        queueChanges(m_decode.changes);
}

void FeedSession::queueChanges(Changes &changes)
{
    if (m_snapshotInFlight > 0) {
        for (auto &c : changes) {
            if (qint64(m_buffered.size()) >= m_config.maxBufferedChanges) {
                ++m_counters.bufferDropped;
                continue;
            }
            m_buffered.push_back(std::move(c));
        }
        changes.clear();
        return;
    }
    // Moved, never swapped: both vectors keep their capacity, so a flood allocates no vectors.
    std::move(changes.begin(), changes.end(), std::back_inserter(m_pending));
    changes.clear();
    // Frames arriving faster than they can be applied: apply here rather than let decoded
    // changes pile up (they cost several times the frame's bytes). The backlog then waits in
    // the socket, and TCP slows the sender.
    if (m_pending.size() - m_pendingHead > MaxPendingChanges) {
        flushSome();
        return;
    }
    scheduleFlush();
}

void FeedSession::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start(m_flushDelayMs);
}

void FeedSession::flush()
{
    m_flushTimer.stop();
    takeAppliedFront();
    if (m_pending.empty())
        return;
    Changes batch;
    batch.swap(m_pending);
    applyBatch(batch);
    batch.clear();
    if (m_pending.empty())
        m_pending.swap(batch); // its capacity, for the next ones
}

void FeedSession::takeAppliedFront()
{
    if (m_pendingHead == 0)
        return;
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(m_pendingHead));
    m_pendingHead = 0;
}

void FeedSession::flushSome()
{
    // A snapshot with what arrived while it loaded can be hundreds of thousands of changes:
    // apply them a slice at a time, giving the event loop back every few milliseconds. The
    // applied ones are skipped over (m_pendingHead), not erased one slice at a time.
    constexpr size_t Slice = 512;
    constexpr qint64 BudgetNs = 8'000'000;
    m_flushTimer.stop();
    if (m_pendingHead == 0 && m_pending.size() <= Slice) {
        flush();
        return;
    }
    QElapsedTimer budget;
    budget.start();
    while (m_pendingHead < m_pending.size()) {
        // Indexes, not iterators: a slice's signals may queue more changes behind it.
        const size_t n = std::min(Slice, m_pending.size() - m_pendingHead);
        const auto first = m_pending.begin() + std::ptrdiff_t(m_pendingHead);
        // Into a vector kept between slices: a fresh one per slice was a 150 KB malloc and
        // free each time, and a free that size makes glibc consolidate all its small free
        // chunks, which slowed every allocation after it. (A slice that arrives while this
        // one is applied finds m_slice taken and uses a vector of its own.)
        Changes batch = std::move(m_slice);
        batch.assign(
                std::make_move_iterator(first), std::make_move_iterator(first + std::ptrdiff_t(n)));
        m_pendingHead += n;
        applyBatch(batch);
        batch.clear();
        m_slice = std::move(batch);
        if (budget.nsecsElapsed() > BudgetNs)
            break;
    }
    if (m_pendingHead == m_pending.size()) {
        m_pending.clear();
        m_pendingHead = 0;
    } else if (m_pendingHead > m_pending.size() / 2) {
        takeAppliedFront(); // amortised: each change moves at most once more
    }
    if (!m_pending.empty())
        m_flushTimer.start(0);
}

void FeedSession::applyBatch(const Changes &batch)
{
    const quint64 before = m_store->appliedChanges();
    const int n = int(batch.size());
    m_store->apply(batch);
    m_counters.applied += m_store->appliedChanges() - before;
    Q_EMIT batchApplied(n);
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
        qCInfo(lcSession).noquote() << "authenticated, connection id" << e.id;
        Q_EMIT authenticated(e.id);
        becomeReady();
        break;
    case T::AuthenticationRefused: {
        const QString msg = tr("authentication refused by the server");
        m_driver->authenticationRefused(msg);
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
        if (m_config.snapshot && m_driver->restAvailable()) {
            auto calls = m_protocol->subscriptionSnapshot(e.key);
            if (!calls.empty())
                startSnapshot(calls);
        }
        break;
    }
}

// --- subscriptions --------------------------------------------------------------------------

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
    s.subscribeFrame = req->subscribeFrame;
    s.unsubscribeFrame = req->unsubscribeFrame;
    s.correlationId = req->correlationId;
    s.state = SubscriptionState::Waiting;
    s.sinceMs = QDateTime::currentMSecsSinceEpoch();
    m_subs->upsert(s);
    if (m_phase == Phase::Ready) {
        sendSubscription(s.key);
        if (m_config.snapshot && m_driver->restAvailable()) {
            auto calls = m_protocol->subscriptionSnapshot(s.key);
            if (!calls.empty())
                startSnapshot(calls);
        }
    }
    return true;
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

// --- snapshots ------------------------------------------------------------------------------

void FeedSession::reloadSnapshot()
{
    if (!m_driver->restAvailable()) {
        reportError(tr("no REST session: the snapshot cannot be loaded"));
        return;
    }
    std::vector<RestCall> calls = m_protocol->initialSnapshot();
    for (const auto &s : m_subs->subscriptions()) {
        if (s.wanted) {
            for (auto &c : m_protocol->subscriptionSnapshot(s.key))
                calls.push_back(std::move(c));
        }
    }
    startSnapshot(calls);
}

bool FeedSession::loadDetails(NodeId node)
{
    if (!m_store->isValid(node) || !m_driver->restAvailable())
        return false;
    auto call = m_protocol->detailsCall(*m_store, node);
    if (!call)
        return false;
    startSnapshot({*call});
    return true;
}

void FeedSession::startSnapshot(const std::vector<RestCall> &calls)
{
    if (calls.empty())
        return;
    flush(); // live changes so far go first
    for (const auto &c : calls) {
        ++m_snapshotInFlight;
        runRestCall(c);
    }
}

void FeedSession::runRestCall(const RestCall &call)
{
    QUrl url = m_config.baseUrl;
    QString path = call.path;
    QString query;
    const qsizetype q = path.indexOf(u'?');
    if (q >= 0) {
        query = path.mid(q + 1);
        path.truncate(q);
    }
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    RestRequest req;
    req.method = call.method;
    req.url = url;
    req.body = call.body;
    req.headers = m_driver->restHeaders();
    m_rest->send(req, this, [this, call](const RestResponse &r) {
        DecodeResult result;
        std::vector<RestCall> more;
        if (r.status == 0) {
            reportError(tr("snapshot %1 failed: %2").arg(call.path, r.error));
            m_snapshotFailed = true;
        } else {
            m_protocol->decodeRest(call, r.status, r.body, result, more);
            for (const auto &m : result.messages) {
                if (m.status == MessageStatus::Error || m.status == MessageStatus::Malformed
                        || m.status == MessageStatus::Invalid) {
                    reportError(tr("snapshot: %1").arg(m.error));
                    m_snapshotFailed = true;
                } else if (!m.error.isEmpty()) {
                    qCInfo(lcSession).noquote() << "snapshot:" << m.error;
                }
            }
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto &c : result.changes) {
            c.wallMs = now;
            m_snapshotChanges.push_back(std::move(c));
        }
        for (const auto &next : more) {
            ++m_snapshotInFlight;
            runRestCall(next);
        }
        finishSnapshotCall();
    });
}

void FeedSession::finishSnapshotCall()
{
    if (--m_snapshotInFlight > 0)
        return;
    // The snapshot first, in one batch (a large one resets the models once: far cheaper than
    // a row insertion each); then everything that arrived while it loaded, a slice at a time.
    Changes snapshot;
    snapshot.swap(m_snapshotChanges);
    Changes live;
    live.swap(m_buffered);
    std::move(m_pending.begin() + std::ptrdiff_t(m_pendingHead), m_pending.end(),
            std::back_inserter(live));
    m_pending.clear();
    m_pendingHead = 0;
    if (!snapshot.empty())
        applyBatch(snapshot);
    m_pending.swap(live);
    flushSome();
    const bool ok = !m_snapshotFailed;
    m_snapshotFailed = false;
    Q_EMIT snapshotFinished(u"snapshot"_s, ok);
}

} // namespace Feedscope
