// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Feedscope {

// A text criterion: plain text (case-insensitive substring) or a regular expression.
class TextMatcher
{
public:
    void set(const QString &text, bool regex);
    bool isEmpty() const { return m_text.isEmpty(); }
    bool isValid() const { return !m_regex || m_re.isValid(); }
    QString errorString() const { return m_re.errorString(); }
    bool matches(QStringView haystack) const;

private:
    QString m_text;
    bool m_regex = false;
    QRegularExpression m_re;
};

// Filters the live tree by label/id text; a match keeps its ancestors (so the view can expand
// to it) and its descendants. Optionally hides tombstones.
class TreeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TreeFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text, bool regex);
    void setHideDeleted(bool hide);
    bool isFiltering() const { return !m_matcher.isEmpty(); }
    const TextMatcher &matcher() const { return m_matcher; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    TextMatcher m_matcher;
    bool m_hideDeleted = false;
};

// Filters and sorts the rows grid: text or regex over every cell; sorting by raw values.
class RowsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RowsFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text, bool regex);
    void setHideDeleted(bool hide);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    TextMatcher m_matcher;
    bool m_hideDeleted = false;
};

// Filters the message log by type, direction (in, out, the connection's story, or frames
// only), status and text or regex; rows arriving later are filtered the same way.
class MessageLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Directions { All, In, Out, Events, Frames };
    explicit MessageLogFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text, bool regex);
    void setTypes(const QSet<QString> &types); // empty: all
    void setDirections(Directions d);
    void setProblemsOnly(bool on); // unknown, invalid, malformed, error
    QSet<QString> types() const { return m_types; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    TextMatcher m_matcher;
    QSet<QString> m_types;
    Directions m_dirs = Directions::All;
    bool m_problemsOnly = false;
};

} // namespace Feedscope
