// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "feeds/contentserver/contentserverprotocol.h"
#include "feeds/registry.h"
#include "record/replay.h"
#include "session/feedsession.h"
#include "session/statedump.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using Test::childKeys;
using Test::findNode;

// The replay and dump contract: each fixture transcript gives the state a careful reader of
// the transcript expects, and bad input is counted, never fatal.
class TestReplay : public QObject
{
    Q_OBJECT

private:
    static OValue replay(
            const QString &feed, const QList<QByteArray> &lines, ReplaySummary *summary = nullptr)
    {
        FeedSession session(Feeds::defaults(feed));
        const ReplaySummary s = replayLines(session, lines);
        if (summary)
            *summary = s;
        return stateDump(*session.store(), feed);
    }

    static QByteArray inLine(const QByteArray &msg)
    {
        return "{\"dir\": \"in\", \"msg\": " + msg + "}";
    }
    // A Baserow fixture file as a transcript line.
    static QByteArray fixtureLine(const QString &file)
    {
        return inLine(Test::fixtureFrame(u"baserow/"_s + file));
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*(QObject|QAbstractItemModel).*"_s)); }

    void baserowSession()
    {
        ReplaySummary summary;
        const OValue dump = replay(
                u"baserow"_s, Test::fixtureLines(u"baserow/session-example.jsonl"_s), &summary);
        QCOMPARE(dump.value(u"feed").toString(), u"baserow"_s);
        QCOMPARE(summary.framesOut, 4);
        QCOMPARE(summary.counters.malformed + summary.counters.invalid + summary.counters.unknown,
                0u);

        const OValue *ws = findNode(dump, u"workspace"_s, u"311"_s);
        QVERIFY(ws);
        QVERIFY(ws->value(u"label").toString().contains(u"Acme Ops"_s));
        QCOMPARE(ws->value(u"data").value(u"name").toString(), u"Acme Ops"_s);

        const OValue *parent = nullptr;
        const OValue *linus = findNode(dump, u"user"_s, u"903"_s, &parent);
        QVERIFY(linus && parent == ws);
        QCOMPARE(linus->value(u"data").value(u"email").toString(), u"linus@example.com"_s);
        QCOMPARE(linus->value(u"data").value(u"permissions").toString(), u"MEMBER"_s);

        // Applications reordered by hashed ids: CRM first, Inventory second.
        const OValue *crm = findNode(dump, u"application"_s, u"4102"_s, &parent);
        const OValue *inventory = findNode(dump, u"application"_s, u"4101"_s);
        QVERIFY(crm && inventory && parent == ws);
        QCOMPARE(crm->value(u"data").value(u"order").toInt(), 1);
        QCOMPARE(inventory->value(u"data").value(u"order").toInt(), 2);
        QVERIFY(inventory->value(u"label").toString().contains(u"Inventory 2025"_s));
        QVERIFY(!inventory->value(u"data").contains(u"tables")); // tables are its children

        // Tables: created, reordered by hash, one deleted (a tombstone).
        const OValue *products = findNode(dump, u"table"_s, u"5101"_s, &parent);
        QVERIFY(products && parent == inventory);
        QCOMPARE(products->value(u"data").value(u"order").toInt(), 1);
        const OValue *warehouses = findNode(dump, u"table"_s, u"5103"_s);
        QVERIFY(warehouses && warehouses->value(u"deleted").toBool());
        QCOMPARE(warehouses->value(u"data").value(u"order").toInt(), 2);
        QCOMPARE(findNode(dump, u"table"_s, u"5102"_s)->value(u"data").value(u"order").toInt(), 3);

        // Fields: renamed, and one created then deleted.
        const OValue *price = findNode(dump, u"field"_s, u"60002"_s, &parent);
        QVERIFY(price && parent == products);
        QVERIFY(price->value(u"label").toString().contains(u"Unit price"_s));
        QCOMPARE(price->value(u"data").value(u"number_prefix").toString(), u"EUR "_s);
        QVERIFY(findNode(dump, u"field"_s, u"60005"_s)->value(u"deleted").toBool());

        // The view, its filters, filter group and sort; its latest name and filter type.
        const OValue *low = findNode(dump, u"view"_s, u"7003"_s, &parent);
        QVERIFY(low && parent == products);
        QVERIFY(low->value(u"label").toString().contains(u"Low stock (EU)"_s));
        QCOMPARE(low->value(u"data").value(u"filter_type").toString(), u"OR"_s);
        QCOMPARE(low->value(u"data").value(u"order").toInt(), 3);
        QCOMPARE(childKeys(*low),
                (QStringList {u"view_filter_group:8101"_s, u"view_filter:8001"_s,
                        u"view_filter:8002"_s, u"view_sort:8201"_s}));
        QCOMPARE(
                findNode(dump, u"view_filter"_s, u"8002"_s)->value(u"data").value(u"group").toInt(),
                8101);

        // Rows: 41 and 42 inserted before 12 by their order; 7 deleted before it was known.
        QStringList rows;
        for (const QString &k : childKeys(*products)) {
            if (k.startsWith(u"row:"_s))
                rows << k;
        }
        QCOMPARE(rows, (QStringList {u"row:41"_s, u"row:42"_s, u"row:12"_s}));
        const OValue *row12 = findNode(dump, u"row"_s, u"12"_s);
        QCOMPARE(row12->value(u"data").value(u"field_60002").toString(), u"79.00"_s);
        QCOMPARE(row12->value(u"data").value(u"field_60004").value(u"value").toString(),
                u"Hardware"_s);
        QVERIFY(!findNode(dump, u"row"_s, u"7"_s));
        const OValue *comment = findNode(dump, u"row_comment"_s, u"9001"_s, &parent);
        QVERIFY(comment && parent == row12);
        QVERIFY(comment->value(u"label").toString().contains(u"Supplier confirmed"_s));
    }

    void everyBaserowFixtureDecodes_data()
    {
        QTest::addColumn<QString>("file");
        QDir dir(Test::fixturePath(u"baserow"_s));
        for (const QString &sub : {u""_s, u"variants/"_s, u"public/"_s, u"legacy/"_s}) {
            for (const QString &f : QDir(dir.filePath(sub)).entryList({u"*.json"_s}, QDir::Files)) {
                if (f == u"index.json"_s)
                    continue;
                QTest::newRow(qPrintable(sub + f)) << u"baserow/"_s + sub + f;
            }
        }
    }

    void everyBaserowFixtureDecodes()
    {
        QFETCH(QString, file);
        FeedSession session(Feeds::defaults(u"baserow"_s));
        Frame f;
        f.seq = 1;
        f.bytes = Test::fixtureFrame(file);
        session.ingest(f);
        session.flush();
        const SessionCounters c = session.counters();
        QCOMPARE(c.messages, 1u);
        QVERIFY2(c.unknown == 0 && c.invalid == 0 && c.malformed == 0,
                qPrintable(session.log()->error(session.log()->firstIndex())));
    }

    void partialRowsAreMerged()
    {
        const OValue dump = replay(u"baserow"_s,
                {fixtureLine(u"rows_created.json"_s),
                        fixtureLine(u"variants/rows_updated.partial_rows.json"_s)});
        const OValue *row = findNode(dump, u"row"_s, u"41"_s);
        QVERIFY(row);
        QCOMPARE(row->value(u"data").value(u"field_60003").toBool(), false); // updated
        QCOMPARE(row->value(u"data").value(u"field_60001").toString(), u"Torque wrench"_s); // kept
    }

    void recreatedEntitiesAreLiveAgain()
    {
        const QByteArray created = Test::fixtureFrame(u"baserow/rows_created.json"_s);
        const QByteArray deleted =
                "{\"type\": \"rows_deleted\", \"table_id\": 5101, \"row_ids\": [41], \"rows\": []}";
        OValue dump = replay(u"baserow"_s, {inLine(created), inLine(deleted)});
        QVERIFY(findNode(dump, u"row"_s, u"41"_s)->value(u"deleted").toBool());
        dump = replay(u"baserow"_s, {inLine(created), inLine(deleted), inLine(created)});
        QVERIFY(!findNode(dump, u"row"_s, u"41"_s)->value(u"deleted").toBool());
        dump = replay(u"baserow"_s,
                {fixtureLine(u"field_created.json"_s), fixtureLine(u"field_deleted.json"_s),
                        fixtureLine(u"field_restored.json"_s)});
        QVERIFY(!findNode(dump, u"field"_s, u"60005"_s)->value(u"deleted").toBool());
        dump = replay(u"baserow"_s,
                {fixtureLine(u"row_comment_created.json"_s),
                        fixtureLine(u"row_comment_deleted.json"_s)});
        QVERIFY(findNode(dump, u"row_comment"_s, u"9001"_s)->value(u"deleted").toBool());
        dump = replay(u"baserow"_s,
                {fixtureLine(u"row_comment_created.json"_s),
                        fixtureLine(u"row_comment_deleted.json"_s),
                        fixtureLine(u"row_comment_restored.json"_s)});
        QVERIFY(!findNode(dump, u"row_comment"_s, u"9001"_s)->value(u"deleted").toBool());
        dump = replay(u"baserow"_s,
                {fixtureLine(u"group_created.json"_s), fixtureLine(u"group_deleted.json"_s),
                        fixtureLine(u"group_restored.json"_s)});
        const OValue *ws = findNode(dump, u"workspace"_s, u"312"_s);
        QVERIFY(ws && !ws->value(u"deleted").toBool());
        QVERIFY(findNode(dump, u"application"_s, u"4177"_s));
        QVERIFY(findNode(dump, u"table"_s, u"5190"_s));
    }

    void placeholderBecomesTheAnnouncedNode()
    {
        const QByteArray rows = Test::fixtureFrame(u"baserow/rows_created.json"_s);
        const QByteArray table =
                "{\"type\": \"table_created\", \"table\": {\"id\": 5101, \"name\": \"Products\", "
                "\"order\": 1, \"database_id\": 4101, \"data_sync\": null}}";
        const QByteArray app = Test::fixtureFrame(u"baserow/application_created.json"_s);
        const OValue dump = replay(u"baserow"_s, {inLine(rows), inLine(table), inLine(app)});
        // One table node, under application 4101 (itself a placeholder until announced).
        int tables = 0;
        std::function<void(const OValue &)> count = [&](const OValue &nodes) {
            for (const OValue &n : nodes.items()) {
                if (n.value(u"kind").toString() == u"table" && n.value(u"id").toString() == u"5101")
                    ++tables;
                count(n.value(u"children"));
            }
        };
        count(dump.value(u"roots"));
        QCOMPARE(tables, 1);
        const OValue *parent = nullptr;
        const OValue *t = findNode(dump, u"table"_s, u"5101"_s, &parent);
        QVERIFY(parent && parent->value(u"kind").toString() == u"application");
        QCOMPARE(parent->value(u"id").toString(), u"4101"_s);
        QCOMPARE(t->value(u"label").toString(), u"Products"_s);
        QCOMPARE(childKeys(*t), (QStringList {u"row:41"_s, u"row:42"_s}));
    }

    void rowsAreScopedPerTable()
    {
        const QByteArray a =
                "{\"type\": \"rows_created\", \"table_id\": 1, \"rows\": [{\"id\": 1, \"order\": "
                "\"1.00000000000000000000\"}], \"metadata\": {}, \"before_row_id\": null}";
        const QByteArray b =
                "{\"type\": \"rows_created\", \"table_id\": 2, \"rows\": [{\"id\": 1, \"order\": "
                "\"1.00000000000000000000\"}], \"metadata\": {}, \"before_row_id\": null}";
        const QByteArray del =
                "{\"type\": \"rows_deleted\", \"table_id\": 1, \"row_ids\": [1], \"rows\": []}";
        const OValue dump = replay(u"baserow"_s, {inLine(a), inLine(b), inLine(del)});
        const OValue *t1 = findNode(dump, u"table"_s, u"1"_s);
        const OValue *t2 = findNode(dump, u"table"_s, u"2"_s);
        QVERIFY(t1->value(u"children").at(0).value(u"deleted").toBool());
        QVERIFY(!t2->value(u"children").at(0).value(u"deleted").toBool());
    }

    void legacyKeysAreRead()
    {
        const OValue dump = replay(u"baserow"_s,
                {fixtureLine(u"legacy/group_created.until_1.15.json"_s),
                        fixtureLine(u"legacy/group_user_added.1.16_to_1.26.json"_s)});
        QCOMPARE(findNode(dump, u"workspace"_s, u"312"_s)->value(u"label").toString(),
                u"Side project"_s);
        const OValue *parent = nullptr;
        QVERIFY(findNode(dump, u"user"_s, u"903"_s, &parent));
        QCOMPARE(parent->value(u"id").toString(), u"311"_s);
    }

    void usersScheduledForDeletionStayLive()
    {
        const OValue dump = replay(u"baserow"_s, {fixtureLine(u"group_user_added.json"_s)});
        const OValue *u = findNode(dump, u"user"_s, u"903"_s);
        QVERIFY(u);
        const QByteArray deleted =
                "{\"type\": \"user_deleted\", \"user\": {\"id\": 31, \"username\": "
                "\"linus@example.com\", \"first_name\": \"Linus\"}}";
        const OValue after =
                replay(u"baserow"_s, {fixtureLine(u"group_user_added.json"_s), inLine(deleted)});
        const OValue *v = findNode(after, u"user"_s, u"903"_s);
        QVERIFY(!v->value(u"deleted").toBool());
        QCOMPARE(v->value(u"data").value(u"to_be_deleted").toBool(), true);
    }

    void badFramesAreCountedAndSkipped()
    {
        QList<QByteArray> lines = Test::fixtureLines(u"baserow/session-example.jsonl"_s);
        lines.insert(3,
                "{\"seq\": 100, \"t\": 1700000000000, \"dir\": \"in\", \"frame\": \"{not json\"}");
        lines.insert(4,
                "{\"seq\": 101, \"t\": 1700000000001, \"dir\": \"in\", \"frame\": \"{\\\"type\\\": "
                "\\\"mystery_event\\\", \\\"x\\\": 1}\"}");
        lines.insert(5,
                "{\"seq\": 102, \"t\": 1700000000002, \"dir\": \"in\", \"frame\": \"{\\\"type\\\": "
                "\\\"rows_updated\\\", \\\"table_id\\\": 5101, \\\"rows\\\": 7}\"}");
        lines.insert(6, "this line is not JSON at all");
        lines.append("{\"dir\": \"in\", \"msg\": {\"type\": \"force_disconnect\"}}");
        ReplaySummary summary;
        const OValue dump = replay(u"baserow"_s, lines, &summary);
        QCOMPARE(summary.counters.malformed, 1u);
        QCOMPARE(summary.counters.unknown, 1u);
        QCOMPARE(summary.counters.invalid, 1u);
        QCOMPARE(summary.badLines, 1);
        // The rest of the session still applied.
        QCOMPARE(findNode(dump, u"row"_s, u"12"_s)->value(u"data").value(u"field_60002").toString(),
                u"79.00"_s);
    }

    void contentServerSession()
    {
        ReplaySummary summary;
        QList<QByteArray> lines = Test::fixtureLines(u"contentserver/session-example.jsonl"_s);
        // Before the removals: the whole story so far.
        const OValue mid = replay(u"contentserver"_s, lines.mid(0, 9));
        const OValue *meta =
                findNode(mid, u"file"_s, u"/ui/dashboards/structure/b7e/b7e_metadata"_s);
        QVERIFY(meta);
        QCOMPARE(meta->value(u"label").toString(), u"b7e_metadata"_s);
        QCOMPARE(meta->value(u"data").value(u"content").toString(),
                u"{\"isFolder\":true,\"name\":\"Risk desk EU\"}"_s);
        const OValue *content = findNode(mid, u"file"_s, u"/ui/dashboards/content/4d1"_s);
        QVERIFY(content->value(u"data").value(u"content").toString().contains(u"VaR"_s));
        QCOMPARE(content->value(u"data").value(u"timestamp").toInt(), qint64(1715764817090));
        // Ancestors that were never announced are placeholders in the tree.
        const OValue *parent = nullptr;
        QVERIFY(findNode(mid, u"directory"_s, u"/ui/dashboards/structure"_s, &parent));
        QCOMPARE(parent->value(u"id").toString(), u"/ui/dashboards"_s);
        QCOMPARE(mid.value(u"roots").at(0).value(u"id").toString(), u"/ui"_s);

        const OValue end = replay(u"contentserver"_s, lines, &summary);
        QCOMPARE(summary.counters.malformed + summary.counters.invalid + summary.counters.unknown,
                0u);
        const OValue *b7e = findNode(end, u"directory"_s, u"/ui/dashboards/structure/b7e"_s);
        QVERIFY(b7e && b7e->value(u"deleted").toBool());
        QVERIFY(b7e->value(u"children").items().empty()); // its subtree went with it
        QVERIFY(findNode(end, u"file"_s, u"/ui/dashboards/content/4d1"_s)
                        ->value(u"deleted")
                        .toBool());
    }

    void contentServerRules()
    {
        auto line = [](const char *json) -> QByteArray {
            return QByteArray("{\"dir\":\"in\",\"msg\":") + json + "}";
        };
        const OValue dump = replay(u"contentserver"_s,
                {line("{\"path\":\"a//b/"
                      "\",\"action\":\"added\",\"entry\":{\"isDirectory\":true,\"owners\":[],"
                      "\"readers\":[]}}"),
                        line("{\"path\":\"/a/b/"
                             "c\",\"action\":\"Created\",\"entry\":{\"isDirectory\":false,"
                             "\"owners\":[\"x\"],\"readers\":[],\"timestamp\":5}}"),
                        line("{\"path\":\"/A/"
                             "b\",\"action\":\"ADD\",\"entry\":{\"isDirectory\":true}}"),
                        line("{\"path\":\"/a/b\",\"action\":\"DELETED\"}"),
                        line("{\"path\":\"/a/"
                             "b\",\"action\":\"ADD\",\"entry\":{\"isDirectory\":true,\"owners\":[],"
                             "\"readers\":[]}}"),
                        line("{\"path\":\"/a/"
                             "b\",\"action\":\"RENAMED\",\"entry\":{\"isDirectory\":true}}"),
                        line("{\"id\":\"x\",\"statusCode\":500,\"instruction\":\"boom\"}"),
                        line("{\"hello\":\"there\"}"),
                        line("{\"path\":\"/z/"
                             "y\",\"action\":\"updated\",\"entry\":{\"isDirectory\":false,"
                             "\"content\":\"{\\\"k\\\":1}\"}}")});
        const OValue *b = findNode(dump, u"directory"_s, u"/a/b"_s);
        QVERIFY(b && !b->value(u"deleted").toBool());
        QVERIFY(b->value(u"children").items().empty()); // written again: old children stay gone
        QVERIFY(findNode(dump, u"directory"_s, u"/A/b"_s)); // case kept: another path
        const OValue *parent = nullptr;
        const OValue *y = findNode(dump, u"file"_s, u"/z/y"_s, &parent);
        QVERIFY(y && parent && parent->value(u"id").toString() == u"/z");
        QCOMPARE(y->value(u"data").value(u"content").toString(), u"{\"k\":1}"_s);
    }

    void contentServerRevivesRemovedFolders_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("rounds");
        QTest::newRow("deep ADD") << u"ADD"_s << 1;
        QTest::newRow("deep UPDATED") << u"UPDATED"_s << 1;
        QTest::newRow("deep ADD, twice in a row") << u"ADD"_s << 2;
        QTest::newRow("deep UPDATED, twice in a row") << u"UPDATED"_s << 2;
    }

