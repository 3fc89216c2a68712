// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstring>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include "util/prefetch.h"

namespace Feedscope {

// A JSON object kept as its compact text plus an index of where each key and value sit.
// Entity state is stored this way: the live path never builds QJsonObjects (a QJsonObject per
// row update costs more than the rest of the path together), merging is a splice of value
// texts, and the dump and the detail view get the JSON text for free. Keys and values are
// the compact JSON texts as written by JsonReader (keys without their quotes, still escaped).
// Text and index share one implicitly shared buffer: a copy (a history version) is a reference
// count, and an object costs one allocation.
class RawObject
{
public:
    RawObject() = default;
    RawObject(const RawObject &) = default;
    RawObject &operator=(const RawObject &) = default;
    // A moved-from object is empty.
    RawObject(RawObject &&o) noexcept
        : m_buf(std::move(o.m_buf))
        , m_textSize(std::exchange(o.m_textSize, 0))
        , m_count(std::exchange(o.m_count, 0))
    { }
    RawObject &operator=(RawObject &&o) noexcept
    {
        m_buf = std::move(o.m_buf);
        m_textSize = std::exchange(o.m_textSize, 0);
        m_count = std::exchange(o.m_count, 0);
        return *this;
    }

    // Builds from pairs of (escaped key text, compact JSON value text).
    class Builder
    {
    public:
        // The text is written into a scratch buffer kept per thread and copied out, at its exact
        // size, by finish(): one allocation per object, none while building.
        explicit Builder(qsizetype reserve = 256);
        ~Builder();
        Builder(const Builder &) = delete;
        Builder &operator=(const Builder &) = delete;
        void add(QByteArrayView escapedKey, QByteArrayView jsonValue);
        // Appends the key; the caller then writes the value into buffer() and calls endValue().
        QByteArray &beginValue(QByteArrayView escapedKey);
        void endValue();
        RawObject finish();
        // What finish() would make, without making it: for a container that copies objects
        // into a buffer of its own (the history log).
        bool isEmpty() const { return m_index.isEmpty(); }
        QByteArrayView text() const { return m_text; }
        QByteArrayView indexBytes() const
        {
            return QByteArrayView(reinterpret_cast<const char *>(m_index.constData()),
                    m_index.size() * qsizetype(sizeof(quint32)));
        }
        quint32 count() const { return quint32(m_index.size() / 3); }
        // Empties the builder, keeping its buffers.
        void reset();

    private:
        QByteArray m_text;
        QVarLengthArray<quint32, 48> m_index;
        bool m_first = true;
    };

    // Parses and validates JSON text; nullopt when it is not a JSON object.
    static std::optional<RawObject> fromJson(QByteArrayView json, QString *error = nullptr);

    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return qsizetype(m_count); }
    QByteArrayView keyAt(qsizetype i) const
    {
        const quint32 k = offset(i * 3);
        return QByteArrayView(m_buf.constData() + k, offset(i * 3 + 1) - k - 2);
    }
    QByteArrayView valueAt(qsizetype i) const
    {
        const quint32 v = offset(i * 3 + 1);
        return QByteArrayView(m_buf.constData() + v, offset(i * 3 + 2) - v);
    }
    qsizetype indexOf(QByteArrayView escapedKey) const;
    bool contains(QByteArrayView escapedKey) const { return indexOf(escapedKey) >= 0; }
    // The compact JSON text of a value, or nullopt if the key is absent.
    std::optional<QByteArrayView> value(QByteArrayView escapedKey) const;
    // Convenience decoders for scalar values (absent or other type: nullopt).
    std::optional<QString> string(QByteArrayView escapedKey) const;
    std::optional<qint64> integer(QByteArrayView escapedKey) const;
    std::optional<bool> boolean(QByteArrayView escapedKey) const;
    // A value as display text: strings unquoted and unescaped, everything else as JSON.
    QString text(QByteArrayView escapedKey) const;

