// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_replay: the Baserow feed's ingest from a recording, no socket. A recording (the
// `monitor --record` format, one {"seq","t","dir","frame"} line per frame) goes through the same
// path as `feedscope replay`: each line parsed, the frame logged, decoded and applied to the
// store. Either a real recording (--recording FILE) or a generated rows_updated-heavy mix:
// 90 % rows_updated, 4 % rows_created, 3 % rows_deleted, 1 % each of row_history_updated,
// field_updated and view_updated, on a table filled first. Prints messages/s, bytes/s and the
// peak resident memory.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "benchutil.h"
#include "feeds/registry.h"
#include "model/messagelog.h"
#include "record/recordingformat.h"
#include "record/replay.h"
#include "recordingmix.h"
#include "session/feedconfig.h"
#include "session/feedsession.h"
#include "util/processstats.h"

using namespace Feedscope;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"The Baserow ingest from a recording, as `feedscope replay`."_s);
    p.addHelpOption();
    QCommandLineOption recording {u"recording"_s,
            u"A recording made with `feedscope monitor --record` (default: a generated mix)."_s,
            u"FILE"_s};
    QCommandLineOption frames {
            u"frames"_s, u"Frames in the generated mix (default 300000)."_s, u"N"_s, u"300000"_s};
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
            std::fprintf(stderr, "bench_replay: %s\n", qPrintable(error));
            return 2;
        }
    }

    FeedConfig config = Feeds::defaults(u"baserow");
    config.snapshot = false;
    FeedSession session(config);
    const qint64 rssBefore = ProcessStats::residentBytes();
    QElapsedTimer t;
    t.start();
    QString error;
    const auto summary = replayFile(session, path, &error);
    session.flush();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!summary) {
        std::fprintf(stderr, "bench_replay: %s\n", qPrintable(error));
        return 2;
    }
    const SessionCounters c = session.counters();
    const double fileMb = double(QFileInfo(path).size()) / 1048576.0;
    // The frames' bytes as logged (the default caps keep them all for the generated mix).
    const double frameMb = double(session.log()->storedBytes()) / 1048576.0;
    const double rate = double(summary->framesIn) / seconds;
    const double peakMb = double(ProcessStats::peakResidentBytes()) / 1048576.0;
    std::printf("replay of %s (%.0f MB of lines, %.0f MB of frames)\n",
            p.isSet(recording) ? qPrintable(path) : "a generated rows_updated-heavy mix", fileMb,
            frameMb);
    std::printf("  %lld frames in %.2f s: %.0f messages/s, %.1f MB/s of frames; %llu changes "
                "applied, %llu malformed, %llu invalid, %llu unknown\n",
            summary->framesIn, seconds, rate, frameMb / seconds, c.applied, c.malformed, c.invalid,
            c.unknown);
    std::printf("  resident memory: %.0f MB before, %.0f MB at the peak\n",
            double(rssBefore) / 1048576.0, peakMb);
    Bench::result(u"replay frames=%1 seconds=%2 rate=%3 mb_per_s=%4 peak_rss_mb=%5 applied=%6 "
                  "malformed=%7"_s.arg(summary->framesIn)
                          .arg(seconds, 0, 'f', 3)
                          .arg(rate, 0, 'f', 0)
                          .arg(frameMb / seconds, 0, 'f', 1)
                          .arg(peakMb, 0, 'f', 0)
                          .arg(c.applied)
                          .arg(c.malformed));
    return 0;
}
