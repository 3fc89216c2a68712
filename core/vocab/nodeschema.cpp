// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeschema.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Feedscope {

QByteArray decimalSortKey(QByteArrayView decimal)
{
    // Fixed-width digits compare as numbers: 30 integer digits, 30 fraction digits.
    QByteArrayView text = decimal.trimmed();
    if (text.size() >= 2 && text.front() == '"')
        text = text.sliced(1, text.size() - 2);
    bool negative = false;
    if (!text.isEmpty() && text.front() == '-') {
        negative = true;
        text = text.sliced(1);
    }
    const qsizetype dot = text.indexOf('.');
    QByteArrayView ip = dot < 0 ? text : text.first(dot);
    QByteArrayView fp = dot < 0 ? QByteArrayView() : text.sliced(dot + 1);
    while (ip.size() > 1 && ip.front() == '0')
        ip = ip.sliced(1);
    for (char c : ip) {
        if (c < '0' || c > '9')
            return QByteArray("~") + decimal.toByteArray(); // not a number: after all numbers
    }
    QByteArray out;
    out.reserve(62);
    out.append(negative ? '-' : '0');
    out.append(QByteArray(std::max<qsizetype>(0, 30 - ip.size()), '0'));
    out.append(ip);
    out.append('.');
    out.append(fp.first(std::min<qsizetype>(fp.size(), 30)));
    out.append(QByteArray(std::max<qsizetype>(0, 30 - fp.size()), '0'));
    return out;
}

const KindTable &NodeSchema::kinds() const
{
    static const KindTable none;
    return none;
}

QString NodeSchema::label(const NodeLookup &tree, NodeId id) const
{
    const RawObject &data = tree.dataOf(id);
    for (QByteArrayView key : {"name", "title", "label"}) {
        if (auto s = data.string(key); s && !s->isEmpty())
            return *s;
    }
    return tree.refOf(id).id.toString();
}

QByteArray NodeSchema::sortKey(Kind, const RawObject &) const
{
    return {};
}

bool NodeSchema::sameSortKey(Kind kind, const RawObject &a, const RawObject &b) const
{
    return sortKey(kind, a) == sortKey(kind, b);
}

bool NodeSchema::groupsChildren(Kind) const
{
    return false;
}

} // namespace Feedscope
