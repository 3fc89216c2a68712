// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_seek: the time machine on a long recording. A generated Baserow recording of 1 000 000
// frames (bench/recordingmix.h) is opened and read once, as the app opens it (the log holds
// every frame; checkpoints of the store to the default budget); then 200 seeks to random
// moments, 100 steps back and 100 forward from random moments, each timed. Target: any frame
// in under 1 s. For scale, the plain way to a moment (a replay from the start) is timed too.
#include <cstdio>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "benchutil.h"
#include "feeds/registry.h"
#include "record/recording.h"
#include "record/replay.h"
#include "record/timemachine.h"
#include "recordingmix.h"
#include "session/feedsession.h"
#include "util/processstats.h"

using namespace Feedscope;
using namespace Qt::StringLiterals;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Seeking in a long recording (the time machine)."_s);
    p.addHelpOption();
    QCommandLineOption recording {
            u"recording"_s, u"A recording (default: a generated Baserow mix)."_s, u"FILE"_s};
    QCommandLineOption frames {
            u"frames"_s, u"Frames in the generated mix (default 1000000)."_s, u"N"_s, u"1000000"_s};
    QCommandLineOption rows {
            u"rows"_s, u"Rows created before the mix (default 10000)."_s, u"N"_s, u"10000"_s};
    p.addOptions({recording, frames, rows});
    p.process(app);

    QTemporaryDir tmp;
    QString path = p.value(recording);
    if (path.isEmpty()) {
        path = tmp.filePath(u"mix.jsonl"_s);
        QString error;
        if (!Bench::writeBaserowMixFile(
                    path, p.value(rows).toInt(), p.value(frames).toInt(), &error)) {
            std::fprintf(stderr, "bench_seek: %s\n", qPrintable(error));
            return 2;
        }
    }

    QElapsedTimer t;
    t.start();
    QString error;
    std::shared_ptr<const Recording> rec = Recording::open(path, &error);
    if (!rec) {
        std::fprintf(stderr, "bench_seek: %s\n", qPrintable(error));
        return 2;
    }
    const double openMs = ms(t);
    FeedConfig config = Feeds::defaults(u"baserow");
    config.snapshot = false;
    TimeMachine tm(rec, config);
    t.restart();
    tm.buildNow();
    const double buildMs = ms(t);
    const double peakMb = double(ProcessStats::peakResidentBytes()) / 1048576.0;
    const qsizetype total = tm.frameCount();
    std::printf("time machine over %s: %lld frames, %.0f MB of lines\n",
            p.isSet(recording) ? qPrintable(path) : "a generated Baserow mix", qint64(total),
            double(QFileInfo(path).size()) / 1048576.0);
    std::printf("  opened (indexed) in %.0f ms, read once in %.0f ms; %d checkpoints every %lld "
                "frames, %.0f MB; %.0f MB resident at the peak\n",
            openMs, buildMs, tm.checkpointCount(), qint64(tm.checkpointSpacing()),
            double(tm.checkpointBytes()) / 1048576.0, peakMb);

    std::mt19937 rng(5);
    auto any = [&] { return std::uniform_int_distribution<qsizetype>(0, total)(rng); };
    std::vector<double> seeks, backs, forwards;
    for (int i = 0; i < 200; ++i) {
        const qsizetype to = any();
        t.restart();
        tm.seek(to);
        seeks.push_back(ms(t));
    }
    for (int i = 0; i < 100; ++i) {
        tm.seek(std::max<qsizetype>(1, any()));
        t.restart();
        tm.step(-1);
        backs.push_back(ms(t));
        t.restart();
        tm.step(1);
        forwards.push_back(ms(t));
    }
    const double worst = *std::max_element(seeks.begin(), seeks.end());
    std::printf("  200 seeks to random frames: median %.1f ms, p99 %.1f ms, worst %.1f ms "
                "(target: under 1000 ms)\n",
            Bench::percentile(seeks, 50), Bench::percentile(seeks, 99), worst);
    std::printf("  100 steps back: median %.1f ms, worst %.1f ms; 100 steps forward: median "
                "%.2f ms, worst %.2f ms\n",
            Bench::percentile(backs, 50), *std::max_element(backs.begin(), backs.end()),
            Bench::percentile(forwards, 50), *std::max_element(forwards.begin(), forwards.end()));

    // The plain way, for scale: a new session replaying from the start to the last frame.
    FeedSession plain(config);
    t.restart();
    replayRecording(plain, *rec, total - 1);
    const double plainMs = ms(t);
    std::printf("  without checkpoints (a replay from the start to the last frame): %.0f ms\n",
            plainMs);
    Bench::result(u"seek frames=%1 build_ms=%2 checkpoints=%3 checkpoint_mb=%4 seek_median_ms=%5 "
                  "seek_p99_ms=%6 seek_worst_ms=%7 step_back_median_ms=%8 replay_ms=%9 "
                  "peak_rss_mb=%10"_s.arg(total)
                          .arg(buildMs, 0, 'f', 0)
                          .arg(tm.checkpointCount())
                          .arg(double(tm.checkpointBytes()) / 1048576.0, 0, 'f', 0)
                          .arg(Bench::percentile(seeks, 50), 0, 'f', 1)
                          .arg(Bench::percentile(seeks, 99), 0, 'f', 1)
                          .arg(worst, 0, 'f', 1)
                          .arg(Bench::percentile(backs, 50), 0, 'f', 1)
                          .arg(plainMs, 0, 'f', 0)
                          .arg(peakMb, 0, 'f', 0));
    return 0;
}
