// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QSet>

#include "entitystore.h"
#include "util/prefetch.h"

using namespace Qt::StringLiterals;

// The store's batches: each change applied, the versions it replaces kept in the history log,
// and the observers told once per batch. Lookups and the tree are in entitystore.cpp, the
// prefetching that keeps a flood's cache misses overlapping in entitystoreprefetch.cpp.
namespace Feedscope {

void EntityStore::touch(Node &n, quint64 seq)
{
    if (seq == 0 || m_limits.touchedPerNode <= 0)
        return;
    if (!n.touched.empty() && n.touched.back() == seq)
        return;
    n.touched.push(seq, size_t(m_limits.touchedPerNode));
}

template<typename Undo>
void EntityStore::keepVersion(Node &n, const Undo &undo, quint64 seq, qint64 wallMs)
{
    // An update that changes nothing adds no version.
    if (m_limits.historyPerNode <= 0 || undo.isEmpty())
        return;
    // Positions the log has dropped since (counted then), then the oldest one over the cap.
    const size_t cap = size_t(m_limits.historyPerNode);
    while (!n.versions.empty() && !m_history.holds(n.versions.front()))
        n.versions.popFront();
    while (n.versions.size() >= cap) {
        m_history.markDropped(n.versions.front());
        n.versions.popFront();
        --m_historyTotal;
        ++m_historyDropped;
    }
    n.versions.push(m_history.append(seq, wallMs, undo), cap);
    ++m_historyTotal;
    // Over the global budget: drop the oldest versions in the whole store, from the log's tail;
    // their entities notice when they next look.
    while (m_history.count() > qsizetype(std::max(m_limits.historyTotal, 0))) {
        if (m_history.dropOldest()) {
            --m_historyTotal;
            ++m_historyDropped;
        }
    }
}

void EntityStore::replaceData(Node &n, RawObject data, quint64 seq, qint64 wallMs)
{
    // A placeholder's empty data is no version worth keeping.
    RawObject undo =
            n.data.isEmpty() && n.placeholder ? RawObject() : RawObject::undoPatch(n.data, data);
    n.data = std::move(data);
    keepVersion(n, undo, seq, wallMs);
}

void EntityStore::markDirty(NodeId id, Mark mark)
{
    Node &n = m_nodes[id];
    if (mark != Mark::None && !m_quiet) {
        // A created-then-updated entity in one batch still shows as created.
        if (!(n.mark == Mark::Created && mark == Mark::Updated && n.batchStamp == m_batch))
            n.mark = mark;
        n.markMs = m_batchMs;
    }
    if (n.batchStamp != m_batch) {
        n.batchStamp = m_batch;
        m_dirty.push_back(id);
    }
}

void EntityStore::apply(std::span<const Change> changes)
{
    if (changes.empty())
        return;
    m_batchMs = m_clock.elapsed(); // one reading per batch: the highlights start together
    bool reset = false;
    if (!m_quiet && !m_observers.empty() && int(changes.size()) > m_limits.resetThreshold) {
        int created = 0;
        for (const auto &c : changes) {
            if (c.op == Change::Op::Upsert && find(c.node) == NoNode)
                ++created;
        }
        reset = created > m_limits.resetThreshold;
    }
    if (reset) {
        for (auto *o : m_observers)
            o->storeAboutToReset();
        m_silent = true;
    }
    m_aheadKeys.assign(changes.size(), std::nullopt);
    m_aheadIds.assign(changes.size(), NoNode);
    for (size_t i = 0; i < changes.size(); ++i) {
        prefetchAhead(changes, i);
        applyOne(changes[i], m_aheadKeys[i] ? &*m_aheadKeys[i] : nullptr);
    }
    if (!m_observers.empty()) {
        sortPending();
    } else {
        // Left for node() to sort; the list keeps each waiting parent once.
        std::erase_if(m_unsorted, [this](NodeId p) {
            return p >= m_nodes.size() || m_nodes[p].sortedChildren == Node::AllSorted;
        });
        std::sort(m_unsorted.begin(), m_unsorted.end());
        m_unsorted.erase(std::unique(m_unsorted.begin(), m_unsorted.end()), m_unsorted.end());
    }
    if (reset) {
        m_silent = false;
        for (auto *o : m_observers)
            o->storeReset();
    }
    std::vector<NodeId> dirty;
    dirty.swap(m_dirty);
    std::erase_if(dirty, [this](NodeId id) { return !isValid(id); });
    ++m_batch;
    if (m_batch == 0)
        m_batch = 1;
    if (!reset && !m_quiet) {
        for (auto *o : m_observers)
            o->storeBatchFinished(dirty);
    }
    Q_EMIT batchApplied(int(changes.size()));
}

void EntityStore::applyOne(const Change &c, const NumericKey *key)
{
    switch (c.op) {
    case Change::Op::Upsert:
    case Change::Op::Update:
        applyUpsert(c, key);
        return;
    case Change::Op::Ensure: {
        NodeId id = find(c.node);
        if (id == NoNode) {
            id = ensure(c.node, c.parent, c.grandparent, c.seq, c.wallMs);
        } else if (c.revive && m_nodes[id].deleted) {
            reviveAsPlaceholder(id, c.seq, c.wallMs);
        } else {
            return;
        }
        ++m_appliedCount;
        if (m_applied)
            m_applied(c, id);
        return;
    }
    case Change::Op::Remove: {
        const NodeId id = find(c.node);
        if (id == NoNode || id == RootNode) {
            ++m_ignored;
            return;
        }
        applyRemove(id, c);
        return;
    }
    case Change::Op::RemoveChildren: {
        const NodeId id = find(c.node);
        if (id == NoNode) {
            ++m_ignored;
            return;
        }
        QSet<EntityId> keep;
        for (const QString &keepId : c.ids)
            keep.insert(EntityId(keepId));
        sortChildren(id);
        const auto [first, last] = kindRange(id, c.childKind);
        std::vector<NodeId> victims;
        for (int i = first; i < last; ++i) {
            const NodeId child = m_nodes[id].children[size_t(i)];
            if (!m_nodes[child].deleted && !keep.contains(m_nodes[child].ref.id))
                victims.push_back(child);
        }
        for (NodeId v : victims)
            applyRemove(v, c);
        return;
    }
    case Change::Op::UpdateWhere:
    case Change::Op::RemoveWhere:
        applyWhere(c);
        return;
    case Change::Op::Reorder:
        applyReorder(c);
        return;
    case Change::Op::MarkStale:
    case Change::Op::ClearStale: {
        const NodeId id = find(c.node);
        if (id == NoNode) {
            ++m_ignored;
            return;
        }
        m_nodes[id].stale = c.op == Change::Op::MarkStale;
        touch(m_nodes[id], c.seq);
        markDirty(id, Mark::None);
        ++m_appliedCount;
        if (m_applied)
            m_applied(c, id);
        return;
    }
    }
}

bool EntityStore::refuseGrowthPastCap(RawObject &merged, RawObject &before)
{
    // An entity at the cap still takes changes to the members it has.
    if (merged.size() <= m_limits.membersPerNode || merged.size() <= before.size())
        return false;
    merged = std::move(before);
    ++m_capped;
    return true;
}

void EntityStore::applyUpsert(const Change &c, const NumericKey *key)
{
    NodeId id = key ? m_numericIndex.value(*key) : find(c.node);
    if (id == RootNode) {
        ++m_ignored;
        return;
    }
    if (id == NoNode) {
        if (c.op == Change::Op::Update) {
            ++m_ignored;
            return;
        }
        if (c.data.size() > m_limits.membersPerNode) {
            ++m_capped;
            return;
        }
        const NodeId parent = c.parent.isRoot()
                ? RootNode
                : ensure(c.parent, c.grandparent, NodeRef {}, c.seq, c.wallMs);
        id = allocate(c.node.kind, c.node);
        Node &n = m_nodes[id];
        n.data = c.data;
        n.createdSeq = n.updatedSeq = c.seq;
        n.createdMs = n.updatedMs = c.wallMs;
        n.sortKey = computeSortKey(n);
        touch(n, c.seq);
        insertChild(parent, id);
        markDirty(id, Mark::Created);
        ++m_appliedCount;
        if (m_applied)
            m_applied(c, id);
        return;
    }

    Node &n = m_nodes[id];
    if (c.op == Change::Op::Update && c.data.isEmpty() && !c.replace) {
        // A message about the entity that carries no new state (a row history entry).
        touch(n, c.seq);
        ++m_appliedCount;
        if (m_applied)
            m_applied(c, id);
        return;
    }
    const bool revive = c.op == Change::Op::Upsert && (n.deleted || n.placeholder);
    // The version before, for reposition(): moved out rather than shared where the data is
    // about to be replaced anyway (sharing is an atomic increment on a line that may be cold).
    RawObject before;
    if (c.replace) {
        if (c.data.size() > m_limits.membersPerNode) {
            ++m_capped;
            return;
        }
        before = n.data;
        replaceData(n, c.data, c.seq, c.wallMs);
    } else if (m_limits.historyPerNode <= 0) {
        before = std::move(n.data);
        n.data = before.merged(c.data); // no versions kept: no undo to build
        if (refuseGrowthPastCap(n.data, before))
            return;
    } else {
        before = std::move(n.data);
        // The undo patch goes from the builder straight into the history log.
        RawObject::Builder &undo = m_undo;
        undo.reset();
        n.data = before.merged(c.data, undo);
        if (refuseGrowthPastCap(n.data, before))
            return;
        if (before.isEmpty() && n.placeholder)
            undo.reset();
        keepVersion(n, undo, c.seq, c.wallMs);
    }
    if (n.kind != c.node.kind && familyOf(n.kind) == familyOf(c.node.kind))
        n.kind = c.node.kind; // a ContentServer path that turned from directory to file
    // A message that restates what the entity already holds (a GraphQL result, a reloaded
    // snapshot, a row sent again whole) is no change: it is in the entity's frames, but it
    // neither flashes nor counts as its last update.
    const bool changed = revive || n.data != before;
    if (changed) {
        n.updatedSeq = c.seq;
        n.updatedMs = c.wallMs;
    }
    touch(n, c.seq);
    Mark mark = changed ? Mark::Updated : Mark::None;
    if (revive) {
        if (n.placeholder) {
            n.createdSeq = c.seq;
            n.createdMs = c.wallMs;
        }
        n.placeholder = false;
        n.deleted = false;
        n.deletedMs = 0;
        mark = Mark::Created;
    }
    const bool sameParent = !c.parent.isRoot() && n.parent != NoNode
            && keyOf(m_nodes[n.parent].ref) == keyOf(c.parent);
    if (!sameParent && (!c.parent.isRoot() || (revive && n.parent == NoNode))) {
        const NodeId parent = c.parent.isRoot()
                ? RootNode
                : ensure(c.parent, c.grandparent, NodeRef {}, c.seq, c.wallMs);
        if (parent != m_nodes[id].parent && parent != id) {
            detachChild(id);
            m_nodes[id].sortKey = computeSortKey(m_nodes[id]);
            insertChild(parent, id);
        }
    }
    reposition(id, before);
    if (!c.replace)
        m_nodes[id].data.reuseBuffer(std::move(before));
    markDirty(id, mark);
    ++m_appliedCount;
    if (m_applied)
        m_applied(c, id);
}

void EntityStore::reviveAsPlaceholder(NodeId id, quint64 seq, qint64 wallMs)
{
    Node &n = m_nodes[id];
    // What it was before its removal becomes a previous version: the removal stays in its
    // history, and the placeholder waits for the server to describe it again.
    const RawObject before = n.data;
    replaceData(n, RawObject(), seq, wallMs);
    n.deleted = false;
    n.deletedMs = 0;
    n.placeholder = true;
    n.updatedSeq = seq;
    n.updatedMs = wallMs;
    touch(n, seq);
    reposition(id, before);
    markDirty(id, Mark::Created);
}

void EntityStore::setDeleted(NodeId id, quint64 seq, qint64 wallMs)
{
    Node &n = m_nodes[id];
    n.deleted = true;
    n.deletedMs = wallMs;
    n.updatedSeq = seq;
    touch(n, seq);
    markDirty(id, Mark::Deleted);
}

void EntityStore::applyRemove(NodeId id, const Change &c)
{
    if (c.dropChildren) {
        while (!m_nodes[id].children.empty())
            eraseSubtree(m_nodes[id].children.back());
    }
    if (!m_limits.keepTombstones) {
        eraseSubtree(id);
    } else {
        if (m_nodes[id].deleted) {
            ++m_ignored;
            return;
        }
        setDeleted(id, c.seq, c.wallMs);
    }
    ++m_appliedCount;
    if (m_applied)
        m_applied(c, id);
}

NodeId EntityStore::resolveHashed(Kind kind, const QString &hash, NodeId parent) const
{
    auto matches = [&](NodeId id) {
        return QCryptographicHash::hash(
                       m_nodes[id].ref.id.toString().toUtf8(), QCryptographicHash::Sha256)
                       .toHex()
                == hash.toLatin1();
    };
    if (parent != NoNode) {
        for (NodeId child : m_nodes[parent].children) {
            if (m_nodes[child].kind == kind && matches(child))
                return child;
        }
        return NoNode;
    }
    for (NodeId id : nodesOfKind(kind)) {
        if (matches(id))
            return id;
    }
    return NoNode;
}

void EntityStore::applyReorder(const Change &c)
{
    NodeId parent = find(c.node);
    if (parent == NoNode && c.hashedIds && c.node.id.text().size() == 64)
        parent = resolveHashed(c.node.kind, c.node.id.text(), NoNode);
    if (parent == NoNode) {
        ++m_ignored;
        return;
    }
    // Map each child of the kind to its new 1-based position.
    QHash<QString, int> position;
    for (int i = 0; i < c.ids.size(); ++i)
        position.insert(c.ids[i], i + 1);
    std::vector<std::pair<NodeId, int>> updates;
    sortChildren(parent);
    const auto [first, last] = kindRange(parent, c.childKind);
    for (int i = first; i < last; ++i) {
        const NodeId child = m_nodes[parent].children[size_t(i)];
        QString key = m_nodes[child].ref.id.toString();
        if (c.hashedIds)
            key = QString::fromLatin1(
                    QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
        const int pos = position.value(key, 0);
        if (pos > 0)
            updates.emplace_back(child, pos);
    }
    for (auto [child, pos] : updates) {
        Node &n = m_nodes[child];
        const RawObject before = n.data;
        replaceData(n, n.data.with("order", QByteArray::number(pos)), c.seq, c.wallMs);
        n.updatedSeq = c.seq;
        n.updatedMs = c.wallMs;
        touch(n, c.seq);
        reposition(child, before);
        markDirty(child, Mark::Updated);
    }
    ++m_appliedCount;
    if (m_applied)
        m_applied(c, parent);
}

void EntityStore::applyWhere(const Change &c)
{
    int hits = 0;
    for (NodeId id : nodesOfKind(c.node.kind)) {
        Node &n = m_nodes[id];
        auto v = n.data.value(c.matchKey);
        if (!v || *v != c.matchValue)
            continue;
        ++hits;
        if (c.op == Change::Op::RemoveWhere) {
            if (!n.deleted)
                setDeleted(id, c.seq, c.wallMs);
        } else {
            RawObject merged = n.data.merged(c.data);
            if (merged.size() > m_limits.membersPerNode && merged.size() > n.data.size()) {
                ++m_capped;
                continue;
            }
            replaceData(n, std::move(merged), c.seq, c.wallMs);
            n.updatedSeq = c.seq;
            n.updatedMs = c.wallMs;
            touch(n, c.seq);
            markDirty(id, Mark::Updated);
        }
        if (m_applied)
            m_applied(c, id);
    }
    if (hits == 0)
        ++m_ignored;
    else
        ++m_appliedCount;
}

} // namespace Feedscope
