// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Feedscope {

// Every kind of entity any feed puts in the tree. The order is the order of the groups under
// a parent (a table shows its fields, then views, then rows).
enum class Kind : quint8 {
    Root,
    // Baserow
    Workspace,
    User,
    Application,
    Table,
    Field,
    View,
    ViewFilterGroup,
    ViewFilter,
    ViewSort,
    ViewGroupBy,
    ViewDecoration,
    Row,
    RowComment,
    // ContentServer
    Directory,
    File,
    // "API page"
    Event,
    EventField,
    Page,
    Count
};

constexpr int kindCount = int(Kind::Count);

// The name used in the state dump and on the command line ("view_filter", "row", …).
QString kindName(Kind kind);
// Plural, translated, for group folders in the UI ("Rows").
QString kindGroupTitle(Kind kind);
// Kinds that share one key space (a ContentServer path is a directory or a file).
Kind keyFamily(Kind kind);

} // namespace Feedscope
