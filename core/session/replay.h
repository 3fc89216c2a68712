// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "feedsession.h"

namespace Feedscope {

struct ReplaySummary
{
    qint64 lines = 0;
    qint64 framesIn = 0;
    qint64 framesOut = 0;
    qint64 badLines = 0; // lines that are not JSON objects with a frame or msg
    SessionCounters counters;
    QString describe() const;
};

// Feeds a recording ({"seq","t","dir","frame"} lines) or a fixture transcript ({"dir","msg"}
// lines) through the session's decoder and store, offline. "out" lines are logged only.
// nullopt (and *error) only when the file cannot be read.
std::optional<ReplaySummary> replayFile(FeedSession &session, const QString &path, QString *error);
ReplaySummary replayLines(FeedSession &session, const QList<QByteArray> &lines);

} // namespace Feedscope
