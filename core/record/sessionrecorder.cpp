// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrecorder.h"

#include <climits>

#include <QDateTime>
#include <QMetaEnum>

#include "model/messagelog.h"
#include "recordingformat.h"
#include "session/feedsession.h"
#include "util/monotonic.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
QString phaseId(FeedSession::Phase p)
{
    return QString::fromLatin1(QMetaEnum::fromType<FeedSession::Phase>().valueToKey(int(p)))
            .toLower();
}

// Where the session stands: its subscriptions and its phase, a line each (unmasked).
QByteArray standingLines(const FeedSession &s, qint64 wallMs, qint64 ns)
{
    QByteArray out;
    for (const Subscription &sub : s.subscriptions()->subscriptions()) {
        out += RecordingFormat::subscriptionLine(
                sub.key, subscriptionStateId(sub.state), sub.note, wallMs, ns);
    }
    out += RecordingFormat::phaseLine(phaseId(s.phase()), s.phaseText(), wallMs, ns);
    return out;
}
} // namespace

SessionRecorder::SessionRecorder(FeedSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_writer, &RecordingWriter::failed, this, [this](const QString &e) {
        for (const auto &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        Q_EMIT failed(e);
        Q_EMIT stopped();
    });
}

SessionRecorder::~SessionRecorder()
{
    stop();
}

qint64 SessionRecorder::ns() const
{
    return monotonicNs() - m_baseNs;
}

void SessionRecorder::write(const QByteArray &line)
{
    const QByteArray masked = m_secrets.isEmpty() ? line : m_secrets.mask(line);
    if (m_journaling && m_journalHeader.isEmpty())
        m_journalHeader = masked;
    else if (m_journaling) {
        m_journalBytes += masked.size();
        m_journal.emplace_back(m_session ? m_session->log()->endIndex() : 0, masked);
        if (m_journalBytes > m_maxJournalBytes)
            maybeTakeBase();
    } else
        m_writer.write(masked);
}

bool SessionRecorder::startJournal()
{
    stop();
    if (!m_session)
        return false;
    m_journaling = true;
    m_journalHeader.clear();
    m_journal.clear();
    m_bases.clear();
    m_journalErased = 0;
    m_journalBytes = 0;
    m_journalForgotStart = false;
    m_journalStart = m_session->log()->endIndex();
    return begin();
}

void SessionRecorder::maybeTakeBase()
{
    FeedSession *s = m_session;
    if (!s || !m_journaling)
        return;
    const MessageLog &log = *s->log();
    // Bases the log no longer reaches are of no use; nor the journal's lines before the
    // oldest one left, once the log starts after the journal's own start.
    while (!m_bases.empty() && m_bases.front().logIndex < log.firstIndex())
        m_bases.pop_front();
    auto eraseBeforeFrontBase = [this] {
        while (m_journalErased < m_bases.front().journalPos && !m_journal.empty()) {
            m_journalBytes -= m_journal.front().second.size();
            m_journal.pop_front();
            ++m_journalErased;
        }
    };
    if (!m_bases.empty() && log.firstIndex() > m_journalStart)
        eraseBeforeFrontBase();
    const bool overBudget = m_journalBytes > m_maxJournalBytes;
    // A base every half of what the log holds, once it is half full (by frames or bytes),
    // taken where the store has applied every frame logged so far; or now, when the journal
    // is over its budget.
    const qint64 size = log.size();
    const bool halfFull = size >= log.maxEntries() / 2 || log.storedBytes() >= log.maxBytes() / 2;
    if ((!halfFull && !overBudget) || !s->isQuiescent())
        return;
    const qint64 newest = m_bases.empty() ? m_journalStart : m_bases.back().logIndex;
    if (!overBudget && newest >= log.firstIndex() + size / 2)
        return;
    Base b;
    b.logIndex = log.endIndex();
    b.journalPos = m_journalErased + qint64(m_journal.size());
    b.wallMs = QDateTime::currentMSecsSinceEpoch();
    b.state = s->store()->checkpoint();
    b.lines = standingLines(*s, b.wallMs, ns());
    if (!m_secrets.isEmpty())
        b.lines = m_secrets.mask(b.lines);
    m_bases.push_back(std::move(b));
    if (overBudget) {
        // Only the newest base is kept, and what came after it.
        while (m_bases.size() > 1)
            m_bases.pop_front();
        eraseBeforeFrontBase();
        m_journalForgotStart = true;
    }
}

