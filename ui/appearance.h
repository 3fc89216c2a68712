// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace Feedscope::Ui {

// Light or dark. System leaves the platform's style and palette, which follow the desktop's
// light or dark setting where the platform tells Qt (macOS, Windows, KDE; GNOME and others from
// Qt 6.5 through the desktop portal). Light and Dark draw with Fusion in a palette of that
// kind on every system.
enum class Appearance { System, Light, Dark };

// The settings' spelling ("system", "light", "dark"); anything else reads as System.
Appearance appearanceFromName(const QString &name);
QString appearanceName(Appearance appearance);

// Applies it to the whole application, now and again later (Preferences); System puts back
// the style and palette the application started with.
void applyAppearance(Appearance appearance);

QPalette darkPalette();
QPalette lightPalette();
// Whether a palette draws light text on dark ground.
bool isDark(const QPalette &palette);

} // namespace Feedscope::Ui
