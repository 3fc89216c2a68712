// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "vocab/nodeschema.h"

namespace Feedscope {

// Structural notifications from the store, sent around each change of a child list so that
// item models can call their begin*/end* pairs at the right moment. Positions are indexes in
// the parent's child list (all kinds together, ordered by kind then sort key).
class StoreObserver
{
public:
    virtual ~StoreObserver() = default;
    virtual void storeAboutToInsert(NodeId parent, int row, Kind kind) = 0;
    virtual void storeInserted(NodeId parent, int row, Kind kind) = 0;
    virtual void storeAboutToRemove(NodeId parent, int row, Kind kind) = 0;
    virtual void storeRemoved(NodeId parent, int row, Kind kind) = 0;
    // Qt semantics: the child at `from` goes before the child now at `to` (old indexing).
    virtual void storeAboutToMove(NodeId parent, int from, int to, Kind kind) = 0;
    virtual void storeMoved(NodeId parent, int from, int to, Kind kind) = 0;
    virtual void storeAboutToReset() = 0;
    virtual void storeReset() = 0;
    // After each batch: the entities whose data or flags changed (deduplicated).
    virtual void storeBatchFinished(const std::vector<NodeId> &changed) = 0;
};

} // namespace Feedscope
