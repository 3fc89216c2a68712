// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_gui: the main window under flood. `feedscope serve` floods a Baserow table of
// --rows rows at --rate frames/s for --seconds; the real MainWindow shows the live tree, the
// table's rows grid (the table selected) and the message log. A timer probe fires every 5 ms:
// each late firing is a stall of the event loop. Prints the longest stall, the 99th percentile,
// the frames the server sent and the frames the window received (no loss: equal).
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include "benchutil.h"
#include "feeds/registry.h"
#include "feedview.h"
#include "mainwindow.h"
#include "model/entitystore.h"
#include "model/tablerowsmodel.h"
#include "prompter.h"
#include "record/sessionrecorder.h"
#include "session/feedconfig.h"
#include "session/feedsession.h"
#include "settings/secretstore.h"
#include "settings/settings.h"

using namespace Feedscope;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption feedscope {u"feedscope"_s, u"The feedscope binary."_s, u"PATH"_s};
    QCommandLineOption rows {
            u"rows"_s, u"Rows in the table (default 100000)."_s, u"N"_s, u"100000"_s};
    QCommandLineOption rate {
            u"rate"_s, u"Frames per second (default 20000)."_s, u"N"_s, u"20000"_s};
    QCommandLineOption seconds {u"seconds"_s, u"Flood duration (default 30)."_s, u"S"_s, u"30"_s};
    QCommandLineOption delay {u"flood-delay"_s,
            u"Seconds between subscribing and the flood: time to load the table (default 20; 0: "
            "flood while it loads)."_s,
            u"S"_s, u"20"_s};
    QCommandLineOption record {u"record"_s,
            u"Record the tab to this file meanwhile (.jsonl or .jsonl.gz): what recording costs."_s,
            u"FILE"_s};
    p.addOptions({feedscope, rows, rate, seconds, delay, record});
    p.process(app);
    const int rowCount = p.value(rows).toInt();
    const double frameRate = p.value(rate).toDouble();
    const qint64 floodCount = qint64(frameRate * p.value(seconds).toDouble());
    const QString binary = p.isSet(feedscope)
            ? p.value(feedscope)
            : QCoreApplication::applicationDirPath() + u"/feedscope"_s;

    Bench::ServerProcess server;
    QString error;
    if (!server.start(binary,
                {u"--feed"_s, u"baserow"_s, u"--scenario"_s, u"flood"_s, u"--rows"_s,
                        QString::number(rowCount - 12), u"--flood-rate"_s, p.value(rate),
                        u"--flood-count"_s, QString::number(floodCount), u"--flood-delay"_s,
                        p.value(delay)},
                &error)) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
        return 2;
    }

    QTemporaryDir dir;
    auto settings = Settings::ini(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets;
    Ui::ScriptedPrompter prompter;
    Ui::MainWindow window(settings.get(), &secrets, &prompter);
    window.resize(1400, 900);
    window.show();

    FeedConfig config = Feeds::defaults(u"baserow");
    config.name = u"flood"_s;
    config.baseUrl = server.url();
    config.auth = u"password"_s;
    config.user = u"demo@example.com"_s;
    config.password = u"demo"_s; // the test server's demo account
    config.subscriptions = {u"table:100"_s};
    config.options[u"rowSnapshotCap"_s] = QString::number(rowCount); // the whole table
    Ui::FeedView *view = window.openConnection(config);
    FeedSession *session = view->session();
    if (p.isSet(record) && !view->startRecording(p.value(record), &error)) {
        std::fprintf(stderr, "bench_gui: cannot record: %s\n", qPrintable(error));
        return 2;
    }

    // The probe: a 5 ms timer; how late each firing comes is how long the loop was busy.
    constexpr int TickMs = 5;
    std::vector<double> stalls;
    std::vector<qint64> stallTimes; // ms since start, per probe
    std::vector<std::pair<double, qint64>> worst; // (stall ms, when in ms since start)
    stalls.reserve(size_t(p.value(seconds).toDouble() * 1000 / TickMs * 2));
    QElapsedTimer clock;
    qint64 last = -1;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(TickMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && last >= 0) {
            const double stall = std::max(0.0, double(now - last) / 1e6 - TickMs);
            stalls.push_back(stall);
            stallTimes.push_back(now / 1000000);
            if (stall > 16)
                worst.emplace_back(stall, now / 1000000);
        }
        last = now;
    });
    clock.start();
    probe.start();
    qint64 snapshotMs = -1;
    qint64 caughtUpMs = -1; // the backlog of the snapshot's time applied
    // Runs only while this function spins the event loop, so its locals are alive.
    QObject::connect(session, &FeedSession::snapshotFinished, session,
            [out = &snapshotMs, c = &clock](const QString &, bool) { *out = c->elapsed(); });

    // Select the table once it is in the tree, so the grid shows its rows.
    bool selected = false;
    QElapsedTimer wall;
    wall.start();
    quint64 firstFrames = 0;
    qint64 floodStartMs = -1;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        const NodeId table =
                session->store()->find(session->store()->schema().grid().table, u"100"_s);
        if (!selected && table != NoNode) {
            view->selectNode(table);
            selected = true;
        }
        const SessionCounters c = session->counters();
        if (floodStartMs < 0 && c.framesIn > 2) {
            floodStartMs = wall.elapsed();
            firstFrames = c.framesIn;
            measuring = true;
        }
        const bool allIn = qint64(c.framesIn) >= floodCount + 2 && session->pendingChanges() == 0;
        if (snapshotMs >= 0 && caughtUpMs < 0 && session->pendingChanges() == 0)
            caughtUpMs = clock.elapsed();
        const bool timedOut = wall.elapsed() > 60000 + qint64(p.value(seconds).toDouble() * 2000);
        if (allIn || timedOut)
            QCoreApplication::quit();
    });
    watch.start(100);
    app.exec();

    const SessionCounters c = session->counters();
    const double floodSeconds = double(wall.elapsed() - floodStartMs) / 1000.0;
    const qint64 received = qint64(c.framesIn) - 2; // authentication and page_add
    // Steady state: from the moment the snapshot's backlog was applied.
    std::vector<double> steady;
    for (size_t i = 0; i < stalls.size(); ++i) {
        if (caughtUpMs >= 0 && stallTimes[i] > caughtUpMs)
            steady.push_back(stalls[i]);
    }
    // No probe after catching up: the window never caught up, which the figures must say.
    const double maxStall = steady.empty() ? -1 : *std::max_element(steady.begin(), steady.end());
    const double p99 = steady.empty() ? -1 : Bench::percentile(steady, 99);
    const double maxAll = stalls.empty() ? 0 : *std::max_element(stalls.begin(), stalls.end());
    std::printf("GUI under flood: %d-row table, %.0f frames/s for %.1f s (%s)\n", rowCount,
            frameRate, floodSeconds, qPrintable(QGuiApplication::platformName()));
    std::printf("  snapshot of the table loaded at %.1f s, its backlog applied at %.1f s; longest "
                "stall until then %.0f ms\n",
            double(snapshotMs) / 1000.0, double(caughtUpMs) / 1000.0, maxAll);
    std::printf("  live, after that: longest stall %.1f ms, 99th percentile %.2f ms, median %.2f "
                "ms (%zu probes over %.1f s)\n",
            maxStall, p99, Bench::percentile(steady, 50), steady.size(),
            double(clock.elapsed() - caughtUpMs) / 1000.0);
    std::printf("  frames: server sent %lld, window received %lld (%lld lost); %llu applied; "
                "first %llu before the probe\n",
            floodCount, received, floodCount - received, c.applied, firstFrames);
    std::printf("  rows in the grid: %d\n", view->rowsModel()->rowCount());
    if (view->isRecording()) {
        const qint64 frames = view->recorder()->frames();
        const qint64 bytes = view->recorder()->bytes();
        view->stopRecording(&error);
        std::printf("  recorded %lld frames, %.1f MB of lines to %s%s\n", frames,
                double(bytes) / 1048576.0, qPrintable(p.value(record)),
                error.isEmpty() ? "" : qPrintable(u" — FAILED: "_s + error));
    }
    std::sort(worst.begin(), worst.end(), std::greater<>());
    for (size_t i = 0; i < std::min<size_t>(worst.size(), 8); ++i)
        std::printf(
                "  stall of %.0f ms at %.2f s\n", worst[i].first, double(worst[i].second) / 1000.0);
    Bench::result(
            u"gui rows=%1 rate=%2 seconds=%3 max_stall_ms=%4 p99_stall_ms=%5 sent=%6 "
            "received=%7 grid_rows=%8 platform=%9 load_max_stall_ms=%10 load_s=%11"_s.arg(rowCount)
                    .arg(frameRate, 0, 'f', 0)
                    .arg(floodSeconds, 0, 'f', 1)
                    .arg(maxStall, 0, 'f', 1)
                    .arg(p99, 0, 'f', 2)
                    .arg(floodCount)
                    .arg(received)
                    .arg(view->rowsModel()->rowCount())
                    .arg(QGuiApplication::platformName())
                    .arg(maxAll, 0, 'f', 0)
                    .arg(double(caughtUpMs) / 1000.0, 0, 'f', 1));
    return 0;
}
