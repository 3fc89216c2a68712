// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_store: the store alone, no socket. A Baserow table of N rows (1 000, 100 000,
// 1 000 000) gets 1 000 000 row updates, decoded beforehand by the Baserow protocol from frames
// shaped like the server's, a batch at a time (--decode-ahead); only EntityStore::apply is
// timed, in batches of 512 (what a session flushes at a time under flood). Then the same updates
// into a plain vector of rows (the reference: this machine's cost of reaching that much memory),
// the same at 100 000 rows with the tree and rows models attached, and the decoder alone. Prints
// a table and RESULT lines for bench_all.
#include <cstdio>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include "benchutil.h"
#include "feeds/registry.h"
#include "model/entitystore.h"
#include "model/livetreemodel.h"
#include "model/tablerowsmodel.h"
#include "protocol/feedprotocol.h"
#include "session/feedconfig.h"
#include "util/prefetch.h"
#include "util/processstats.h"

using namespace Feedscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 TableId = 100;
constexpr int Batch = 512;

struct Fixture
{
    std::shared_ptr<FeedProtocol> protocol;
    EntityStore store;
    quint64 seq = 0;

    explicit Fixture(const StoreLimits &limits = {})
        : protocol(Feeds::find(u"baserow")->createProtocol(Feeds::defaults(u"baserow")))
    {
        store.setSchema(std::shared_ptr<const NodeSchema>(protocol, &protocol->schema()));
        store.setLimits(limits);
    }

    Changes decode(const QByteArray &bytes)
    {
        Frame f;
        f.seq = ++seq;
        f.bytes = bytes;
        DecodeResult r;
        protocol->decode(f, r);
        return std::move(r.changes);
    }

    void createRows(int rows)
    {
        for (int first = 1; first <= rows; first += 1000) {
            store.apply(decode(
                    Bench::rowsCreatedFrame(TableId, first, std::min(1000, rows - first + 1))));
        }
    }
};

// Applies `total` row updates to random rows of 1..rows with apply(batch); returns the seconds
// spent in apply.
// The updates are decoded, untimed, decodeAhead at a time before they are applied: one batch (512)
// is what a session does under flood (it decodes a turn's frames, then applies them, so the
// changes are still in the cache); 100 000 makes every change cold when applied.
template<typename Apply>
double applyUpdates(
        Fixture &fx, int rows, int total, int decodeAhead, std::mt19937 &rng, const Apply &apply)
{
    std::uniform_int_distribution<qint64> pick(1, rows);
    std::uniform_int_distribution<int> value(0, 99999);
    double seconds = 0;
    const int Round = std::max(decodeAhead, 1);
    for (int done = 0; done < total; done += Round) {
        const int n = std::min(Round, total - done);
        std::vector<Changes> batches;
        batches.reserve(size_t(n / Batch + 1));
        Changes batch;
        for (int i = 0; i < n; ++i) {
            Changes c = fx.decode(Bench::rowsUpdatedFrame(
                    TableId, pick(rng), value(rng) / 100.0, value(rng) / 100.0));
            std::move(c.begin(), c.end(), std::back_inserter(batch));
            if (int(batch.size()) >= Batch) {
                batches.push_back(std::move(batch));
                batch = {};
            }
        }
        if (!batch.empty())
            batches.push_back(std::move(batch));
        QElapsedTimer t;
        t.start();
        for (Changes &b : batches)
            apply(b);
        seconds += double(t.nsecsElapsed()) / 1e9;
    }
    return seconds;
}

// For scale, the least a table of rows can do per update: rows as RawObjects in a vector indexed
// by id; an update finds its row, compares the row's text with the new one and copies it into
// the row's buffer. Rows are loaded a window ahead and buffers reused, as the store does. No
// history, no frame numbers, no marks, no order: what is left is the memory a row update has to
// reach, so its cost from 1 000 to 1 000 000 rows is this machine's cache and TLB step for that
// much memory.
struct Reference
{
    std::vector<RawObject> rows;
    quint64 differing = 0;

