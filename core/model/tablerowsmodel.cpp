// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerowsmodel.h"

#include "json/jsondom.h"
#include "json/jsonreader.h"
#include "modelutil.h"
#include "roles.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
QString elementText(Json::Element e)
{
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::STRING:
        return Json::qstr(std::string_view(e));
    case T::NULL_VALUE:
        return {};
    case T::OBJECT: {
        auto o = Json::Object(e);
        for (const char *k : {"value", "name", "title", "text"}) {
            if (auto s = Json::string(o, k))
                return Json::qstr(*s);
        }
        if (auto m = Json::member(o, "value"))
            return elementText(*m);
        return QString::fromUtf8(Json::compact(e));
    }
    case T::ARRAY: {
        QStringList parts;
        for (auto item : Json::Array(e))
            parts << elementText(item);
        return parts.join(u", "_s);
    }
    default:
        return QString::fromUtf8(Json::compact(e));
    }
}
} // namespace

QString cellText(QByteArrayView json)
{
    if (json.isEmpty() || json == "null")
        return {};
    if (json.front() == '"')
        return jsonValueText(json);
    if (json.front() != '{' && json.front() != '[')
        return QString::fromUtf8(json);
    thread_local JsonReader reader;
    Json::Element e;
    if (Json::parse(reader.parser(), json, e))
        return QString::fromUtf8(json);
    return elementText(e);
}

QVariant cellSortValue(QByteArrayView json)
{
    if (json.isEmpty() || json == "null")
        return QVariant();
    QByteArrayView v = json;
    if (v.front() == '"')
        v = v.sliced(1, v.size() - 2);
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok)
        return d;
    if (json == "true")
        return 1;
    if (json == "false")
        return 0;
    return cellText(json);
}

TableRowsModel::TableRowsModel(EntityStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_grid(store->schema().grid())
{
    m_store->addObserver(this);
    connect(m_store, &QObject::destroyed, this, [this] { m_store = nullptr; });
}

TableRowsModel::~TableRowsModel()
{
    if (m_store)
        m_store->removeObserver(this);
}

void TableRowsModel::setTable(const NodeRef &table)
{
    beginResetModel();
    m_grid = m_store->schema().grid();
    m_tableRef = table;
    m_extraKeys.clear();
    m_extraSet.clear();
    resolveTable();
    if (m_table != NoNode) {
        const auto [first, last] = rowRange();
        for (int i = first; i < last; ++i)
            noteExtraKeys(m_store->node(m_table).children[size_t(i)]);
    }
    m_columns = computeColumns();
    endResetModel();
}

void TableRowsModel::resolveTable()
{
    m_table = m_store && !m_tableRef.isRoot() && m_grid.isValid() ? m_store->find(m_tableRef)
                                                                  : NoNode;
}

std::pair<int, int> TableRowsModel::rowRange() const
{
    if (m_table == NoNode)
        return {0, 0};
    return m_store->kindRange(m_table, m_grid.row);
}

NodeId TableRowsModel::rowNode(int row) const
{
    const auto [first, last] = rowRange();
    if (row < 0 || first + row >= last)
        return NoNode;
    return m_store->node(m_table).children[size_t(first + row)];
}

int TableRowsModel::rowOf(NodeId id) const
{
    if (m_table == NoNode || !m_store->isValid(id) || m_store->node(id).parent != m_table)
        return -1;
    return m_store->indexInParent(id) - rowRange().first;
}

QByteArray TableRowsModel::columnKey(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].key : QByteArray();
}

QList<TableRowsModel::Column> TableRowsModel::computeColumns() const
{
    QList<Column> cols;
    if (m_table == NoNode)
        return cols;
    cols.append(Column {"id", NoNode});
    QSet<QByteArray> known;
    const auto [first, last] = m_grid.column == Kind::Root
            ? std::pair {0, 0}
            : m_store->kindRange(m_table, m_grid.column);
    for (int i = first; i < last; ++i) {
        const NodeId f = m_store->node(m_table).children[size_t(i)];
        const auto &fn = m_store->node(f);
        const QByteArray key = m_grid.columnPrefix + fn.ref.id.toString().toLatin1();
        if (fn.deleted)
            continue;
        cols.append(Column {key, f});
        known.insert(key);
    }
    for (const QByteArray &key : m_extraKeys) {
        if (!known.contains(key))
            cols.append(Column {key, NoNode});
    }
    return cols;
}

