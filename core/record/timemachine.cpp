// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timemachine.h"

#include <algorithm>

#include "model/subscriptionmodel.h"
#include "replay.h"

namespace Feedscope {

namespace {
// How often the player moves: about a screen refresh.
constexpr int PlayIntervalMs = 16;
// Playing as fast as possible: work per tick, so the views keep up and the window answers.
constexpr qint64 MaxSpeedSliceNs = 10'000'000;
// Playing: the longest pause between two frames, in wall time.
constexpr double MaxPauseMs = 2000;
} // namespace

TimeMachine::TimeMachine(
        std::shared_ptr<const Recording> recording, const FeedConfig &config, QObject *parent)
    : TimeMachine(std::move(recording), config, Options(), parent)
{ }

TimeMachine::TimeMachine(std::shared_ptr<const Recording> recording, const FeedConfig &config,
        const Options &options, QObject *parent)
    : QObject(parent)
    , m_recording(std::move(recording))
    , m_config(config)
    , m_options(options)
    , m_session(new FeedSession(config, this))
{
    m_session->setReplay(true);
    m_session->setFlushDelay(0);
    const qsizetype frames = m_recording->frameCount();
    m_spacing = std::max(m_options.minSpacing, frames / 64);
    for (qsizetype i = 0; i < m_recording->eventCount(); ++i) {
        if (m_recording->info(i).type == RecordingFormat::Event::Type::Subscription)
            m_subscriptionEvents.push_back(i);
    }
    Checkpoint start;
    start.store = m_session->store()->checkpoint();
    start.bytes = EntityStore::checkpointBytes(*start.store);
    m_checkpointBytes = start.bytes;
    m_checkpoints.push_back(std::move(start));
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, [this] {
        if (buildSlice(qint64(m_options.sliceMs) * 1'000'000))
            m_buildTimer.stop();
    });
    m_playTimer.setInterval(PlayIntervalMs);
    connect(&m_playTimer, &QTimer::timeout, this, &TimeMachine::playTick);
}

TimeMachine::~TimeMachine() = default;

quint64 TimeMachine::currentSeq() const
{
    return m_position > 0 ? m_recording->frameInfo(m_position - 1).seq : 0;
}

qint64 TimeMachine::currentWallMs() const
{
    if (m_position > 0)
        return m_recording->frameInfo(m_position - 1).wallMs;
    return m_recording->header().startedMs;
}

qint64 TimeMachine::frameWallMs(qsizetype position) const
{
    if (position <= 0 || frameCount() == 0)
        return frameCount() > 0 ? m_recording->frameInfo(0).wallMs : 0;
    return m_recording->frameInfo(std::min(position, frameCount()) - 1).wallMs;
}

qsizetype TimeMachine::endEvent(qsizetype p) const
{
    return p >= m_recording->frameCount() ? m_recording->eventCount()
                                          : m_recording->eventOfFrame(p);
}

void TimeMachine::applyEvents(
        FeedSession &session, qsizetype &nextEvent, qsizetype end, FeedSession::Ingest mode) const
{
    RecordingFormat::Event e;
    for (; nextEvent < end; ++nextEvent) {
        if (!m_recording->event(nextEvent, e))
            continue;
        applyRecordedEvent(session, e, mode);
        if ((nextEvent & 4095) == 0)
            session.flush(); // keeps the queue short
    }
}

const TimeMachine::Checkpoint &TimeMachine::checkpointAtOrBefore(qsizetype position) const
{
    auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), position,
            [](qsizetype p, const Checkpoint &cp) { return p < cp.position; });
    return *std::prev(it); // the first one is position 0
}

