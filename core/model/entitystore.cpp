// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include <algorithm>
#include <charconv>

#include <QCryptographicHash>
#include <QSet>

#include "logging.h"
#include "util/prefetch.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

EntityStore::EntityStore(QObject *parent)
    : QObject(parent)
    , m_schema(std::make_shared<NodeSchema>())
{
    m_clock.start();
    clear();
}

EntityStore::~EntityStore() = default;

void EntityStore::setSchema(std::shared_ptr<const NodeSchema> schema)
{
    m_schema = schema ? std::move(schema) : std::make_shared<NodeSchema>();
    const KindTable &kinds = m_schema->kinds();
    m_family.resize(size_t(std::max(kinds.count(), 1)));
    for (size_t k = 0; k < m_family.size(); ++k)
        m_family[k] = kinds.family(Kind(k));
}

std::vector<NodeId> EntityStore::childrenOf(NodeId parent, Kind kind) const
{
    std::vector<NodeId> out;
    if (!isValid(parent) && parent != RootNode)
        return out;
    const auto [first, last] = kindRange(parent, kind);
    const Node &p = node(parent);
    out.assign(p.children.begin() + first, p.children.begin() + last);
    return out;
}

void EntityStore::setLimits(const StoreLimits &limits)
{
    m_limits = limits;
}

void EntityStore::addObserver(StoreObserver *observer)
{
    sortPending(); // observers read children by index from now on
    m_observers.push_back(observer);
}

void EntityStore::sortPending()
{
    for (NodeId parent : m_unsorted) {
        if (parent < m_nodes.size())
            sortChildren(parent);
    }
    m_unsorted.clear();
}

void EntityStore::removeObserver(StoreObserver *observer)
{
    std::erase(m_observers, observer);
}

void EntityStore::clear()
{
    for (auto *o : m_observers)
        o->storeAboutToReset();
    m_nodes.clear();
    m_free.clear();
    m_index.clear();
    m_numericIndex.clear();
    m_dirty.clear();
    m_unsorted.clear();
    m_history.clear();
    m_historyTotal = 0;
    m_count = 0;
    Node root;
    root.kind = Kind::Root;
    root.alive = true;
    m_nodes.push_back(std::move(root));
    for (auto *o : m_observers)
        o->storeReset();
    Q_EMIT cleared();
}

size_t EntityStore::versionsGone(const Node &n) const
{
    size_t gone = 0;
    while (gone < n.versions.size() && !m_history.holds(n.versions[gone]))
        ++gone;
    return gone;
}

size_t EntityStore::historySize(NodeId id) const
{
    const Node &n = m_nodes[id];
    return n.versions.size() - versionsGone(n);
}

EntityStore::HistoryEntry EntityStore::historyEntry(NodeId id, size_t historyIndex) const
{
    const Node &n = m_nodes[id];
    const auto e = m_history.entry(n.versions[versionsGone(n) + historyIndex]);
    return HistoryEntry {e.seq, e.wallMs, e.undo.detached()};
}

RawObject EntityStore::version(NodeId id, size_t historyIndex) const
{
    const Node &n = m_nodes[id];
    const size_t gone = versionsGone(n);
    RawObject data = n.data;
    for (size_t i = n.versions.size(); i-- > gone + historyIndex;)
        data = data.patched(m_history.entry(n.versions[i]).undo);
    return data;
}

bool EntityStore::changedInLastUpdate(NodeId id, QByteArrayView key) const
{
    const Node &n = m_nodes[id];
    if (n.mark != Mark::Updated || n.versions.empty() || !m_history.holds(n.versions.back()))
        return false;
    const auto last = m_history.entry(n.versions.back());
    return last.seq == n.updatedSeq && last.undo.contains(key);
}

NodeId EntityStore::find(const NodeRef &ref) const
{
    if (ref.isRoot())
        return RootNode;
    const NodeRef key = keyOf(ref);
    if (const auto numeric = numericKey(key))
        return m_numericIndex.value(*numeric);
    return m_index.value(key, NoNode);
}

