// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog.h"

#include <cstring>

#include <QCoreApplication>

#include "json/ovalue.h"

namespace Feedscope {

namespace {
// Chunks start small and double up to ChunkSize: a feed that has sent a few frames holds
// 64 KiB, not 2 MiB of mapped pages (which each session's first frame used to cost).
constexpr qsizetype FirstChunkSize = 64 * 1024;
constexpr qsizetype ChunkSize = 2 * 1024 * 1024;
} // namespace

MessageLog::MessageLog(QObject *parent)
    : QObject(parent)
{
    m_types.append(QByteArray()); // id 0: no type
}

void MessageLog::setCaps(qint64 maxEntries, qint64 maxBytes)
{
    m_maxEntries = std::max<qint64>(1, maxEntries);
    m_maxBytes = std::max<qint64>(ChunkSize, maxBytes);
    trim();
}

qint64 MessageLog::append(const Frame &frame)
{
    const qsizetype n = frame.bytes.size();
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().size < n) {
        Chunk c;
        const qsizetype next = m_chunks.empty()
                ? FirstChunkSize
                : std::min(ChunkSize, std::max(FirstChunkSize, m_chunks.back().capacity * 2));
        c.capacity = std::max(next, n);
        c.data = allocatePopulatedBlock(size_t(c.capacity));
        c.id = m_nextChunkId++;
        m_chunks.push_back(std::move(c));
    }
    Chunk &c = m_chunks.back();
    Entry e;
    e.seq = frame.seq;
    e.wallMs = frame.wallMs;
    e.chunk = c.id;
    e.offset = quint32(c.size);
    e.size = quint32(n);
    e.dir = frame.dir;
    e.binary = frame.binary;
    e.status = frame.dir == Direction::Out ? MessageStatus::Outgoing : MessageStatus::Pending;
    if (frame.dir != Direction::Event)
        m_lastSeq = frame.seq;
    if (n > 0)
        std::memcpy(c.data.get() + c.size, frame.bytes.constData(), size_t(n));
    c.size += n;
    m_bytes += n;
    m_entries.push_back(e);
    const qint64 index = endIndex() - 1;
    trim();
    Q_EMIT appended();
    return index;
}

qint64 MessageLog::appendEvent(
        QByteArrayView kind, const QByteArray &json, qint64 wallMs, bool problem)
{
    Frame f;
    f.seq = m_lastSeq;
    f.wallMs = wallMs;
    f.dir = Direction::Event;
    f.bytes = json;
    const qint64 index = append(f);
    annotate(
            index, internType(kind), problem ? MessageStatus::Error : MessageStatus::Control, 0, 1);
    return index;
}

QString MessageLog::eventText(qint64 index) const
{
    if (!contains(index) || entry(index).dir != Direction::Event)
        return {};
    const auto event = OValue::fromJson(bytes(index));
    return event ? event->value(u"text").toString() : QString();
}

void MessageLog::trim()
{
    qint64 drop = 0;
    while (!m_entries.empty() && (qint64(m_entries.size()) > m_maxEntries || m_bytes > m_maxBytes)
            && m_entries.size() > 1) {
        const Entry &e = m_entries.front();
        m_bytes -= e.size;
        if (!m_errors.isEmpty() && e.dir != Direction::Event)
            m_errors.remove(e.seq);
        m_entries.pop_front();
        ++drop;
    }
    if (!drop)
        return;
    m_first += drop;
    m_dropped += quint64(drop);
    // Free chunks no entry points into any more.
    const quint32 oldest = m_entries.empty() ? m_nextChunkId : m_entries.front().chunk;
    while (!m_chunks.empty() && m_chunks.front().id < oldest)
        m_chunks.pop_front();
    Q_EMIT trimmed(m_first);
}

void MessageLog::annotate(
        qint64 index, quint16 type, MessageStatus status, int changes, int messages)
{
    if (!contains(index))
        return;
    Entry &e = m_entries[size_t(index - m_first)];
    e.type = type;
    e.status = status;
    e.changes = quint16(std::min(changes, 0xffff));
    e.messages = quint8(std::min(messages, 0xff));
}

void MessageLog::setError(qint64 index, const QString &error)
{
    if (contains(index) && entry(index).dir != Direction::Event)
        m_errors.insert(entry(index).seq, error);
}

QString MessageLog::error(qint64 index) const
{
    if (!contains(index) || entry(index).dir == Direction::Event)
        return {}; // an event shares its seq with the frame before it
    return m_errors.value(entry(index).seq);
}

QByteArrayView MessageLog::bytes(qint64 index) const
{
    if (!contains(index))
        return {};
    const Entry &e = entry(index);
    const Chunk &c = m_chunks[size_t(e.chunk - m_chunks.front().id)];
    return QByteArrayView(c.data.get() + e.offset, e.size);
}

qint64 MessageLog::indexOfSeq(quint64 seq) const
{
    if (m_entries.empty() || seq < m_entries.front().seq || seq > m_entries.back().seq)
        return -1;
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), seq,
            [](const Entry &e, quint64 s) { return e.seq < s; });
    if (it == m_entries.end() || it->seq != seq)
        return -1;
    return m_first + qint64(it - m_entries.begin());
}

quint16 MessageLog::internType(QByteArrayView type)
{
    if (type.isEmpty())
        return 0;
    if (type.size() > MaxTypeBytes) { // cut where a UTF-8 character starts
        qsizetype n = MaxTypeBytes;
        while (n > 0 && (quint8(type[n]) & 0xc0) == 0x80)
            --n;
        type = type.first(n);
    }
    const QByteArray key = QByteArray::fromRawData(type.data(), type.size());
    auto it = m_typeIds.constFind(key);
    if (it != m_typeIds.constEnd())
        return *it;
    if (m_types.size() >= MaxTypes) {
        // A feed that names a new type in every message: the rest share one name.
        static const QByteArray other = QByteArrayLiteral("…");
        auto o = m_typeIds.constFind(other);
        if (o != m_typeIds.constEnd())
            return *o;
        const quint16 id = quint16(m_types.size());
        m_types.append(other);
        m_typeIds.insert(m_types.back(), id);
        return id;
    }
    const quint16 id = quint16(m_types.size());
    m_types.append(type.toByteArray());
    m_typeIds.insert(m_types.back(), id);
    return id;
}

QString MessageLog::typeName(quint16 id) const
{
    return id < m_types.size() ? QString::fromUtf8(m_types[id]) : QString();
}

qint64 MessageLog::memoryUsage() const
{
    qint64 total = qint64(m_entries.size() * sizeof(Entry));
    for (const auto &c : m_chunks)
        total += c.capacity;
    return total;
}

void MessageLog::clear()
{
    m_first = endIndex();
    m_entries.clear();
    m_chunks.clear();
    m_errors.clear();
    m_bytes = 0;
    Q_EMIT cleared();
}

} // namespace Feedscope
