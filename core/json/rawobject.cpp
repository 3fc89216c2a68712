// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawobject.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <QHash>

#include "jsonreader.h"

namespace Feedscope {

namespace {
// Scratch buffers of the builders alive on this thread (builders may nest). A builder that
// outlives the pool (one held by a static object, destroyed after the thread's own storage
// at exit) must not touch it: the pool says when it is gone, in a flag that has no
// destructor of its own.
thread_local bool scratchPoolGone = false;
struct ScratchPool
{
    std::vector<QByteArray> buffers;
    ~ScratchPool() { scratchPoolGone = true; }
};
thread_local ScratchPool scratchPoolStorage;

// Equality only. QByteArrayView's == goes through QtPrivate::compareMemory, a call that also
// works out an order; a merge asks this twice per member of every updated row.
inline bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size()
            && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}
// Finds keys in one object for a pass over another. A guess at the same position is tried
// first (keys usually come in the same order); past that, a small object is searched, a
// large one gets a hash of its keys, built at the first miss. Without it a large patch whose
// keys come in another order cost n·pn comparisons (16 million for two 4 096-member objects).
// A small object also keeps a 64-bit sketch of its keys (length and end bytes), so that the
// members of a large entity that a small patch does not name are passed over with one test
// rather than a search each.
class KeyFinder
{
public:
    static constexpr qsizetype SearchedKeys = 16;
    explicit KeyFinder(const RawObject &o)
        : m_o(o)
    {
        if (o.size() <= SearchedKeys) {
            for (qsizetype i = 0; i < o.size(); ++i)
                m_sketch |= bit(o.keyAt(i));
        }
    }
    // The first position of key, -1 when it has none.
    qsizetype find(QByteArrayView key, qsizetype guess)
    {
        if (guess >= 0 && guess < m_o.size() && same(m_o.keyAt(guess), key))
            return guess;
        if (m_o.size() <= SearchedKeys)
            return (m_sketch & bit(key)) ? m_o.indexOf(key) : -1;
        if (m_positions.isEmpty()) {
            m_positions.reserve(m_o.size());
            for (qsizetype i = m_o.size() - 1; i >= 0; --i) // the first of duplicates wins
                m_positions.insert(m_o.keyAt(i), i);
        }
        return m_positions.value(key, -1);
    }

private:
    static quint64 bit(QByteArrayView key)
    {
        if (key.isEmpty())
            return 1;
        const auto h = unsigned(key.size()) * 7u + unsigned(uchar(key.front())) * 3u
                + unsigned(uchar(key.back()));
        return quint64(1) << (h & 63u);
    }
    const RawObject &m_o;
    quint64 m_sketch = 0;
    QHash<QByteArrayView, qsizetype> m_positions;
};
} // namespace

RawObject::Builder::Builder(qsizetype reserve)
{
    if (!scratchPoolGone && !scratchPoolStorage.buffers.empty()) {
        m_text = std::move(scratchPoolStorage.buffers.back());
        scratchPoolStorage.buffers.pop_back();
    }
    m_text.resize(0); // keeps the capacity (QByteArray::clear() frees it)
    if (m_text.capacity() < reserve)
        m_text.reserve(std::max<qsizetype>(reserve, 1024));
}

RawObject::Builder::~Builder()
{
    // Keep ordinary buffers for the next builder; let a huge one go.
    if (scratchPoolGone)
        return;
    auto &pool = scratchPoolStorage.buffers;
    if (m_text.capacity() <= 1024 * 1024 && pool.size() < 8) {
        m_text.resize(0);
        pool.push_back(std::move(m_text));
    }
}

void RawObject::Builder::add(QByteArrayView escapedKey, QByteArrayView jsonValue)
{
    beginValue(escapedKey).append(jsonValue);
    endValue();
}

QByteArray &RawObject::Builder::beginValue(QByteArrayView escapedKey)
{
    // One resize and plain stores, not four appends: this runs for every member of every
    // decoded row.
    const qsizetype old = m_text.size();
    m_text.resize(old + (m_first ? 0 : 1) + escapedKey.size() + 3);
    char *const base = m_text.data();
    char *p = base + old;
    if (!m_first)
        *p++ = ',';
    m_first = false;
    *p++ = '"';
    m_index.push_back(quint32(p - base));
    if (!escapedKey.isEmpty())
        std::memcpy(p, escapedKey.data(), size_t(escapedKey.size()));
    p += escapedKey.size();
    *p++ = '"';
    *p++ = ':';
    m_index.push_back(quint32(p - base));
    return m_text;
}

void RawObject::Builder::endValue()
{
    m_index.push_back(quint32(m_text.size()));
}

void RawObject::Builder::reset()
{
    m_text.resize(0);
    m_index.clear();
    m_first = true;
}

