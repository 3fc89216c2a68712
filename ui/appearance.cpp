// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
// What the application started with, for System after Light or Dark.
struct Original
{
    QString style;
    QPalette palette;
};

const Original &original()
{
    static const Original o {QApplication::style()->name(), QApplication::palette()};
    return o;
}
} // namespace

Appearance appearanceFromName(const QString &name)
{
    if (name == u"light"_s)
        return Appearance::Light;
    if (name == u"dark"_s)
        return Appearance::Dark;
    return Appearance::System;
}

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
            < palette.color(QPalette::WindowText).lightness();
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb2));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xa8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3a, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x57));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xe8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void applyAppearance(Appearance appearance)
{
    const Original &o = original(); // taken before the first change
    // Once per change: a palette change repaints every widget.
    static Appearance applied = Appearance::System;
    if (appearance == applied)
        return;
    applied = appearance;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Tells the platform too (window frames, native dialogs where it can).
    QGuiApplication::styleHints()->setColorScheme(appearance == Appearance::Dark
                    ? Qt::ColorScheme::Dark
                    : appearance == Appearance::Light ? Qt::ColorScheme::Light
                                                      : Qt::ColorScheme::Unknown);
#endif
    switch (appearance) {
    case Appearance::System:
        if (QApplication::style()->name() != o.style)
            QApplication::setStyle(o.style);
        QApplication::setPalette(o.palette);
        return;
    case Appearance::Light:
        if (QApplication::style()->name() != u"fusion"_s)
            QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        return;
    case Appearance::Dark:
        if (QApplication::style()->name() != u"fusion"_s)
            QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace Feedscope::Ui
