// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include "appearance.h"
#include "feedview.h"
#include "keychainstore.h"
#include "mainwindow.h"
#include "prompter.h"
#include "session/feedsession.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "startup.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

using namespace Feedscope::Ui;

namespace {
// Prints one line when the window first paints and quits (bench/: start-up time).
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::fprintf(stdout, "feedscope: window shown\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int runGui(QApplication &app, const QStringList &args,
        std::function<void(const QString &)> loadTranslations)
{
    // planStartup() has parsed the same arguments already: they are valid here.
    QCommandLineParser p;
    const AppOptions o;
    o.addTo(p);
    p.parse(args);
    const QCommandLineOption &demo = o.demo, &smoke = o.smoke, &shot = o.screenshot,
                             &shotAfter = o.screenshotAfter, &settingsFile = o.settings;

    std::unique_ptr<Settings> settings =
            p.isSet(settingsFile) ? Settings::ini(p.value(settingsFile)) : Settings::native();
    std::unique_ptr<SecretStore> secrets = createSecretStore();
    settings->migrate(secrets.get());
    loadTranslations(settings->value(Settings::Key::Language).toString());
    applyAppearance(appearanceFromName(settings->value(Settings::Key::Appearance).toString()));
    DialogPrompter prompter;
    MainWindow window(settings.get(), secrets.get(), &prompter);
    window.setLanguageLoader(loadTranslations);
    if (qEnvironmentVariableIsSet("FEEDSCOPE_EXIT_WHEN_SHOWN")) {
        // The start-up benchmark: say when the window first paints, then quit.
        auto *probe = new FirstPaintProbe(&window);
        window.installEventFilter(probe);
    }
    window.show();

    // "feedscope FILE": a recording, opened in a tab of its own.
    for (const QString &file : p.positionalArguments()) {
        QString error;
        if (!window.openRecording(file, &error) && !error.isEmpty()) {
            std::fprintf(stderr, "feedscope: %s\n", qPrintable(error));
            QMessageBox::warning(&window, QObject::tr("Open a recording"), error);
        }
    }
    // A plain start: the tabs of the last session come back (a preference).
    if (p.positionalArguments().isEmpty() && !p.isSet(demo) && !p.isSet(smoke) && !p.isSet(shot)
            && settings->value(Settings::Key::RestoreTabs).toBool())
        window.restoreTabs();
    if (p.isSet(demo) || p.isSet(smoke)) {
        QString error;
        if (!window.startDemo(&error)) {
            std::fprintf(stderr, "feedscope: %s\n",
                    qPrintable(QObject::tr("cannot start the demo: %1").arg(error)));
            if (p.isSet(smoke))
                return 1;
        }
    }
    // Live means: every demo connection ready, with a tree, and frames beyond the first.
    auto live = [&window](QString *report) {
        bool ok = !window.views().isEmpty();
        QStringList parts;
        for (FeedView *v : window.views()) {
            const auto c = v->session()->counters();
            ok = ok && v->session()->isReady() && v->session()->store()->entityCount() > 0
                    && c.framesIn > 2;
            parts << u"%1: %2, %3 frames, %4 entities"_s
                             .arg(v->session()->config().name, v->session()->phaseText())
                             .arg(c.framesIn)
                             .arg(v->session()->store()->entityCount());
        }
        *report = parts.join(u"; "_s);
        return ok;
    };
    const bool wantShot = p.isSet(shot);
    const bool wantSmoke = p.isSet(smoke);
    const QString shotPath = p.value(shot);
    const int shotDelay = int(p.value(shotAfter).toDouble() * 1000);
    if (wantSmoke || wantShot) {
        auto *check = new QTimer(&window);
        auto *clock = new QElapsedTimer;
        clock->start();
        QObject::connect(check, &QTimer::timeout, &window, [=, &window] {
            QString report;
            const bool ok = live(&report);
            if (!ok && clock->elapsed() < 30000)
                return;
            check->stop();
            if (wantShot) {
                // Let a few more changes arrive (and highlights show), then take the picture.
                QTimer::singleShot(ok ? shotDelay : 0, &window, [&window, shotPath] {
                    const bool saved = window.grab().save(shotPath, "PNG");
                    std::fprintf(stderr, "feedscope: screenshot %s %s\n", qPrintable(shotPath),
                            saved ? "saved" : "NOT saved");
                    if (qEnvironmentVariableIsSet("FEEDSCOPE_QUIT_AFTER_SCREENSHOT"))
                        QCoreApplication::exit(saved ? 0 : 1);
                });
            }
            if (wantSmoke) {
                std::fprintf(stderr, "feedscope: smoke test %s: %s\n", ok ? "passed" : "FAILED",
                        qPrintable(report));
                if (!wantShot)
                    QCoreApplication::exit(ok ? 0 : 1);
            }
            delete clock;
        });
        check->start(250);
    }
    const int code = app.exec();
    return code;
}

} // namespace Feedscope::App
