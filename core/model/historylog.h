// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>

#include "json/rawobject.h"
#include "util/populatedblock.h"
#include "util/prefetch.h"

namespace Feedscope {

// The store's previous versions, all entities together, oldest first, in one append-only log:
// each entry (frame number, time, undo patch text) is written after the last one into large
// blocks. An entity keeps the positions of its own entries. Under a flood this is what keeps
// history cheap: keeping a version is a copy to the end of the log, with no allocation of its
// own, and dropping the oldest version in the store moves the log's tail, with no free and no
// visit to the (cold) entity it belonged to. Entities notice lazily: a position the log no
// longer holds() is gone.
class HistoryLog
{
public:
    using Position = quint64; // increasing along the log; (block number << 32) | offset

    struct Entry
    {
        quint64 seq = 0;
        qint64 wallMs = 0;
        // A view into the log: valid until the log next drops or is cleared. Copy it out (see
        // RawObject::detached) to keep it longer.
        RawObject undo;
    };

    HistoryLog();
    ~HistoryLog();
    HistoryLog(const HistoryLog &) = delete;
    HistoryLog &operator=(const HistoryLog &) = delete;

    Position append(quint64 seq, qint64 wallMs, const RawObject &undo)
    {
        return append(seq, wallMs, undo.storageText(), undo.storageIndex(), quint32(undo.size()));
    }
    Position append(quint64 seq, qint64 wallMs, const RawObject::Builder &undo)
    {
        return append(seq, wallMs, undo.text(), undo.indexBytes(), undo.count());
    }
    // Whether the entry at p is still in the log (positions before the oldest entry are gone).
    bool holds(Position p) const { return p >= m_tail && m_count > 0; }
    Entry entry(Position p) const;
    // Marks an entry as dropped by its entity (its per-entity cap, or the entity was erased);
    // its space is reclaimed when the tail reaches it.
    void markDropped(Position p);
    // Starts loading an entry's header (one the caller is about to mark).
    void prefetch(Position p) const;
    // Drops the oldest entry; returns whether its entity still held it (false: already dropped).
    bool dropOldest();
    // Entries in the log, held or already dropped by their entities.
    qsizetype count() const { return m_count; }
    qsizetype bytes() const { return m_bytes; }
    void clear();

private:
    struct Header;
    struct Block
    {
        PopulatedBlock data;
        quint32 size = 0;
        quint32 used = 0;
        quint64 number = 0;
    };
    Header *header(Position p) const;
    // Writes what RawObject keeps in its buffer: the text, padded to 4 bytes, then the index.
    Position append(
            quint64 seq, qint64 wallMs, QByteArrayView text, QByteArrayView index, quint32 count);

    std::deque<Block> m_blocks;
    quint64 m_nextBlock = 0;
    Position m_tail = 0;
    qsizetype m_count = 0;
    qsizetype m_bytes = 0;
};

} // namespace Feedscope
