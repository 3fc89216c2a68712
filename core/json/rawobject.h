// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Feedscope {

// A JSON object kept as its compact text plus an index of where each key and value sit.
// Entity state is stored this way: the live path never builds QJsonObjects (a QJsonObject per
// row update costs more than the rest of the path together), merging is a splice of value
// texts, and the dump and the detail view get the JSON text for free. Keys and values are
// the compact JSON texts as written by JsonReader (keys without their quotes, still escaped).
class RawObject
{
public:
    RawObject() = default;

    // Builds from pairs of (escaped key text, compact JSON value text).
    class Builder
    {
    public:
        explicit Builder(qsizetype reserve = 64);
        void add(QByteArrayView escapedKey, QByteArrayView jsonValue);
        // Appends the key; the caller then writes the value into buffer() and calls endValue().
        QByteArray &beginValue(QByteArrayView escapedKey);
        void endValue();
        RawObject finish();

    private:
        QByteArray m_text;
        std::vector<std::uint32_t> m_index;
        bool m_first = true;
    };

    // Parses and validates JSON text; nullopt when it is not a JSON object.
    static std::optional<RawObject> fromJson(QByteArrayView json, QString *error = nullptr);

    bool isEmpty() const { return m_index.empty(); }
    qsizetype size() const { return qsizetype(m_index.size() / 3); }
    QByteArrayView keyAt(qsizetype i) const;
    QByteArrayView valueAt(qsizetype i) const;
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
    // Returns this object with one key set to a JSON value text.
    RawObject with(QByteArrayView escapedKey, QByteArrayView jsonValue) const;
    RawObject without(QByteArrayView escapedKey) const;

    // The whole object as compact JSON text ("{}" when empty).
    QByteArray json() const;
    qsizetype memoryUsage() const;

    bool operator==(const RawObject &other) const { return json() == other.json(); }

private:
    QByteArray m_text; // `"k1":v1,"k2":v2` without the braces
    // Three offsets per member: key start, value start, value end (all into m_text).
    std::vector<std::uint32_t> m_index;
};

// Decodes a JSON string literal's inner text (escaped, without quotes) to a QString.
QString unescapeJsonString(QByteArrayView escaped);
// Display text of a compact JSON value text.
QString jsonValueText(QByteArrayView jsonValue);

} // namespace Feedscope
