// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingmix.h"

#include <random>

#include <QFile>

#include "benchutil.h"
#include "record/recordingformat.h"

namespace Feedscope::Bench {

namespace {

constexpr qint64 TableId = 100;

QByteArray n(qint64 v)
{
    return QByteArray::number(v);
}

} // namespace

void writeBaserowMix(QIODevice &out, int rows, int frames)
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
        put(rowsCreatedFrame(TableId, nextRow, int(std::min<qint64>(100, rows - nextRow + 1))));
    nextRow = rows + 1;
    for (int i = 0; i < frames; ++i) {
        const int r = pick(0, 99);
        const qint64 row = pick(1, int(nextRow - 1));
        if (r < 90) {
            put(rowsUpdatedFrame(TableId, row, pick(0, 99999) / 100.0, pick(0, 99999) / 100.0));
        } else if (r < 94) {
            put(rowsCreatedFrame(TableId, nextRow++, 1));
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

bool writeBaserowMixFile(const QString &path, int rows, int frames, QString *error)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    writeBaserowMix(out, rows, frames);
    return true;
}

} // namespace Feedscope::Bench
