// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

namespace Feedscope {

// An entity's id, or the scope it is unique in: most are decimal numbers (Baserow rows, tables,
// fields), some are text (ContentServer paths, hashes). A number is kept as one, so that a
// flood of row updates neither allocates a string per id nor parses one back in the store;
// its text is made when something shows it.
//
// Canonical: a text that is a decimal number without leading zeros, of at most MaxDigits
// digits, becomes that number, so an id compares and hashes the same whichever way it came
// ("42" from a string member, 42 from a number). Anything else ("042", "-1", a path, a
// number too long for the store's numeric index) stays text.
class EntityId
{
public:
    static constexpr int MaxDigits = 15;
    static constexpr quint64 MaxNumber = 999'999'999'999'999ULL;

    EntityId() = default;
    // Implicit: everything that named entities by text keeps doing so.
    EntityId(const QString &text);
    static EntityId fromNumber(quint64 number);
    // A JSON integer: negative ones, and ones past MaxNumber, as their decimal text.
    static EntityId fromInteger(qint64 value);

    bool isEmpty() const { return !isNumber() && m_text.isEmpty(); }
    bool isNumber() const { return m_number != NotNumber; }
    // The number; only meaningful when isNumber().
    quint64 number() const { return m_number; }
    QString toString() const;
    // The text, when not a number.
    const QString &text() const { return m_text; }

    friend bool operator==(const EntityId &a, const EntityId &b)
    {
        return a.m_number == b.m_number && (a.isNumber() || a.m_text == b.m_text);
    }
    friend bool operator!=(const EntityId &a, const EntityId &b) { return !(a == b); }

private:
    static constexpr quint64 NotNumber = ~quint64(0);
    QString m_text; // when not a number
    quint64 m_number = NotNumber;
};

inline size_t qHash(const EntityId &id, size_t seed = 0)
{
    return id.isNumber() ? ::qHash(id.number(), seed) : ::qHash(id.text(), seed);
}

} // namespace Feedscope
