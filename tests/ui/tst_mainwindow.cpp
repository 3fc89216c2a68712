// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAction>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "feeds/registry.h"
#include "feedview.h"
#include "mainwindow.h"
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
