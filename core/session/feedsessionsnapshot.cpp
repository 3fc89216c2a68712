// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>

#include "feeddriver.h"
#include "feedsession.h"
#include "logging.h"

using namespace Qt::StringLiterals;

// The session's REST snapshot: the calls a protocol describes made through the driver, their
// answers decoded, applied first in one batch, then what arrived while they loaded.
namespace Feedscope {

bool FeedSession::canLoadRest() const
{
    return !m_replay && m_driver->restAvailable();
}

void FeedSession::reloadSnapshot()
{
    if (!canLoadRest()) {
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
    if (!m_store->isValid(node) || !canLoadRest())
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
    Q_EMIT snapshotStarted(calls);
    if (!m_replay) {
        tell("snapshot"_L1,
                tr("Loading the snapshot: %n REST call(s)", nullptr, int(calls.size())));
    }
    flush(); // live changes so far go first
    if (m_snapshotInFlight == 0) {
        m_snapshotCalls = 0;
        m_snapshotCapped = false;
    }
    for (const auto &c : calls) {
        ++m_snapshotInFlight;
        ++m_snapshotCalls;
        runRestCall(c);
    }
}

void FeedSession::runRestCall(const RestCall &call)
{
    if (m_replay)
        return; // the recording's answer comes with replayRestAnswer()
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
    req.maxBodyBytes = m_config.maxRestBodyBytes;
    m_rest->send(req, this, [this, call](const RestResponse &r) {
        onRestAnswer(call, r.status, r.body, r.error, QDateTime::currentMSecsSinceEpoch());
    });
}

void FeedSession::onRestAnswer(const RestCall &call, int status, const QByteArray &body,
        const QString &error, qint64 wallMs)
{
    Q_EMIT restAnswered(call, status, body, error);
    DecodeResult result;
    std::vector<RestCall> more;
    if (status == 0) {
        reportError(tr("snapshot %1 failed: %2").arg(call.path, error));
        m_snapshotFailed = true;
    } else {
        m_protocol->decodeRest(call, status, body, result, more);
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
    for (auto &c : result.changes) {
        c.wallMs = wallMs;
        m_snapshotChanges.push_back(std::move(c));
    }
    for (const auto &next : more) {
        if (m_snapshotCalls >= m_config.maxSnapshotCalls) {
            if (!m_snapshotCapped) {
                reportError(tr("the snapshot needed more than %1 REST calls: stopped there, "
                               "incomplete")
                                    .arg(m_config.maxSnapshotCalls));
                m_snapshotCapped = true;
                m_snapshotFailed = true;
            }
            break;
        }
        ++m_snapshotInFlight;
        ++m_snapshotCalls;
        runRestCall(next);
    }
    finishSnapshotCall();
}

void FeedSession::replaySnapshot(const std::vector<RestCall> &calls)
{
    startSnapshot(calls);
}

void FeedSession::replayRestAnswer(const RestCall &call, int status, const QByteArray &body,
        const QString &error, qint64 wallMs)
{
    if (m_snapshotInFlight <= 0)
        return; // an answer to no snapshot (a cut recording): nothing waits for it
    onRestAnswer(call, status, body, error, wallMs);
}

void FeedSession::replayState(const Changes &changes)
{
    flush();
    applyBatch(changes);
}

void FeedSession::resetReplayQueue()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_pendingHead = 0;
    m_buffered.clear();
    m_snapshotChanges.clear();
    m_snapshotInFlight = 0;
    m_snapshotFailed = false;
}

void FeedSession::finishReplay()
{
    if (m_snapshotInFlight > 0) {
        m_snapshotInFlight = 1;
        finishSnapshotCall();
    }
    flush();
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
    if (!m_replay) {
        if (ok) {
            tell("snapshot"_L1, tr("Snapshot loaded: %n change(s)", nullptr, int(snapshot.size())));
        } else {
            tell("snapshot"_L1, tr("Snapshot incomplete: %1").arg(m_lastError), true);
        }
    }
    Q_EMIT snapshotFinished(u"snapshot"_s, ok);
}

} // namespace Feedscope
