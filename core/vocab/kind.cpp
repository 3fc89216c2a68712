// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Feedscope {

QString KindTable::name(Kind kind) const
{
    if (kind == Kind::Root)
        return u"root"_s;
    const KindInfo *k = info(kind);
    return k ? QString::fromLatin1(k->name) : u"kind%1"_s.arg(int(kind));
}

QString KindTable::groupTitle(Kind kind) const
{
    const KindInfo *k = info(kind);
    return k ? QCoreApplication::translate("Feedscope::Kind", k->groupTitle) : QString();
}

QString KindTable::icon(Kind kind) const
{
    const KindInfo *k = info(kind);
    return QString::fromLatin1(k ? k->icon : "entity");
}

Kind KindTable::byName(QStringView name) const
{
    for (const KindInfo &k : m_kinds) {
        if (name == QLatin1StringView(k.name))
            return k.kind;
    }
    return Kind::Root;
}

} // namespace Feedscope