    // Returns this object with every key of patch replacing (or appended after) its own.
    RawObject merged(const RawObject &patch) const;
    // merged(patch), and in *undo the undoPatch back to this; one pass when, as on a live feed,
    // the patch repeats the object's keys in order.
    RawObject merged(const RawObject &patch, RawObject *undo) const;
    // The same with the undo patch left in a builder (empty: nothing changed).
    RawObject merged(const RawObject &patch, Builder &undo) const;
    // Returns this object with one key set to a JSON value text.
    RawObject with(QByteArrayView escapedKey, QByteArrayView jsonValue) const;
    RawObject without(QByteArrayView escapedKey) const;

    // The patch that turns `newer` back into `older`: every member that differs, with its
    // value in `older`, or an empty value text where `older` lacks it. Empty when equal.
    static RawObject undoPatch(const RawObject &older, const RawObject &newer);
    // Applies such a patch: its members replace (or are appended to) these; an empty value
    // removes the member.
    RawObject patched(const RawObject &undo) const;

    // Moves this object's content into `spare`'s buffer when that buffer is not shared, is not
    // this one's, and is large enough; this object's own buffer is then released instead of
    // spare's. For a store replacing an entity's data with a change's: the buffer freed is the
    // change's, allocated moments ago and in the cache, not the old version's, which is cold and
    // whose neighbours glibc's free would read to coalesce. Returns whether it did.
    bool reuseBuffer(RawObject &&spare)
    {
        const qsizetype size = m_buf.size();
        if (m_count == 0 || !spare.m_buf.isDetached()
                || spare.m_buf.constData() == m_buf.constData() || spare.m_buf.capacity() < size)
            return false;
        spare.m_buf.resize(size); // within its capacity: no allocation
        std::memcpy(spare.m_buf.data(), m_buf.constData(), size_t(size));
        spare.m_textSize = m_textSize;
        spare.m_count = m_count;
        *this = std::move(spare);
        return true;
    }

    // Starts loading the object's text and index into the cache (a batch about to merge into it).
    // The allocator's and QArrayData's headers sit just before the text: freeing reads them.
    void prefetch() const
    {
        if (m_count != 0)
            prefetchRange(m_buf.constData() - 32, size_t(m_buf.size()) + 32);
    }

    // The object's storage (text and index), for a container that keeps many objects in one
    // buffer; fromStorage() is a view of such a copy (no allocation, valid as long as the copy
    // is), detached() a copy that owns its storage again.
    QByteArrayView storageText() const { return text(); }
    QByteArrayView storageIndex() const
    {
        return QByteArrayView(m_buf.constData() + paddedTextSize(), qsizetype(m_count) * 3 * 4);
    }
    // The size of text and index together, from storageText().data().
    size_t storageBytes() const { return size_t(paddedTextSize()) + size_t(m_count) * 3 * 4; }
    static RawObject fromStorage(const char *data, qsizetype size, quint32 textSize, quint32 count)
    {
        RawObject o;
        o.m_buf = QByteArray::fromRawData(data, size);
        o.m_textSize = textSize;
        o.m_count = count;
        return o;
    }
    RawObject detached() const
    {
        RawObject o = *this;
        o.m_buf = QByteArray(m_buf.constData(), m_buf.size());
        return o;
    }

    // The whole object as compact JSON text ("{}" when empty).
    QByteArray json() const;
    qsizetype memoryUsage() const;

    bool operator==(const RawObject &other) const { return text() == other.text(); }

private:
    QByteArrayView text() const { return QByteArrayView(m_buf.constData(), m_textSize); }
    // Where the index starts: the text padded to 4 bytes.
    qsizetype paddedTextSize() const { return (qsizetype(m_textSize) + 3) & ~qsizetype(3); }
    quint32 offset(qsizetype i) const
    {
        quint32 v;
        std::memcpy(&v, m_buf.constData() + paddedTextSize() + i * qsizetype(sizeof(quint32)),
                sizeof v);
        return v;
    }

    // `"k1":v1,"k2":v2` (no braces), padded to 4 bytes, then three offsets per member: key
    // start, value start, value end (into the text).
    QByteArray m_buf;
    quint32 m_textSize = 0;
    quint32 m_count = 0;
};

// Decodes a JSON string literal's inner text (escaped, without quotes) to a QString.
QString unescapeJsonString(QByteArrayView escaped);
// Display text of a compact JSON value text.
QString jsonValueText(QByteArrayView jsonValue);

} // namespace Feedscope
