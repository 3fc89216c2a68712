// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "commandline.h"
#include "logging.h"
#include "mainwindow.h"

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Feedscope"_s);
    QCoreApplication::setOrganizationDomain(u"feedscope.github.io"_s);
    QCoreApplication::setApplicationName(u"Feedscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FEEDSCOPE_VERSION));
}

void loadTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"feedscope"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QString optionValue(int argc, char **argv, const char *name)
{
    const QByteArray prefix = QByteArray(name) + '=';
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == name && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(prefix))
            return QString::fromLocal8Bit(a.mid(prefix.size()));
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    Feedscope::installRedactingMessageHandler();
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == u"monitor" || mode == u"replay" || mode == u"serve") {
        QCoreApplication app(argc, argv);
        loadTranslations(app, {});
        const QStringList args = app.arguments();
        if (mode == u"monitor")
            return Feedscope::App::runMonitorCommand(args);
        if (mode == u"replay")
            return Feedscope::App::runReplayCommand(args);
        return Feedscope::App::runServeCommand(args);
    }
    if (!displayAvailable()) {
        std::fputs("feedscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                   "running the headless demo instead. Press Ctrl+C to stop.\n",
                stderr);
        QCoreApplication app(argc, argv);
        loadTranslations(app, {});
        return Feedscope::App::runHeadlessDemo(app.arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Feedscope"_s);
    QApplication::setDesktopFileName(u"io.github.feedscope.Feedscope"_s);
    Feedscope::App::applyLogRules(optionValue(argc, argv, "--log-rules"));
    return Feedscope::Ui::runGui(
            app, app.arguments(), [&app](const QString &lang) { loadTranslations(app, lang); });
}