RawObject RawObject::Builder::finish()
{
    RawObject o;
    if (m_index.isEmpty()) {
        m_text.resize(0);
        m_first = true;
        return o;
    }
    o.m_textSize = quint32(m_text.size());
    o.m_count = quint32(m_index.size() / 3);
    const qsizetype padded = (m_text.size() + 3) & ~qsizetype(3);
    const qsizetype indexBytes = m_index.size() * qsizetype(sizeof(quint32));
    QByteArray buf(padded + indexBytes, Qt::Uninitialized);
    std::memcpy(buf.data(), m_text.constData(), size_t(m_text.size()));
    std::memset(buf.data() + m_text.size(), 0, size_t(padded - m_text.size()));
    std::memcpy(buf.data() + padded, m_index.constData(), size_t(indexBytes));
    o.m_buf = std::move(buf);
    m_text.resize(0);
    m_index.clear();
    m_first = true;
    return o;
}

std::optional<RawObject> RawObject::fromJson(QByteArrayView json, QString *error)
{
    return JsonReader::readRawObject(json, error);
}

qsizetype RawObject::indexOf(QByteArrayView escapedKey) const
{
    const qsizetype n = size();
    for (qsizetype i = 0; i < n; ++i) {
        if (keyAt(i) == escapedKey)
            return i;
    }
    return -1;
}

std::optional<QByteArrayView> RawObject::value(QByteArrayView escapedKey) const
{
    const qsizetype i = indexOf(escapedKey);
    if (i < 0)
        return std::nullopt;
    return valueAt(i);
}

std::optional<QString> RawObject::string(QByteArrayView escapedKey) const
{
    auto v = value(escapedKey);
    if (!v || v->size() < 2 || v->front() != '"')
        return std::nullopt;
    return unescapeJsonString(v->sliced(1, v->size() - 2));
}

std::optional<qint64> RawObject::integer(QByteArrayView escapedKey) const
{
    auto v = value(escapedKey);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const qint64 n = v->toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

std::optional<bool> RawObject::boolean(QByteArrayView escapedKey) const
{
    auto v = value(escapedKey);
    if (!v)
        return std::nullopt;
    if (*v == "true")
        return true;
    if (*v == "false")
        return false;
    return std::nullopt;
}

QString RawObject::text(QByteArrayView escapedKey) const
{
    auto v = value(escapedKey);
    return v ? jsonValueText(*v) : QString();
}

RawObject RawObject::merged(const RawObject &patch) const
{
    if (isEmpty())
        return patch;
    if (patch.isEmpty())
        return *this;
    const qsizetype n = size();
    const qsizetype pn = patch.size();
    // The common case on a live feed: the patch is the whole entity again, same keys in the
    // same order. The result is then the patch itself, shared.
    if (n == pn) {
        qsizetype i = 0;
        while (i < n && same(keyAt(i), patch.keyAt(i)))
            ++i;
        if (i == n)
            return patch;
    }
    Builder b {qsizetype(m_textSize + patch.m_textSize)};
    // Small objects: a per-call bitmap of which patch keys were used in place.
    std::vector<bool> used(size_t(pn), false);
    KeyFinder inPatch(patch);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView key = keyAt(i);
        const qsizetype p = inPatch.find(key, i < pn && !used[size_t(i)] ? i : -1);
        if (p >= 0) {
            used[size_t(p)] = true;
            b.add(key, patch.valueAt(p));
        } else {
            b.add(key, valueAt(i));
        }
    }
    for (qsizetype p = 0; p < pn; ++p) {
        if (!used[size_t(p)])
            b.add(patch.keyAt(p), patch.valueAt(p));
    }
    return b.finish();
}

RawObject RawObject::merged(const RawObject &patch, RawObject *undo) const
{
    Builder u {64};
    RawObject result = merged(patch, u);
    *undo = u.finish();
    return result;
}

RawObject RawObject::merged(const RawObject &patch, Builder &u) const
{
    const qsizetype n = size();
    if (n > 0 && n == patch.size()) {
        qsizetype i = 0;
        while (i < n && same(keyAt(i), patch.keyAt(i)))
            ++i;
        if (i == n) {
            // Same keys in the same order: the result is the patch (or this, when nothing
            // changed); the undo holds the old values of the members that changed.
            for (i = 0; i < n; ++i) {
                const QByteArrayView old = valueAt(i);
                if (!same(old, patch.valueAt(i)))
                    u.add(keyAt(i), old);
            }
            return u.isEmpty() ? *this : patch;
        }
    }
    if (n == 0 || patch.isEmpty()) {
        RawObject result = merged(patch);
        const RawObject undo = undoPatch(*this, result);
        for (qsizetype i = 0; i < undo.size(); ++i)
            u.add(undo.keyAt(i), undo.valueAt(i));
        return result;
    }
    // A partial patch: one pass builds the result and the undo (old values of the members that
    // change, absent for the ones the patch adds).
    const qsizetype pn = patch.size();
    QVarLengthArray<bool, 64> used(pn, false);
    Builder b {qsizetype(m_textSize + patch.m_textSize)};
    KeyFinder inPatch(patch);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView key = keyAt(i);
        const qsizetype p = inPatch.find(key, i < pn && !used[i] ? i : -1);
        const QByteArrayView old = valueAt(i);
        if (p >= 0 && !used[p]) {
            used[p] = true;
            const QByteArrayView now = patch.valueAt(p);
            b.add(key, now);
            if (!same(now, old))
                u.add(key, old);
        } else {
            b.add(key, old);
        }
    }
    for (qsizetype p = 0; p < pn; ++p) {
        if (!used[p]) {
            b.add(patch.keyAt(p), patch.valueAt(p));
            u.add(patch.keyAt(p), QByteArrayView());
        }
    }
    // Nothing changed: keep sharing this object's text.
    return u.isEmpty() ? *this : b.finish();
}