void TableRowsModel::updateColumns()
{
    const QList<Column> next = computeColumns();
    auto keysOf = [](const QList<Column> &cols) {
        QList<QByteArray> keys;
        for (const auto &c : cols)
            keys << c.key;
        return keys;
    };
    const QList<QByteArray> nextKeys = keysOf(next);
    if (keysOf(m_columns) == nextKeys) {
        m_columns = next;
        if (!m_columns.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
        return;
    }
    const QSet<QByteArray> nextSet(nextKeys.begin(), nextKeys.end());
    for (int i = int(m_columns.size()) - 1; i >= 0; --i) {
        if (!nextSet.contains(m_columns[i].key)) {
            beginRemoveColumns({}, i, i);
            m_columns.removeAt(i);
            endRemoveColumns();
        }
    }
    // Kept columns in a new relative order (a field reordered): start over.
    QList<QByteArray> kept;
    const QSet<QByteArray> oldSet = [&] {
        QSet<QByteArray> s;
        for (const auto &c : m_columns)
            s.insert(c.key);
        return s;
    }();
    for (const auto &k : nextKeys) {
        if (oldSet.contains(k))
            kept << k;
    }
    if (kept != keysOf(m_columns)) {
        beginResetModel();
        m_columns = next;
        endResetModel();
        return;
    }
    for (int j = 0; j < next.size(); ++j) {
        if (j < m_columns.size() && m_columns[j].key == next[j].key) {
            m_columns[j] = next[j];
            continue;
        }
        beginInsertColumns({}, j, j);
        m_columns.insert(j, next[j]);
        endInsertColumns();
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void TableRowsModel::noteExtraKeys(NodeId row)
{
    const auto &data = m_store->node(row).data;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QByteArrayView key = data.keyAt(i);
        // Members a column entity stands for (Baserow's field_N), or every member but the id
        // when the feed names no columns.
        if (m_grid.column != Kind::Root ? !key.startsWith(m_grid.columnPrefix) : key == "id")
            continue;
        if (m_extraSet.contains(QByteArray::fromRawData(key.data(), key.size())))
            continue;
        const QByteArray k = key.toByteArray();
        m_extraSet.insert(k);
        m_extraKeys.append(k);
        m_fieldsChanged = true;
    }
}

int TableRowsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    const auto [first, last] = rowRange();
    return last - first;
}

int TableRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableRowsModel::data(const QModelIndex &index, int role) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeId id = rowNode(index.row());
    if (id == NoNode)
        return {};
    const auto &n = m_store->node(id);
    const Column &col = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (col.key == "id")
            return n.ref.id.toString();
        return cellText(n.data.value(col.key).value_or(QByteArrayView()));
    case SortRole:
        if (col.key == "id")
            return (n.ref.id.isNumber() ? qint64(n.ref.id.number()) : n.ref.id.text().toLongLong());
        return cellSortValue(n.data.value(col.key).value_or(QByteArrayView()));
    case RawValueRole:
        if (col.key == "id")
            return n.ref.id.toString().toUtf8();
        return n.data.value(col.key).value_or(QByteArrayView()).toByteArray();
    case ChangedRole:
        // The cell differs from the version before the last change.
        return col.key != "id" && m_store->changedInLastUpdate(id, col.key);
    case NodeIdRole:
        return id;
    case EntityIdRole:
        return n.ref.id.toString();
    case KindRole:
        return int(n.kind);
    case DeletedRole:
        return n.deleted;
    case PlaceholderRole:
        return n.placeholder;
    case MarkRole:
        return int(n.mark);
    case MarkTimeRole:
        return n.markMs;
    case JsonRole:
        return n.data.json();
    case NodeKeyRole:
        return nodeKey(m_store->schema().kinds(), n.ref);
    case UpdatedRole:
        return n.updatedMs;
    default:
        return {};
    }
}

