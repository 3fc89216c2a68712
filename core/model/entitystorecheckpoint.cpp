// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

// Checkpoints: the store's state kept whole, to return to (the time machine of a recording).
namespace Feedscope {

struct EntityStore::Checkpoint
{
    std::vector<Node> nodes;
    std::vector<NodeId> free;
    QHash<NodeRef, NodeId> index;
    NumericIndex numericIndex;
    qsizetype count = 0;
    quint64 ignored = 0;
    quint64 capped = 0;
    quint64 applied = 0;
};

std::shared_ptr<const EntityStore::Checkpoint> EntityStore::checkpoint() const
{
    const_cast<EntityStore *>(this)->sortPending(); // children in order, so none await it
    auto cp = std::make_shared<Checkpoint>();
    cp->nodes.reserve(m_nodes.size());
    for (const Node &n : m_nodes) {
        Node &c = cp->nodes.emplace_back();
        c.data = n.data;
        c.parent = n.parent;
        c.kind = n.kind;
        c.alive = n.alive;
        c.deleted = n.deleted;
        c.placeholder = n.placeholder;
        c.stale = n.stale;
        c.updatedMs = n.updatedMs;
        c.updatedSeq = n.updatedSeq;
        c.touched = n.touched;
        c.ref = n.ref;
        c.children = n.children;
        c.sortedChildren = Node::AllSorted;
        c.sortKey = n.sortKey;
        c.createdMs = n.createdMs;
        c.deletedMs = n.deletedMs;
        c.createdSeq = n.createdSeq;
        // Not kept: marks (a restored state flashes nothing), versions (their log is not kept).
    }
    cp->free = m_free;
    cp->index = m_index;
    cp->numericIndex = m_numericIndex;
    cp->count = m_count;
    cp->ignored = m_ignored;
    cp->capped = m_capped;
    cp->applied = m_appliedCount;
    return cp;
}

qsizetype EntityStore::checkpointBytes(const Checkpoint &cp)
{
    qsizetype bytes = qsizetype(cp.nodes.capacity() * sizeof(Node));
    for (const Node &n : cp.nodes)
        bytes += qsizetype(n.children.capacity() * sizeof(NodeId)) + n.sortKey.capacity();
    bytes += cp.index.size() * qsizetype(sizeof(NodeRef) + sizeof(NodeId) + 16);
    bytes += qsizetype(cp.numericIndex.size() * 2 * sizeof(NodeId));
    return bytes;
}

void EntityStore::restore(const Checkpoint &cp)
{
    if (!m_quiet) {
        for (auto *o : m_observers)
            o->storeAboutToReset();
    }
    m_nodes = cp.nodes;
    m_free = cp.free;
    m_index = cp.index;
    m_numericIndex = cp.numericIndex;
    m_count = cp.count;
    m_ignored = cp.ignored;
    m_capped = cp.capped;
    m_appliedCount = cp.applied;
    m_dirty.clear();
    m_unsorted.clear();
    m_history.clear();
    m_historyTotal = 0;
    ++m_batch; // no node's stamp matches a batch to come
    if (!m_quiet) {
        for (auto *o : m_observers)
            o->storeReset();
    }
}

void EntityStore::beginQuiet()
{
    if (m_quiet++ > 0)
        return;
    for (auto *o : m_observers)
        o->storeAboutToReset();
    m_silent = true;
}

void EntityStore::endQuiet()
{
    if (m_quiet <= 0 || --m_quiet > 0)
        return;
    sortPending();
    m_silent = false;
    for (auto *o : m_observers)
        o->storeReset();
}

} // namespace Feedscope
