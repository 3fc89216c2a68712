// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "change.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

size_t qHash(const NodeRef &ref, size_t seed)
{
    return qHashMulti(seed, int(ref.kind), ref.id, ref.scope);
}

QString opName(Change::Op op)
{
    switch (op) {
    case Change::Op::Upsert:
        return u"upsert"_s;
    case Change::Op::Update:
        return u"update"_s;
    case Change::Op::Ensure:
        return u"ensure"_s;
    case Change::Op::Remove:
        return u"remove"_s;
    case Change::Op::RemoveChildren:
        return u"remove_children"_s;
    case Change::Op::UpdateWhere:
        return u"update_where"_s;
    case Change::Op::RemoveWhere:
        return u"remove_where"_s;
    case Change::Op::Reorder:
        return u"reorder"_s;
    case Change::Op::MarkStale:
        return u"mark_stale"_s;
    case Change::Op::ClearStale:
        return u"clear_stale"_s;
    }
    return {};
}

} // namespace Feedscope
