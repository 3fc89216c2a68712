// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityid.h"

#include <charconv>

namespace Feedscope {

EntityId::EntityId(const QString &text)
{
    const qsizetype n = text.size();
    if (n > 0 && n <= MaxDigits && (n == 1 || text.front() != u'0')) {
        quint64 value = 0;
        bool digits = true;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < u'0' || u > u'9') {
                digits = false;
                break;
            }
            value = value * 10 + (u - u'0');
        }
        if (digits) {
            m_number = value;
            return;
        }
    }
    m_text = text;
}

EntityId EntityId::fromNumber(quint64 number)
{
    if (number > MaxNumber)
        return EntityId(QString::number(number));
    EntityId id;
    id.m_number = number;
    return id;
}

EntityId EntityId::fromInteger(qint64 value)
{
    return value < 0 ? EntityId(QString::number(value)) : fromNumber(quint64(value));
}

QString EntityId::toString() const
{
    if (!isNumber())
        return m_text;
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, m_number);
    return QString::fromLatin1(buf, res.ptr - buf);
}

} // namespace Feedscope
