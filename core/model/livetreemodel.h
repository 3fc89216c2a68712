// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include "entitystore.h"

namespace Feedscope {

// The entity tree as a Qt model. It holds no state of its own but which group folders a
// node shows (a table's "Fields", "Views", "Rows"): everything else is read from the store.
// The store tells it about each structural change before and after it happens, so the
// begin*/end* calls bracket the real mutation; data changes arrive once per batch and are
// coalesced into ranges.
class LiveTreeModel : public QAbstractItemModel, private StoreObserver
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, IdColumn, CountColumn, ColumnCount };

    explicit LiveTreeModel(EntityStore *store, QObject *parent = nullptr);
    ~LiveTreeModel() override;

    EntityStore *store() const { return m_store; }
    QModelIndex indexOfNode(NodeId id, int column = 0) const;
    NodeId nodeOf(const QModelIndex &index) const; // NoNode for folders
    bool isFolder(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // internalId: low 32 bits node id; bits 32+ hold folder kind + 1 (0: an entity item).
    static quintptr entityItem(NodeId id) { return quintptr(id); }
    static quintptr folderItem(NodeId parent, Kind kind)
    {
        return (quintptr(int(kind) + 1) << 32) | quintptr(parent);
    }
    static NodeId itemNode(quintptr item) { return NodeId(item & 0xffffffffu); }
    static int itemFolderKind(quintptr item) { return int(item >> 32) - 1; }

    bool grouped(NodeId id) const;
    quint32 folderMask(NodeId id) const;
    int folderOrdinal(NodeId id, Kind kind) const; // row of a folder among its siblings
    Kind folderAt(NodeId id, int row) const;
    QModelIndex parentIndexForChild(NodeId parent, Kind kind) const;
    int modelRow(NodeId id) const;

    void storeAboutToInsert(NodeId parent, int row, Kind kind) override;
    void storeInserted(NodeId parent, int row, Kind kind) override;
    void storeAboutToRemove(NodeId parent, int row, Kind kind) override;
    void storeRemoved(NodeId parent, int row, Kind kind) override;
    void storeAboutToMove(NodeId parent, int from, int to, Kind kind) override;
    void storeMoved(NodeId parent, int from, int to, Kind kind) override;
    void storeAboutToReset() override;
    void storeReset() override;
    void storeBatchFinished(const std::vector<NodeId> &changed) override;

    EntityStore *m_store;
    mutable QHash<NodeId, quint32> m_folders; // folders shown, per grouped node
    QList<NodeId> m_countChanged; // parents whose child counts changed this batch
    bool m_moving = false;
};

} // namespace Feedscope
