// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include "entitystore.h"

namespace Feedscope {

// The rows of one table as a grid, for a feed whose schema has one (GridKinds): a column per
// column entity (named after it, keyed by its member: a Baserow field's field_N) or per member
// its rows have, a row per row entity in the table's order. Reads everything from the store;
// only the column list is its own. Rows map to the table's child list in O(1).
class TableRowsModel : public QAbstractTableModel, private StoreObserver
{
    Q_OBJECT
public:
    explicit TableRowsModel(EntityStore *store, QObject *parent = nullptr);
    ~TableRowsModel() override;

    // Shows the rows of this table (a NodeRef of the grid's table kind); an unknown table shows
    // nothing until it appears.
    void setTable(const NodeRef &table);
    NodeRef table() const { return m_tableRef; }
    NodeId rowNode(int row) const;
    int rowOf(NodeId id) const;
    QByteArray columnKey(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Column
    {
        QByteArray key; // "id", "field_60001"
        NodeId field = NoNode;
    };
    void resolveTable();
    std::pair<int, int> rowRange() const;
    QList<Column> computeColumns() const;
    void updateColumns();
    void noteExtraKeys(NodeId row);

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
    GridKinds m_grid;
    NodeRef m_tableRef;
    NodeId m_table = NoNode;
    QList<Column> m_columns;
    QList<QByteArray> m_extraKeys; // field_N keys seen in rows with no known field
    QSet<QByteArray> m_extraSet;
    bool m_moving = false;
    bool m_fieldsChanged = false;
};

// Display text for a JSON cell value: strings bare, select options by their value, lists
// joined, null empty.
QString cellText(QByteArrayView json);
// A sortable value: numbers (also decimal strings) as double, others as text.
QVariant cellSortValue(QByteArrayView json);

} // namespace Feedscope