    void contentServerRevivesRemovedFolders()
    {
        // ContentServer creates the missing folders of a deep path: after REMOVE /ui/users/priya,
        // an entry at /ui/users/priya/settings/preferences means both folders exist again.
        QFETCH(QString, action);
        QFETCH(int, rounds);
        auto entry = [](const QString &path, const QString &act, bool dir, int ts) -> QByteArray {
            return QByteArray("{\"dir\":\"in\",\"msg\":{\"path\":\"") + path.toUtf8()
                    + "\",\"action\":\"" + act.toUtf8() + "\",\"entry\":{\"isDirectory\":"
                    + (dir ? "true" : "false") + ",\"owners\":[\"priya\"],\"readers\":[],"
                    + "\"timestamp\":" + QByteArray::number(ts) + "}}}";
        };
        auto remove = [](const QString &path) -> QByteArray {
            return QByteArray("{\"dir\":\"in\",\"msg\":{\"path\":\"") + path.toUtf8()
                    + "\",\"action\":\"REMOVE\"}}";
        };
        QList<QByteArray> lines = {
                entry(u"/ui/users/priya"_s, u"ADD"_s, true, 1),
                entry(u"/ui/users/priya/avatar"_s, u"ADD"_s, false, 2),
                entry(u"/ui/users/priya/drafts"_s, u"ADD"_s, true, 3),
                entry(u"/ui/users/priya/drafts/d1"_s, u"ADD"_s, false, 4),
                entry(u"/ui/users/sam"_s, u"ADD"_s, true, 5),
        };
        for (int round = 0; round < rounds; ++round) {
            lines << remove(u"/ui/users/priya"_s)
                  << entry(u"/ui/users/priya/settings/preferences"_s, action, false, 10 + round);
        }
        const OValue dump = replay(u"contentserver"_s, lines);
        const OValue *parent = nullptr;
        const OValue *priya = findNode(dump, u"directory"_s, u"/ui/users/priya"_s, &parent);
        QVERIFY(priya);
        QVERIFY(!priya->value(u"deleted").toBool()); // live again
        QCOMPARE(parent->value(u"id").toString(), u"/ui/users"_s);
        // A placeholder until the server describes it: its old metadata is history only.
        QVERIFY(!priya->value(u"data").contains(u"owners"));
        // Its other children stay removed: only the new path is under it.
        QCOMPARE(childKeys(*priya), QStringList {u"directory:/ui/users/priya/settings"_s});
        const OValue *settings = findNode(dump, u"directory"_s, u"/ui/users/priya/settings"_s);
        QVERIFY(settings && !settings->value(u"deleted").toBool());
        const OValue *prefs =
                findNode(dump, u"file"_s, u"/ui/users/priya/settings/preferences"_s, &parent);
        QVERIFY(prefs && !prefs->value(u"deleted").toBool());
        QCOMPARE(parent, settings);
        QCOMPARE(prefs->value(u"data").value(u"timestamp").toInt(), 10 + rounds - 1);
        // The sibling folder was never touched.
        const OValue *sam = findNode(dump, u"directory"_s, u"/ui/users/sam"_s);
        QVERIFY(sam && !sam->value(u"deleted").toBool());
        QVERIFY(!findNode(dump, u"file"_s, u"/ui/users/priya/avatar"_s));
        QVERIFY(!findNode(dump, u"directory"_s, u"/ui/users/priya/drafts"_s));
    }

