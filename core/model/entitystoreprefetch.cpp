// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include "entitystore.h"
#include "util/prefetch.h"

// Prefetching for apply(): what the next changes will touch is loaded ahead, so that the cache
// misses of a flood overlap instead of following one another.
namespace Feedscope {

namespace {
// Changes are prefetched a window at a time, a window ahead: index slots and nodes of a whole
// window in two tight loops (their loads are independent, so they overlap as far as the
// memory system allows); then, as the window starts, what its nodes point to is loaded in
// another tight loop; a few changes ahead of each update, the change's data and the history
// entry it may drop.
constexpr size_t Window = 128;
constexpr size_t DataAhead = 4;
} // namespace

void EntityStore::prefetchWindow(std::span<const Change> changes, size_t first)
{
    const size_t last = std::min(changes.size(), first + Window);
    for (size_t j = first; j < last; ++j) {
        const Change &c = changes[j];
        if (c.op != Change::Op::Upsert && c.op != Change::Op::Update)
            continue;
        m_aheadKeys[j] = numericKey(keyOf(c.node));
        if (m_aheadKeys[j])
            m_numericIndex.prefetch(*m_aheadKeys[j]);
    }
    for (size_t j = first; j < last; ++j) {
        if (!m_aheadKeys[j])
            continue;
        const NodeId id = m_numericIndex.value(*m_aheadKeys[j]);
        m_aheadIds[j] = id;
        if (id < m_nodes.size())
            prefetchRange(&m_nodes[id], HotBytes);
    }
}

void EntityStore::touchWindow(std::span<const Change> changes, size_t first)
{
    // What the window's updates will read beyond their node: the old data and the ring slots
    // (keepVersion() checks the oldest version first, touch() the last frame). Beyond the caches
    // the old data is on a page whose address translation is no longer in the TLB, and on this
    // project's test VM a software prefetch of such a line fetched it without keeping the
    // translation: the update then still paid a page walk (hundreds of cycles) on its first read.
    // So first one real load per page of it, in a tight loop of loads independent of each other,
    // which overlap their walks and misses; then prefetches of its other lines, which find their
    // translations and, unlike loads, do not hold the loop up. The ring slots are prefetched:
    // most are inline in the node, and loading the others as well measured slower. Read through
    // the nodes as they are now, so a stale guess in m_aheadIds reads another live node, never
    // freed memory.
    const size_t last = std::min(changes.size(), first + Window);
    for (size_t j = first; j < last; ++j) {
        const NodeId id = m_aheadIds[j];
        if (id >= m_nodes.size() || m_nodes[id].data.isEmpty())
            continue;
        const char *begin = m_nodes[id].data.storageText().data();
        const char *end = begin + m_nodes[id].data.storageBytes();
        touchLine(begin);
        if (!samePage(begin, end - 1))
            touchLine(end - 1);
    }
    for (size_t j = first; j < last; ++j) {
        const NodeId id = m_aheadIds[j];
        if (id >= m_nodes.size())
            continue;
        const Node &node = m_nodes[id];
        if (const size_t bytes = node.data.storageBytes(); bytes > 64)
            prefetchRange(node.data.storageText().data() + 64, bytes - 64);
        if (!node.versions.empty())
            prefetch(&node.versions.front());
        if (const auto *slot = node.versions.nextSlot(size_t(m_limits.historyPerNode)))
            prefetch(slot);
        if (!node.touched.empty())
            prefetch(&node.touched.back());
        if (const auto *slot = node.touched.nextSlot(size_t(m_limits.touchedPerNode)))
            prefetch(slot);
    }
}

void EntityStore::prefetchAhead(std::span<const Change> changes, size_t i)
{
    // A flood of row updates lands on entities all over memory; applied one after the other,
    // each waits on a dozen cache misses in turn (index slot, node, old data, the version and
    // frame rings, the oldest version at the per-entity cap). Loading them early lets the
    // misses of many changes overlap: index slots and nodes a window ahead, the rest of the
    // window's memory loaded just before it is applied (touchWindow), the change's data and a
    // history entry a few changes ahead. Hints only: a wrong guess (a node the batch creates
    // or erases on the way) costs a wasted load, never a wrong result.
    if (i == 0)
        prefetchWindow(changes, 0);
    if (i % Window == 0) {
        touchWindow(changes, i);
        prefetchWindow(changes, i + Window);
    }
    // A few changes ahead, what touchWindow() does not reach: the change's own data, and the
    // history entry the per-entity cap is about to mark dropped.
    if (const size_t j = i + DataAhead; j < changes.size() && m_aheadIds[j] < m_nodes.size()) {
        changes[j].data.prefetch();
        const Node &node = m_nodes[m_aheadIds[j]];
        const size_t cap = size_t(std::max(m_limits.historyPerNode, 0));
        if (cap > 0 && node.versions.size() >= cap)
            m_history.prefetch(node.versions.front());
    }
}

} // namespace Feedscope
