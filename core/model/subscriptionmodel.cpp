// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionmodel.h"

#include <QCoreApplication>
#include <QDateTime>

#include "roles.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
constexpr std::pair<SubscriptionState, const char *> StateIds[] = {
        {SubscriptionState::Pending, "pending"},
        {SubscriptionState::Confirmed, "confirmed"},
        {SubscriptionState::Refused, "refused"},
        {SubscriptionState::Discarded, "discarded"},
        {SubscriptionState::Unsubscribing, "unsubscribing"},
        {SubscriptionState::Waiting, "waiting"},
        {SubscriptionState::Ended, "ended"},
};
} // namespace

QString subscriptionStateId(SubscriptionState s)
{
    for (const auto &[state, id] : StateIds) {
        if (state == s)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<SubscriptionState> subscriptionStateFromId(QStringView id)
{
    for (const auto &[state, name] : StateIds) {
        if (id == QLatin1StringView(name))
            return state;
    }
    return std::nullopt;
}

QString subscriptionStateName(SubscriptionState s)
{
    switch (s) {
    case SubscriptionState::Pending:
        return QCoreApplication::translate("Feedscope::SubscriptionState", "pending");
    case SubscriptionState::Confirmed:
        return QCoreApplication::translate("Feedscope::SubscriptionState", "confirmed");
    case SubscriptionState::Refused:
        return QCoreApplication::translate("Feedscope::SubscriptionState", "refused");
    case SubscriptionState::Discarded:
        return QCoreApplication::translate("Feedscope::SubscriptionState", "discarded");
    case SubscriptionState::Unsubscribing:
        return QCoreApplication::translate("Feedscope::SubscriptionState", "unsubscribing");
    case SubscriptionState::Waiting:
        return QCoreApplication::translate(
                "Feedscope::SubscriptionState", "waiting for connection");
    case SubscriptionState::Ended:
        return QCoreApplication::translate("Feedscope::SubscriptionState", "ended");
    }
    return {};
}

int SubscriptionModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_subs.size(); ++i) {
        if (m_subs[i].key == key)
            return i;
    }
    return -1;
}

int SubscriptionModel::indexOfCorrelation(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_subs.size(); ++i) {
        if (m_subs[i].correlationId == id)
            return i;
    }
    return -1;
}

const Subscription *SubscriptionModel::find(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_subs[i];
}

void SubscriptionModel::upsert(const Subscription &sub)
{
    const int i = indexOf(sub.key);
    if (i >= 0) {
        m_subs[i] = sub;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        Q_EMIT stateChanged(sub.key, sub.state);
        return;
    }
    beginInsertRows({}, int(m_subs.size()), int(m_subs.size()));
    m_subs.append(sub);
    endInsertRows();
    Q_EMIT stateChanged(sub.key, sub.state);
}

void SubscriptionModel::setState(
        const QString &key, SubscriptionState state, const QString &note, qint64 wallMs)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    Subscription &s = m_subs[i];
    if (s.state == state && s.note == note)
        return; // a stream's every result confirms again: "since" is when it became so
    s.state = state;
    s.note = note;
    s.sinceMs = wallMs >= 0 ? wallMs : QDateTime::currentMSecsSinceEpoch();
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    Q_EMIT stateChanged(key, state);
}

void SubscriptionModel::setWanted(const QString &key, bool wanted)
{
    const int i = indexOf(key);
    if (i >= 0)
        m_subs[i].wanted = wanted;
}

void SubscriptionModel::markSent(const QString &key, qint64 wallMs)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    ++m_subs[i].sends;
    setState(key, SubscriptionState::Pending, {}, wallMs);
}

void SubscriptionModel::remove(const QString &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_subs.removeAt(i);
    endRemoveRows();
    Q_EMIT removed(key);
}

int SubscriptionModel::count(SubscriptionState s) const
{
    return int(std::count_if(
            m_subs.begin(), m_subs.end(), [s](const Subscription &x) { return x.state == s; }));
}

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subs.size());
}

int SubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Subscription &s = m_subs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return s.key;
        case StateColumn:
            return subscriptionStateName(s.state);
        case SinceColumn:
            return s.sinceMs ? QDateTime::fromMSecsSinceEpoch(s.sinceMs).toString(u"HH:mm:ss"_s)
                             : QString();
        case NoteColumn:
            return s.note;
        }
        return {};
    case StateRole:
        return int(s.state);
    case EntityIdRole:
        return s.key;
    case TimeRole:
        return s.sinceMs;
    default:
        return {};
    }
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Subscription");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace Feedscope