std::optional<EntityStore::NumericKey> EntityStore::numericKey(const NodeRef &ref)
{
    // Most ids and scopes are numbers (Baserow rows in their table, tables, fields…): those are
    // looked up by integers, which hash and compare far cheaper than strings.
    static_assert(EntityId::MaxNumber < (quint64(1) << 52));
    if (!ref.id.isNumber() || (!ref.scope.isEmpty() && !ref.scope.isNumber()))
        return std::nullopt;
    const quint64 scope = ref.scope.isEmpty() ? 0 : ref.scope.number() + 1;
    return NumericKey {(quint64(ref.kind) << 52) | ref.id.number(), scope};
}

NodeId EntityStore::find(Kind kind, const EntityId &id, const EntityId &scope) const
{
    return find(NodeRef {kind, id, scope});
}

std::vector<NodeId> EntityStore::nodesOfKind(Kind kind) const
{
    std::vector<NodeId> out;
    for (NodeId i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes[i].alive && m_nodes[i].kind == kind)
            out.push_back(i);
    }
    return out;
}

QString EntityStore::label(NodeId id) const
{
    if (!isValid(id) || id == RootNode)
        return {};
    return m_schema->label(*this, id);
}

bool EntityStore::lessThan(NodeId a, NodeId b) const
{
    const Node &na = m_nodes[a];
    const Node &nb = m_nodes[b];
    if (na.kind != nb.kind)
        return na.kind < nb.kind;
    return na.sortKey < nb.sortKey;
}

int EntityStore::insertPosition(const Node &parent, NodeId child) const
{
    auto it = std::upper_bound(parent.children.begin(), parent.children.end(), child,
            [this](NodeId a, NodeId b) { return lessThan(a, b); });
    return int(it - parent.children.begin());
}

int EntityStore::indexInParent(NodeId id) const
{
    const Node &n = m_nodes[id];
    if (n.parent == NoNode)
        return -1;
    const Node &p = node(n.parent);
    auto it = std::lower_bound(p.children.begin(), p.children.end(), id,
            [this](NodeId a, NodeId b) { return lessThan(a, b); });
    if (it != p.children.end() && *it == id)
        return int(it - p.children.begin());
    // Fallback (never expected): linear search.
    auto lin = std::find(p.children.begin(), p.children.end(), id);
    return lin == p.children.end() ? -1 : int(lin - p.children.begin());
}

std::pair<int, int> EntityStore::kindRange(NodeId parent, Kind kind) const
{
    const auto &ch = node(parent).children;
    auto lo = std::lower_bound(
            ch.begin(), ch.end(), kind, [this](NodeId a, Kind k) { return m_nodes[a].kind < k; });
    auto hi = std::upper_bound(
            lo, ch.end(), kind, [this](Kind k, NodeId a) { return k < m_nodes[a].kind; });
    return {int(lo - ch.begin()), int(hi - ch.begin())};
}

QByteArray EntityStore::computeSortKey(const Node &n) const
{
    QByteArray key = m_schema->sortKey(n.kind, n.data);
    key.append('\x1f');
    // Ids: numbers before text, numbers in numeric order (zero-padded). Digits that are not a
    // canonical number ("007", or too long for one) still sort as numbers.
    QByteArray digits;
    if (n.ref.id.isNumber()) {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, n.ref.id.number());
        digits = QByteArray(buf, res.ptr - buf);
    } else if (const QString &text = n.ref.id.text(); !text.isEmpty()
               && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        digits = text.toLatin1();
    } else {
        key.append('~');
        key.append(text.toUtf8());
        return key;
    }
    key.append(QByteArray(std::max<qsizetype>(0, 20 - digits.size()), '0'));
    key.append(digits);
    return key;
}

NodeId EntityStore::allocate(Kind kind, const NodeRef &ref)
{
    NodeId id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
        m_nodes[id] = Node();
    } else {
        id = NodeId(m_nodes.size());
        m_nodes.emplace_back();
    }
    Node &n = m_nodes[id];
    n.kind = kind;
    n.ref = ref;
    n.ref.kind = kind;
    n.alive = true;
    if (const auto key = numericKey(keyOf(n.ref)))
        m_numericIndex.insert(*key, id);
    else
        m_index.insert(keyOf(n.ref), id);
    ++m_count;
    return id;
}

