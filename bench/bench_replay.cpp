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
#include <random>

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
#include "session/feedconfig.h"
#include "session/feedsession.h"
#include "util/processstats.h"

using namespace Feedscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 TableId = 100;

QByteArray n(qint64 v)
{
    return QByteArray::number(v);
}

// Writes the generated mix.
void writeMix(QFile &out, int rows, int frames)
{
    std::mt19937 rng(11);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    quint64 seq = 0;
    qint64 nextRow = 1;
    auto put = [&](const QByteArray &frame) {
        Frame f;
        f.seq = ++seq;
        f.wallMs = 1'790'000'000'000 + qint64(seq);
        f.bytes = frame;
        out.write(RecordingFormat::frameLine(f, -1));
        out.write("\n");
    };
    put(R"({"type": "authentication", "success": true, "web_socket_id": "bench"})");
    put(R"({"type": "page_add", "page": "table", "parameters": {"table_id": 100}})");
    for (; nextRow <= rows; nextRow += 100)
        put(Bench::rowsCreatedFrame(
                TableId, nextRow, int(std::min<qint64>(100, rows - nextRow + 1))));
    nextRow = rows + 1;
    for (int i = 0; i < frames; ++i) {
        const int r = pick(0, 99);
        const qint64 row = pick(1, int(nextRow - 1));
        if (r < 90) {
            put(Bench::rowsUpdatedFrame(
                    TableId, row, pick(0, 99999) / 100.0, pick(0, 99999) / 100.0));
        } else if (r < 94) {
            put(Bench::rowsCreatedFrame(TableId, nextRow++, 1));
        } else if (r < 97) {
            put(R"({"type": "rows_deleted", "table_id": 100, "row_ids": [)" + n(row)
                    + R"(], "rows": [{"id": )" + n(row) + "}]}");
        } else if (r < 98) {
            put(R"({"type": "row_history_updated", "table_id": 100, "row_id": )" + n(row)
                    + R"(, "row_history_entry": {"id": )" + n(i)
                    + R"(, "action_type": "update_rows", "user": {"id": 1, "name": "Demo"}, )"
                      R"("timestamp": "2026-11-23T10:00:00Z", "before": {"field_1002": "1.00"}, )"
                      R"("after": {"field_1002": "2.00"}, "fields_metadata": {}}})");
        } else if (r < 99) {
            put(R"({"type": "field_updated", "field_id": 1002, "field": {"id": 1002, )"
                R"("table_id": 100, "name": "Price )"
                    + n(i % 7)
                    + R"(", "order": 2, "type": "number", "primary": false, )"
                      R"("number_decimal_places": 2}, "related_fields": []})");
        } else {
            put(R"({"type": "view_updated", "view_id": 1001, "view": {"id": 1001, )"
                R"("table_id": 100, "name": "Grid )"
                    + n(i % 5)
                    + R"(", "order": 1, "type": "grid", "filter_type": "AND", )"
                      R"("filters_disabled": false}})");
        }
    }
}

} // namespace

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
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_replay: cannot write %s\n", qPrintable(path));
            return 2;
        }
        writeMix(out, p.value(rows).toInt(), p.value(frames).toInt());
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
