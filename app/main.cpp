// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "cliutil.h"
#include "commandline.h"
#include "gui.h"
#include "logging.h"
#include "startup.h"

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
    // Called again when the language changes in Preferences: the translators of the language
    // before go first (else they would still answer).
    static QList<QTranslator *> installed;
    for (QTranslator *t : std::as_const(installed)) {
        app.removeTranslator(t);
        delete t;
    }
    installed.clear();
    auto install = [&app](QTranslator *t) {
        app.installTranslator(t);
        installed << t;
    };
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English plural forms under every language ("1 frame", not "1 frame(s)"), installed
    // first so that the language's own catalogue answers before it.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(u"feedscope_en"_s, u":/i18n"_s))
        install(plurals);
    else
        delete plurals;
    auto *own = new QTranslator(&app);
    if (locale.language() != QLocale::English
            && own->load(locale, u"feedscope"_s, u"_"_s, u":/i18n"_s))
        install(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
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

void write(std::FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

int runCommand(const QString &command, const QStringList &args)
{
    if (command == u"monitor")
        return Feedscope::App::runMonitorCommand(args);
    if (command == u"replay")
        return Feedscope::App::runReplayCommand(args);
    if (command == u"diff")
        return Feedscope::App::runDiffCommand(args);
    if (command == u"export")
        return Feedscope::App::runExportCommand(args);
    return Feedscope::App::runServeCommand(args);
}

} // namespace

int main(int argc, char **argv)
{
    using Feedscope::App::StartupPlan;
    setIdentity();
    Feedscope::installRedactingMessageHandler();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const StartupPlan plan = Feedscope::App::planStartup(args, displayAvailable());
    if (plan.action != StartupPlan::Action::Gui)
        Feedscope::App::attachParentConsole(); // Windows: print where it was started from
    switch (plan.action) {
    case StartupPlan::Action::Command: {
        QCoreApplication app(argc, argv);
        loadTranslations(app, {});
        return runCommand(plan.command, app.arguments());
    }
    case StartupPlan::Action::Help: {
        QCoreApplication app(argc, argv);
        loadTranslations(app, {});
        if (!plan.command.isEmpty())
            return runCommand(plan.command, {args.constFirst(), plan.command, u"--help"_s});
        write(stdout, Feedscope::App::helpText());
        return 0;
    }
    case StartupPlan::Action::Version:
        write(stdout, Feedscope::App::versionText());
        return 0;
    case StartupPlan::Action::Usage: {
        QCoreApplication app(argc, argv);
        loadTranslations(app, {});
        write(stderr, u"feedscope: "_s + plan.error + u"\n\n"_s + Feedscope::App::helpText());
        return 2;
    }
    case StartupPlan::Action::HeadlessDemo: {
        QCoreApplication app(argc, argv);
        loadTranslations(app, {});
        return Feedscope::App::runHeadlessDemo(app.arguments());
    }
    case StartupPlan::Action::Gui:
        break;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Feedscope"_s);
    QApplication::setDesktopFileName(u"io.github.feedscope.Feedscope"_s);
    {
        QCommandLineParser p;
        const Feedscope::App::AppOptions o;
        o.addTo(p);
        p.parse(app.arguments());
        Feedscope::App::applyLogRules(p.value(o.logRules));
    }
    return Feedscope::App::runGui(
            app, app.arguments(), [&app](const QString &lang) { loadTranslations(app, lang); });
}