QByteArray SessionRecorder::journalRecording(QString *error) const
{
    if (!m_journaling || !m_session) {
        if (error)
            *error = tr("nothing was kept");
        return {};
    }
    const MessageLog &log = *m_session->log();
    // From the journal's start while the log reaches it; else from the oldest base it reaches.
    const Base *base = nullptr;
    if (log.firstIndex() > m_journalStart || m_journalForgotStart) {
        for (const Base &b : m_bases) {
            if (b.logIndex >= log.firstIndex() && m_journalErased <= b.journalPos) {
                base = &b;
                break;
            }
        }
        if (!base) {
            if (error)
                *error = tr("the log has dropped its oldest %n frame(s) (its cap) and has not "
                            "kept enough since to start from: the state before them is not "
                            "known",
                        nullptr, int(std::min<qint64>(log.firstIndex() - m_journalStart, INT_MAX)));
            return {};
        }
    }
    const qint64 firstFrame = base ? base->logIndex : log.firstIndex();
    QByteArray out;
    out.reserve(log.storedBytes() + log.size() * 64);
    out += m_journalHeader;
    size_t j = 0;
    if (base) {
        EntityStore scratch;
        scratch.setSchema(m_session->store()->sharedSchema());
        scratch.restore(*base->state);
        const QByteArray state = RecordingFormat::stateLine(scratch, base->wallMs, 0);
        out += m_secrets.isEmpty() ? state : m_secrets.mask(state);
        out += base->lines;
        j = size_t(base->journalPos - m_journalErased);
    }
    for (qint64 i = firstFrame; i < log.endIndex(); ++i) {
        for (; j < m_journal.size() && m_journal[j].first <= i; ++j)
            out += m_journal[j].second;
        const MessageLog::Entry &e = log.entry(i);
        if (e.dir == Direction::Event)
            continue; // the story: the journal's phase and subscription lines say it
        Frame f;
        f.seq = e.seq;
        f.wallMs = e.wallMs;
        f.dir = e.dir;
        f.binary = e.binary;
        f.bytes = log.bytes(i).toByteArray();
        const QByteArray line = RecordingFormat::frameLine(f, -1);
        out += m_secrets.isEmpty() ? line : m_secrets.mask(line);
    }
    for (; j < m_journal.size(); ++j)
        out += m_journal[j].second;
    return out;
}

bool SessionRecorder::start(const QString &path, QString *error)
{
    stop();
    if (!m_session) {
        if (error)
            *error = tr("the connection is gone");
        return false;
    }
    if (!m_writer.open(path, error))
        return false;
    m_journaling = false;
    return begin();
}

bool SessionRecorder::begin()
{
    FeedSession *s = m_session;
    const FeedConfig &config = s->config();
    m_secrets = RecordingFormat::knownSecrets(config);
    m_baseNs = monotonicNs();
    m_frames = 0;
    RecordingFormat::Header h;
    h.feed = config.feedId();
    h.app = QStringLiteral(FEEDSCOPE_VERSION);
    h.qt = QString::fromLatin1(qVersion());
    h.startedMs = QDateTime::currentMSecsSinceEpoch();
    h.connection = RecordingFormat::connectionSettings(config);
    write(RecordingFormat::headerLine(h));
    // What the session already holds: its state, its subscriptions, where it stands.
    if (s->store()->entityCount() > 0)
        write(RecordingFormat::stateLine(*s->store(), h.startedMs, 0));
    write(standingLines(*s, h.startedMs, 0));

    if (m_journaling) { // a journal's frames are the log's: a look per batch, for a base
        m_connections << connect(s, &FeedSession::batchApplied, this, [this] { maybeTakeBase(); });
        // Frames that change nothing (pings, a flood of no-ops) fill the log too.
        m_connections << connect(s->log(), &MessageLog::trimmed, this, [this] { maybeTakeBase(); });
    } else {
        m_connections << connect(s, &FeedSession::frameCrossed, this, [this](const Frame &f) {
            ++m_frames;
            write(RecordingFormat::frameLine(
                    f, f.monotonicNs > 0 ? f.monotonicNs - m_baseNs : ns()));
        });
    }
    m_connections << connect(
            s, &FeedSession::snapshotStarted, this, [this](const std::vector<RestCall> &calls) {
                write(RecordingFormat::snapshotLine(
                        calls, QDateTime::currentMSecsSinceEpoch(), ns()));
            });
    m_connections << connect(s, &FeedSession::restAnswered, this,
            [this](const RestCall &call, int status, const QByteArray &body, const QString &e) {
                write(RecordingFormat::restLine(
                        call, status, body, e, QDateTime::currentMSecsSinceEpoch(), ns()));
            });
    m_connections << connect(s, &FeedSession::phaseChanged, this, [this, s](FeedSession::Phase p) {
        write(RecordingFormat::phaseLine(
                phaseId(p), s->phaseText(), QDateTime::currentMSecsSinceEpoch(), ns()));
    });
    m_connections << connect(s->subscriptions(), &SubscriptionModel::stateChanged, this,
            [this, s](const QString &key, SubscriptionState state) {
                const Subscription *sub = s->subscriptions()->find(key);
                write(RecordingFormat::subscriptionLine(key, subscriptionStateId(state),
                        sub ? sub->note : QString(), QDateTime::currentMSecsSinceEpoch(), ns()));
            });
    m_connections << connect(
            s->subscriptions(), &SubscriptionModel::removed, this, [this](const QString &key) {
                write(RecordingFormat::subscriptionLine(key, QString(RecordingFormat::RemovedState),
                        {}, QDateTime::currentMSecsSinceEpoch(), ns()));
            });
    m_connections << connect(s, &QObject::destroyed, this, [this] { stop(); });
    return true;
}

bool SessionRecorder::stop(QString *error)
{
    if (m_journaling) {
        for (const auto &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        m_journaling = false;
        m_journalHeader.clear();
        m_journal.clear();
        m_bases.clear();
        m_journalBytes = 0;
    }
    if (!m_writer.isOpen()) {
        if (error)
            error->clear();
        return true;
    }
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    const bool ok = m_writer.close(error);
    Q_EMIT stopped();
    return ok;
}

} // namespace Feedscope
