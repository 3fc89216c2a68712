// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Feedscope {

// Roles shared by the core models, their proxies and the ui delegates. Raw values go in these
// roles; DisplayRole carries formatted text; colours and icons are added in ui/ from the kind
// and mark roles (core has no QtGui).
enum Role {
    NodeIdRole = Qt::UserRole + 1, // quint32, the store's id (folders: their parent's)
    KindRole, // int, Feedscope::Kind
    KindNameRole, // QString, "row"
    EntityIdRole, // QString, the entity id
    NodeKeyRole, // QString, stable across resets ("row/5101/12")
    IsFolderRole, // bool
    DeletedRole, // bool
    PlaceholderRole, // bool
    StaleRole, // bool
    MarkRole, // int, EntityStore::Mark of the last change
    MarkTimeRole, // qint64, when (store clock, ms)
    JsonRole, // QByteArray, the entity's JSON
    ChildCountRole, // int
    UpdatedRole, // qint64, wall ms of the last change
    SortRole, // sortable raw value
    RawValueRole, // QByteArray, a cell's JSON text
    SeqRole, // quint64, frame sequence number
    DirectionRole, // int, Feedscope::Direction
    TypeRole, // QString, message type
    StatusRole, // int, MessageStatus
    SizeRole, // qint64, bytes
    TimeRole, // qint64, wall ms
    StateRole, // int, subscription state
    SearchTextRole, // QString, text that filters match against
    ChangedRole, // bool, a grid cell that the last change altered
};

} // namespace Feedscope