    explicit Reference(Fixture &fx, int count)
        : rows(size_t(count) + 1)
    {
        for (int first = 1; first <= count; first += 1000) {
            for (Change &c : fx.decode(Bench::rowsCreatedFrame(
                         TableId, first, std::min(1000, count - first + 1))))
                rows[size_t(c.node.id.number())] = std::move(c.data);
        }
    }

    void apply(const Changes &batch)
    {
        constexpr size_t Window = 128;
        for (size_t i = 0; i < batch.size(); ++i) {
            if (i % Window == 0) {
                // As the store does it: a load per page, then prefetches of the other lines.
                const size_t last = std::min(batch.size(), i + Window);
                for (size_t j = i; j < last; ++j) {
                    const RawObject &row = rows[size_t(batch[j].node.id.number())];
                    const char *begin = row.storageText().data();
                    touchLine(begin);
                    if (!samePage(begin, begin + row.storageBytes() - 1))
                        touchLine(begin + row.storageBytes() - 1);
                }
                for (size_t j = i; j < last; ++j) {
                    const RawObject &row = rows[size_t(batch[j].node.id.number())];
                    if (row.storageBytes() > 64)
                        prefetchRange(row.storageText().data() + 64, row.storageBytes() - 64);
                }
            }
            RawObject &row = rows[size_t(batch[i].node.id.number())];
            if (!(row == batch[i].data))
                ++differing;
            RawObject next = batch[i].data;
            next.reuseBuffer(std::move(row));
            row = std::move(next);
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption changes {
            u"changes"_s, u"Row updates per run (default 1000000)."_s, u"N"_s, u"1000000"_s};
    QCommandLineOption sizes {u"sizes"_s,
            u"Comma-separated table sizes (default 1000,100000,1000000)."_s, u"LIST"_s,
            u"1000,100000,1000000"_s};
    QCommandLineOption history {u"history-per-entity"_s,
            u"Versions kept per entity (default: the store's, 50)."_s, u"N"_s};
    QCommandLineOption touched {u"touched-per-entity"_s,
            u"Frame numbers kept per entity (default: the store's, 50)."_s, u"N"_s};
    QCommandLineOption only {
            u"only"_s, u"Run one part: store, reference, models or decode."_s, u"PART"_s};
    QCommandLineOption ahead {u"decode-ahead"_s,
            u"Updates decoded before they are applied (default 512, one batch, as a session "
            "under flood; 100000 applies cold changes)."_s,
            u"N"_s, u"512"_s};
    QCommandLineOption repeats {u"repeat"_s,
            u"Runs of each size, the store's and the reference's in turn; the figures printed "
            "last are the medians (default 3)."_s,
            u"N"_s, u"3"_s};
    p.addOptions({changes, sizes, history, touched, only, ahead, repeats});
    p.process(app);
    const int decodeAhead = p.value(ahead).toInt();
    StoreLimits limits;
    if (p.isSet(history))
        limits.historyPerNode = p.value(history).toInt();
    if (p.isSet(touched))
        limits.touchedPerNode = p.value(touched).toInt();
    const QString part = p.value(only);
    auto runs = [&part](const char *name) { return part.isEmpty() || part == QLatin1String(name); };
    const int total = p.value(changes).toInt();
    const int repeat = std::max(1, p.value(repeats).toInt());

    // Each size runs `repeat` times, the store and the reference in turn on the same updates,
    // so that both see the same machine; the figures are the medians.
    std::printf("%-34s %12s %14s %10s\n", "store alone", "rows", "changes/s", "ns/change");
    for (const QString &s : p.value(sizes).split(u',', Qt::SkipEmptyParts)) {
        const int rows = s.toInt();
        std::vector<double> storeNs;
        std::vector<double> referenceNs;
        for (int r = 0; r < repeat; ++r) {
            if (runs("store")) {
                const qint64 rss0 = ProcessStats::residentBytes();
                Fixture fx(limits);
                fx.createRows(rows);
                const qint64 rss1 = ProcessStats::residentBytes();
                std::mt19937 rng(uint32_t(r + 1));
                const double seconds = applyUpdates(fx, rows, total, decodeAhead, rng,
                        [&fx](const Changes &batch) { fx.store.apply(batch); });
                const qint64 rss2 = ProcessStats::residentBytes();
                storeNs.push_back(seconds * 1e9 / total);
                std::printf("%-34s %12d %14.0f %10.0f", "row updates", rows, total / seconds,
                        storeNs.back());
                if (r == 0) // later runs reuse the memory the first one freed
                    std::printf("   (memory: %.0f B/row, then %.1f MB more after the updates, "
                                "%lld versions kept)",
                            double(rss1 - rss0) / rows, double(rss2 - rss1) / 1048576.0,
                            qint64(fx.store.historyEntries()));
                std::printf("\n");
            }
            if (runs("reference")) {
                // The same updates into the least a row table can be (see Reference), for scale:
                // how much of the store's rise from 1 000 to 1 000 000 rows is the memory's.
                Fixture fx;
                Reference ref(fx, rows);
                std::mt19937 rng(uint32_t(r + 1));
                const double seconds = applyUpdates(fx, rows, total, decodeAhead, rng,
                        [&ref](const Changes &batch) { ref.apply(batch); });
                referenceNs.push_back(seconds * 1e9 / total);
                std::printf("%-34s %12d %14.0f %10.0f   (%llu rows changed)\n",
                        "reference: a vector of rows", rows, total / seconds, referenceNs.back(),
                        ref.differing);
            }
        }
        for (auto &[name, ns] : {std::pair {"store", &storeNs}, {"reference", &referenceNs}}) {
            if (ns->empty())
                continue;
            const double median = Bench::percentile(*ns, 50);
            Bench::result(u"%1 rows=%2 changes=%3 rate=%4 ns=%5 runs=%6"_s.arg(QLatin1String(name))
                                  .arg(rows)
                                  .arg(total)
                                  .arg(1e9 / median, 0, 'f', 0)
                                  .arg(median, 0, 'f', 1)
                                  .arg(ns->size()));
        }
    }
    std::mt19937 rng(1);

    if (runs("models")) {
        // The same with the models a window shows attached as observers.
        constexpr int rows = 100000;
        Fixture fx;
        LiveTreeModel tree(&fx.store);
        TableRowsModel grid(&fx.store);
        fx.createRows(rows);
        grid.setTable(NodeRef {fx.store.schema().grid().table, QString::number(TableId), {}});
        const double seconds = applyUpdates(fx, rows, total, decodeAhead, rng,
                [&fx](const Changes &batch) { fx.store.apply(batch); });
        const double rate = total / seconds;
        std::printf("%-34s %12d %14.0f %10.0f\n", "row updates, tree + grid models", rows, rate,
                1e9 / rate);
        Bench::result(u"store-models rows=%1 changes=%2 rate=%3 ns=%4"_s.arg(rows)
                              .arg(total)
                              .arg(rate, 0, 'f', 0)
                              .arg(1e9 / rate, 0, 'f', 1));
    }

    if (runs("decode")) {
        // The decoder alone: frames in, changes out.
        Fixture fx;
        std::vector<QByteArray> frames;
        constexpr int n = 200000;
        frames.reserve(n);
        for (int i = 0; i < n; ++i)
            frames.push_back(Bench::rowsUpdatedFrame(TableId, 1 + i % 1000, i % 997, i % 991));
        qint64 produced = 0;
        QElapsedTimer t;
        t.start();
        DecodeResult r;
        for (const QByteArray &b : frames) {
            Frame f;
            f.bytes = b;
            r.clear();
            fx.protocol->decode(f, r);
            produced += qint64(r.changes.size());
        }
        const double rate = n / (double(t.nsecsElapsed()) / 1e9);
        std::printf("%-34s %12s %14.0f %10.0f   (%lld changes, %lld-byte frames)\n",
                "decode rows_updated frames", "-", rate, 1e9 / rate, produced,
                qint64(frames.front().size()));
        Bench::result(u"decode frames=%1 rate=%2 bytes=%3"_s.arg(n)
                              .arg(rate, 0, 'f', 0)
                              .arg(frames.front().size()));
    }
    return 0;
}
