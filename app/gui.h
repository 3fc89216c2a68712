// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QStringList>

class QApplication;

namespace Feedscope::App {

// The GUI entry point: settings, secrets, language, window, and the --demo, --smoke-test and
// --screenshot options.
int runGui(QApplication &app, const QStringList &args,
        std::function<void(const QString &)> loadTranslations);

} // namespace Feedscope::App