void TimeMachine::moveTo(FeedSession &session, qsizetype &at, qsizetype &nextEvent, qsizetype p,
        bool highlightLast) const
{
    EntityStore *store = session.store();
    const Checkpoint &cp = checkpointAtOrBefore(p);
    const bool fromHere = p >= at && at >= cp.position;
    // Where the quiet part ends: the last frame's events are applied on their own.
    const qsizetype quietEnd = highlightLast && p > 0 ? endEvent(p - 1) : endEvent(p);
    const bool quiet = !fromHere || quietEnd > nextEvent + 64;
    if (quiet)
        store->beginQuiet();
    if (!fromHere) {
        session.resetReplayQueue();
        store->restore(*cp.store);
        nextEvent = cp.nextEvent;
    }
    applyEvents(session, nextEvent, quietEnd, FeedSession::Ingest::ApplyOnly);
    if (quiet) {
        session.flush();
        store->endQuiet();
    }
    applyEvents(session, nextEvent, endEvent(p), FeedSession::Ingest::ApplyOnly);
    if (p >= frameCount())
        session.finishReplay(); // the recording ends: what it has (a snapshot cut short)
    else
        session.flush();
    at = p;
}

void TimeMachine::build()
{
    if (m_built || m_building)
        return;
    m_building = true;
    m_session->store()->beginQuiet();
    m_buildTimer.start();
}

bool TimeMachine::buildNow(const std::function<bool(qsizetype, qsizetype)> &progress)
{
    if (m_built)
        return true;
    if (!m_building) {
        m_building = true;
        m_session->store()->beginQuiet();
    }
    m_buildTimer.stop();
    while (!buildSlice(50'000'000)) {
        if (progress && !progress(m_buildPosition, frameCount()))
            return false;
    }
    return true;
}

bool TimeMachine::buildSlice(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    const auto mode =
            m_options.logFrames ? FeedSession::Ingest::LogAndApply : FeedSession::Ingest::ApplyOnly;
    const qsizetype events = m_recording->eventCount();
    RecordingFormat::Event e;
    while (m_nextEvent < events) {
        const auto &info = m_recording->info(m_nextEvent);
        if (info.type == RecordingFormat::Event::Type::Frame) {
            if (m_sinceCheckpoint >= m_spacing) {
                m_session->flush();
                if (m_session->isQuiescent())
                    keepCheckpoint(); // else at the next frame, once the snapshot is in
            }
            if ((m_buildPosition & 1023) == 0 && clock.nsecsElapsed() > budgetNs) {
                Q_EMIT buildProgress(m_buildPosition, frameCount());
                return false;
            }
        }
        if (m_recording->event(m_nextEvent, e))
            applyRecordedEvent(*m_session, e, mode);
        ++m_nextEvent;
        if (info.type == RecordingFormat::Event::Type::Frame) {
            ++m_buildPosition;
            ++m_sinceCheckpoint;
            if ((m_buildPosition & 4095) == 0)
                m_session->flush();
        }
    }
    m_session->finishReplay();
    m_session->store()->endQuiet();
    m_position = frameCount();
    m_built = true;
    m_building = false;
    Q_EMIT buildProgress(frameCount(), frameCount());
    syncSubscriptions();
    Q_EMIT built();
    Q_EMIT positionChanged(m_position);
    return true;
}

void TimeMachine::keepCheckpoint()
{
    Checkpoint cp;
    cp.position = m_buildPosition;
    cp.nextEvent = m_nextEvent;
    cp.store = m_session->store()->checkpoint();
    cp.bytes = EntityStore::checkpointBytes(*cp.store);
    m_checkpointBytes += cp.bytes;
    m_checkpoints.push_back(std::move(cp));
    m_sinceCheckpoint = 0;
    // Over the budget: twice the spacing, every other checkpoint gone (the first one stays).
    while (m_checkpointBytes > m_options.checkpointBudget && m_checkpoints.size() > 2) {
        m_spacing *= 2;
        std::vector<Checkpoint> kept;
        kept.reserve(m_checkpoints.size() / 2 + 1);
        m_checkpointBytes = 0;
        for (size_t i = 0; i < m_checkpoints.size(); ++i) {
            if (i % 2 == 0) {
                m_checkpointBytes += m_checkpoints[i].bytes;
                kept.push_back(std::move(m_checkpoints[i]));
            }
        }
        m_checkpoints = std::move(kept);
    }
}

void TimeMachine::seek(qsizetype position)
{
    if (!m_built)
        return;
    position = std::clamp<qsizetype>(position, 0, frameCount());
    if (position == m_position)
        return;
    moveTo(*m_session, m_position, m_nextEvent, position, true);
    syncSubscriptions();
    Q_EMIT positionChanged(m_position);
}