void EntityStore::insertChild(NodeId parent, NodeId child)
{
    Node &p = m_nodes[parent];
    if ((m_observers.empty() || m_silent) && !p.children.empty()) {
        // Nobody needs the row now: append, and sort the tail into place once per batch (a
        // row at a time into a 100 000-row table would move the whole list each time).
        if (p.sortedChildren == Node::AllSorted) {
            p.sortedChildren = quint32(p.children.size());
            m_unsorted.push_back(parent);
        }
        m_nodes[child].parent = parent;
        p.children.push_back(child);
        return;
    }
    sortChildren(parent);
    const int row = insertPosition(p, child);
    const Kind kind = m_nodes[child].kind;
    if (!m_silent) {
        for (auto *o : m_observers)
            o->storeAboutToInsert(parent, row, kind);
    }
    m_nodes[child].parent = parent;
    auto &ch = m_nodes[parent].children;
    ch.insert(ch.begin() + row, child);
    if (!m_silent) {
        for (auto *o : m_observers)
            o->storeInserted(parent, row, kind);
    }
}

void EntityStore::sortChildren(NodeId parent)
{
    Node &p = m_nodes[parent];
    if (p.sortedChildren == Node::AllSorted)
        return;
    auto less = [this](NodeId a, NodeId b) { return lessThan(a, b); };
    auto &ch = p.children;
    const size_t sorted = p.sortedChildren;
    const size_t added = ch.size() - sorted;
    const auto middle = ch.begin() + qsizetype(sorted);
    const bool tailSorted = std::is_sorted(middle, ch.end(), less);
    if (tailSorted && (added == 0 || sorted == 0 || !less(*middle, *(middle - 1)))) {
        // All after the sorted ones, in order (a snapshot applied a page at a time): nothing
        // moves. Without this check every page cost a merge over the whole table.
        p.sortedChildren = Node::AllSorted;
        return;
    }
    if (added * 64 < sorted) {
        // A few new children among many (a row created in a busy table): a binary search
        // each, and a memmove, instead of a merge that compares every child.
        std::vector<NodeId> fresh(middle, ch.end());
        ch.resize(sorted);
        for (NodeId id : fresh)
            ch.insert(std::upper_bound(ch.begin(), ch.end(), id, less), id);
    } else {
        if (!tailSorted)
            std::sort(middle, ch.end(), less);
        std::inplace_merge(ch.begin(), middle, ch.end(), less);
    }
    p.sortedChildren = Node::AllSorted;
}

void EntityStore::detachChild(NodeId child)
{
    const NodeId parent = m_nodes[child].parent;
    if (parent == NoNode)
        return;
    sortChildren(parent);
    const int row = indexInParent(child);
    const Kind kind = m_nodes[child].kind;
    if (!m_silent) {
        for (auto *o : m_observers)
            o->storeAboutToRemove(parent, row, kind);
    }
    auto &ch = m_nodes[parent].children;
    ch.erase(ch.begin() + row);
    m_nodes[child].parent = NoNode;
    if (!m_silent) {
        for (auto *o : m_observers)
            o->storeRemoved(parent, row, kind);
    }
}

void EntityStore::eraseSubtree(NodeId id)
{
    // Children first, last to first, so each removal is a plain tail or middle erase.
    while (!m_nodes[id].children.empty())
        eraseSubtree(m_nodes[id].children.back());
    detachChild(id);
    Node &n = m_nodes[id];
    if (const auto key = numericKey(keyOf(n.ref)))
        m_numericIndex.remove(*key);
    else
        m_index.remove(keyOf(n.ref));
    const size_t gone = versionsGone(n);
    for (size_t i = gone; i < n.versions.size(); ++i)
        m_history.markDropped(n.versions[i]);
    m_historyTotal -= qsizetype(n.versions.size() - gone);
    n = Node();
    m_free.push_back(id);
    --m_count;
}

