// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "recording.h"
#include "session/feedsession.h"

namespace Feedscope {

struct ReplaySummary
{
    qint64 lines = 0; // events read
    qint64 framesIn = 0;
    qint64 framesOut = 0;
    qint64 badLines = 0; // lines that are not events
    SessionCounters counters;
    QString describe() const;
};

// Hands one recorded event to a session in replay mode (FeedSession::setReplay): a frame is
// ingested, a snapshot and its REST answers loaded as they were live, a recorded state
// applied; subscription and phase events change no state.
void applyRecordedEvent(FeedSession &session, const RecordingFormat::Event &event,
        FeedSession::Ingest mode = FeedSession::Ingest::LogAndApply);

// Feeds a recording's events through the session's decoder and store, offline, up to frame
// `frames` (exclusive; -1: all of it, and the events after the last frame). "out" frames
// are logged only.
ReplaySummary replayRecording(
        FeedSession &session, const Recording &recording, qsizetype frames = -1);
// The same from a file; nullopt (and *error) only when it cannot be read.
std::optional<ReplaySummary> replayFile(FeedSession &session, const QString &path, QString *error);
// Lines in memory (fixture transcripts in tests).
ReplaySummary replayLines(FeedSession &session, const QList<QByteArray> &lines);

} // namespace Feedscope
