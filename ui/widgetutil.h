// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QColor>
#include <QLineEdit>
#include <QPalette>

#include "util/count.h"

namespace Feedscope::Ui {

// Red text for a problem, readable on the palette's base (light or dark).
inline QColor problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x6b)
                                                           : QColor(0xc0, 0x39, 0x2b);
}

// A style sheet that draws a widget's text in problemColor.
inline QString problemStyle(const QWidget *widget)
{
    return QStringLiteral("color: %1").arg(problemColor(widget->palette()).name());
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
