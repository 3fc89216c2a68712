// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

#include "util/populatedblock.h"
#include "vocab/frame.h"
#include "vocab/messagestatus.h"

namespace Feedscope {

// Every frame of a session, raw bytes kept, bounded. Frames live in large shared chunks (one
// allocation per megabyte, not per frame); the oldest are dropped past the caps and the
// dropped count says how many. Indexes are absolute: entry n stays entry n while it exists.
class MessageLog : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        quint64 seq = 0;
        qint64 wallMs = 0;
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 size = 0;
        quint16 type = 0; // interned message type (0: none)
        quint16 changes = 0; // changes the frame produced (saturating)
        quint8 messages = 0; // messages in the frame (saturating)
        Direction dir = Direction::In;
        MessageStatus status = MessageStatus::Pending;
        bool binary = false;
    };

    explicit MessageLog(QObject *parent = nullptr);

    void setCaps(qint64 maxEntries, qint64 maxBytes);
    qint64 maxEntries() const { return m_maxEntries; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Appends and returns the absolute index.
    qint64 append(const Frame &frame);
    void annotate(qint64 index, quint16 type, MessageStatus status, int changes, int messages);
    void setError(qint64 index, const QString &error);
    // A row of the connection's story (Direction::Event) between the frames: bytes a small
    // JSON object {"event", "text", …}, typed by its kind; it takes the sequence number of
    // the frame before it, so the log stays ordered by seq and a seq finds its frame.
    qint64 appendEvent(QByteArrayView kind, const QByteArray &json, qint64 wallMs, bool problem);
    // What a story row says (its JSON's "text"); empty for a frame.
    QString eventText(qint64 index) const;

    qint64 firstIndex() const { return m_first; }
    qint64 endIndex() const { return m_first + qint64(m_entries.size()); }
    qint64 size() const { return qint64(m_entries.size()); }
    bool contains(qint64 index) const { return index >= m_first && index < endIndex(); }
    const Entry &entry(qint64 index) const { return m_entries[size_t(index - m_first)]; }
    // Valid until the entry is dropped.
    QByteArrayView bytes(qint64 index) const;
    QString error(qint64 index) const;
    // Absolute index of the frame with this sequence number, or -1.
    qint64 indexOfSeq(quint64 seq) const;

    // Type names are kept once each, at most MaxTypes of them (the rest share "…") and
    // MaxTypeBytes long: a feed that names a new type in every message cannot grow them.
    static constexpr qsizetype MaxTypes = 4096;
    static constexpr qsizetype MaxTypeBytes = 120;
    quint16 internType(QByteArrayView type);
    QString typeName(quint16 id) const;
    QList<QByteArray> types() const { return m_types; }

    quint64 dropped() const { return m_dropped; }
    qint64 storedBytes() const { return m_bytes; }
    qint64 memoryUsage() const;
    void clear();

Q_SIGNALS:
    void appended();
    void trimmed(qint64 newFirstIndex);
    void cleared();

private:
    void trim();
    // Frame bytes, in blocks of 2 MiB written with memcpy. (A QByteArray per 1 MiB block,
    // appended to per frame, measured 3-7 % slower for a flooded monitor.)
    struct Chunk
    {
        PopulatedBlock data;
        qsizetype size = 0;
        qsizetype capacity = 0;
        quint32 id = 0;
    };
    std::deque<Entry> m_entries;
    std::deque<Chunk> m_chunks;
    QHash<quint64, QString> m_errors; // by seq, for malformed frames
    QList<QByteArray> m_types;
    QHash<QByteArray, quint16> m_typeIds;
    qint64 m_first = 0;
    qint64 m_maxEntries = 1000000;
    qint64 m_maxBytes = 1024ll * 1024 * 1024;
    qint64 m_bytes = 0;
    quint64 m_dropped = 0;
    quint32 m_nextChunkId = 0;
    quint64 m_lastSeq = 0; // of the last frame appended
};

} // namespace Feedscope
