// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QPointer>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include "diffview.h"
#include "feeds/baserow/baserowkinds.h"
#include "feeds/registry.h"
#include "feedview.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "model/filterproxies.h"
#include "model/livetreemodel.h"
#include "model/messagelogmodel.h"
#include "model/roles.h"
#include "model/tablerowsmodel.h"
#include "prompter.h"
#include "record/recording.h"
#include "record/replay.h"
#include "record/sessionrecorder.h"
#include "record/timemachine.h"
#include "server/baserow/baserowimitation.h"
#include "server/embeddedserver.h"
#include "serverpanel.h"
#include "session/feedsession.h"
#include "session/statedump.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "testutil.h"
#include "timelinebar.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// A session recorded from the app, opened again in a tab of its own, scrubbed with the
// timeline, played, diffed between two marks, and linked from the log to the tree; every model
// of the recording's tab under QAbstractItemModelTester.
class TestTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void recordOpenScrubPlayDiff()
    {
        QVERIFY(m_dir.isValid());
        auto settings = Settings::ini(m_dir.filePath(u"s.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        Server::EmbeddedServer server(sc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.resize(1300, 850);
        window.show();

        // Record a live tab while rows change.
        const FeedConfig config = Feeds::demoConnections(server.url(), {u"baserow"_s}).constFirst();
        Ui::FeedView *live = window.openConnection(config);
        QTRY_VERIFY_WITH_TIMEOUT(live->session()->isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
                live->session()->store()->find(BaserowKind::Row, u"1"_s, u"100"_s) != NoNode,
                10000);
        const QString path = m_dir.filePath(u"app.jsonl"_s);
        QVERIFY(window.findChild<QAction *>(u"record"_s)->isEnabled());
        QVERIFY2(live->startRecording(path, &error), qPrintable(error));
        QTRY_VERIFY(window.findChild<QAction *>(u"record"_s)->isChecked());
        QTRY_VERIFY(window.tabs()->tabText(0).startsWith(u"● "_s));
        auto *baserow = server.imitation<Server::BaserowImitation>();
        const quint64 before = live->session()->counters().framesIn;
        for (int i = 0; i < 12; ++i)
            QVERIFY(baserow->updateRow(
                    100, 2, OValue::object({{u"field_1001"_s, u"Timeline %1"_s.arg(i)}})));
        QVERIFY(baserow->createRow(
                100, OValue::object({{u"field_1001"_s, u"Made while recording"_s}}), std::nullopt));
        QVERIFY(baserow->deleteRow(100, 3));
        QTRY_VERIFY_WITH_TIMEOUT(live->session()->counters().framesIn >= before + 14, 10000);
        QVERIFY(live->stopRecording(&error));
        QTRY_VERIFY(!window.findChild<QAction *>(u"record"_s)->isChecked());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(text.contains("Made while recording"));
            QVERIFY(!text.contains("eyJ")); // no token
        }

        // Open it: a read-only tab with a timeline, at the end once read.
        Ui::FeedView *view = window.openRecording(path, &error);
        QVERIFY2(view, qPrintable(error));
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *m :
                std::initializer_list<QAbstractItemModel *> {view->treeModel(), view->treeFilter(),
                        view->tree()->model(), view->rowsModel(), view->rowsFilter(),
                        view->rowsView()->model(), view->log()->model(), view->log()->proxy()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    m, QAbstractItemModelTester::FailureReportingMode::Fatal));
        TimeMachine *tm = view->timeMachine();
        QVERIFY(tm);
        QTRY_VERIFY_WITH_TIMEOUT(tm->isBuilt(), 10000);
        QVERIFY(window.tabs()->tabText(window.tabs()->currentIndex()).startsWith(u"▶ "_s));
        QVERIFY(!window.findChild<QAction *>(u"record"_s)->isEnabled());
        QVERIFY(!window.findChild<QAction *>(u"reconnect"_s)->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"exportLog"_s)->isEnabled());
        const Recording &rec = tm->recording();
        const FeedConfig replayConfig = *rec.replayConfig();
        QVERIFY2(rec.frameCount() >= 14,
                qPrintable(u"%1 frames, %2 bad lines, %3 events"_s.arg(rec.frameCount())
                                   .arg(rec.badLines())
                                   .arg(rec.eventCount())));
        QSlider *slider = view->timeline()->slider();
        QCOMPARE(slider->maximum(), int(rec.frameCount()));
        QCOMPARE(tm->position(), rec.frameCount());
        QCOMPARE(stateDumpJson(*view->session()->store(), u"baserow"_s),
                Test::stateAtPosition(rec, replayConfig, rec.frameCount()));
        QVERIFY(view->treeModel()->rowCount() > 0);

        // The slider goes to a moment: the state, the log's mark and the label follow.
        const int k = int(rec.frameCount()) - 6;
        slider->setValue(k);
        QTRY_COMPARE(tm->position(), qsizetype(k));
        QCOMPARE(stateDumpJson(*view->session()->store(), u"baserow"_s),
                Test::stateAtPosition(rec, replayConfig, k));
        QCOMPARE(view->log()->currentSeq(), rec.frameInfo(k - 1).seq);
        QVERIFY(view->timeline()->positionText().contains(
                QString::number(rec.frameInfo(k - 1).seq)));
        // A frame back, by its shortcut.
        view->tree()->setFocus();
        QTest::keySequence(view->tree(), QKeySequence(Qt::ALT | Qt::Key_Left));
        QTRY_COMPARE(tm->position(), qsizetype(k - 1));
        QCOMPARE(slider->value(), k - 1);

        // The log links to the tree: a rows_updated frame selects its row.
        auto *proxy = view->log()->proxy();
        int updated = -1;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(TypeRole).toString() == u"rows_updated") {
                updated = r;
                break;
            }
        }
        QVERIFY(updated >= 0);
        view->log()->view()->setCurrentIndex(proxy->index(updated, 0));
        QTRY_VERIFY(view->tree()->currentIndex().isValid());
        QCOMPARE(
                view->tree()->currentIndex().data(NodeKeyRole).toString().contains(u"row"_s), true);

        // Marks A and B, and the diff between them.
        view->timeline()->setMark(0, 0);
        view->timeline()->setMark(1, rec.frameCount());
        auto *diffButton = view->timeline()->findChild<QToolButton *>(u"timelineDiff"_s);
        QVERIFY(diffButton->isEnabled());
        diffButton->click();
        Ui::DiffView *diff = nullptr;
        QTRY_VERIFY((diff = view->findChild<Ui::DiffView *>()) != nullptr);
        QVERIFY(diff->diff().created > 0);
        QVERIFY(diff->tree()->topLevelItemCount() > 0);
        const int all = diff->visibleCount();
        const int rowIndex = diff->kindFilter()->findData(u"row"_s);
        QVERIFY(rowIndex > 0);
        diff->kindFilter()->setCurrentIndex(rowIndex);
        QVERIFY(diff->visibleCount() > 0 && diff->visibleCount() <= all);
        diff->close();

        // Play as fast as possible from the start: it reaches the end and stops.
        tm->seek(0);
        view->timeline()->setSpeedIndex(3);
        view->timeline()->togglePlay();
        QVERIFY(tm->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(tm->position(), rec.frameCount(), 10000);
        QTRY_VERIFY(!tm->isPlaying());
        QCOMPARE(stateDumpJson(*view->session()->store(), u"baserow"_s),
                Test::stateAtPosition(rec, replayConfig, rec.frameCount()));
        testers.clear();

        // The server panel serves the recording; the app connects a tab to it, which gets
        // every recorded frame (this recording began mid-session: its state line is not
        // served, only frames and REST answers are; tst_recording serves a whole session).
        server.stop();
        QVERIFY2(window.serverPanel()->startReplay(path, 50, &error), qPrintable(error));
        QTRY_COMPARE(window.tabs()->count(), 3);
        auto *served = qobject_cast<Ui::FeedView *>(window.tabs()->widget(2));
        QVERIFY(served);
        qsizetype in = 0;
        for (qsizetype f = 0; f < rec.frameCount(); ++f)
            in += rec.frameInfo(f).dir == Direction::In;
        QTRY_VERIFY_WITH_TIMEOUT(served->session()->counters().framesIn >= quint64(in)
                        && served->session()->isQuiescent(),
                15000);
        QCOMPARE(served->session()->counters().framesIn, quint64(in));
        QVERIFY(stateDumpJson(*served->session()->store(), u"baserow"_s)
                        .contains("Made while recording"));
        window.serverPanel()->stop();
    }

    void aLiveTabLooksBack()
    {
        auto settings = Settings::ini(m_dir.filePath(u"s3.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        Server::EmbeddedServer server(sc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        window.show();
        Ui::FeedView *live = window.openConnection(
                Feeds::demoConnections(server.url(), {u"baserow"_s}).constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(live->session()->isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(live->session()->isQuiescent()
                        && live->session()->store()->find(BaserowKind::Row, u"1"_s, u"100"_s)
                                != NoNode,
                10000);
        auto *baserow = server.imitation<Server::BaserowImitation>();
        for (int i = 0; i < 5; ++i)
            QVERIFY(baserow->updateRow(
                    100, 1, OValue::object({{u"field_1001"_s, u"Look back %1"_s.arg(i)}})));
        QTRY_VERIFY(stateDumpJson(*live->session()->store(), u"baserow"_s).contains("Look back 4"));
        QTRY_VERIFY(live->session()->isQuiescent());

        // Ctrl+B: the tab so far, as a recording, at its end, in the live tab itself: the
        // live state, snapshot and all.
        window.tabs()->setCurrentWidget(live);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QTRY_VERIFY(live->lookBackView());
        QCOMPARE(window.tabs()->count(), 1);
        Ui::FeedView *back = live->lookBackView();
        QVERIFY(back->isRecordingTab() && back->isVisible());
        QCOMPARE(live->shownView(), back);
        QVERIFY(!live->tree()->isVisible());
        QVERIFY(window.findChild<QAction *>(u"lookBack"_s)->isChecked());
        QVERIFY(window.tabs()->tabText(0).startsWith(u"‖"_s));
        TimeMachine *tm = back->timeMachine();
        QCOMPARE(tm->position(), tm->frameCount());
        QCOMPARE(stateDumpJson(*back->session()->store(), u"baserow"_s),
                stateDumpJson(*live->session()->store(), u"baserow"_s));
        // Back in time: the first update is not there yet two frames before the end… and
        // the snapshot is, from the journal's REST answers.
        tm->seek(tm->frameCount() - 5);
        QVERIFY(!stateDumpJson(*back->session()->store(), u"baserow"_s).contains("Look back 4"));
        QVERIFY(back->session()->store()->find(BaserowKind::Row, u"1"_s, u"100"_s) != NoNode);
        // The session went on underneath; "Back to live" shows it again, with what came
        // meanwhile.
        QVERIFY(baserow->updateRow(100, 1, OValue::object({{u"field_1001"_s, u"Later"_s}})));
        QTRY_VERIFY(stateDumpJson(*live->session()->store(), u"baserow"_s).contains("Later"));
        QVERIFY(!stateDumpJson(*back->session()->store(), u"baserow"_s).contains("Later"));
        QPointer<Ui::FeedView> gone = back;
        back->timeline()->findChild<QToolButton *>(u"backToLive"_s)->click();
        QTRY_VERIFY(!gone);
        QVERIFY(!live->lookBackView());
        QCOMPARE(live->shownView(), live);
        QVERIFY(live->tree()->isVisible());
        QCOMPARE(window.tabs()->count(), 1);
        QTRY_VERIFY(!window.findChild<QAction *>(u"lookBack"_s)->isChecked());
        // Ctrl+B twice: look back, and return.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QTRY_VERIFY(live->lookBackView());
        QVERIFY(stateDumpJson(*live->lookBackView()->session()->store(), u"baserow"_s)
                        .contains("Later"));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QTRY_VERIFY(!live->lookBackView());
        // A live tab whose log dropped its oldest frames looks back from the oldest base the
        // log still reaches (the state then, kept by the journal), not from the start; the
        // journal keeps at most three bases and forgets what the log no longer reaches.
        live->session()->log()->setCaps(100, 1 << 30);
        // (In rounds of ten: a base is taken between batches, so a look back covers half the
        // log less one batch.)
        for (int i = 0; i < 300; ++i) {
            QVERIFY(baserow->updateRow(
                    100, 1, OValue::object({{u"field_1001"_s, u"Capped %1"_s.arg(i)}})));
            if (i % 10 == 9)
                QTRY_VERIFY(stateDumpJson(*live->session()->store(), u"baserow"_s)
                                    .contains(u"Capped %1\""_s.arg(i).toUtf8()));
        }
        QTRY_VERIFY(stateDumpJson(*live->session()->store(), u"baserow"_s).contains("Capped 299"));
        QTRY_VERIFY(live->session()->isQuiescent());
        QVERIFY(live->session()->log()->firstIndex() > 0);
        QVERIFY(live->journal()->journalBases() >= 1 && live->journal()->journalBases() <= 3);
        QVERIFY(live->journal()->journalLines() < 20);
        const QByteArray capped = live->lookBackRecording(&error);
        QVERIFY2(!capped.isEmpty(), qPrintable(error));
        auto cappedRec = Recording::fromData(capped, &error);
        QVERIFY2(cappedRec, qPrintable(error));
        QVERIFY(cappedRec->frameCount() <= 100);
        QVERIFY2(cappedRec->frameCount() >= 40,
                qPrintable(QString::number(cappedRec->frameCount())));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QTRY_VERIFY(live->lookBackView());
        TimeMachine *capTm = live->lookBackView()->timeMachine();
        QCOMPARE(stateDumpJson(*live->lookBackView()->session()->store(), u"baserow"_s),
                stateDumpJson(*live->session()->store(), u"baserow"_s));
        capTm->seek(0); // the base: the snapshot's rows are there, an early update not yet
        const QByteArray atBase =
                stateDumpJson(*live->lookBackView()->session()->store(), u"baserow"_s);
        QVERIFY(live->lookBackView()->session()->store()->find(BaserowKind::Row, u"1"_s, u"100"_s)
                != NoNode);
        QVERIFY(!atBase.contains("Capped 299"));
        QVERIFY(atBase.contains("Capped"));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_B));
        QTRY_VERIFY(!live->lookBackView());

        // The journal has a budget: snapshots reloaded again and again (a server that
        // reconnects the feed) do not grow it past that; a base stands in for what it forgot.
        live->session()->log()->setCaps(1000000, 1 << 30);
        live->journal()->setMaxJournalBytes(2048);
        for (int i = 0; i < 3; ++i) {
            live->session()->reloadSnapshot();
            QTRY_VERIFY(!live->session()->snapshotLoading() && live->session()->isQuiescent());
        }
        QTRY_VERIFY(live->journal()->journalBytes() <= 2048);
        QCOMPARE(live->journal()->journalBases(), 1);
        QVERIFY(baserow->updateRow(100, 1, OValue::object({{u"field_1001"_s, u"Budget"_s}})));
        QTRY_VERIFY(stateDumpJson(*live->session()->store(), u"baserow"_s).contains("Budget"));
        const QByteArray budgeted = live->lookBackRecording(&error);
        QVERIFY2(!budgeted.isEmpty(), qPrintable(error));
        auto budgetedRec = Recording::fromData(budgeted, &error);
        QVERIFY2(budgetedRec, qPrintable(error));
        QVERIFY(budgetedRec->frameCount() <= 3);
        QVERIFY(budgeted.contains("{\"state\":["));
    }

    void aFileThatIsNoRecordingIsRefused()
    {
        auto settings = Settings::ini(m_dir.filePath(u"s2.ini"_s));
        MemorySecretStore secrets;
        Ui::ScriptedPrompter prompter;
        Ui::MainWindow window(settings.get(), &secrets, &prompter);
        const QString path = m_dir.filePath(u"garbage.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json at all\n{\"neither\": 1}\n");
        f.close();
        QString error;
        QVERIFY(!window.openRecording(path, &error, u"baserow"_s));
        QVERIFY2(error.contains(u"no frames"_s), qPrintable(error));
        QVERIFY(!window.openRecording(m_dir.filePath(u"missing.jsonl"_s), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(window.tabs()->count(), 0);
        // With no tab, what needs one is disabled.
        for (const char16_t *id : {u"subscribe", u"reconnect", u"disconnect", u"record",
                     u"exportLog", u"closeTab", u"lookBack"})
            QTRY_VERIFY2(!window.findChild<QAction *>(QString::fromUtf16(id))->isEnabled(),
                    qPrintable(QString::fromUtf16(id)));
        QVERIFY(window.findChild<QAction *>(u"openRecording"_s)->isEnabled());
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