void EntityStore::reposition(NodeId id, const RawObject &before)
{
    Node &n = m_nodes[id];
    if (m_schema->sameSortKey(n.kind, before, n.data))
        return;
    const QByteArray key = computeSortKey(n);
    if (key == n.sortKey)
        return;
    const NodeId parent = n.parent;
    if (parent == NoNode) {
        n.sortKey = key;
        return;
    }
    sortChildren(parent);
    const int from = indexInParent(id);
    auto &ch = m_nodes[parent].children;
    ch.erase(ch.begin() + from);
    n.sortKey = key;
    const int pos = insertPosition(m_nodes[parent], id);
    ch.insert(ch.begin() + pos, id);
    if (pos == from || m_silent)
        return;
    // Tell the observers as a move in the old indexing; undo-redo keeps begin/end around it.
    ch.erase(ch.begin() + pos);
    ch.insert(ch.begin() + from, id);
    const int to = pos > from ? pos + 1 : pos;
    for (auto *o : m_observers)
        o->storeAboutToMove(parent, from, to, n.kind);
    ch.erase(ch.begin() + from);
    ch.insert(ch.begin() + pos, id);
    for (auto *o : m_observers)
        o->storeMoved(parent, from, to, n.kind);
}

NodeId EntityStore::ensure(const NodeRef &ref, const NodeRef &parent, const NodeRef &grandparent,
        quint64 seq, qint64 wallMs)
{
    if (ref.isRoot())
        return RootNode;
    NodeId id = find(ref);
    if (id != NoNode)
        return id;
    const NodeId p =
            parent.isRoot() ? RootNode : ensure(parent, grandparent, NodeRef {}, seq, wallMs);
    id = allocate(ref.kind, ref);
    Node &n = m_nodes[id];
    n.placeholder = true;
    n.createdSeq = seq;
    n.createdMs = wallMs;
    n.sortKey = computeSortKey(n);
    insertChild(p, id);
    markDirty(id, Mark::Created);
    return id;
}

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
    if (mark != Mark::None) {
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
    if (!m_observers.empty() && int(changes.size()) > m_limits.resetThreshold) {
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
    if (!reset) {
        for (auto *o : m_observers)
            o->storeBatchFinished(dirty);
    }
    Q_EMIT batchApplied(int(changes.size()));
}

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
        before = n.data;
        replaceData(n, c.data, c.seq, c.wallMs);
    } else if (m_limits.historyPerNode <= 0) {
        before = std::move(n.data);
        n.data = before.merged(c.data); // no versions kept: no undo to build
    } else {
        before = std::move(n.data);
        // The undo patch goes from the builder straight into the history log.
        RawObject::Builder &undo = m_undo;
        undo.reset();
        n.data = before.merged(c.data, undo);
        if (before.isEmpty() && n.placeholder)
            undo.reset();
        keepVersion(n, undo, c.seq, c.wallMs);
    }
    if (n.kind != c.node.kind && familyOf(n.kind) == familyOf(c.node.kind))
        n.kind = c.node.kind; // a ContentServer path that turned from directory to file
    n.updatedSeq = c.seq;
    n.updatedMs = c.wallMs;
    touch(n, c.seq);
    Mark mark = Mark::Updated;
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
            replaceData(n, n.data.merged(c.data), c.seq, c.wallMs);
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

void EntityStore::clearTombstones()
{
    std::vector<NodeId> victims;
    for (NodeId i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes[i].alive && m_nodes[i].deleted)
            victims.push_back(i);
    }
    if (victims.empty())
        return;
    for (auto *o : m_observers)
        o->storeAboutToReset();
    m_silent = true;
    for (NodeId v : victims) {
        if (m_nodes[v].alive && m_nodes[v].deleted)
            eraseSubtree(v);
    }
    m_silent = false;
    for (auto *o : m_observers)
        o->storeReset();
}

} // namespace Feedscope
