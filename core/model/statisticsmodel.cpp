// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsmodel.h"

#include <QDateTime>

#include "roles.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

StatisticsModel::StatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setInterval(250);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatisticsModel::flush);
}

QString StatisticsModel::otherName()
{
    return tr("(other types)");
}

void StatisticsModel::count(const QString &name, qint64 bytes, qint64 wallMs, qint64 monoMs)
{
    auto it = m_index.constFind(name);
    int i;
    if (it != m_index.constEnd()) {
        i = *it;
    } else {
        QString type = name;
        if (type.size() > MaxTypeChars) {
            type.truncate(MaxTypeChars - 1);
            if (type.back().isHighSurrogate())
                type.chop(1);
            type += u'…';
        }
        if (auto t = m_index.constFind(type); t != m_index.constEnd()) {
            i = *t;
        } else if (m_rows.size() - (m_other >= 0 ? 1 : 0) >= MaxTypes) {
            if (m_other < 0) {
                m_other = int(m_rows.size());
                m_rows.append(Row {otherName(), 0, 0, 0, monoMs, 0, 0});
            }
            i = m_other;
        } else {
            i = int(m_rows.size());
            m_index.insert(type, i);
            m_rows.append(Row {type, 0, 0, 0, monoMs, 0, 0});
        }
    }
    Row &r = m_rows[i];
    ++r.count;
    r.bytes += bytes;
    r.lastWallMs = wallMs;
    ++r.windowCount;
    if (monoMs - r.windowStartMs >= 1000) {
        r.rate = double(r.windowCount) * 1000.0 / double(monoMs - r.windowStartMs);
        r.windowStartMs = monoMs;
        r.windowCount = 0;
    }
    ++m_total;
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void StatisticsModel::flush()
{
    const int n = int(m_rows.size());
    if (n > m_shown) {
        beginInsertRows({}, m_shown, n - 1);
        m_shown = n;
        endInsertRows();
    }
    if (m_dirty && m_shown > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_shown - 1, ColumnCount - 1));
    m_dirty = false;
}

void StatisticsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_other = -1;
    m_shown = 0;
    m_total = 0;
    endResetModel();
}

qint64 StatisticsModel::countOf(const QString &type) const
{
    auto it = m_index.constFind(type);
    return it == m_index.constEnd() ? 0 : m_rows[*it].count;
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TypeColumn:
            return r.type.isEmpty() ? tr("(none)") : r.type;
        case CountColumn:
            return r.count;
        case BytesColumn:
            return r.bytes;
        case RateColumn:
            return QString::number(r.rate, 'f', 1);
        case LastColumn:
            return QDateTime::fromMSecsSinceEpoch(r.lastWallMs).toString(u"HH:mm:ss.zzz"_s);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case TypeColumn:
            return r.type;
        case CountColumn:
            return r.count;
        case BytesColumn:
            return r.bytes;
        case RateColumn:
            return r.rate;
        case LastColumn:
            return r.lastWallMs;
        }
    } else if (role == TypeRole) {
        return r.type;
    }
    return {};
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case CountColumn:
        return tr("Messages");
    case BytesColumn:
        return tr("Bytes");
    case RateColumn:
        return tr("Per second");
    case LastColumn:
        return tr("Last");
    }
    return {};
}

} // namespace Feedscope
