// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddriver.h"
#include "feedsession.h"
#include "logging.h"

using namespace Qt::StringLiterals;

// The session's change queue: each frame logged and decoded, its changes queued and applied
// in batches (a slice at a time within a time budget, so the window keeps painting).
namespace Feedscope {

void FeedSession::ingest(const Frame &frame, Ingest mode)
{
    const bool log = mode == Ingest::LogAndApply;
    const qint64 index = log ? m_log->append(frame) : -1;
    if (frame.dir == Direction::Out) {
        ++m_counters.framesOut;
        return;
    }
    ++m_counters.framesIn;
    m_decode.clear();
    m_protocol->decode(frame, m_decode);
    if (!log) {
        m_counters.changes += m_decode.changes.size();
        if (!m_replay) {
            for (const auto &e : m_decode.events)
                handleEvent(e);
        }
        if (!m_decode.changes.empty())
            queueChanges(m_decode.changes);
        return;
    }
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
    // What the protocol must answer at once (a pong): sent before the events are handled.
    for (const QByteArray &reply : m_decode.replies) {
        if (m_transport)
            m_transport->sendText(reply);
    }
    // A replay has the connection's story recorded (phases, subscriptions): its frames' events
    // neither connect, fail nor answer anything.
    if (!m_replay) {
        for (const auto &e : m_decode.events)
            handleEvent(e);
    }
    const quint64 droppedBefore = m_counters.bufferDropped;
    if (!m_decode.changes.empty())
        queueChanges(m_decode.changes);
    if (worst == MessageStatus::Malformed || worst == MessageStatus::Invalid)
        ++m_counters.framesMalformed;
    else if (worst == MessageStatus::Unknown)
        ++m_counters.framesUnknown;
    else if (m_counters.bufferDropped != droppedBefore)
        ++m_counters.framesDropped;
    else
        ++m_counters.framesApplied;
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
    const quint64 cappedBefore = m_store->cappedChanges();
    const int n = int(batch.size());
    m_store->apply(batch);
    m_counters.applied += m_store->appliedChanges() - before;
    if (const quint64 capped = m_store->cappedChanges() - cappedBefore) {
        m_counters.capped += capped;
        const QString error = tr("%n change(s) refused: an entity would hold more than %1 members",
                nullptr, int(std::min<quint64>(capped, INT_MAX)))
                                      .arg(m_store->limits().membersPerNode);
        if (m_counters.capped == capped) // the first; the status bar counts the rest
            qCWarning(lcProtocol).noquote() << error;
        reportError(error);
    }
    Q_EMIT batchApplied(n);
}

} // namespace Feedscope