    void aRevivedFolderKeepsItsRemovalInItsHistory()
    {
        FeedSession session(Feeds::defaults(u"contentserver"_s));
        replayLines(session,
                {"{\"dir\":\"in\",\"msg\":{\"path\":\"/a/b\",\"action\":\"ADD\",\"entry\":{"
                 "\"isDirectory\":true,\"owners\":[\"x\"],\"readers\":[]}}}",
                        "{\"dir\":\"in\",\"msg\":{\"path\":\"/a/b\",\"action\":\"REMOVE\"}}",
                        "{\"dir\":\"in\",\"msg\":{\"path\":\"/a/b/c\",\"action\":\"ADD\","
                        "\"entry\":{\"isDirectory\":false,\"owners\":[],\"readers\":[]}}}"});
        const EntityStore &store = *session.store();
        const NodeId b = store.find(ContentServerKind::Directory, EntityId(u"/a/b"_s));
        QVERIFY(b != NoNode);
        const auto &n = store.node(b);
        QVERIFY(!n.deleted);
        QVERIFY(n.placeholder);
        // Touched by its ADD, its REMOVE and the ADD that revived it.
        QCOMPARE(n.touched.size(), size_t(3));
        // The version from before the removal is kept, whole.
        QCOMPARE(store.historySize(b), size_t(1));
        QVERIFY(store.version(b, 0).json().contains("\"owners\":[\"x\"]"));
        // Described again by the server: no longer a placeholder.
        replayLines(session,
                {"{\"dir\":\"in\",\"msg\":{\"path\":\"/a/b\",\"action\":\"UPDATED\",\"entry\":{"
                 "\"isDirectory\":true,\"owners\":[\"y\"],\"readers\":[]}}}"});
        QVERIFY(!store.node(b).placeholder);
        QVERIFY(store.node(b).data.json().contains("\"owners\":[\"y\"]"));
    }

