// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocab/nodeschema.h"

namespace Feedscope {

// How Baserow's entities are named and ordered: rows, tables, fields, views and workspaces by
// their "order" (rows then by id), rows labelled by their primary field's value, filters and
// sorts by the field they name; folders per kind under workspaces, tables and views; a table's
// rows as a grid with a column per field.
class BaserowSchema final : public NodeSchema
{
public:
    const KindTable &kinds() const override;
    QString label(const NodeLookup &tree, NodeId id) const override;
    QByteArray sortKey(Kind kind, const RawObject &data) const override;
    bool sameSortKey(Kind kind, const RawObject &a, const RawObject &b) const override;
    bool groupsChildren(Kind kind) const override;
    GridKinds grid() const override;
};

} // namespace Feedscope
