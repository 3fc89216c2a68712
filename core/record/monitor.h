// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QObject>
#include <QTimer>

#include "model/entitystore.h"
#include "session/feedconfig.h"
#include "sessionrecorder.h"
#include "vocab/frame.h"

namespace Feedscope {

class FeedSession;

struct MonitorOptions
{
    enum class Print { Changes, Frames, None };
    FeedConfig config;
    Print print = Print::Changes;
    double durationSec = 0; // stop after this long (0: no limit)
    double idleSec = 0; // stop after this long without a frame (0: no limit)
    int connectAttempts = 3; // failed attempts before the first connection counts as failure
    QString recordPath;
    QString dumpPath;
    bool report = false; // print throughput and memory figures at the end (the benchmarks)
};

// `feedscope monitor`: connect, subscribe, print, record, and write the final state. Exit
// codes: 0 ok, 3 connection or authentication failure (one-line reason on stderr).
class MonitorRunner : public QObject
{
    Q_OBJECT
public:
    explicit MonitorRunner(const MonitorOptions &options, QObject *parent = nullptr);
    ~MonitorRunner() override;

    // Runs until done; returns the exit code.
    int run();
    FeedSession *session() const { return m_session; }

public Q_SLOTS:
    void stop();

private:
    void finish(int code, const QString &reason = {});
    void printFrame(const Frame &frame);
    void printReport();
    void writeOut(const QByteArray &line);

    MonitorOptions m_options;
    FeedSession *m_session = nullptr;
    SessionRecorder *m_recorder = nullptr;
    QFile m_stdout;
    QTimer m_idle;
    QTimer m_flush; // stdout is written in blocks; flushed every 100 ms for pipes
    QElapsedTimer m_started;
    qint64 m_firstFrameNs = -1; // since m_started
    qint64 m_lastFrameNs = -1;
    qint64 m_rssStart = -1;
    qint64 m_rssFirstFrame = -1;
    int m_exitCode = -1;
    int m_failedAttempts = 0;
    bool m_everReady = false;
    QEventLoop *m_loop = nullptr;
};

// One change as `monitor --print changes` prints it (a JSON line).
QByteArray changeLine(const EntityStore &store, const Change &c, NodeId id);

} // namespace Feedscope
