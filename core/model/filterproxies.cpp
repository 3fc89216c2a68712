// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterproxies.h"

#include "messagelog.h"
#include "roles.h"

namespace Feedscope {

void TextMatcher::set(const QString &text, bool regex)
{
    m_text = text;
    m_regex = regex;
    if (regex)
        m_re = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

bool TextMatcher::matches(QStringView haystack) const
{
    if (m_text.isEmpty())
        return true;
    if (m_regex)
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        return m_re.isValid() && m_re.matchView(haystack).hasMatch();
#else
        return m_re.isValid() && m_re.match(haystack).hasMatch();
#endif
    return haystack.contains(m_text, Qt::CaseInsensitive);
}

TreeFilterProxy::TreeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Recursion only while a text filter is set: a recursive QSortFilterProxyModel answers
    // every dataChanged of a row with one for each of its ancestors, and under a flood those
    // land on the top rows a tree view keeps re-measuring.
    setRecursiveFilteringEnabled(false);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

void TreeFilterProxy::setText(const QString &text, bool regex)
{
    m_matcher.set(text, regex);
    setRecursiveFilteringEnabled(!m_matcher.isEmpty());
    // invalidateRowsFilter() is not enough with recursive filtering in Qt 6.4: rows under a
    // parent that was filtered out stay unmapped after the criterion relaxes.
    invalidateFilter();
}

void TreeFilterProxy::setHideDeleted(bool hide)
{
    m_hideDeleted = hide;
    invalidateRowsFilter();
}

bool TreeFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex idx = sourceModel()->index(row, 0, parent);
    if (m_hideDeleted && idx.data(DeletedRole).toBool())
        return false;
    if (m_matcher.isEmpty())
        return true;
    // The label or the id, each on its own (so ^…$ anchors work on either).
    return m_matcher.matches(idx.data(Qt::DisplayRole).toString())
            || m_matcher.matches(idx.data(EntityIdRole).toString());
}

RowsFilterProxy::RowsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void RowsFilterProxy::setText(const QString &text, bool regex)
{
    m_matcher.set(text, regex);
    invalidateRowsFilter();
}

void RowsFilterProxy::setHideDeleted(bool hide)
{
    m_hideDeleted = hide;
    invalidateRowsFilter();
}

bool RowsFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    auto *src = sourceModel();
    if (m_hideDeleted && src->index(row, 0, parent).data(DeletedRole).toBool())
        return false;
    if (m_matcher.isEmpty())
        return true;
    const int cols = src->columnCount(parent);
    for (int c = 0; c < cols; ++c) {
        if (m_matcher.matches(src->index(row, c, parent).data().toString()))
            return true;
    }
    return false;
}

MessageLogFilterProxy::MessageLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void MessageLogFilterProxy::setText(const QString &text, bool regex)
{
    m_matcher.set(text, regex);
    invalidateRowsFilter();
}

void MessageLogFilterProxy::setTypes(const QSet<QString> &types)
{
    m_types = types;
    invalidateRowsFilter();
}

void MessageLogFilterProxy::setDirections(Directions d)
{
    m_dirs = d;
    invalidateRowsFilter();
}

void MessageLogFilterProxy::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateRowsFilter();
}

bool MessageLogFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex idx = sourceModel()->index(row, 0, parent);
    if (m_dirs != Directions::All) {
        const auto dir = Direction(idx.data(DirectionRole).toInt());
        switch (m_dirs) {
        case Directions::All:
            break;
        case Directions::In:
            if (dir != Direction::In)
                return false;
            break;
        case Directions::Out:
            if (dir != Direction::Out)
                return false;
            break;
        case Directions::Events:
            if (dir != Direction::Event)
                return false;
            break;
        case Directions::Frames:
            if (dir == Direction::Event)
                return false;
            break;
        }
    }
    if (m_problemsOnly) {
        const auto st = MessageStatus(idx.data(StatusRole).toInt());
        if (st != MessageStatus::Unknown && st != MessageStatus::Invalid
                && st != MessageStatus::Malformed && st != MessageStatus::Error)
            return false;
    }
    if (!m_types.isEmpty() && !m_types.contains(idx.data(TypeRole).toString()))
        return false;
    if (m_matcher.isEmpty())
        return true;
    return m_matcher.matches(idx.data(SearchTextRole).toString());
}

} // namespace Feedscope