    void apSession()
    {
        const QList<QByteArray> lines = Test::fixtureLines(u"ap/session-example.jsonl"_s);
        const OValue mid = replay(u"ap"_s, lines.mid(0, 5));
        const OValue *e41 = findNode(mid, u"event"_s, u"41"_s);
        QVERIFY(e41);
        QCOMPARE(e41->value(u"data").value(u"label").toString(), u"User joined a room"_s);
        // The update's zero createdAt does not replace the real one.
        QCOMPARE(e41->value(u"data").value(u"createdAt").toString(),
                u"2019-05-14T16:21:07.482113905+03:00"_s);
        QCOMPARE(childKeys(*e41), (QStringList {u"field:0"_s, u"field:1"_s, u"field:2"_s}));
        QCOMPARE(e41->value(u"children").at(2).value(u"data").value(u"key").toString(),
                u"joinedAt"_s);
        QCOMPARE(e41->value(u"children").at(2).value(u"data").value(u"id").toInt(), 122);
        const OValue *page = findNode(mid, u"page"_s, u"7"_s);
        QCOMPARE(page->value(u"label").toString(), u"Rooms and presence"_s);
        QCOMPARE(page->value(u"data").value(u"createdAt").toString(),
                u"2019-05-14T16:23:55.10442871+03:00"_s);
        const OValue *e42 = findNode(mid, u"event"_s, u"42"_s);
        QVERIFY(e42 && e42->value(u"data").value(u"label").isNull());
        QVERIFY(e42->value(u"children").items().empty());

        ReplaySummary summary;
        const OValue end = replay(u"ap"_s, lines, &summary);
        QVERIFY(findNode(end, u"event"_s, u"41"_s)->value(u"deleted").toBool());
        QVERIFY(findNode(end, u"event"_s, u"42"_s)->value(u"deleted").toBool());
        QVERIFY(findNode(end, u"page"_s, u"7"_s)->value(u"deleted").toBool());
        QCOMPARE(summary.counters.malformed + summary.counters.invalid + summary.counters.unknown,
                0u);
    }

