// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelogmodel.h"

#include <QDateTime>

#include "roles.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

MessageLogModel::MessageLogModel(MessageLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    m_first = log->firstIndex();
    m_count = int(log->size());
    m_timer.setSingleShot(true);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &MessageLogModel::flush);
    connect(log, &MessageLog::appended, this, &MessageLogModel::schedule);
    connect(log, &MessageLog::trimmed, this, &MessageLogModel::schedule);
    connect(log, &MessageLog::cleared, this, [this] {
        beginResetModel();
        m_first = m_log->firstIndex();
        m_count = 0;
        endResetModel();
    });
}

void MessageLogModel::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void MessageLogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
}

qint64 MessageLogModel::pendingCount() const
{
    return m_log->endIndex() - (m_first + m_count);
}

int MessageLogModel::rowOfLogIndex(qint64 index) const
{
    if (index < m_first || index >= m_first + m_count)
        return -1;
    return int(index - m_first);
}

void MessageLogModel::flush()
{
    m_timer.stop();
    const qint64 logFirst = m_log->firstIndex();
    if (logFirst > m_first && m_count > 0) {
        const int removed = int(std::min<qint64>(logFirst - m_first, m_count));
        beginRemoveRows({}, 0, removed - 1);
        m_first += removed;
        m_count -= removed;
        endRemoveRows();
    }
    if (m_count == 0 && m_first < logFirst)
        m_first = logFirst;
    if (m_paused)
        return;
    const qint64 add = m_log->endIndex() - (m_first + m_count);
    if (add <= 0)
        return;
    beginInsertRows({}, m_count, int(m_count + add - 1));
    m_count += int(add);
    endInsertRows();
    Q_EMIT flushed(int(add));
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::directionText(Direction d)
{
    switch (d) {
    case Direction::In:
        return u"↓ "_s + tr("in", "direction of a frame: received");
    case Direction::Out:
        return u"↑ "_s + tr("out", "direction of a frame: sent");
    case Direction::Event:
        return u"● "_s + tr("conn", "a row of the connection's story, not a frame; short");
    }
    return {};
}

QString MessageLogModel::summary(qint64 index) const
{
    const auto &e = m_log->entry(index);
    if (e.dir == Direction::Event) // ours (FeedSession::tell), in the language of its moment
        return m_log->eventText(index);
    if (e.status == MessageStatus::Malformed || e.status == MessageStatus::Invalid) {
        const QString err = m_log->error(index);
        if (!err.isEmpty())
            return err;
    }
    const QByteArrayView bytes = m_log->bytes(index);
    if (m_summarizer)
        return m_summarizer(bytes, e);
    QString s = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 200)));
    s.replace(u'\n', u' ');
    return s;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 li = m_first + index.row();
    if (!m_log->contains(li))
        return {};
    const auto &e = m_log->entry(li);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return e.dir == Direction::Event ? QString() : QString::number(e.seq);
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.wallMs).toString(u"HH:mm:ss.zzz"_s);
        case DirectionColumn:
            return directionText(e.dir);
        case TypeColumn: {
            QString t = m_log->typeName(e.type);
            if (e.dir == Direction::Event)
                return t;
            if (e.messages > 1)
                t += u" ×%1"_s.arg(e.messages);
            if (e.status != MessageStatus::Ok && e.status != MessageStatus::Outgoing
                    && e.status != MessageStatus::Control && e.status != MessageStatus::Pending)
                t = t.isEmpty() ? statusName(e.status) : t + u" ("_s + statusName(e.status) + u')';
            return t;
        }
        case SizeColumn:
            return e.dir == Direction::Event ? QString() : QString::number(e.size);
        case SummaryColumn:
            return summary(li);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return summary(li);
        return {};
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.wallMs;
    case DirectionRole:
        return int(e.dir);
    case TypeRole:
        return m_log->typeName(e.type);
    case StatusRole:
        return int(e.status);
    case SizeRole:
        return qint64(e.size);
    case JsonRole:
        return m_log->bytes(li).toByteArray();
    case SearchTextRole:
        return QString(summary(li) + u'\n' + QString::fromUtf8(m_log->bytes(li)));
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace Feedscope
