// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QMainWindow>

class QApplication;

namespace Feedscope::Ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

int runGui(QApplication &app, const QStringList &args,
        std::function<void(const QString &)> loadTranslations);

} // namespace Feedscope::Ui