    void apBatchedFramesAndPositions()
    {
        // One frame holding two messages, and one with a malformed piece in the middle.
        auto rec = [](int seq, const QByteArray &frame) -> QByteArray {
            QByteArray line =
                    "{\"seq\":" + QByteArray::number(seq) + ",\"t\":1,\"dir\":\"in\",\"frame\":";
            writeJsonString(line, frame);
            return line + "}";
        };
        const QByteArray created = Test::readFixture(u"ap/ap_event_created.json"_s).trimmed();
        const QByteArray fieldsDup =
                "{\"event\":\"ap_event_updated\",\"data\":{\"event\":{\"id\":41,\"constant\":\"C\","
                "\"label\":null,\"value\":\"v\",\"description\":\"d\",\"type\":\"client\","
                "\"fields\":[{\"id\":500,\"eventId\":41,\"type\":\"Integer\",\"key\":null,"
                "\"required\":true,\"description\":\"\",\"createdAt\":\"x\",\"updatedAt\":\"x\"},{"
                "\"id\":501,\"eventId\":41,\"type\":\"Integer\",\"key\":null,\"required\":false,"
                "\"description\":\"\",\"createdAt\":\"x\",\"updatedAt\":\"x\"}],\"createdAt\":"
                "\"0001-01-01T00:00:00Z\",\"updatedAt\":\"y\"}}}";
        ReplaySummary summary;
        const OValue dump = replay(u"ap"_s,
                {rec(1, created + "\n" + Test::readFixture(u"ap/ap_page_created.json"_s).trimmed()),
                        rec(2,
                                fieldsDup + "\n{broken\n"
                                        + "{\"event\":\"ap_page_deleted\",\"data\":{\"id\":7}}")},
                &summary);
        QCOMPARE(summary.counters.messages, 5u);
        QCOMPARE(summary.counters.malformed, 1u);
        const OValue *e = findNode(dump, u"event"_s, u"41"_s);
        // Duplicate null keys each get their own field; the third field of before is gone.
        QCOMPARE(childKeys(*e), (QStringList {u"field:0"_s, u"field:1"_s}));
        QVERIFY(e->value(u"data").value(u"label").isNull());
        QCOMPARE(e->value(u"data").value(u"createdAt").toString(),
                u"2019-05-14T16:21:07.482113905+03:00"_s);
        QVERIFY(findNode(dump, u"page"_s, u"7"_s)->value(u"deleted").toBool());
    }

    void commandLineReplayWritesTheDump()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"state.json"_s);
        QProcess p;
        p.start(Test::feedscopeBinary(),
                {u"replay"_s, u"--feed"_s, u"ap"_s,
                        Test::fixturePath(u"ap/session-example.jsonl"_s), u"--dump-state"_s, out});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().contains("replay"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto dump = OValue::fromJson(f.readAll());
        QVERIFY(dump);
        QCOMPARE(dump->value(u"feed").toString(), u"ap"_s);
        QVERIFY(findNode(*dump, u"event"_s, u"41"_s));

        QProcess missing;
        missing.start(Test::feedscopeBinary(), {u"replay"_s, dir.filePath(u"nope.jsonl"_s)});
        QVERIFY(missing.waitForFinished(30000));
        QCOMPARE(missing.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
