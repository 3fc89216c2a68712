// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>

namespace Feedscope::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{ }

int runGui(QApplication &app, const QStringList &,
        std::function<void(const QString &)> loadTranslations)
{
    loadTranslations({});
    MainWindow w;
    w.show();
    return app.exec();
}

} // namespace Feedscope::Ui
