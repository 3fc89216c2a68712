// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace Feedscope {

// Messages counted by type (or, for the raw feed, by the value of a chosen key). Counting is
// O(1) per message; the view hears about it once per flush.
class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, CountColumn, BytesColumn, RateColumn, LastColumn, ColumnCount };

    // Bounds against a feed that names a new type in every message: past MaxTypes distinct
    // names, messages of new types are counted in one "(other types)" row; a name is kept to
    // MaxTypeChars characters.
    static constexpr int MaxTypes = 500;
    static constexpr int MaxTypeChars = 120;

    explicit StatisticsModel(QObject *parent = nullptr);

    void count(const QString &type, qint64 bytes, qint64 wallMs, qint64 monoMs);
    void clear();
    qint64 countOf(const QString &type) const;
    qint64 total() const { return m_total; }
    // Messages counted under "(other types)" because the distinct types ran out.
    qint64 otherCount() const { return m_other < 0 ? 0 : m_rows[m_other].count; }
    static QString otherName();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void flush();
    struct Row
    {
        QString type;
        qint64 count = 0;
        qint64 bytes = 0;
        qint64 lastWallMs = 0;
        qint64 windowStartMs = 0;
        qint64 windowCount = 0;
        double rate = 0;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    int m_shown = 0;
    int m_other = -1; // the "(other types)" row, once there is one
    bool m_dirty = false;
    qint64 m_total = 0;
    QTimer m_timer;
};

} // namespace Feedscope