std::unique_ptr<FeedSession> TimeMachine::sessionAt(qsizetype position) const
{
    auto session = std::make_unique<FeedSession>(m_config);
    session->setReplay(true);
    session->setFlushDelay(0);
    qsizetype at = 0;
    qsizetype next = 0;
    moveTo(*session, at, next, std::clamp<qsizetype>(position, 0, frameCount()), false);
    return session;
}

QList<TimeMachine::SubscriptionAt> TimeMachine::subscriptionsAt(qsizetype position) const
{
    QList<SubscriptionAt> subs;
    const qsizetype end = endEvent(std::clamp<qsizetype>(position, 0, frameCount()));
    RecordingFormat::Event e;
    for (qsizetype i : m_subscriptionEvents) {
        if (i >= end)
            break;
        if (!m_recording->event(i, e))
            continue;
        const qsizetype at = std::distance(subs.cbegin(),
                std::find_if(subs.cbegin(), subs.cend(),
                        [&](const SubscriptionAt &s) { return s.key == e.key; }));
        if (e.state == RecordingFormat::RemovedState) {
            if (at < subs.size())
                subs.removeAt(at);
        } else if (at < subs.size()) {
            subs[at].state = e.state;
            subs[at].note = e.note;
        } else {
            subs.append({e.key, e.state, e.note});
        }
    }
    return subs;
}

void TimeMachine::syncSubscriptions()
{
    SubscriptionModel *model = m_session->subscriptions();
    const QList<SubscriptionAt> subs = subscriptionsAt(m_position);
    QStringList keep;
    for (const SubscriptionAt &s : subs) {
        keep << s.key;
        const auto state = subscriptionStateFromId(s.state).value_or(SubscriptionState::Waiting);
        if (model->find(s.key)) {
            model->setState(s.key, state, s.note, 0);
        } else {
            Subscription sub;
            sub.key = s.key;
            sub.state = state;
            sub.note = s.note;
            model->upsert(sub);
        }
    }
    const QList<Subscription> existing = model->subscriptions();
    for (const Subscription &s : existing) {
        if (!keep.contains(s.key))
            model->remove(s.key);
    }
}

void TimeMachine::play(double speed)
{
    if (!m_built)
        return;
    m_speed = speed;
    if (m_position >= frameCount())
        seek(0); // from the start again, as a player does
    m_playCreditMs = 0;
    m_playClock.start();
    m_playTimer.start();
    if (!m_playing) {
        m_playing = true;
        Q_EMIT playingChanged(true);
    }
}

void TimeMachine::pause()
{
    m_playTimer.stop();
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
}

void TimeMachine::playTick()
{
    const qsizetype before = m_position;
    qsizetype target = m_position;
    if (m_speed <= 0) {
        // As fast as possible: a slice of frames per tick, applied as they came.
        QElapsedTimer clock;
        clock.start();
        while (target < frameCount() && clock.nsecsElapsed() < MaxSpeedSliceNs) {
            const qsizetype step = std::min<qsizetype>(256, frameCount() - target);
            moveTo(*m_session, m_position, m_nextEvent, target + step, false);
            target = m_position;
        }
    } else {
        // Recorded time passes at speed × wall time; each frame waits for the gap before it,
        // a gap longer than MaxPauseMs of playing shortened to that (a recording that was
        // idle for ten minutes does not keep its player idle), a gap back in time to none.
        m_playCreditMs += double(m_playClock.restart()) * m_speed;
        const double maxGap = MaxPauseMs * m_speed;
        while (target < frameCount()) {
            const qint64 next = m_recording->frameInfo(target).wallMs;
            const qint64 prev = target > 0 ? m_recording->frameInfo(target - 1).wallMs : next;
            const double gap = std::clamp(double(next - prev), 0.0, maxGap);
            if (gap > m_playCreditMs)
                break;
            m_playCreditMs -= gap;
            ++target;
        }
        if (target > m_position)
            moveTo(*m_session, m_position, m_nextEvent, target, false);
    }
    if (m_position != before) {
        syncSubscriptions();
        Q_EMIT positionChanged(m_position);
    }
    if (m_position >= frameCount())
        pause();
}

} // namespace Feedscope
