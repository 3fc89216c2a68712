// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "change.h"
#include "kind.h"

namespace Feedscope {

using NodeId = quint32;
inline constexpr NodeId NoNode = 0xffffffffu;
inline constexpr NodeId RootNode = 0;

// What a schema may read of the tree it describes. The store implements it; a feed's schema
// sees entities through it and never the store itself.
class NodeLookup
{
public:
    virtual ~NodeLookup() = default;
    virtual Kind kindOf(NodeId id) const = 0;
    virtual const NodeRef &refOf(NodeId id) const = 0;
    virtual const RawObject &dataOf(NodeId id) const = 0;
    virtual NodeId parentOf(NodeId id) const = 0;
    // NoNode when unknown.
    virtual NodeId lookup(const NodeRef &ref) const = 0;
    // The children of one kind under a node, in their order.
    virtual std::vector<NodeId> childrenOf(NodeId parent, Kind kind) const = 0;
};

// What a feed tells the store and the views about its entities: their kinds, how they are
// labelled, ordered and grouped into folders. Each feed has one (its schema, beside its
// decoder); must be cheap and side-effect free.
class NodeSchema
{
public:
    virtual ~NodeSchema() = default;
    virtual const KindTable &kinds() const;
    virtual QString label(const NodeLookup &tree, NodeId id) const;
    // Children are ordered by (kind, sortKey); the id is appended by the store.
    virtual QByteArray sortKey(Kind kind, const RawObject &data) const;
    // Whether two versions of an entity sort alike; a schema whose sortKey reads a few fields
    // overrides this to compare just those (it runs on every update).
    virtual bool sameSortKey(Kind kind, const RawObject &a, const RawObject &b) const;
    // Whether the UI shows a folder per child kind under a node of this kind.
    virtual bool groupsChildren(Kind kind) const;
    // The kinds shown as a grid of rows, if the feed has such.
    virtual GridKinds grid() const { return {}; }
};

// Sort-key helpers for schemas: decimals ("12.50") and integers compare numerically.
QByteArray decimalSortKey(QByteArrayView decimal);

} // namespace Feedscope
