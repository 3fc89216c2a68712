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
