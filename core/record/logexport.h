// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QString>

class QIODevice;

namespace Feedscope {

class FeedSession;

// A session's message log (all of it, or the entries a filter shows) written out:
// - JSON Lines: a recording's header, then one frame line per entry (docs/recording-format.md),
//   so an export opens again as a recording; the connection's story rows are left out (a
//   recording tells its phases and subscriptions in lines of its own);
// - CSV (RFC 4180): seq, time, direction (in, out, event), type, size, summary, text — a text
//   cell starting with = + - @ gets a leading ' so that a spreadsheet shows it rather than
//   runs it; story rows are there, direction "event";
// - HAR 1.2: one entry for the WebSocket with its frames in _webSocketMessages, as Chrome
//   DevTools writes it (its Network panel opens the file); frames only.
// The connection's secrets are masked in every format.
namespace LogExport {

enum class Format : quint8 { JsonLines, Csv, Har };
std::optional<Format> formatFromName(QStringView name); // "jsonl", "csv", "har"
QString formatName(Format format);
QString fileSuffix(Format format); // "jsonl", "csv", "har"

// indices: absolute log indices in order (empty: every entry the log holds).
bool write(QIODevice &out, Format format, const FeedSession &session,
        const std::vector<qint64> &indices = {}, QString *error = nullptr);

} // namespace LogExport
} // namespace Feedscope
