// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include "boundedring.h"
#include "historylog.h"
#include "numericindex.h"
#include "storeobserver.h"
#include "vocab/change.h"
#include "vocab/nodeschema.h"
#include "vocab/policies.h"

namespace Feedscope {

// The one copy of a feed's live state: entities keyed by kind + scope + id, in a tree, each
// with its merged latest JSON, times, flags and a bounded history. Changes are applied in
// batches; observers (the item models) hear about every structural change as it happens. It
// knows no feed: the feed's schema names, labels and orders its kinds, and says which kinds
// share a key space.
class EntityStore : public QObject, public NodeLookup
{
    Q_OBJECT
public:
    enum class Mark : quint8 { None, Created, Updated, Deleted };

    // A previous version, kept as the undo patch from the next version to it (the members the
    // next version changed, with their old values; RawObject::patched reads an empty value as
    // "absent"). A row update that changes one cell keeps one cell. EntityStore::version
    // rebuilds the whole object.
    struct HistoryEntry
    {
        quint64 seq = 0; // the frame that replaced this version
        qint64 wallMs = 0; // when it was replaced
        RawObject undo;
    };

    // Cache-line aligned, the members every update reads or writes first: they fit in the first
    // HotBytes, which is all that apply() prefetches of a node.
    struct alignas(64) Node
    {
        RawObject data;
        NodeId parent = NoNode;
        Kind kind = Kind::Root;
        bool alive = false;
        bool deleted = false;
        bool placeholder = false;
        bool stale = false;
        Mark mark = Mark::None;
        quint32 batchStamp = 0;
        qint64 markMs = 0; // on the store's monotonic clock
        qint64 updatedMs = 0;
        quint64 updatedSeq = 0;
        // Where its previous versions are in the store's history log, oldest first; the first
        // few may be gone from the log already (see historySize()).
        BoundedRing<HistoryLog::Position> versions;
        BoundedRing<quint64> touched; // the frames that touched it, oldest first

        NodeRef ref;
        // Sorted by (kind, sortKey) whenever node() hands the node out.
        std::vector<NodeId> children;
        // Without observers: children from this index on await sorting. Observers see them
        // sorted at the end of every batch; otherwise node() sorts them when first asked, so a
        // headless monitor on a growing table never pays for an order nobody reads.
        static constexpr quint32 AllSorted = 0xffffffff;
        quint32 sortedChildren = AllSorted;
        QByteArray sortKey;
        qint64 createdMs = 0;
        qint64 deletedMs = 0;
        quint64 createdSeq = 0;
    };
    static constexpr size_t HotBytes = 192;

    explicit EntityStore(QObject *parent = nullptr);
    ~EntityStore() override;

    void setSchema(std::shared_ptr<const NodeSchema> schema);
    const NodeSchema &schema() const { return *m_schema; }
    std::shared_ptr<const NodeSchema> sharedSchema() const { return m_schema; }
    void setLimits(const StoreLimits &limits);
    const StoreLimits &limits() const { return m_limits; }

    void addObserver(StoreObserver *observer);
    void removeObserver(StoreObserver *observer);

    // Applies a batch; observers get one storeBatchFinished at the end. The changes are read,
    // not taken: a session applies slices of its queue in place.
    void apply(std::span<const Change> changes);
    void apply(const Changes &changes) { apply(std::span<const Change>(changes)); }
    // Called for every change that had an effect, with the entity it touched.
    using AppliedCallback = std::function<void(const Change &, NodeId)>;
    void setAppliedCallback(AppliedCallback cb) { m_applied = std::move(cb); }

