// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>

#include <QAction>
#include <QLineEdit>

namespace Feedscope::Ui {

// A count for tr()'s %n (an int): past two thousand million the plural form is "many" anyway.
inline int countOf(quint64 n)
{
    return int(std::min<quint64>(n, quint64(std::numeric_limits<int>::max())));
}

// Esc in a filter box clears it and leaves it for the view it filters.
inline void clearOnEscape(QLineEdit *edit, QWidget *leaveTo)
{
    auto *action = new QAction(edit);
    action->setObjectName(QStringLiteral("clearOnEscape"));
    action->setShortcut(QKeySequence(Qt::Key_Escape));
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, edit, [edit, leaveTo] {
        edit->clear();
        if (leaveTo)
            leaveTo->setFocus(Qt::ShortcutFocusReason);
    });
    static_cast<QWidget *>(edit)->addAction(action);
}

} // namespace Feedscope::Ui
