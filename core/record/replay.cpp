// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Feedscope {

QString ReplaySummary::describe() const
{
    return QCoreApplication::translate("Feedscope::Replay",
            "%1 lines: %2 frames in, %3 out, %4 messages, %5 changes "
            "applied; %6 malformed, %7 invalid, %8 of unknown type, %9 "
            "unreadable lines")
            .arg(lines)
            .arg(framesIn)
            .arg(framesOut)
            .arg(counters.messages)
            .arg(counters.applied)
            .arg(counters.malformed)
            .arg(counters.invalid)
            .arg(counters.unknown)
            .arg(badLines);
}

void applyRecordedEvent(
        FeedSession &session, const RecordingFormat::Event &e, FeedSession::Ingest mode)
{
    using T = RecordingFormat::Event::Type;
    switch (e.type) {
    case T::Frame:
        session.ingest(e.frame, mode);
        break;
    case T::Snapshot:
        session.replaySnapshot(e.calls);
        break;
    case T::Rest:
        session.replayRestAnswer(e.call, e.status, e.body, e.error, e.wallMs);
        break;
    case T::State:
        session.replayState(e.changes);
        break;
    case T::Phase:
        // The story of the recorded connection, as rows of the log (once: not again when a
        // time machine goes over the frames).
        if (mode == FeedSession::Ingest::LogAndApply) {
            session.tell("phase"_L1, e.state.isEmpty() ? e.key : e.state,
                    e.key == u"Failed" || e.key == u"Reconnecting",
                    OValue::object({{u"phase"_s, e.key}}), e.wallMs);
        }
        break;
    case T::Subscription:
        if (mode == FeedSession::Ingest::LogAndApply) {
            const QString text = e.note.isEmpty() ? u"%1: %2"_s.arg(e.key, e.state)
                                                  : u"%1: %2 (%3)"_s.arg(e.key, e.state, e.note);
            session.tell("subscription"_L1, text, e.state == u"refused" || e.state == u"discarded",
                    OValue::object({{u"key"_s, e.key}, {u"state"_s, e.state}}), e.wallMs);
        }
        break;
    case T::Header:
    case T::Unknown:
        break;
    }
}

ReplaySummary replayRecording(FeedSession &session, const Recording &recording, qsizetype frames)
{
    ReplaySummary summary;
    summary.badLines = recording.badLines();
    const bool wasReplay = session.isReplay();
    session.setReplay(true);
    const qsizetype end = frames < 0 || frames >= recording.frameCount()
            ? recording.eventCount()
            : recording.eventOfFrame(frames);
    RecordingFormat::Event e;
    for (qsizetype i = 0; i < end; ++i) {
        if (!recording.event(i, e)) {
            ++summary.badLines;
            continue;
        }
        ++summary.lines;
        if (e.type == RecordingFormat::Event::Type::Frame) {
            if (e.frame.dir == Direction::In)
                ++summary.framesIn;
            else
                ++summary.framesOut;
        }
        applyRecordedEvent(session, e);
        if ((summary.framesIn & 4095) == 0)
            session.flush(); // keep the queue short on long recordings
    }
    session.finishReplay();
    session.setReplay(wasReplay);
    summary.counters = session.counters();
    return summary;
}

std::optional<ReplaySummary> replayFile(FeedSession &session, const QString &path, QString *error)
{
    auto recording = Recording::open(path, error);
    if (!recording)
        return std::nullopt;
    return replayRecording(session, *recording);
}

ReplaySummary replayLines(FeedSession &session, const QList<QByteArray> &lines)
{
    QByteArray data;
    for (const QByteArray &l : lines) {
        data += l;
        if (!l.endsWith('\n'))
            data += '\n';
    }
    QString error;
    auto recording = Recording::fromData(data, &error);
    if (!recording) {
        ReplaySummary s;
        s.badLines = lines.size();
        return s;
    }
    return replayRecording(session, *recording);
}

} // namespace Feedscope
