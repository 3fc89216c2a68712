// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetreemodel.h"

#include <algorithm>
#include <bit>

#include "modelutil.h"
#include "roles.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
// No kind: past the last folder of a parent.
constexpr Kind NoKind = Kind(0xff);
} // namespace

LiveTreeModel::LiveTreeModel(EntityStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_store->addObserver(this);
    connect(m_store, &QObject::destroyed, this, [this] { m_store = nullptr; });
}

LiveTreeModel::~LiveTreeModel()
{
    if (m_store)
        m_store->removeObserver(this);
}

bool LiveTreeModel::grouped(NodeId id) const
{
    return m_store->schema().groupsChildren(m_store->node(id).kind);
}

quint32 LiveTreeModel::folderMask(NodeId id) const
{
    auto it = m_folders.constFind(id);
    if (it != m_folders.constEnd())
        return *it;
    quint32 mask = 0;
    Kind last = NoKind;
    for (NodeId c : m_store->node(id).children) {
        const Kind k = m_store->node(c).kind;
        if (k != last) {
            mask |= 1u << int(k);
            last = k;
        }
    }
    m_folders.insert(id, mask);
    return mask;
}

int LiveTreeModel::folderOrdinal(NodeId id, Kind kind) const
{
    const quint32 mask = folderMask(id);
    return std::popcount(mask & ((1u << int(kind)) - 1));
}

Kind LiveTreeModel::folderAt(NodeId id, int row) const
{
    quint32 mask = folderMask(id);
    for (int i = 0; i < row && mask; ++i)
        mask &= mask - 1;
    return mask ? Kind(std::countr_zero(mask)) : NoKind;
}

int LiveTreeModel::modelRow(NodeId id) const
{
    const NodeId p = m_store->node(id).parent;
    const int row = m_store->indexInParent(id);
    if (p != NoNode && grouped(p))
        return row - m_store->kindRange(p, m_store->node(id).kind).first;
    return row;
}

QModelIndex LiveTreeModel::indexOfNode(NodeId id, int column) const
{
    if (!m_store || id == RootNode || !m_store->isValid(id))
        return {};
    return createIndex(modelRow(id), column, entityItem(id));
}

NodeId LiveTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return RootNode;
    if (itemFolderKind(index.internalId()) >= 0)
        return NoNode;
    return itemNode(index.internalId());
}

bool LiveTreeModel::isFolder(const QModelIndex &index) const
{
    return index.isValid() && itemFolderKind(index.internalId()) >= 0;
}

QModelIndex LiveTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_store || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid() || !isFolder(parent)) {
        const NodeId p = parent.isValid() ? itemNode(parent.internalId()) : RootNode;
        if (parent.isValid() && parent.column() != 0)
            return {};
        if (grouped(p)) {
            const Kind k = folderAt(p, row);
            if (k == NoKind)
                return {};
            return createIndex(row, column, folderItem(p, k));
        }
        const auto &ch = m_store->node(p).children;
        if (row >= int(ch.size()))
            return {};
        return createIndex(row, column, entityItem(ch[size_t(row)]));
    }
    if (parent.column() != 0)
        return {};
    const NodeId p = itemNode(parent.internalId());
    const Kind k = Kind(itemFolderKind(parent.internalId()));
    const auto [first, last] = m_store->kindRange(p, k);
    if (row >= last - first)
        return {};
    return createIndex(row, column, entityItem(m_store->node(p).children[size_t(first + row)]));
}

QModelIndex LiveTreeModel::parentIndexForChild(NodeId parent, Kind kind) const
{
    if (grouped(parent))
        return createIndex(folderOrdinal(parent, kind), 0, folderItem(parent, kind));
    if (parent == RootNode)
        return {};
    return createIndex(modelRow(parent), 0, entityItem(parent));
}

QModelIndex LiveTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_store)
        return {};
    const quintptr item = child.internalId();
    if (itemFolderKind(item) >= 0) {
        const NodeId p = itemNode(item);
        if (p == RootNode)
            return {};
        return createIndex(modelRow(p), 0, entityItem(p));
    }
    const NodeId id = itemNode(item);
    const NodeId p = m_store->node(id).parent;
    if (p == NoNode)
        return {};
    return parentIndexForChild(p, m_store->node(id).kind);
}

int LiveTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_store)
        return 0;
    if (parent.isValid() && parent.column() != 0)
        return 0;
    if (isFolder(parent)) {
        const auto [first, last] = m_store->kindRange(
                itemNode(parent.internalId()), Kind(itemFolderKind(parent.internalId())));
        return last - first;
    }
    const NodeId p = parent.isValid() ? itemNode(parent.internalId()) : RootNode;
    if (grouped(p))
        return std::popcount(folderMask(p));
    return int(m_store->node(p).children.size());
}

int LiveTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool LiveTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant LiveTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr item = index.internalId();
    const int folderKind = itemFolderKind(item);
    if (folderKind >= 0) {
        const NodeId p = itemNode(item);
        const auto [first, last] = m_store->kindRange(p, Kind(folderKind));
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return m_store->schema().kinds().groupTitle(Kind(folderKind));
            if (index.column() == CountColumn)
                return last - first;
            return {};
        case IsFolderRole:
            return true;
        case KindRole:
            return folderKind;
        case NodeIdRole:
            return p;
        case ChildCountRole:
            return last - first;
        case NodeKeyRole:
            return QString(m_store->node(p).ref.id.toString() + u'/'
                    + m_store->schema().kinds().name(Kind(folderKind)) + u"/*"_s);
        case SearchTextRole:
            return m_store->schema().kinds().groupTitle(Kind(folderKind));
        default:
            return {};
        }
    }
    const NodeId id = itemNode(item);
    const auto &n = m_store->node(id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_store->label(id);
        case KindColumn:
            return m_store->schema().kinds().name(n.kind);
        case IdColumn:
            return n.ref.id.toString();
        case CountColumn:
            return n.children.empty() ? QVariant() : QVariant(int(n.children.size()));
        }
        return {};
    case Qt::ToolTipRole:
        return u"%1 %2"_s.arg(m_store->schema().kinds().name(n.kind), n.ref.id.toString());
    case SearchTextRole:
        return QString(m_store->label(id) + u' ' + n.ref.id.toString());
    case NodeIdRole:
        return id;
    case KindRole:
        return int(n.kind);
    case KindNameRole:
        return m_store->schema().kinds().name(n.kind);
    case EntityIdRole:
        return n.ref.id.toString();
    case NodeKeyRole:
        return nodeKey(m_store->schema().kinds(), n.ref);
    case IsFolderRole:
        return false;
    case DeletedRole:
        return n.deleted;
    case PlaceholderRole:
        return n.placeholder;
    case StaleRole:
        return n.stale;
    case MarkRole:
        return int(n.mark);
    case MarkTimeRole:
        return n.markMs;
    case JsonRole:
        return n.data.json();
    case ChildCountRole:
        return int(n.children.size());
    case UpdatedRole:
        return n.updatedMs;
    case SortRole:
        return QString::fromLatin1(n.sortKey);
    default:
        return {};
    }
}

QVariant LiveTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case IdColumn:
        return tr("Id");
    case CountColumn:
        return tr("Count");
    }
    return {};
}

QHash<int, QByteArray> LiveTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(KindNameRole, "kind");
    names.insert(EntityIdRole, "entityId");
    names.insert(DeletedRole, "deleted");
    return names;
}

// --- store notifications -------------------------------------------------------------------

void LiveTreeModel::storeAboutToInsert(NodeId parent, int row, Kind kind)
{
    if (grouped(parent)) {
        const quint32 mask = folderMask(parent);
        if (!(mask & (1u << int(kind)))) {
            // A new group: show its (still empty) folder first, then insert into it.
            const QModelIndex pIdx = parent == RootNode ? QModelIndex() : indexOfNode(parent);
            const int ordinal = std::popcount(mask & ((1u << int(kind)) - 1));
            beginInsertRows(pIdx, ordinal, ordinal);
            m_folders[parent] = mask | (1u << int(kind));
            endInsertRows();
        }
        const int first = m_store->kindRange(parent, kind).first;
        beginInsertRows(parentIndexForChild(parent, kind), row - first, row - first);
    } else {
        beginInsertRows(parentIndexForChild(parent, kind), row, row);
    }
}

