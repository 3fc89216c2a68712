// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "decorationproxy.h"
#include "detailpane.h"
#include "feeds/baserow/baserowkinds.h"
#include "feeds/registry.h"
#include "feedview.h"
#include "jsonview.h"
#include "logpanel.h"
#include "model/filterproxies.h"
#include "model/livetreemodel.h"
#include "model/messagelogmodel.h"
#include "model/roles.h"
#include "model/tablerowsmodel.h"
#include "server/baserow/baserowimitation.h"
#include "server/embeddedserver.h"
#include "session/feedsession.h"
#include "settings/settings.h"
#include "sparkline.h"
#include "subscriptionpanel.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// One connection's tab against the embedded server: filters, subscriptions, highlighting,
// details and the log, every model and proxy under QAbstractItemModelTester.
class TestFeedView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server::EmbeddedServer> m_server;
    std::unique_ptr<Ui::FeedView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    FeedSession *session() const { return m_view->session(); }
    int typeRows(const QString &type) const
    {
        int n = 0;
        auto *proxy = m_view->log()->proxy();
        for (int i = 0; i < proxy->rowCount(); ++i)
            n += proxy->index(i, 0).data(TypeRole).toString() == type;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Server::EmbeddedServerConfig c;
        c.feeds = {u"baserow"_s};
        m_server = std::make_unique<Server::EmbeddedServer>(c);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        FeedConfig config = Feeds::demoConnections(m_server->url(), {u"baserow"_s}).constFirst();
        config.subscriptionTimeoutMs = 1500;
        m_view = std::make_unique<Ui::FeedView>(new FeedSession(config));
        m_view->setHighlight(true, 400);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
                     m_view->treeModel(), m_view->treeFilter(), m_view->tree()->model(),
                     m_view->rowsModel(), m_view->rowsFilter(), m_view->rowsView()->model(),
                     m_view->log()->model(), m_view->log()->proxy()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    m, QAbstractItemModelTester::FailureReportingMode::Fatal));
        m_view->resize(1200, 800);
        m_view->show();
        session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
                session()->store()->find(BaserowKind::Row, u"1"_s, u"100"_s) != NoNode, 10000);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_view.reset();
        m_server.reset();
    }

    void treeFilter()
    {
        QLineEdit *edit = m_view->treeFilterEdit();
        QTest::keyClicks(edit, u"Products"_s);
        QAbstractItemModel *shown = m_view->tree()->model();
        QTRY_VERIFY(shown->rowCount() > 0);
        // The match is reachable and the view expanded the way to it.
        QModelIndexList hits = shown->match(shown->index(0, 0), Qt::DisplayRole, u"Products"_s, 1,
                Qt::MatchRecursive | Qt::MatchContains);
        QCOMPARE(hits.size(), 1);
        QVERIFY(m_view->tree()->isExpanded(hits.first().parent()));
        edit->clear();
        QTest::keyClicks(edit, u"no such thing anywhere"_s);
        QCOMPARE(shown->rowCount(), 0);
        // A regular expression.
        edit->clear();
        m_view->treeFilter()->setText(u"^Supp.*ers$"_s, true);
        hits = shown->match(shown->index(0, 0), Qt::DisplayRole, u"Suppliers"_s, -1,
                Qt::MatchRecursive | Qt::MatchStartsWith);
        QCOMPARE(hits.size(), 1);
        m_view->treeFilter()->setText(QString(), false);
        QVERIFY(shown->rowCount() > 0);
    }

    void subscriptionRoundTrip()
    {
        Ui::SubscriptionPanel *panel = m_view->subscriptions();
        QTest::keyClicks(panel->specEdit(), u"table:101"_s);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"subscriptionAdd"_s), Qt::LeftButton);
        auto state = [&](const QString &key) {
            const Subscription *s = session()->subscriptions()->find(key);
            return s ? int(s->state) : -1;
        };
        QTRY_COMPARE(state(u"table:101"_s), int(SubscriptionState::Confirmed));
        // A page the server refuses silently: refused after the timeout, with the note.
        QTest::keyClicks(panel->specEdit(), u"table:200"_s);
        QTest::keyClick(panel->specEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(state(u"table:200"_s), int(SubscriptionState::Refused), 5000);
        // Unsubscribe: page_discard, and the row goes.
        QTableView *view = panel->view();
        const int row = session()->subscriptions()->indexOf(u"table:101"_s);
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"subscriptionRemove"_s), Qt::LeftButton);
        QTRY_COMPARE(state(u"table:101"_s), -1);
    }

    void treeStateSurvivesSubscribeReloadAndReconnect()
    {
        // Open the way to a row, select it: subscribing, reloading the snapshot and a reconnect
        // keep the branches open, the row current and in view (by entity identity).
        QTreeView *tree = m_view->tree();
        const NodeId row = session()->store()->find(BaserowKind::Row, u"3"_s, u"100"_s);
        QVERIFY(row != NoNode);
        m_view->selectNodes({row});
        QModelIndex current = tree->currentIndex();
        QVERIFY(current.isValid());
        tree->scrollTo(current);
        const QString rowKey = current.siblingAtColumn(0).data(NodeKeyRole).toString();
        QStringList openKeys;
        for (QModelIndex p = current.parent(); p.isValid(); p = p.parent()) {
            tree->expand(p);
            openKeys << p.data(NodeKeyRole).toString();
        }
        QVERIFY(openKeys.size() >= 2);
        auto keep = [&](const char *when) {
            const QModelIndex now = tree->currentIndex();
            QVERIFY2(now.isValid(), when);
            QCOMPARE(now.siblingAtColumn(0).data(NodeKeyRole).toString(), rowKey);
            for (QModelIndex p = now.parent(); p.isValid(); p = p.parent())
                QVERIFY2(tree->isExpanded(p), when);
            QVERIFY2(tree->viewport()->rect().intersects(tree->visualRect(now)), when);
        };
        keep("at first");
        if (QTest::currentTestFailed())
            return;

        Ui::SubscriptionPanel *panel = m_view->subscriptions();
        QTest::keyClicks(panel->specEdit(), u"table:102"_s);
        QTest::keyClick(panel->specEdit(), Qt::Key_Return);
        QTRY_VERIFY(session()->subscriptions()->find(u"table:102"_s)
                && session()->subscriptions()->find(u"table:102"_s)->state
                        == SubscriptionState::Confirmed);
        QTest::qWait(0);
        keep("after subscribing");
        if (QTest::currentTestFailed())
            return;

        QSignalSpy loaded(session(), &FeedSession::snapshotFinished);
        session()->reloadSnapshot();
        QVERIFY(loaded.wait(10000));
        QCoreApplication::processEvents();
        keep("after a reload");
        if (QTest::currentTestFailed())
            return;

        loaded.clear();
        m_server->dropConnections();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        QTRY_VERIFY(session()->isReady());
        QCoreApplication::processEvents();
        keep("after a reconnect");
        if (QTest::currentTestFailed())
            return;
    }

    void aReloadThatChangesNothingIsQuiet()
    {
        // After a reload or a reconnect, entities whose data did not change do not flash.
        QAbstractItemModel *tree = m_view->tree()->model();
        m_view->rowsModel()->setTable({BaserowKind::Table, u"100"_s, {}});
        QAbstractItemModel *grid = m_view->rowsView()->model();
        auto flashing = [&] {
            QStringList lit;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int i = 0; i < tree->rowCount(parent); ++i) {
                    const QModelIndex idx = tree->index(i, 0, parent);
                    if (idx.data(Qt::BackgroundRole).value<QColor>().isValid())
                        lit << idx.data().toString();
                    walk(idx);
                }
            };
            walk({});
            for (int r = 0; r < grid->rowCount(); ++r) {
                for (int c = 0; c < grid->columnCount(); ++c) {
                    if (grid->index(r, c).data(Qt::BackgroundRole).value<QColor>().isValid())
                        lit << grid->index(r, c).data().toString();
                }
            }
            return lit;
        };
        QTRY_VERIFY_WITH_TIMEOUT(flashing().isEmpty(), 5000);
        QSignalSpy loaded(session(), &FeedSession::snapshotFinished);
        session()->reloadSnapshot();
        QVERIFY(loaded.wait(10000));
        session()->flush();
        QCOMPARE(flashing(), QStringList());
        loaded.clear();
        m_server->dropConnections();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        session()->flush();
        QCOMPARE(flashing(), QStringList());
    }

    // A GraphQL document is typed on several lines; Ctrl+Return subscribes, Return does not.
    void graphQlDocumentsSpanLines()
    {
        Server::EmbeddedServerConfig c;
        c.feeds = {u"graphql"_s};
        Server::EmbeddedServer server(c);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        FeedConfig config = Feeds::demoConnections(server.url(), {u"graphql"_s}).constFirst();
        config.subscriptions.clear();
        Ui::FeedView view(new FeedSession(config));
        view.show();
        view.session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(view.session()->isReady(), 10000);
        Ui::SubscriptionPanel *panel = view.subscriptions();
        QVERIFY(!panel->specEdit());
        QPlainTextEdit *edit = panel->documentEdit();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, u"subscription {"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"  prices { id price }"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"}"_s);
        QVERIFY(view.session()->subscriptions()->subscriptions().isEmpty());
        QCOMPARE(edit->toPlainText().count(u'\n'), 2);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(view.session()->subscriptions()->subscriptions().size(), 1);
        QVERIFY(edit->toPlainText().isEmpty());
        const QString key = view.session()->subscriptions()->subscriptions().first().key;
        QTRY_COMPARE_WITH_TIMEOUT(int(view.session()->subscriptions()->find(key)->state),
                int(SubscriptionState::Confirmed), 10000);
        // A document the server refuses keeps its words in the note.
        QTest::keyClicks(edit, u"subscription { nope }"_s);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"subscriptionAdd"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view.session()->subscriptions()->find(u"#2 nope"_s)
                        && view.session()->subscriptions()->find(u"#2 nope"_s)->state
                                == SubscriptionState::Refused,
                10000);
        QVERIFY(view.session()->subscriptions()->find(u"#2 nope"_s)->note.contains(u"nope"_s));
    }

    void changesAreHighlightedThenFade()
    {
        QTableView *grid = m_view->rowsView();
        m_view->rowsModel()->setTable({BaserowKind::Table, u"100"_s, {}});
        QVERIFY(m_view->rowsModel()->rowCount() >= 10);
        const NodeId row2 = session()->store()->find(BaserowKind::Row, u"2"_s, u"100"_s);
        m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 2, OValue::object({{u"field_1002"_s, 55.5}}));
        QTRY_COMPARE(session()->store()->node(row2).data.string("field_1002").value_or(QString()),
                u"55.50"_s);
        QAbstractItemModel *shown = grid->model();
        const int r = m_view->rowsModel()->rowOf(row2);
        int priceColumn = -1;
        for (int c = 0; c < m_view->rowsModel()->columnCount(); ++c) {
            if (m_view->rowsModel()->columnKey(c) == "field_1002")
                priceColumn = c;
        }
        QVERIFY(priceColumn > 0);
        const QModelIndex price = shown->index(r, priceColumn);
        const QModelIndex name = shown->index(r, priceColumn - 1);
        QVERIFY(price.data(Qt::BackgroundRole)
                        .value<QColor>()
                        .isValid()); // the changed cell flashes…
        QVERIFY(!name.data(Qt::BackgroundRole).value<QColor>().isValid()); // …not its neighbours
        QTRY_VERIFY_WITH_TIMEOUT(
                !price.data(Qt::BackgroundRole).value<QColor>().isValid(), 3000); // and it fades

        // In the tree: created green, deleted red and struck through.
        m_server->imitation<Server::BaserowImitation>()->deleteRow(100, 3);
        const NodeId row3 = session()->store()->find(BaserowKind::Row, u"3"_s, u"100"_s);
        QTRY_VERIFY(session()->store()->node(row3).deleted);
        const QModelIndex t = m_view->treeModel()->indexOfNode(row3);
        QAbstractItemModel *tree = m_view->tree()->model();
        auto *decoration = qobject_cast<Ui::DecorationProxy *>(tree);
        QVERIFY(t.isValid());
        const QModelIndex filtered = m_view->treeFilter()->mapFromSource(t);
        const QModelIndex shownRow = decoration->mapFromSource(filtered);
        QVERIFY(shownRow.isValid());
        QVERIFY(shownRow.data(Qt::FontRole).value<QFont>().strikeOut());
        const QColor red = shownRow.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(red.isValid() && red.red() > red.green());
        // Switched off: no colour at all.
        m_view->setHighlight(false, 400);
        QVERIFY(!shownRow.data(Qt::BackgroundRole).value<QColor>().isValid());
        m_view->setHighlight(true, 400);
    }

    void logFiltersApplyToLaterFrames()
    {
        Ui::LogPanel *log = m_view->log();
        log->model()->flush();
        QComboBox *types = log->findChild<QComboBox *>(u"logType"_s);
        QTRY_VERIFY(types->findText(u"rows_updated"_s) > 0);
        types->setCurrentText(u"rows_updated"_s);
        const int before = log->proxy()->rowCount();
        QCOMPARE(typeRows(u"rows_updated"_s), before);
        m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 4, OValue::object({{u"field_1001"_s, u"Filtered later"_s}}));
        m_server->imitation<Server::BaserowImitation>()->createRow(
                100, OValue::object({{u"field_1001"_s, u"Not shown"_s}}), std::nullopt);
        QTRY_COMPARE(log->proxy()->rowCount(), before + 1);
        QCOMPARE(typeRows(u"rows_updated"_s), log->proxy()->rowCount());
        // Text filter on top; then pause: capture goes on, the view waits.
        QTest::keyClicks(log->filterEdit(), u"Filtered later"_s);
        QCOMPARE(log->proxy()->rowCount(), 1);
        log->filterEdit()->clear();
        types->setCurrentIndex(0);
        log->setPaused(true);
        const int shown = log->model()->rowCount();
        m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 4, OValue::object({{u"field_1001"_s, u"While paused"_s}}));
        QTRY_VERIFY(log->model()->pendingCount() > 0);
        QCOMPARE(log->model()->rowCount(), shown);
        log->setPaused(false);
        QVERIFY(log->model()->rowCount() > shown);
    }

    void connectionRowsHaveTheirOwnFilter()
    {
        // The connection's story is in the log between the frames ("● conn"), and the
        // direction box shows it alone, or the frames without it.
        Ui::LogPanel *log = m_view->log();
        log->model()->flush();
        QComboBox *dirs = log->findChild<QComboBox *>(u"logDirection"_s);
        QVERIFY(dirs);
        QCOMPARE(dirs->count(), 5);
        auto rowsOf = [log](Direction d) {
            int n = 0;
            for (int i = 0; i < log->proxy()->rowCount(); ++i)
                n += Direction(log->proxy()->index(i, 0).data(DirectionRole).toInt()) == d;
            return n;
        };
        const int all = log->proxy()->rowCount();
        QVERIFY(rowsOf(Direction::Event) >= 3); // connect, login, open at least
        dirs->setCurrentIndex(3); // Connection
        QCOMPARE(log->proxy()->rowCount(), rowsOf(Direction::Event));
        QVERIFY(log->proxy()->rowCount() >= 3 && log->proxy()->rowCount() < all);
        QStringList kinds;
        for (int i = 0; i < log->proxy()->rowCount(); ++i)
            kinds << log->proxy()->index(i, 0).data(TypeRole).toString();
        QVERIFY2(kinds.contains(u"open"_s) && kinds.contains(u"connect"_s),
                qPrintable(kinds.join(u' ')));
        const QModelIndex open = log->proxy()->index(int(kinds.indexOf(u"open"_s)), 0);
        QCOMPARE(open.siblingAtColumn(MessageLogModel::DirectionColumn).data().toString(),
                u"● conn"_s);
        QVERIFY(open.siblingAtColumn(MessageLogModel::SummaryColumn)
                        .data()
                        .toString()
                        .startsWith(u"Connected to ws://"_s));
        dirs->setCurrentIndex(4); // Frames only
        QCOMPARE(rowsOf(Direction::Event), 0);
        QCOMPARE(log->proxy()->rowCount(), all - int(kinds.size()));
        dirs->setCurrentIndex(0);
        QCOMPARE(log->proxy()->rowCount(), all);
    }

    void composerWarnsBeforeBadJsonAndKeepsNamedFrames()
    {
        Ui::ComposerPanel *composer = m_view->composer();
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"composer.ini"_s));
        composer->setSettings(settings.get());
        // The feed's own messages to start from.
        QComboBox *templates = composer->templates();
        const int table = templates->findText(u"Subscribe to a table"_s);
        QVERIFY(table > 0);
        composer->useTemplate(table);
        QCOMPARE(composer->editor()->toPlainText(), u"{\"page\": \"table\", \"table_id\": 100}"_s);
        QCOMPARE(composer->statusText(), u"Valid JSON"_s);
        composer->editor()->undo(); // the template went in as an edit
        QVERIFY(composer->editor()->toPlainText().isEmpty());

        // Not JSON: said as it is typed, with where; the first Send does not send.
        auto *send = composer->findChild<QPushButton *>(u"composerSend"_s);
        composer->editor()->setPlainText(u"{\"page\": \"table\",\n \"table_id\": 100,}"_s);
        QTRY_VERIFY(composer->statusText().startsWith(u"not valid JSON"_s));
        QVERIFY2(composer->statusText().contains(u"line 2"_s), qPrintable(composer->statusText()));
        const quint64 out = session()->counters().framesOut;
        QVERIFY(!composer->sendCurrent());
        QCOMPARE(session()->counters().framesOut, out);
        QCOMPARE(send->text(), u"Send anyway"_s);
        QVERIFY(composer->statusText().contains(u"Send again to send it anyway"_s));
        // Send anyway: it goes (the server answers as it will).
        QVERIFY(composer->sendCurrent());
        QCOMPARE(session()->counters().framesOut, out + 1);
        QCOMPARE(send->text(), u"Send"_s);
        // What the warning was for: Baserow drops the connection on a frame that is not JSON
        // (its consumer raises). Back at once rather than after the backoff.
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isReady(), 5000);
        session()->reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isReady() && session()->isQuiescent(), 10000);
        // Valid JSON goes at the first Send.
        const quint64 again = session()->counters().framesOut; // the subscriptions, again
        composer->editor()->setPlainText(u"{\"page\": \"table\", \"table_id\": 101}"_s);
        QVERIFY(composer->sendCurrent());
        QCOMPARE(session()->counters().framesOut, again + 1);

        // A frame saved by name, for this feed: in the settings file, back in a new
        // composer, replaced by name, deleted.
        QVERIFY(composer->saveTemplate(u"Suppliers"_s));
        QVERIFY(templates->findData(u"Suppliers"_s) > table);
        settings->sync();
        Ui::ComposerPanel other(session());
        other.setSettings(settings.get());
        const int saved = other.templates()->findData(u"Suppliers"_s);
        QVERIFY(saved > 0);
        other.useTemplate(saved);
        QCOMPARE(other.editor()->toPlainText(), u"{\"page\": \"table\", \"table_id\": 101}"_s);
        composer->editor()->setPlainText(u"{\"page\": \"table\", \"table_id\": 102}"_s);
        QVERIFY(composer->saveTemplate(u"Suppliers"_s));
        QCOMPARE(settings->composerTemplates(u"baserow"_s).size(), 1);
        QCOMPARE(settings->composerTemplates(u"baserow"_s).first().text,
                QByteArray("{\"page\": \"table\", \"table_id\": 102}"));
        QVERIFY(composer->deleteTemplate(u"Suppliers"_s));
        QCOMPARE(templates->findData(u"Suppliers"_s), -1);
        QVERIFY(settings->composerTemplates(u"baserow"_s).isEmpty());
        composer->setSettings(nullptr);
    }

    void collapsedBranchesStayQuiet()
    {
        // Changes under a collapsed branch are not passed to the tree view (nothing there is
        // painted); once the branch is open they are.
        QTreeView *tree = m_view->tree();
        QAbstractItemModel *shown = tree->model();
        auto *decoration = qobject_cast<Ui::DecorationProxy *>(shown);
        const NodeId row5 = session()->store()->find(BaserowKind::Row, u"5"_s, u"100"_s);
        const QModelIndex t = m_view->treeModel()->indexOfNode(row5);
        const QModelIndex shownRow =
                decoration->mapFromSource(m_view->treeFilter()->mapFromSource(t));
        QVERIFY(shownRow.isValid());
        const QPersistentModelIndex target(shownRow);
        tree->collapseAll();
        QSignalSpy spy(shown, &QAbstractItemModel::dataChanged);
        auto targetChanged = [&] {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                const auto tl = args.at(0).value<QModelIndex>();
                const auto br = args.at(1).value<QModelIndex>();
                if (tl.parent() == target.parent() && tl.row() <= target.row()
                        && br.row() >= target.row())
                    return true;
            }
            return false;
        };
        const quint64 applied = session()->counters().applied;
        m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 5, OValue::object({{u"field_1001"_s, u"Hidden"_s}}));
        QTRY_VERIFY(session()->counters().applied > applied);
        QVERIFY(!targetChanged());
        for (QModelIndex p = target.parent(); p.isValid(); p = p.parent())
            tree->expand(p);
        spy.clear();
        m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 5, OValue::object({{u"field_1001"_s, u"Shown"_s}}));
        QTRY_VERIFY(targetChanged());
        QCOMPARE(target.data().toString().isEmpty(), false);
    }

    void numbersOverTimeAreDrawn()
    {
        // A row whose price changes: its values over the versions kept, drawn under the
        // title, by the field's name; a member that did not change is not drawn.
        const NodeId row7 = session()->store()->find(BaserowKind::Row, u"7"_s, u"100"_s);
        QVERIFY(row7 != NoNode);
        auto *baserow = m_server->imitation<Server::BaserowImitation>();
        for (const QString &price : {u"3.50"_s, u"4.25"_s, u"2.00"_s})
            QVERIFY(baserow->updateRow(100, 7, OValue::object({{u"field_1002"_s, price}})));
        QTRY_COMPARE(session()->store()->node(row7).data.text("field_1002"), u"2.00"_s);
        m_view->selectNode(row7);
        Ui::DetailPane *details = m_view->details();
        QTRY_VERIFY(details->numbers()->isVisible());
        auto *line = details->numbers()->findChild<Ui::Sparkline *>(u"sparkline:field_1002"_s);
        QVERIFY(line);
        const std::vector<double> &v = line->values();
        QVERIFY(v.size() >= 4);
        QCOMPARE(v[v.size() - 3], 3.5);
        QCOMPARE(v[v.size() - 2], 4.25);
        QCOMPARE(v.back(), 2.0);
        QVERIFY(line->toolTip().startsWith(u"2 since "_s));
        QVERIFY(details->numbers()->findChild<QLabel *>()->text() == u"Price"_s);
        QVERIFY(!details->numbers()->findChild<Ui::Sparkline *>(u"sparkline:id"_s));
        QVERIFY(!line->grab().isNull());
        // An entity with no number that moved draws nothing.
        m_view->selectNode(session()->store()->find(BaserowKind::Table, u"100"_s));
        QVERIFY(!details->numbers()->isVisible());
    }

    void detailsHistoryAndFrameLinks()
    {
        const NodeId row4 = session()->store()->find(BaserowKind::Row, u"4"_s, u"100"_s);
        m_view->selectNode(row4);
        Ui::DetailPane *details = m_view->details();
        QCOMPARE(details->node(), row4);
        QTRY_VERIFY(details->versions()->count() >= 3); // current + two earlier versions
        details->versions()->setCurrentRow(1);
        QVERIFY(details->diffView()->toPlainText().contains(u"+ "_s));
        // Fields by their names, with the key on hover (and in the diff).
        const QString json = details->jsonView()->toPlainText();
        QVERIFY2(json.contains(u"\"Price\": "_s) && !json.contains(u"field_1002"_s),
                qPrintable(json));
        QCOMPARE(details->jsonView()->keyOfName(u"Price"_s), u"field_1002"_s);
        QVERIFY(details->diffView()->toPlainText().contains(u"\"Price\""_s));
        QVERIFY(!details->diffView()->toPlainText().contains(u"field_1002"_s));
        QVERIFY(details->frames()->count() >= 2);
        // A frame link selects the frame in the log.
        const quint64 seq = details->frames()->item(0)->data(Qt::UserRole).toULongLong();
        QVERIFY(m_view->log()->showSeq(seq));
        QCOMPARE(m_view->log()->view()->currentIndex().data(SeqRole).toULongLong(), seq);
    }

    void rightClickMenus()
    {
        // The tree's menu on a table: copy its id and path, subscribe to it, expand below.
        QClipboard *clipboard = QApplication::clipboard();
        auto shown = [&](NodeId n) {
            auto *decoration = qobject_cast<Ui::DecorationProxy *>(m_view->tree()->model());
            return decoration->mapFromSource(
                    m_view->treeFilter()->mapFromSource(m_view->treeModel()->indexOfNode(n)));
        };
        const NodeId table = session()->store()->find(BaserowKind::Table, u"101"_s);
        QVERIFY(table != NoNode);
        const QModelIndex t = shown(table);
        QVERIFY(t.isValid());
        std::unique_ptr<QMenu> menu(m_view->buildTreeMenu(t));
        auto action = [&](const char *name) {
            return menu->findChild<QAction *>(QString::fromLatin1(name));
        };
        action("treeCopyId")->trigger();
        QCOMPARE(clipboard->text(), u"101"_s);
        action("treeCopyPath")->trigger();
        QVERIFY2(clipboard->text().endsWith(u" / "_s + session()->store()->label(table)),
                qPrintable(clipboard->text()));
        QVERIFY(clipboard->text().count(u" / "_s) >= 2);
        action("treeCopyJson")->trigger();
        QVERIFY(clipboard->text().contains(u"\"id\""_s));
        QAction *subscribe = action("treeSubscribe");
        QVERIFY2(subscribe->text().contains(u"table:101"_s), qPrintable(subscribe->text()));
        QVERIFY(subscribe->isEnabled());
        subscribe->trigger();
        QTRY_VERIFY(session()->subscriptions()->find(u"table:101"_s)
                && session()->subscriptions()->find(u"table:101"_s)->state
                        == SubscriptionState::Confirmed);
        m_view->tree()->collapse(t);
        action("treeExpandBelow")->trigger();
        QVERIFY(m_view->tree()->isExpanded(t));
        QVERIFY(m_view->tree()->model()->rowCount(t) > 0);
        QVERIFY(m_view->tree()->isExpanded(m_view->tree()->model()->index(0, 0, t)));
        QAction *hide = action("treeHideDeleted");
        QVERIFY(hide->isCheckable() && !hide->isChecked());

        // A row's frames, shown in the log.
        const NodeId row = session()->store()->find(BaserowKind::Row, u"2"_s, u"100"_s);
        menu.reset(m_view->buildTreeMenu(shown(row)));
        QVERIFY(action("treeShowFrames")->isEnabled());
        action("treeShowFrames")->trigger();
        QTableView *logView = m_view->log()->view();
        const QModelIndexList picked = logView->selectionModel()->selectedRows();
        QVERIFY(!picked.isEmpty());
        QCOMPARE(picked.size(), int(session()->store()->node(row).touched.size()));
        QCOMPARE(logView->currentIndex().data(SeqRole).toULongLong(),
                session()->store()->node(row).touched.back());

        // The log's menu on that frame: the line, its JSON, the entities it changed.
        std::unique_ptr<QMenu> logMenu(m_view->log()->buildMenu(logView->currentIndex()));
        auto logAction = [&](const char *name) {
            return logMenu->findChild<QAction *>(QString::fromLatin1(name));
        };
        logAction("logCopyLine")->trigger();
        QVERIFY(clipboard->text().startsWith(
                QString::number(logView->currentIndex().data(SeqRole).toULongLong()) + u'\t'));
        logAction("logCopyJson")->trigger();
        QVERIFY(clipboard->text().contains(u"rows_updated"_s)
                || clipboard->text().contains(u"row"_s));
        QVERIFY(logAction("logShowEntities")->isEnabled());
        m_view->tree()->setCurrentIndex(t);
        logAction("logShowEntities")->trigger();
        QCOMPARE(m_view->tree()->currentIndex().data(NodeIdRole).toUInt(), row);
        // Clear the log: it is empty, and the next frames come in.
        auto *json = m_view->log()->findChild<QPlainTextEdit *>(u"logJson"_s);
        QVERIFY(json && !json->toPlainText().isEmpty());
        logAction("logClear")->trigger();
        QCOMPARE(session()->log()->size(), 0);
        // Its reading pane is empty, and says how to fill it.
        QVERIFY(json->toPlainText().isEmpty());
        QVERIFY(!json->placeholderText().isEmpty());
        m_server->imitation<Server::BaserowImitation>()->updateRow(
                100, 2, OValue::object({{u"field_1002"_s, 12.5}}));
        QTRY_VERIFY(session()->log()->size() > 0);
    }
};

QTEST_MAIN(TestFeedView)
#include "tst_feedview.moc"
