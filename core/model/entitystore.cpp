// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

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

std::optional<double> EntityStore::numberIn(QByteArrayView v)
{
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = v.sliced(1, v.size() - 2);
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    const char c = v.front();
    if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')))
        return std::nullopt; // "nan", "inf", words
    bool ok = false;
    const double d = QByteArray::fromRawData(v.data(), v.size()).toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::vector<EntityStore::NumericSeries> EntityStore::numericHistory(
        NodeId id, qsizetype maxMembers) const
{
    std::vector<NumericSeries> out;
    if (!isValid(id))
        return out;
    const Node &n = m_nodes[id];
    const size_t kept = historySize(id);
    if (kept == 0)
        return out;
    // The kept versions read in place in the history log (historyEntry() would copy each).
    const size_t gone = versionsGone(n);
    auto keptVersion = [&](size_t i) { return m_history.entry(n.versions[gone + i]); };
    // The members the versions changed (their undo patches name them), numeric now.
    std::vector<QByteArray> keys;
    for (size_t i = 0; i < kept && qsizetype(keys.size()) < maxMembers; ++i) {
        const auto entry = keptVersion(i);
        const RawObject &undo = entry.undo;
        for (qsizetype k = 0; k < undo.size() && qsizetype(keys.size()) < maxMembers; ++k) {
            const QByteArray key = undo.keyAt(k).toByteArray();
            const auto now = n.data.value(key);
            if (now && numberIn(*now) && std::find(keys.begin(), keys.end(), key) == keys.end())
                keys.push_back(key);
        }
    }
    if (keys.empty())
        return out;
    out.resize(keys.size());
    for (size_t k = 0; k < keys.size(); ++k)
        out[k].key = keys[k];
    // From the current version back, one undo patch at a time.
    auto take = [&](const RawObject &data, qint64 since) {
        for (NumericSeries &s : out) {
            const auto v = data.value(s.key);
            const auto d = v ? numberIn(*v) : std::nullopt;
            s.values.push_back(d ? *d : std::numeric_limits<double>::quiet_NaN());
            s.sinceMs.push_back(since);
        }
    };
    RawObject data = n.data;
    for (size_t i = kept + 1; i-- > 0;) {
        // Version i (kept == current) became current when version i - 1 was replaced.
        if (i == 0) {
            take(data, -1);
            break;
        }
        const auto before = keptVersion(i - 1);
        take(data, before.wallMs);
        data = data.patched(before.undo);
    }
    for (NumericSeries &s : out) {
        std::reverse(s.values.begin(), s.values.end());
        std::reverse(s.sinceMs.begin(), s.sinceMs.end());
    }
    return out;
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

QHash<QString, QString> EntityStore::memberNames(NodeId id) const
{
    QHash<QString, QString> names;
    const GridKinds grid = m_schema->grid();
    if (!isValid(id) || !grid.isValid() || grid.column == Kind::Root)
        return names;
    const NodeId table = m_nodes[id].kind == grid.row ? m_nodes[id].parent : NoNode;
    if (table == NoNode || !isValid(table))
        return names;
    const auto [first, last] = kindRange(table, grid.column);
    const auto &children = m_nodes[table].children;
    for (int i = first; i < last; ++i) {
        const NodeId f = children[size_t(i)];
        // The column's own name (a Baserow field's "name"), else its label.
        const QString name = m_nodes[f].data.string("name").value_or(label(f));
        if (!m_nodes[f].deleted && !name.isEmpty())
            names.insert(QLatin1StringView(grid.columnPrefix) + m_nodes[f].ref.id.toString(), name);
    }
    return names;
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