void LiveTreeModel::storeInserted(NodeId parent, int, Kind)
{
    endInsertRows();
    if (!m_countChanged.contains(parent))
        m_countChanged.append(parent);
}

void LiveTreeModel::storeAboutToRemove(NodeId parent, int row, Kind kind)
{
    const NodeId child = m_store->node(parent).children[size_t(row)];
    m_folders.remove(child);
    if (grouped(parent)) {
        const int first = m_store->kindRange(parent, kind).first;
        beginRemoveRows(parentIndexForChild(parent, kind), row - first, row - first);
    } else {
        beginRemoveRows(parentIndexForChild(parent, kind), row, row);
    }
}

void LiveTreeModel::storeRemoved(NodeId parent, int, Kind kind)
{
    endRemoveRows();
    if (!m_countChanged.contains(parent))
        m_countChanged.append(parent);
    if (!grouped(parent))
        return;
    const auto [first, last] = m_store->kindRange(parent, kind);
    if (first != last)
        return;
    const quint32 mask = folderMask(parent);
    if (!(mask & (1u << int(kind))))
        return;
    const QModelIndex pIdx = parent == RootNode ? QModelIndex() : indexOfNode(parent);
    const int ordinal = std::popcount(mask & ((1u << int(kind)) - 1));
    beginRemoveRows(pIdx, ordinal, ordinal);
    m_folders[parent] = mask & ~(1u << int(kind));
    endRemoveRows();
}

void LiveTreeModel::storeAboutToMove(NodeId parent, int from, int to, Kind kind)
{
    const QModelIndex pIdx = parentIndexForChild(parent, kind);
    const int offset = grouped(parent) ? m_store->kindRange(parent, kind).first : 0;
    m_moving = beginMoveRows(pIdx, from - offset, from - offset, pIdx, to - offset);
}

void LiveTreeModel::storeMoved(NodeId, int, int, Kind)
{
    if (m_moving)
        endMoveRows();
    m_moving = false;
}

void LiveTreeModel::storeAboutToReset()
{
    beginResetModel();
}

void LiveTreeModel::storeReset()
{
    m_folders.clear();
    m_countChanged.clear();
    endResetModel();
}

void LiveTreeModel::storeBatchFinished(const std::vector<NodeId> &changed)
{
    // Entities: coalesce per parent into runs of adjacent rows (one dataChanged per run, or
    // one spanning range when the runs are many, as Wireshark's packet list does).
    // Grouped by parent and kind, so a run never crosses a folder boundary.
    QHash<quint64, std::vector<int>> rowsByGroup;
    for (NodeId id : changed) {
        const auto &n = m_store->node(id);
        if (n.parent == NoNode)
            continue;
        rowsByGroup[(quint64(n.parent) << 8) | quint64(n.kind)].push_back(
                m_store->indexInParent(id));
    }
    for (auto it = rowsByGroup.begin(); it != rowsByGroup.end(); ++it) {
        const NodeId p = NodeId(it.key() >> 8);
        emitRowRuns(it.value(), 64, [&](int first, int last) {
            const auto &ch = m_store->node(p).children;
            Q_EMIT dataChanged(
                    indexOfNode(ch[size_t(first)]), indexOfNode(ch[size_t(last)], ColumnCount - 1));
        });
    }
    // Counts shown on parents and folders.
    for (NodeId p : std::as_const(m_countChanged)) {
        if (!m_store->isValid(p))
            continue;
        if (p != RootNode) {
            const QModelIndex idx = indexOfNode(p, CountColumn);
            Q_EMIT dataChanged(idx, idx);
        }
        if (grouped(p)) {
            const QModelIndex pIdx = p == RootNode ? QModelIndex() : indexOfNode(p);
            const int n = rowCount(pIdx);
            if (n > 0)
                Q_EMIT dataChanged(index(0, NameColumn, pIdx), index(n - 1, CountColumn, pIdx));
        }
    }
    m_countChanged.clear();
}

} // namespace Feedscope
