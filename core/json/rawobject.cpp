// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawobject.h"

#include "jsonreader.h"

namespace Feedscope {

RawObject::Builder::Builder(qsizetype reserve)
{
    m_text.reserve(reserve);
    m_index.reserve(24);
}

void RawObject::Builder::add(QByteArrayView escapedKey, QByteArrayView jsonValue)
{
    beginValue(escapedKey).append(jsonValue);
    endValue();
}

QByteArray &RawObject::Builder::beginValue(QByteArrayView escapedKey)
{
    if (!m_first)
        m_text.append(',');
    m_first = false;
    m_text.append('"');
    m_index.push_back(std::uint32_t(m_text.size()));
    m_text.append(escapedKey);
    m_text.append("\":", 2);
    m_index.push_back(std::uint32_t(m_text.size()));
    return m_text;
}

void RawObject::Builder::endValue()
{
    m_index.push_back(std::uint32_t(m_text.size()));
}

RawObject RawObject::Builder::finish()
{
    RawObject o;
    o.m_text = std::move(m_text);
    o.m_index = std::move(m_index);
    m_text.clear();
    m_index.clear();
    m_first = true;
    return o;
}

std::optional<RawObject> RawObject::fromJson(QByteArrayView json, QString *error)
{
    JsonReader reader;
    return reader.parseRawObject(json, error);
}

QByteArrayView RawObject::keyAt(qsizetype i) const
{
    const auto k = m_index[size_t(i) * 3];
    const auto v = m_index[size_t(i) * 3 + 1];
    return QByteArrayView(m_text.constData() + k, v - k - 2);
}

QByteArrayView RawObject::valueAt(qsizetype i) const
{
    const auto v = m_index[size_t(i) * 3 + 1];
    const auto e = m_index[size_t(i) * 3 + 2];
    return QByteArrayView(m_text.constData() + v, e - v);
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
    Builder b(m_text.size() + patch.m_text.size());
    const qsizetype n = size();
    const qsizetype pn = patch.size();
    // Small objects: a per-call bitmap of which patch keys were used in place.
    std::vector<bool> used(size_t(pn), false);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArrayView key = keyAt(i);
        qsizetype p = -1;
        // Keys usually come in the same order in both objects: try the same position first.
        if (i < pn && !used[size_t(i)] && patch.keyAt(i) == key)
            p = i;
        else
            p = patch.indexOf(key);
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

RawObject RawObject::with(QByteArrayView escapedKey, QByteArrayView jsonValue) const
{
    Builder b(m_text.size() + escapedKey.size() + jsonValue.size() + 4);
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
    Builder b(m_text.size());
    for (qsizetype i = 0; i < size(); ++i) {
        if (keyAt(i) != escapedKey)
            b.add(keyAt(i), valueAt(i));
    }
    return b.finish();
}

QByteArray RawObject::json() const
{
    QByteArray out;
    out.reserve(m_text.size() + 2);
    out.append('{');
    out.append(m_text);
    out.append('}');
    return out;
}

qsizetype RawObject::memoryUsage() const
{
    return m_text.capacity() + qsizetype(m_index.capacity() * sizeof(std::uint32_t))
            + qsizetype(sizeof(RawObject));
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