    // The previous versions kept of an entity: 0 is the oldest, historySize() - 1 the one before
    // the current.
    size_t historySize(NodeId id) const;
    HistoryEntry historyEntry(NodeId id, size_t historyIndex) const;
    // The whole data of a previous version.
    RawObject version(NodeId id, size_t historyIndex) const;
    // A numeric member's values over the versions kept, oldest first and the current one
    // last: for the members that changed in that time and are numbers now (JSON numbers, or
    // strings that read as one: Baserow's decimals). sinceMs: when each value became current
    // (-1 for the oldest kept, whose start is not known).
    struct NumericSeries
    {
        QByteArray key; // the member's key as in the JSON (escaped)
        std::vector<double> values;
        std::vector<qint64> sinceMs;
    };
    std::vector<NumericSeries> numericHistory(NodeId id, qsizetype maxMembers = 8) const;
    // A JSON value's number: a number, or a string holding one; nullopt otherwise.
    static std::optional<double> numberIn(QByteArrayView jsonValue);
    // Whether a member differs between the current version and the one before it, when the
    // last change to the entity was an update in the last batch (the cells to highlight).
    bool changedInLastUpdate(NodeId id, QByteArrayView key) const;

    NodeId find(const NodeRef &ref) const;
    NodeId find(Kind kind, const EntityId &id, const EntityId &scope = {}) const;
    // The ref an entity is looked up by: its kind replaced by its kind's family.
    NodeRef keyOf(const NodeRef &ref) const
    {
        NodeRef r = ref;
        r.kind = familyOf(ref.kind);
        return r;
    }
    Kind familyOf(Kind kind) const
    {
        return size_t(kind) < m_family.size() ? m_family[size_t(kind)] : kind;
    }

    // NodeLookup, for the schema.
    Kind kindOf(NodeId id) const override { return m_nodes[id].kind; }
    const NodeRef &refOf(NodeId id) const override { return m_nodes[id].ref; }
    const RawObject &dataOf(NodeId id) const override { return m_nodes[id].data; }
    NodeId parentOf(NodeId id) const override { return m_nodes[id].parent; }
    NodeId lookup(const NodeRef &ref) const override { return find(ref); }
    std::vector<NodeId> childrenOf(NodeId parent, Kind kind) const override;
    const Node &node(NodeId id) const
    {
        const Node &n = m_nodes[id];
        if (n.sortedChildren != Node::AllSorted) [[unlikely]]
            const_cast<EntityStore *>(this)->sortChildren(id); // an order only, never the data
        return n;
    }
    bool isValid(NodeId id) const { return id < m_nodes.size() && m_nodes[id].alive; }
    int indexInParent(NodeId id) const;
    QString label(NodeId id) const;
    // The names of an entity's members that a column entity stands for (a Baserow row's
    // "field_1001" → "Price", from its table's fields); empty where the feed has none.
    QHash<QString, QString> memberNames(NodeId id) const;
    // Children of one kind under a node: [first, last) in its child list.
    std::pair<int, int> kindRange(NodeId parent, Kind kind) const;
    std::vector<NodeId> nodesOfKind(Kind kind) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    void clearTombstones();
    void clear();

    // The whole state at one moment, to come back to (a recording's time machine). Entity data
    // is shared with the store, not copied, until either side changes it; previous versions are
    // not kept (restore() starts a new history).
    struct Checkpoint;
    std::shared_ptr<const Checkpoint> checkpoint() const;
    // Roughly what a checkpoint holds beyond the data it shares, in bytes.
    static qsizetype checkpointBytes(const Checkpoint &checkpoint);
    // Puts the store back to the checkpoint's state; observers see a reset.
    void restore(const Checkpoint &checkpoint);
    // Between these, observers hear nothing (they see one reset at the end) and nothing is
    // marked as changed: going back over stretches of a recording to reach a moment.
    void beginQuiet();
    void endQuiet();
    bool isQuiet() const { return m_quiet > 0; }

