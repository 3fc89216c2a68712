// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include "appearance.h"
#include "feeds/registry.h"
#include "feedview.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "model/messagelogmodel.h"
#include "model/subscriptionmodel.h"
#include "model/tablerowsmodel.h"
#include "prompter.h"
#include "server/embeddedserver.h"
#include "serverpanel.h"
#include "session/feedsession.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// The window as a whole: the demo starts and goes live on all three feeds; shortcuts; a
// refused login asks for credentials through the prompter, which the test answers.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoStartsAndGoesLive()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.show();
        QVERIFY(window.startDemo());
        // A tab per feed the test server imitates.
        const int feeds = int(window.serverPanel()->server()->imitations().size());
        QVERIFY(feeds >= 3);
        QCOMPARE(window.tabs()->count(), feeds);
        QVERIFY(window.serverPanel()->server());
        // The demo's port is any free one, and says so; the address shows the one it got.
        auto *port = window.serverPanel()->findChild<QSpinBox *>(u"serverPort"_s);
        QVERIFY(port);
        QCOMPARE(port->text(), u"any free port"_s);
        for (Ui::FeedView *v : window.views())
            QTRY_VERIFY_WITH_TIMEOUT(
                    v->session()->isReady() && v->session()->store()->entityCount() > 0, 15000);
        QTRY_VERIFY(window.statusText().contains(u"Live"_s));
        // The demo opens on the Products table with its rows.
        QTRY_VERIFY(window.views().constFirst()->rowsModel()->rowCount() >= 10);
        // Ctrl+W closes the current tab.
        window.tabs()->setCurrentIndex(feeds - 1);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_W));
        QTRY_COMPARE(window.tabs()->count(), feeds - 1);
        // Quit and start again: the demo comes back whole, on a new test server (the old
        // one's port is gone with it), as one entry of the session.
        const QList<Settings::OpenTab> open = window.openTabs();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, Settings::OpenTab::Kind::Demo);
        QVERIFY(window.close());
        Ui::MainWindow again(settings.get(), &secrets, &prompter);
        QCOMPARE(again.restoreTabs(), 1);
        QCOMPARE(again.tabs()->count(), feeds);
        QTRY_VERIFY_WITH_TIMEOUT(again.views().constFirst()->session()->isReady(), 15000);
        // A tab after the demo's, current at the quit, is current again, though the demo's
        // one entry came back as several tabs before it.
        QString error;
        QVERIFY(again.openRecording(
                Test::fixturePath(u"baserow/session-example.jsonl"_s), &error, u"baserow"_s));
        QVERIFY(again.close());
        Ui::MainWindow third(settings.get(), &secrets, &prompter);
        QCOMPARE(third.restoreTabs(), 2);
        QCOMPARE(third.tabs()->count(), feeds + 1);
        QCOMPARE(third.tabs()->currentIndex(), feeds);
    }

    void refusedLoginAsksForCredentials()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        prompter.credentials =
                Ui::Prompter::Credentials {u"demo@example.com"_s, u"demo"_s, QString()};
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        Server::EmbeddedServer server(sc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        FeedConfig c = Feeds::defaults(u"baserow"_s);
        c.name = u"wrong password"_s;
        c.baseUrl = server.url();
        c.user = u"demo@example.com"_s;
        c.password = u"not-the-password"_s;
        Ui::FeedView *view = window.openConnection(c);
        QTRY_COMPARE_WITH_TIMEOUT(prompter.asked.size(), 1, 10000);
        QVERIFY(prompter.asked.first().contains(u"ERROR_INVALID_CREDENTIALS"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view->session()->isReady(), 10000);
    }

    void quittingClosesEveryConnectionNormally()
    {
        // Quitting sends each connection's Close frame before the window goes (the peer here
        // never answers: the window waits a second at most), so servers see 1000, not 1006.
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        auto window = std::make_unique<Ui::MainWindow>(settings.get(), &secrets, &prompter);
        window->show();
        FeedConfig c = Feeds::defaults(u"raw"_s);
        c.webSocketUrl = server.url();
        Ui::FeedView *view = window->openConnection(c);
        QTRY_VERIFY_WITH_TIMEOUT(view->session()->isReady(), 10000);
        QVERIFY(window->close());
        window.reset();
        QTRY_COMPARE(Test::clientCloseCode(server.received()), 1000);
    }

    void sessionRestoreReopensTabsAndSubscriptions()
    {
        // Quit with a connection (a subscription added by hand) and a recording open; start
        // again: both come back in their order, subscribed as before, the recording current.
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"s.ini"_s);
        auto settings = Settings::ini(ini);
        MemorySecretStore keychain;
        Ui::ScriptedPrompter prompter;
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        Server::EmbeddedServer server(sc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        FeedConfig c = Feeds::defaults(u"baserow"_s);
        c.name = u"Products"_s;
        c.baseUrl = server.url();
        c.user = u"demo@example.com"_s;
        c.password = u"demo"_s;
        c.subscriptions = {u"table:100"_s};
        const QString recording = Test::fixturePath(u"baserow/session-example.jsonl"_s);
        {
            Ui::MainWindow window(settings.get(), &keychain, &prompter);
            window.show();
            Ui::FeedView *live = window.openConnection(c);
            QTRY_VERIFY_WITH_TIMEOUT(live->session()->isReady(), 10000);
            QVERIFY(live->session()->subscribe(u"table:101"_s));
            QVERIFY(window.openRecording(recording, &error, u"baserow"_s));
            QCOMPARE(window.tabs()->currentIndex(), 1);
            QVERIFY(window.close());
        }
        // The password went to the keychain, not the settings file.
        QCOMPARE(keychain.secrets.value(u"session/0/password"_s), u"demo"_s);
        settings->sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Products"));
        // No password key, and no value that is the password.
        QVERIFY2(!text.contains("\\password="), text.constData());
        QVERIFY2(!QRegularExpression(u"=demo\\r?\\n"_s).match(QString::fromUtf8(text)).hasMatch(),
                text.constData());

        auto check = [&](Ui::MainWindow &window) {
            QCOMPARE(window.restoreTabs(), 2);
            QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 2, 10000);
            auto *live = qobject_cast<Ui::FeedView *>(window.tabs()->widget(0));
            auto *rec = qobject_cast<Ui::FeedView *>(window.tabs()->widget(1));
            QVERIFY(live && rec);
            QCOMPARE(live->session()->config().name, u"Products"_s);
            QVERIFY(rec->isRecordingTab());
            QCOMPARE(rec->sourcePath(), QFileInfo(recording).absoluteFilePath());
            QCOMPARE(window.tabs()->currentIndex(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(live->session()->isReady()
                            && live->session()->subscriptions()->count(SubscriptionState::Confirmed)
                                    == 2,
                    10000);
            QCOMPARE(live->session()->wantedSubscriptions(),
                    (QStringList {u"table:100"_s, u"table:101"_s}));
        };
        {
            Ui::MainWindow window(settings.get(), &keychain, &prompter);
            window.show();
            check(window);
            QVERIFY(prompter.asked.isEmpty()); // the keychain kept the password
            QVERIFY(window.close());
        }
        // A keychain that kept nothing (none answers on this desktop): the connection asks.
        MemorySecretStore empty;
        prompter.credentials =
                Ui::Prompter::Credentials {u"demo@example.com"_s, u"demo"_s, QString()};
        {
            Ui::MainWindow window(settings.get(), &empty, &prompter);
            window.show();
            check(window);
            QCOMPARE(prompter.asked.size(), 1);
        }
    }

    void shortcutsFitDesktopHabits()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FeedConfig c = Feeds::defaults(u"raw"_s);
        c.webSocketUrl = server.url();
        Ui::FeedView *view = window.openConnection(c);
        QTRY_VERIFY_WITH_TIMEOUT(view->session()->isReady(), 10000);

        // No window key is one a text field takes on some desktop (Ctrl+E is "end of line" on
        // Linux and macOS), nor Ctrl+P, which people expect to print.
        const QList<QKeySequence> textKeys = {QKeySequence(Qt::CTRL | Qt::Key_A),
                QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_K),
                QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence(Qt::CTRL | Qt::Key_H),
                QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_Z),
                QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::Key_X),
                QKeySequence(Qt::CTRL | Qt::Key_C), QKeySequence(Qt::CTRL | Qt::Key_V),
                QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Space),
                QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_Home),
                QKeySequence(Qt::Key_End)};
        QLineEdit *edit = view->treeFilterEdit();
        edit->setFocus();
        for (QAction *a : window.actions()) {
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!textKeys.contains(key),
                        qPrintable(a->objectName() + u' ' + key.toString()));
                // And a focused line edit lets it through to the window.
                QKeyEvent override(
                        QEvent::ShortcutOverride, key[0].key(), key[0].keyboardModifiers());
                QCoreApplication::sendEvent(edit, &override);
                QVERIFY2(!override.isAccepted(),
                        qPrintable(a->objectName() + u' ' + key.toString()));
            }
        }
        auto action = [&](const char *id) {
            return window.findChild<QAction *>(QString::fromLatin1(id));
        };
        QVERIFY(!action("preferences")->shortcut().isEmpty()); // Ctrl+, where there is no key
        QCOMPARE(action("help")->shortcut(), QKeySequence(QKeySequence::HelpContents));

        // Pause: Ctrl+Shift+P from anywhere, Space in the log.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QTRY_VERIFY(view->log()->model()->isPaused());
        view->log()->view()->setFocus();
        QTest::keyClick(view->log()->view(), Qt::Key_Space);
        QTRY_VERIFY(!view->log()->model()->isPaused());

        // Esc clears a filter and leaves it for the view.
        edit->setFocus();
        QTest::keyClicks(edit, u"abc"_s);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(edit->text().isEmpty());
        QTRY_VERIFY(view->tree()->hasFocus());
        QLineEdit *logFilter = view->log()->filterEdit();
        logFilter->setFocus();
        QTest::keyClicks(logFilter, u"xyz"_s);
        QTest::keyClick(logFilter, Qt::Key_Escape);
        QVERIFY(logFilter->text().isEmpty());

        // F1: the help page, with the keys the window uses now.
        QString helpText;
        QTimer::singleShot(0, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (auto *text = modal->findChild<QTextBrowser *>(u"helpText"_s))
                helpText = text->toPlainText();
            modal->close();
        });
        QTest::keySequence(&window, QKeySequence(QKeySequence::HelpContents));
        QVERIFY2(helpText.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)
                                           .toString(QKeySequence::NativeText)),
                qPrintable(helpText));
    }

    void welcomePageFitsAndListsSavedConnections()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Test::SilentWebSocketServer server;
        QVERIFY(server.start());
        FeedConfig c = Feeds::defaults(u"raw"_s);
        c.name = u"Local raw"_s;
        c.webSocketUrl = server.url();
        settings->saveProfile(c, &secrets);
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.show();
        auto *text = window.findChild<QLabel *>(u"welcomeText"_s);
        QVERIFY(text);
        // The description is never cut, wide or narrow.
        for (const QSize size : {QSize(1200, 800), QSize(520, 420), QSize(360, 300)}) {
            window.resize(size);
            QTRY_VERIFY(text->isVisible());
            QCoreApplication::processEvents();
            QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                    qPrintable(u"%1x%2: %3 < %4"_s.arg(size.width())
                                       .arg(size.height())
                                       .arg(text->height())
                                       .arg(text->heightForWidth(text->width()))));
        }
        // A saved connection, one click away.
        auto *recent = window.findChild<QPushButton *>(u"recent:Local raw"_s);
        QVERIFY(recent);
        QVERIFY(recent->text().contains(u"Local raw"_s));
        recent->click();
        QTRY_COMPARE(window.tabs()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.views().constFirst()->session()->isReady(), 10000);
    }

    // Preferences → Appearance: Dark and Light apply at once (Fusion, a palette of that kind),
    // are kept in the settings, and "as the desktop" puts back what the app started with.
    void appearanceFollowsThePreference()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.show();
        const QString startStyle = QApplication::style()->name();
        const QColor startWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(!Ui::isDark(QApplication::palette())); // offscreen: a light platform palette
        auto choose = [&](const QString &appearance) {
            bool chosen = false;
            QTimer::singleShot(0, &window, [&] {
                auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                auto *combo = d ? d->findChild<QComboBox *>(u"appearance"_s) : nullptr;
                if (!combo)
                    return;
                combo->setCurrentIndex(combo->findData(appearance));
                chosen = combo->currentIndex() >= 0;
                d->accept();
            });
            window.findChild<QAction *>(u"preferences"_s)->trigger();
            return chosen;
        };
        QVERIFY(choose(u"dark"_s));
        QVERIFY(Ui::isDark(QApplication::palette()));
        QTRY_VERIFY(Ui::isDark(window.palette())); // the window's widgets follow
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QCOMPARE(settings->value(Settings::Key::Appearance).toString(), u"dark"_s);
        QVERIFY(choose(u"light"_s));
        QVERIFY(!Ui::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QVERIFY(choose(u"system"_s));
        QCOMPARE(QApplication::style()->name(), startStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), startWindow);
        QCOMPARE(settings->value(Settings::Key::Appearance).toString(), u"system"_s);
    }

    // Quit and start again: the window comes back at its size, with its docks as they were.
    void theWindowRemembersItsSizeAndLayout()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        QSize size;
        bool dockShown = false;
        {
            Ui::MainWindow window(settings.get(), &secrets, &prompter);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *dock = window.findChild<QDockWidget *>();
            QVERIFY(dock);
            dockShown = dock->isHidden(); // the other way round from its default
            dock->setVisible(dockShown);
            const QSize wanted = QSize(640, 480).expandedTo(window.minimumSizeHint());
            window.resize(wanted);
            QTRY_COMPARE(window.size(), wanted);
            size = window.size();
            QVERIFY(window.close());
        }
        Ui::MainWindow again(settings.get(), &secrets, &prompter);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(again.findChild<QDockWidget *>()->isVisible(), dockShown);
    }

    // No keychain answers: the window says so once, the secrets are kept for the session, and
    // the settings file never holds them.
    void withoutAKeychainSecretsAreForTheSessionAndSaidOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        auto settings = Settings::ini(path);
        MemorySecretStore secrets;
        secrets.noKeychainReason = u"no D-Bus session"_s;
        Ui::ScriptedPrompter prompter;
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.show();
        QVERIFY(window.findChildren<QMessageBox *>(u"sessionOnlyNotice"_s).isEmpty());
        FeedConfig c = Feeds::defaults(u"baserow"_s);
        c.baseUrl = QUrl(u"http://127.0.0.1:8000"_s);
        c.user = u"me@example.com"_s;
        c.password = u"hunter2-pw-secret"_s;
        for (const QString &name : {u"Shop"_s, u"Shop again"_s}) {
            c.name = name;
            settings->saveProfile(c, &secrets);
        }
        const auto notices = window.findChildren<QMessageBox *>(u"sessionOnlyNotice"_s);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.constFirst()->text().contains(u"no D-Bus session"_s));
        QVERIFY(notices.constFirst()->text().contains(u"this session only"_s));
        QCOMPARE(secrets.secrets.size(), 2); // kept for the session
        QVERIFY(window.close()); // the session's tabs are saved too
        settings->sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("me@example.com")); // the profile is there…
        QVERIFY(!written.contains("hunter2-pw-secret")); // …its password is not
    }

    void menusReadInEveryLanguageWithoutClashes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("en") << QString() << u"&File"_s;
        QTest::newRow("de") << u"de"_s << u"&Datei"_s;
        QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s;
    }

    // Each catalogue translates the menus, and within the menu bar and within each menu no two
    // entries share an accelerator (Alt+letter).
    void menusReadInEveryLanguageWithoutClashes()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(u"feedscope_"_s + language, QStringLiteral(FEEDSCOPE_QM_DIR)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        auto accelerator = [](const QString &text) -> QChar {
            const qsizetype at = text.indexOf(u'&');
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        auto noClash = [&](const QList<QAction *> &actions, const QString &where) {
            QHash<QChar, QString> seen;
            for (const QAction *a : actions) {
                if (a->isSeparator() || a->text().isEmpty())
                    continue;
                const QChar key = accelerator(a->text());
                if (key.isNull())
                    return u"%1: \"%2\" has no accelerator"_s.arg(where, a->text());
                if (seen.contains(key))
                    return u"%1: \"%2\" and \"%3\" share %4"_s.arg(
                            where, seen[key], a->text(), key);
                seen.insert(key, a->text());
            }
            return QString();
        };
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.constFirst()->text(), fileMenu);
        QString problem = noClash(menus, u"menu bar"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QAction *m : menus) {
            problem = noClash(m->menu()->actions(), m->text());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }

    void theWindowFitsItsScreen()
    {
        // The offscreen screen is 800×600: the first window, and one remembered at 3000×2000
        // off to the side, both fit it.
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        {
            Ui::MainWindow window(settings.get(), &secrets, &prompter);
            const QRect available = window.screen()->availableGeometry();
            QVERIFY2(available.contains(window.geometry()),
                    qPrintable(u"%1x%2"_s.arg(window.width()).arg(window.height())));
            window.setGeometry(QRect(available.right() + 500, 0, 3000, 2000));
            settings->setValue(Settings::Key::WindowGeometry, window.saveGeometry());
        }
        Ui::MainWindow again(settings.get(), &secrets, &prompter);
        const QRect available = again.screen()->availableGeometry();
        QVERIFY2(available.contains(again.geometry()),
                qPrintable(u"%1,%2 %3x%4"_s.arg(again.x())
                                   .arg(again.y())
                                   .arg(again.width())
                                   .arg(again.height())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
