// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor.h"

#include <cstdio>

#include <QCoreApplication>
#include <QEventLoop>

#include "json/ovalue.h"
#include "logging.h"
#include "net/feedconnection.h"
#include "recordingformat.h"
#include "replay.h"
#include "session/feedsession.h"
#include "session/statedump.h"
#include "util/processstats.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::Monitor)
};

namespace {
void printErr(const QString &text)
{
    const QByteArray bytes = Secrets::redactText(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QByteArray refJson(const KindTable &kinds, const NodeRef &ref)
{
    OValue o = OValue::object({{u"kind"_s, kinds.name(ref.kind)}, {u"id"_s, ref.id.toString()}});
    if (!ref.scope.isEmpty())
        o.insert(u"scope"_s, ref.scope.toString());
    return o.toJson();
}

} // namespace

QByteArray changeLine(const EntityStore &store, const Change &c, NodeId id)
{
    QByteArray line;
    line.reserve(c.data.json().size() + 160);
    line.append("{\"seq\":");
    line.append(QByteArray::number(c.seq));
    line.append(",\"op\":");
    writeJsonString(line, opName(c.op).toUtf8());
    const auto &n = store.node(id);
    line.append(",\"node\":");
    line.append(refJson(store.schema().kinds(), n.ref));
    if (n.parent != NoNode && n.parent != RootNode) {
        line.append(",\"parent\":");
        line.append(refJson(store.schema().kinds(), store.node(n.parent).ref));
    }
    line.append(",\"label\":");
    writeJsonString(line, store.label(id), OValue::Style::Compact);
    line.append(",\"deleted\":");
    line.append(n.deleted ? "true" : "false");
    line.append(",\"data\":");
    line.append(c.data.json());
    line.append("}\n");
    return line;
}

MonitorRunner::MonitorRunner(const MonitorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_stdout.open(stdout, QIODevice::WriteOnly);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, [this] { m_stdout.flush(); });
}

MonitorRunner::~MonitorRunner()
{
    m_stdout.flush();
}

void MonitorRunner::writeOut(const QByteArray &line)
{
    m_stdout.write(line);
}

void MonitorRunner::printFrame(const Frame &frame)
{
    writeOut(RecordingFormat::frameLine(frame, -1));
}

void MonitorRunner::printReport()
{
    // One line of key=value pairs, read by bench/ (docs/performance.md).
    const SessionCounters c = m_session->counters();
    const auto *connection = qobject_cast<const FeedConnection *>(m_session->transport());
    const double seconds = m_firstFrameNs >= 0 ? double(m_lastFrameNs - m_firstFrameNs) / 1e9 : 0.0;
    const double rate = seconds > 0 ? double(c.framesIn - 1) / seconds : 0.0;
    constexpr double MiB = 1024.0 * 1024.0;
    auto mb = [](qint64 bytes) { return bytes < 0 ? -1.0 : double(bytes) / MiB; };
    printErr(u"feedscope: report frames=%1 seconds=%2 rate=%3 rss_start_mb=%4 "
             "rss_first_frame_mb=%5 rss_end_mb=%6 rss_peak_mb=%7 log_entries=%8 log_mb=%9 "
             "log_dropped=%10 history_dropped=%11 malformed=%12 log_frame_bytes=%13 "
             "frames_applied=%14 frames_malformed=%15 frames_unknown=%16 frames_dropped=%17 "
             "reconnects=%18 changes_capped=%19"_s.arg(c.framesIn)
                     .arg(seconds, 0, 'f', 3)
                     .arg(rate, 0, 'f', 0)
                     .arg(mb(m_rssStart), 0, 'f', 1)
                     .arg(mb(m_rssFirstFrame), 0, 'f', 1)
                     .arg(mb(ProcessStats::residentBytes()), 0, 'f', 1)
                     .arg(mb(ProcessStats::peakResidentBytes()), 0, 'f', 1)
                     .arg(m_session->log()->size())
                     .arg(mb(m_session->log()->memoryUsage()), 0, 'f', 1)
                     .arg(c.logDropped)
                     .arg(c.historyDropped)
                     .arg(c.malformed)
                     .arg(m_session->log()->storedBytes())
                     .arg(c.framesApplied)
                     .arg(c.framesMalformed)
                     .arg(c.framesUnknown)
                     .arg(c.framesDropped)
                     .arg(connection ? connection->stats().reconnects : 0)
                     .arg(c.capped));
}

void MonitorRunner::stop()
{
    finish(0);
}

void MonitorRunner::finish(int code, const QString &reason)
{
    if (m_exitCode >= 0)
        return;
    m_exitCode = code;
    if (!reason.isEmpty())
        printErr(u"feedscope: "_s + reason);
    if (m_loop)
        m_loop->quit();
}

int MonitorRunner::run()
{
    m_started.start();
    m_rssStart = ProcessStats::residentBytes();
    m_session = new FeedSession(m_options.config, this);
    FeedSession *s = m_session;
    if (m_options.print == MonitorOptions::Print::Changes) {
        s->store()->setAppliedCallback([this, s](const Change &c, NodeId id) {
            writeOut(changeLine(*s->store(), c, id));
        });
    }
    if (!m_options.recordPath.isEmpty()) {
        m_recorder = new SessionRecorder(s, this);
        QString error;
        if (!m_recorder->start(m_options.recordPath, &error)) {
            printErr(Tr::tr("feedscope: cannot write %1: %2").arg(m_options.recordPath, error));
            return 2;
        }
        connect(m_recorder, &SessionRecorder::failed, this, [this](const QString &e) {
            finish(2, Tr::tr("the recording %1 failed: %2").arg(m_options.recordPath, e));
        });
    }
    connect(s, &FeedSession::phaseChanged, this, [this, s](FeedSession::Phase p) {
        if (p == FeedSession::Phase::Ready)
            m_everReady = true;
        if (p == FeedSession::Phase::Failed)
            finish(3, s->lastError());
    });
    connect(s, &FeedSession::credentialsNeeded, this,
            [this](const QString &why) { finish(3, why); });
    connect(s, &FeedSession::errorOccurred, this,
            [](const QString &msg) { qCWarning(lcSession).noquote() << msg; });

    QEventLoop loop;
    m_loop = &loop;
    m_flush.start();
    s->start();
    if (auto *conn = s->connection()) {
        connect(conn, &FeedConnection::reconnectScheduled, this, [this, s](int attempt, int) {
            if (!m_everReady && attempt >= m_options.connectAttempts)
                finish(3,
                        Tr::tr("could not connect to %1: %2")
                                .arg(s->transport()->displayUrl(), s->lastError()));
        });
    }
    connect(s->transport(), &FeedTransport::frameReceived, this, [this](const Frame &f) {
        if (m_options.print == MonitorOptions::Print::Frames)
            printFrame(f);
        m_lastFrameNs = m_started.nsecsElapsed();
        if (m_firstFrameNs < 0) {
            m_firstFrameNs = m_lastFrameNs;
            m_rssFirstFrame = ProcessStats::residentBytes();
        }
    });
    connect(s->transport(), &FeedTransport::frameSent, this, [this](const Frame &f) {
        if (m_options.print == MonitorOptions::Print::Frames)
            printFrame(f);
    });
    if (m_options.durationSec > 0)
        QTimer::singleShot(int(m_options.durationSec * 1000), this, [this] { finish(0); });
    if (m_options.idleSec > 0) {
        // Frames do not restart the timer (under a flood that cost more than logging the
        // frame): when it fires, it looks at the last frame's time and waits out the rest.
        const qint64 idleNs = qint64(m_options.idleSec * 1e9);
        const qint64 armedNs = m_started.nsecsElapsed();
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, this, [this, idleNs, armedNs] {
            const qint64 quietSince = std::max(armedNs, m_lastFrameNs);
            const qint64 leftNs = quietSince + idleNs - m_started.nsecsElapsed();
            if (leftNs <= 0)
                finish(0);
            else
                m_idle.start(int((leftNs + 999'999) / 1'000'000));
        });
        m_idle.start(int(idleNs / 1'000'000));
    }
    if (m_exitCode < 0)
        loop.exec();
    m_loop = nullptr;

    s->flush();
    if (m_exitCode == 0 && !m_everReady) {
        m_exitCode = 3;
        const QString why = s->lastError().isEmpty() ? Tr::tr("no answer") : s->lastError();
        printErr(u"feedscope: "_s
                + Tr::tr("never connected to %1: %2").arg(s->transport()->displayUrl(), why));
    }
    // The Close frame goes out and the server answers (or a second passes): the peer sees
    // a normal close.
    s->stopAndWait(1000);
    if (m_recorder) {
        QString error;
        if (!m_recorder->stop(&error) && m_exitCode == 0) {
            printErr(Tr::tr("feedscope: cannot write %1: %2").arg(m_options.recordPath, error));
            m_exitCode = 2;
        }
    }
    m_stdout.flush();
    if (!m_options.dumpPath.isEmpty()) {
        QFile out(m_options.dumpPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printErr(Tr::tr("feedscope: cannot write %1: %2")
                             .arg(m_options.dumpPath, out.errorString()));
        } else {
            out.write(stateDumpJson(*s->store(), m_options.config.feedId()));
        }
    }
    const SessionCounters c = s->counters();
    printErr(Tr::tr(
            "feedscope: %1 frames in, %2 out, %3 messages, %4 changes applied; %5 malformed, "
            "%6 invalid, %7 of unknown type; %8 log frames and %9 history versions dropped")
                     .arg(c.framesIn)
                     .arg(c.framesOut)
                     .arg(c.messages)
                     .arg(c.applied)
                     .arg(c.malformed)
                     .arg(c.invalid)
                     .arg(c.unknown)
                     .arg(c.logDropped)
                     .arg(c.historyDropped));
    if (m_options.report)
        printReport();
    return m_exitCode;
}

} // namespace Feedscope
