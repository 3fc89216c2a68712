// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historylog.h"

#include <algorithm>
#include <cstring>
#include <new>

namespace Feedscope {

namespace {
constexpr quint32 BlockSize = 256 * 1024; // an entry larger than this gets a block of its own
constexpr quint32 Dropped = 1;
} // namespace

struct HistoryLog::Header
{
    quint32 entrySize; // header and storage, rounded up to 8
    quint32 flags;
    quint32 textSize; // the undo patch's RawObject::storageText() size
    quint32 count; // its members
    quint64 seq;
    qint64 wallMs;
};

HistoryLog::HistoryLog() = default;
HistoryLog::~HistoryLog() = default;

HistoryLog::Header *HistoryLog::header(Position p) const
{
    const Block &b = m_blocks[size_t((p >> 32) - m_blocks.front().number)];
    return reinterpret_cast<Header *>(b.data.get() + (p & 0xffffffffu));
}

HistoryLog::Position HistoryLog::append(
        quint64 seq, qint64 wallMs, QByteArrayView text, QByteArrayView index, quint32 count)
{
    const size_t padded = (size_t(text.size()) + 3) & ~size_t(3);
    const size_t storage = padded + size_t(index.size());
    const quint32 need = quint32((sizeof(Header) + storage + 7) & ~size_t(7));
    if (m_blocks.empty() || m_blocks.back().size - m_blocks.back().used < need) {
        Block b;
        b.size = std::max(BlockSize, need);
        b.data = allocatePopulatedBlock(b.size);
        b.number = m_nextBlock++;
        m_bytes += b.size;
        if (m_blocks.empty())
            m_tail = b.number << 32;
        m_blocks.push_back(std::move(b));
    }
    Block &b = m_blocks.back();
    const Position p = (b.number << 32) | b.used;
    char *at = b.data.get() + b.used;
    new (at) Header {need, 0, quint32(text.size()), count, seq, wallMs};
    char *out = at + sizeof(Header);
    if (!text.isEmpty())
        std::memcpy(out, text.data(), size_t(text.size()));
    std::memset(out + text.size(), 0, padded - size_t(text.size()));
    if (!index.isEmpty())
        std::memcpy(out + padded, index.data(), size_t(index.size()));
    b.used += need;
    ++m_count;
    return p;
}

HistoryLog::Entry HistoryLog::entry(Position p) const
{
    const Header *h = header(p);
    const char *storage = reinterpret_cast<const char *>(h) + sizeof(Header);
    return Entry {h->seq, h->wallMs,
            RawObject::fromStorage(
                    storage, qsizetype(h->entrySize - sizeof(Header)), h->textSize, h->count)};
}

void HistoryLog::markDropped(Position p)
{
    if (holds(p))
        header(p)->flags |= Dropped;
}

void HistoryLog::prefetch(Position p) const
{
    if (holds(p))
        Feedscope::prefetch(header(p));
}

bool HistoryLog::dropOldest()
{
    if (m_count == 0)
        return false;
    const Header *h = header(m_tail);
    const bool held = !(h->flags & Dropped);
    const quint64 offset = (m_tail & 0xffffffffu) + h->entrySize;
    --m_count;
    if (offset >= m_blocks.front().used) {
        m_bytes -= m_blocks.front().size;
        m_blocks.pop_front();
        m_tail = (m_blocks.empty() ? m_nextBlock : m_blocks.front().number) << 32;
    } else {
        m_tail = (m_tail & ~quint64(0xffffffffu)) | offset;
    }
    return held;
}

void HistoryLog::clear()
{
    m_blocks.clear();
    m_tail = m_nextBlock << 32;
    m_count = 0;
    m_bytes = 0;
}

} // namespace Feedscope
