// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "json/rawobject.h"
#include "kind.h"
#include "util/entityid.h"

namespace Feedscope {

// Names an entity: ids are unique per kind within a scope (a Baserow row id within its
// table, an "API page" field position within its event); scope is empty for global ids. Kinds
// that share a key space (KindInfo::family) are told apart by the store, which looks entities
// up by their family.
struct NodeRef
{
    Kind kind = Kind::Root;
    EntityId id;
    EntityId scope;

    bool isRoot() const { return kind == Kind::Root; }
    bool operator==(const NodeRef &o) const
    {
        return kind == o.kind && id == o.id && scope == o.scope;
    }
};

size_t qHash(const NodeRef &ref, size_t seed = 0);

// One thing a message says about the live state. Decoders produce these (pure: bytes in,
// changes out); the store applies them in batches.
struct Change
{
    enum class Op : quint8 {
        Upsert, // create, revive or update; data merged key by key (or replaced)
        Update, // like Upsert but only for an entity already known
        Ensure, // create a placeholder if the entity is unknown (or revive a tombstone, below)
        Remove, // mark deleted (a tombstone); dropChildren erases its subtree
        RemoveChildren, // remove children of childKind whose id is not in keepIds
        UpdateWhere, // merge data into every entity of node.kind whose matchKey == matchValue
        RemoveWhere, // remove every entity of node.kind whose matchKey == matchValue
        Reorder, // set data.order of the listed children (ids or hashes) to 1..n
        MarkStale, // the entity's content must be reloaded (e.g. force_table_refresh)
        ClearStale, // a reload finished
    };

    Op op = Op::Upsert;
    NodeRef node;
    // Where the entity belongs; empty (root kind) when unknown: the entity then keeps its
    // place, or goes to the root as a placeholder's would.
    NodeRef parent;
    NodeRef grandparent; // for a placeholder parent that must be created
    RawObject data;
    bool replace = false; // Upsert/Update: replace the data instead of merging
    bool dropChildren = false; // Remove
    // Ensure: a tombstone comes back to life as a placeholder. A tree built from paths (a
    // ContentServer folder) says so: an entry that arrives under a removed folder means the
    // server made the folder again.
    bool revive = false;
    Kind childKind = Kind::Root; // RemoveChildren, Reorder
    QStringList ids; // RemoveChildren: keep; Reorder: new order
    bool hashedIds = false; // Reorder: ids are SHA-256 hex of the decimal ids
    QByteArray matchKey; // UpdateWhere
    QByteArray matchValue; // UpdateWhere: compact JSON text
    quint64 seq = 0; // frame that carried it (0: snapshot)
    qint64 wallMs = 0; // when that frame arrived
};

using Changes = std::vector<Change>;

QString opName(Change::Op op);

} // namespace Feedscope
