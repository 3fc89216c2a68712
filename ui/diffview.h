// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "record/statediff.h"

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Feedscope::Ui {

// Two moments compared: the entities created, deleted and changed between them, each opening
// on its members old → new; a filter by kind and by change; saved as JSON (the same as
// `feedscope diff`).
class DiffView : public QDialog
{
    Q_OBJECT
public:
    DiffView(StateDiff diff, const QString &fromText, const QString &toText,
            QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *kindFilter() const { return m_kind; }
    const StateDiff &diff() const { return m_diff; }
    // Entities shown under the filters.
    int visibleCount() const;

private:
    void fill();
    void applyFilter();
    void save();

    StateDiff m_diff;
    QString m_from;
    QString m_to;
    QLabel *m_summary;
    QComboBox *m_kind;
    QComboBox *m_change;
    QTreeWidget *m_tree;
};

} // namespace Feedscope::Ui