    qsizetype entityCount() const { return m_count; }
    quint64 historyDropped() const { return m_historyDropped; }
    quint64 ignoredChanges() const { return m_ignored; }
    // Changes refused because they would take an entity past StoreLimits::membersPerNode.
    quint64 cappedChanges() const { return m_capped; }
    quint64 appliedChanges() const { return m_appliedCount; }
    qsizetype historyEntries() const { return m_historyTotal; }
    qsizetype historyBytes() const { return m_history.bytes(); }

Q_SIGNALS:
    void batchApplied(int changes);
    void cleared();

private:
    using NumericKey = NumericIndex::Key;
    static std::optional<NumericKey> numericKey(const NodeRef &ref);
    NodeId allocate(Kind kind, const NodeRef &ref);
    NodeId ensure(const NodeRef &ref, const NodeRef &parent, const NodeRef &grandparent,
            quint64 seq, qint64 wallMs);
    NodeId resolveHashed(Kind kind, const QString &hash, NodeId parent) const;
    void insertChild(NodeId parent, NodeId child);
    void detachChild(NodeId child);
    void sortChildren(NodeId parent);
    void sortPending();
    void eraseSubtree(NodeId id);
    void reposition(NodeId id, const RawObject &before);
    int insertPosition(const Node &parent, NodeId child) const;
    bool lessThan(NodeId a, NodeId b) const;
    QByteArray computeSortKey(const Node &n) const;
    // Replaces the entity's data, keeping the old version in its history.
    void replaceData(Node &n, RawObject data, quint64 seq, qint64 wallMs);
    // Keeps the version an undo patch leads back to (nothing when the patch is empty).
    // Undo is a RawObject or a RawObject::Builder.
    template<typename Undo>
    void keepVersion(Node &n, const Undo &undo, quint64 seq, qint64 wallMs);
    // How many of the node's version positions the log no longer holds (they come first).
    size_t versionsGone(const Node &n) const;
    void touch(Node &n, quint64 seq);
    void markDirty(NodeId id, Mark mark);
    // key: numericKey(c.node) when prefetchAhead() already worked it out, else null.
    void applyOne(const Change &c, const NumericKey *key = nullptr);
    // Before changes[i] is applied: starts loading what the next changes will touch (the index
    // slots and nodes of the window after i's, the memory of i's window when it starts, and the
    // data of the change DataAhead on).
    void prefetchAhead(std::span<const Change> changes, size_t i);
    void prefetchWindow(std::span<const Change> changes, size_t first);
    // Loads (a line per page) and prefetches (the rest) what the window of changes from first
    // will read beyond the nodes.
    void touchWindow(std::span<const Change> changes, size_t first);
    void applyUpsert(const Change &c, const NumericKey *key);
    // Puts before back in merged's place when merged grew past the member cap (counted).
    bool refuseGrowthPastCap(RawObject &merged, RawObject &before);
    void applyRemove(NodeId id, const Change &c);
    void applyReorder(const Change &c);
    void applyWhere(const Change &c);
    void setDeleted(NodeId id, quint64 seq, qint64 wallMs);
    void reviveAsPlaceholder(NodeId id, quint64 seq, qint64 wallMs);

    std::shared_ptr<const NodeSchema> m_schema;
    std::vector<Kind> m_family; // by kind: the schema's families, read on every lookup
    StoreLimits m_limits;
    std::vector<Node> m_nodes;
    std::vector<NodeId> m_free;
    QHash<NodeRef, NodeId> m_index; // ids that are not plain numbers
    NumericIndex m_numericIndex; // numericKey(ref) for the others
    std::vector<StoreObserver *> m_observers;
    AppliedCallback m_applied;
    std::vector<NodeId> m_dirty;
    std::vector<NodeId> m_unsorted; // parents with children to sort at the end of the batch
    std::vector<std::optional<NumericKey>> m_aheadKeys; // apply(): per change, for prefetching
    std::vector<NodeId> m_aheadIds;
    HistoryLog m_history;
    RawObject::Builder m_undo; // applyUpsert()'s, kept with its buffers
    QElapsedTimer m_clock;
    quint32 m_batch = 1;
    qint64 m_batchMs = 0;
    bool m_silent = false;
    int m_quiet = 0;
    qsizetype m_count = 0;
    qsizetype m_historyTotal = 0;
    quint64 m_historyDropped = 0;
    quint64 m_ignored = 0;
    quint64 m_capped = 0;
    quint64 m_appliedCount = 0;
};

} // namespace Feedscope