RawObject RawObject::with(QByteArrayView escapedKey, QByteArrayView jsonValue) const
{
    Builder b(qsizetype(m_textSize) + escapedKey.size() + jsonValue.size() + 4);
    bool replaced = false;
    for (qsizetype i = 0; i < size(); ++i) {
        if (keyAt(i) == escapedKey) {
            b.add(escapedKey, jsonValue);
            replaced = true;
        } else {
            b.add(keyAt(i), valueAt(i));
        }
    }
    if (!replaced)
        b.add(escapedKey, jsonValue);
    return b.finish();
}

RawObject RawObject::without(QByteArrayView escapedKey) const
{
    Builder b {qsizetype(m_textSize)};
    for (qsizetype i = 0; i < size(); ++i) {
        if (keyAt(i) != escapedKey)
            b.add(keyAt(i), valueAt(i));
    }
    return b.finish();
}

RawObject RawObject::undoPatch(const RawObject &older, const RawObject &newer)
{
    Builder b {64};
    const qsizetype on = older.size();
    const qsizetype nn = newer.size();
    // Members of newer: changed or added ones. Keys usually sit at the same positions.
    KeyFinder inOlder(older);
    for (qsizetype i = 0; i < nn; ++i) {
        const QByteArrayView key = newer.keyAt(i);
        const qsizetype o = inOlder.find(key, i);
        if (o < 0)
            b.add(key, QByteArrayView());
        else if (older.valueAt(o) != newer.valueAt(i))
            b.add(key, older.valueAt(o));
    }
    // Members only older had.
    if (on > 0) {
        KeyFinder inNewer(newer);
        for (qsizetype o = 0; o < on; ++o) {
            const QByteArrayView key = older.keyAt(o);
            if (inNewer.find(key, o) < 0)
                b.add(key, older.valueAt(o));
        }
    }
    return b.finish();
}

RawObject RawObject::patched(const RawObject &undo) const
{
    if (undo.isEmpty())
        return *this;
    Builder b {qsizetype(m_textSize + undo.m_textSize)};
    const qsizetype n = size();
    const qsizetype un = undo.size();
    std::vector<bool> used(size_t(un), false);
    KeyFinder inUndo(undo);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView key = keyAt(i);
        const qsizetype u = inUndo.find(key, -1);
        if (u < 0) {
            b.add(key, valueAt(i));
            continue;
        }
        used[size_t(u)] = true;
        if (!undo.valueAt(u).isEmpty())
            b.add(key, undo.valueAt(u));
    }
    for (qsizetype u = 0; u < un; ++u) {
        if (!used[size_t(u)] && !undo.valueAt(u).isEmpty())
            b.add(undo.keyAt(u), undo.valueAt(u));
    }
    return b.finish();
}

QByteArray RawObject::json() const
{
    QByteArray out;
    out.reserve(qsizetype(m_textSize) + 2);
    out.append('{');
    out.append(text());
    out.append('}');
    return out;
}

qsizetype RawObject::memoryUsage() const
{
    return m_buf.capacity() + qsizetype(sizeof(RawObject));
}

QString unescapeJsonString(QByteArrayView escaped)
{
    if (!escaped.contains('\\'))
        return QString::fromUtf8(escaped);
    QString out;
    out.reserve(escaped.size());
    QByteArray run;
    auto flush = [&] {
        if (!run.isEmpty()) {
            out.append(QString::fromUtf8(run));
            run.clear();
        }
    };
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const char c = escaped[i];
        if (c != '\\' || i + 1 >= escaped.size()) {
            run.append(c);
            continue;
        }
        const char e = escaped[++i];
        switch (e) {
        case 'n':
            run.append('\n');
            break;
        case 't':
            run.append('\t');
            break;
        case 'r':
            run.append('\r');
            break;
        case 'b':
            run.append('\b');
            break;
        case 'f':
            run.append('\f');
            break;
        case 'u': {
            if (i + 4 >= escaped.size())
                break;
            bool ok = false;
            const char16_t cu = char16_t(escaped.sliced(i + 1, 4).toUInt(&ok, 16));
            i += 4;
            if (!ok)
                break;
            flush();
            out.append(QChar(cu));
            break;
        }
        default:
            run.append(e);
            break;
        }
    }
    flush();
    return out;
}

QString jsonValueText(QByteArrayView jsonValue)
{
    if (jsonValue.size() >= 2 && jsonValue.front() == '"')
        return unescapeJsonString(jsonValue.sliced(1, jsonValue.size() - 2));
    return QString::fromUtf8(jsonValue);
}

} // namespace Feedscope