QVariant TableRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &col = m_columns[section];
    if (role == Qt::DisplayRole) {
        if (col.key == "id")
            return tr("id");
        if (col.field != NoNode && m_store->isValid(col.field))
            return m_store->label(col.field);
        return QString::fromLatin1(col.key);
    }
    if (role == Qt::ToolTipRole || role == RawValueRole)
        return QString::fromLatin1(col.key);
    return {};
}

// --- store notifications -------------------------------------------------------------------

void TableRowsModel::storeAboutToInsert(NodeId parent, int row, Kind kind)
{
    if (parent != m_table || kind != m_grid.row)
        return;
    const int r = row - rowRange().first;
    beginInsertRows({}, r, r);
}

void TableRowsModel::storeInserted(NodeId parent, int row, Kind kind)
{
    if (parent == m_table && kind == m_grid.column)
        m_fieldsChanged = true;
    if (parent != m_table || kind != m_grid.row) {
        // A table that appears later (placeholder announced, or first seen): pick it up.
        if (m_table == NoNode && !m_tableRef.isRoot() && kind == m_grid.table) {
            const NodeId child = m_store->node(parent).children[size_t(row)];
            if (m_store->node(child).ref == m_tableRef) {
                beginResetModel();
                resolveTable();
                m_columns = computeColumns();
                endResetModel();
            }
        }
        return;
    }
    endInsertRows();
}

void TableRowsModel::storeAboutToRemove(NodeId parent, int row, Kind kind)
{
    if (m_table != NoNode && m_store->node(parent).children[size_t(row)] == m_table) {
        // The table itself leaves the tree (erased): show nothing.
        beginResetModel();
        m_table = NoNode;
        m_columns.clear();
        endResetModel();
        return;
    }
    if (parent == m_table && kind == m_grid.column)
        m_fieldsChanged = true;
    if (parent != m_table || kind != m_grid.row)
        return;
    const int r = row - rowRange().first;
    beginRemoveRows({}, r, r);
}

void TableRowsModel::storeRemoved(NodeId parent, int, Kind kind)
{
    if (parent != m_table || kind != m_grid.row)
        return;
    endRemoveRows();
}

void TableRowsModel::storeAboutToMove(NodeId parent, int from, int to, Kind kind)
{
    if (parent == m_table && kind == m_grid.column)
        m_fieldsChanged = true;
    if (parent != m_table || kind != m_grid.row)
        return;
    const int first = rowRange().first;
    m_moving = beginMoveRows({}, from - first, from - first, {}, to - first);
}

void TableRowsModel::storeMoved(NodeId parent, int, int, Kind kind)
{
    if (parent != m_table || kind != m_grid.row)
        return;
    if (m_moving)
        endMoveRows();
    m_moving = false;
}

void TableRowsModel::storeAboutToReset()
{
    beginResetModel();
}

void TableRowsModel::storeReset()
{
    resolveTable();
    m_columns = computeColumns();
    endResetModel();
}

void TableRowsModel::storeBatchFinished(const std::vector<NodeId> &changed)
{
    if (m_table == NoNode)
        return;
    std::vector<int> rows;
    const int first = rowRange().first;
    for (NodeId id : changed) {
        const auto &n = m_store->node(id);
        if (n.parent != m_table)
            continue;
        if (n.kind == m_grid.row) {
            noteExtraKeys(id);
            rows.push_back(m_store->indexInParent(id) - first);
        } else if (n.kind == m_grid.column) {
            m_fieldsChanged = true;
        }
    }
    if (m_fieldsChanged) {
        m_fieldsChanged = false;
        updateColumns();
    }
    if (m_columns.isEmpty())
        return;
    const int lastCol = int(m_columns.size()) - 1;
    emitRowRuns(
            rows, 64, [&](int a, int b) { Q_EMIT dataChanged(index(a, 0), index(b, lastCol)); });
}

} // namespace Feedscope
