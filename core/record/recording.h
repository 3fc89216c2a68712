// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "recordingformat.h"
#include "session/feedconfig.h"

class QFile;

namespace Feedscope {

// A recording opened for reading: the whole file in memory (mapped when plain, inflated when
// gzip-compressed, whatever its name), its header, and an index of its events (where each line
// is, what it is, its frame number and times), so that any event can be read again at once.
// Reads the format's earlier forms too: frame lines with no header, fixture transcripts.
class Recording
{
public:
    struct EventInfo
    {
        qint64 offset = 0;
        qint32 length = 0;
        RecordingFormat::Event::Type type = RecordingFormat::Event::Type::Unknown;
        Direction dir = Direction::In;
        quint64 seq = 0; // frames
        qint64 wallMs = 0;
        qint64 ns = -1;
    };

    // progress(done, total bytes) every few thousand lines; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static std::shared_ptr<Recording> open(
            const QString &path, QString *error = nullptr, const Progress &progress = {});
    // From lines in memory (tests, a live session's journal).
    static std::shared_ptr<Recording> fromData(QByteArray data, QString *error = nullptr);
    // A file of no events (an empty one, or only bad lines) is still opened: the caller
    // decides (replay reports its bad lines; the app refuses to show nothing).
    ~Recording();

    QString path() const { return m_path; }
    const RecordingFormat::Header &header() const { return m_header; }
    // The feed: the header's, else empty (a bare file: the caller says).
    QString feedId() const { return m_header.feed; }
    // The configuration to replay it with: its feed's defaults and the header's settings (no
    // secret, no reconnecting); feed overrides the header's (a bare file), settings then
    // left out. nullopt and *error when no feed is known.
    std::optional<FeedConfig> replayConfig(
            const QString &feed = {}, QString *error = nullptr) const;

    qsizetype eventCount() const { return qsizetype(m_events.size()); }
    const EventInfo &info(qsizetype i) const { return m_events[size_t(i)]; }
    QByteArrayView line(qsizetype i) const;
    // Reads event i again (one parse of its line).
    bool event(qsizetype i, RecordingFormat::Event &out, QString *error = nullptr) const;

    // Frames (in and out), in order: frame f is event eventOfFrame(f).
    qsizetype frameCount() const { return qsizetype(m_frames.size()); }
    qsizetype eventOfFrame(qsizetype frame) const { return m_frames[size_t(frame)]; }
    const EventInfo &frameInfo(qsizetype frame) const { return info(eventOfFrame(frame)); }
    // The frame with this sequence number, or -1.
    qsizetype frameOfSeq(quint64 seq) const;
    // The last frame at or before this wall-clock time, or -1 when all are later.
    qsizetype frameAtOrBefore(qint64 wallMs) const;
    // A moment as a user names it: a frame's number (its seq, as the log shows it) or an ISO
    // 8601 time; returns how many frames lead up to it (0: before the first), or -1 and *error.
    qsizetype framesUntil(const QString &moment, QString *error = nullptr) const;

    // Lines that were not events (bad JSON): skipped, counted, the first few described.
    qint64 badLines() const { return m_badLines; }
    QStringList problems() const { return m_problems; }
    qint64 bytes() const { return m_size; }

private:
    Recording() = default;
    bool load(const Progress &progress, QString *error);

    QString m_path;
    std::unique_ptr<QFile> m_file; // mapped
    QByteArray m_inflated; // or the inflated text
    const char *m_data = nullptr;
    qint64 m_size = 0;
    RecordingFormat::Header m_header;
    std::vector<EventInfo> m_events;
    std::vector<qsizetype> m_frames;
    qint64 m_badLines = 0;
    QStringList m_problems;
};

} // namespace Feedscope
