// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <numeric>
#include <random>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "feeds/apipage/apipageprotocol.h"
#include "feeds/baserow/baserowkinds.h"
#include "feeds/baserow/baserowprotocol.h"
#include "feeds/registry.h"
#include "json/jsonreader.h"
#include "json/rawobject.h"
#include "model/entitystore.h"
#include "model/filterproxies.h"
#include "model/livetreemodel.h"
#include "model/messagelog.h"
#include "model/numericindex.h"
#include "model/roles.h"
#include "model/statisticsmodel.h"
#include "model/tablerowsmodel.h"
#include "record/replay.h"
#include "session/feedsession.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// The store knows no feed: its tests borrow Baserow's and "API page"'s kinds and schemas.
namespace TestKind {
using namespace Feedscope::BaserowKind;
using Feedscope::ApiPageKind::Event;
using Feedscope::ApiPageKind::Page;
} // namespace TestKind

namespace {

RawObject raw(const char *json)
{
    return *RawObject::fromJson(QByteArray(json));
}

Change upsert(Kind k, const QString &id, const QString &scope, NodeRef parent, const char *json,
        quint64 seq = 1)
{
    Change c;
    c.node = NodeRef {k, id, scope};
    c.parent = parent;
    c.data = raw(json);
    c.seq = seq;
    return c;
}

// Random but deterministic Baserow traffic over a few tables, with deletes, re-creates,
// placeholders, reorders and field changes: the kind of sequence that breaks item models.
class BaserowTraffic
{
public:
    explicit BaserowTraffic(unsigned seed)
        : m_rng(seed)
    { }

    // A recorded line ({"dir": "in", "msg": …}), as replay reads it.
    QByteArray next() { return line(message()); }

    // The message alone, as a frame carries it.
    QString message()
    {
        const int table = pick(3) + 1; // tables 1..3; table 3 is never announced
        const int row = pick(30) + 1;
        const int field = 10 * table + pick(4);
        switch (pick(16)) {
        case 0:
        case 1:
        case 2:
            return (u"{\"type\": \"rows_created\", \"table_id\": %1, \"rows\": [{\"id\": %2, \"order\": \"%3.50000000000000000000\", \"field_%4\": \"v%5\"}], \"metadata\": {}, \"before_row_id\": null}"_s
                            .arg(table)
                            .arg(row)
                            .arg(pick(40))
                            .arg(field)
                            .arg(pick(1000)));
        case 3:
        case 4:
        case 5:
        case 6:
            return (u"{\"type\": \"rows_updated\", \"table_id\": %1, \"rows_before_update\": [], \"rows\": [{\"id\": %2, \"order\": \"%3.00000000000000000000\", \"field_%4\": %5}], \"metadata\": {}, \"updated_field_ids\": [%4]}"_s
                            .arg(table)
                            .arg(row)
                            .arg(pick(40))
                            .arg(field)
                            .arg(pick(100)));
        case 7:
            return (u"{\"type\": \"rows_deleted\", \"table_id\": %1, \"row_ids\": [%2, %3], \"rows\": []}"_s
                            .arg(table)
                            .arg(row)
                            .arg(pick(30) + 1));
        case 8:
            return (u"{\"type\": \"field_created\", \"field\": {\"id\": %1, \"table_id\": %2, \"name\": \"F%1\", \"order\": %3, \"type\": \"text\", \"primary\": %4}, \"related_fields\": []}"_s
                            .arg(field)
                            .arg(table)
                            .arg(pick(5))
                            .arg(field % 10 == 0 ? u"true"_s : u"false"_s));
        case 9:
            return (u"{\"type\": \"field_deleted\", \"table_id\": %1, \"field_id\": %2, \"related_fields\": []}"_s
                            .arg(table)
                            .arg(field));
        case 10:
            return (u"{\"type\": \"table_created\", \"table\": {\"id\": %1, \"name\": \"T%1 %2\", \"order\": %2, \"database_id\": %3, \"data_sync\": null}}"_s
                            .arg(pick(2) + 1)
                            .arg(pick(9))
                            .arg(pick(2) + 100));
        case 11:
            return (u"{\"type\": \"views_reordered\", \"table_id\": %1, \"order\": [%2, %3]}"_s
                            .arg(table)
                            .arg(table * 100 + 1)
                            .arg(table * 100));
        case 12:
            return (u"{\"type\": \"view_created\", \"view\": {\"id\": %1, \"table_id\": %2, \"name\": \"V\", \"order\": %3, \"type\": \"grid\", \"filters\": [{\"id\": %4, \"view\": %1, \"field\": %5, \"type\": \"equal\", \"value\": \"1\", \"preload_values\": {}, \"group\": null}], \"filter_groups\": [], \"sortings\": [], \"group_bys\": [], \"decorations\": []}}"_s
                            .arg(table * 100 + pick(2))
                            .arg(table)
                            .arg(pick(4))
                            .arg(9000 + pick(20))
                            .arg(field));
        case 13:
            return (u"{\"type\": \"view_filter_deleted\", \"view_id\": %1, \"view_filter_id\": %2}"_s
                            .arg(table * 100)
                            .arg(9000 + pick(20)));
        case 14:
            return (u"{\"type\": \"row_comment_created\", \"row_comment\": {\"id\": %1, \"user_id\": 1, \"first_name\": \"A\", \"table_id\": %2, \"row_id\": %3, \"message\": null, \"trashed\": false}}"_s
                            .arg(7000 + pick(50))
                            .arg(table)
                            .arg(row));
        default:
            return (u"{\"type\": \"application_created\", \"application\": {\"id\": %1, \"name\": \"A%1\", \"order\": 1, \"type\": \"database\", \"workspace\": {\"id\": %2, \"name\": \"W\"}, \"tables\": []}}"_s
                            .arg(pick(2) + 100)
                            .arg(pick(2) + 1));
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    static QByteArray line(const QString &msg)
    {
        return "{\"dir\": \"in\", \"msg\": " + msg.toUtf8() + "}";
    }
    std::mt19937 m_rng;
};

} // namespace

class TestEntityStore : public QObject
{
    Q_OBJECT

    // A table's rows are in Baserow's order: `order`, then id.
    static void verifyRowOrder(const EntityStore &store, const NodeRef &table)
    {
        const auto &children = store.node(store.find(table)).children;
        auto key = [&](NodeId id) {
            const auto &n = store.node(id);
            return std::pair(n.data.string("order").value_or(QString()).toDouble(),
                    n.ref.id.toString().toInt());
        };
        for (size_t i = 1; i < children.size(); ++i)
            QVERIFY2(key(children[i - 1]) < key(children[i]), qPrintable(QString::number(i)));
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void numbersOverTheVersionsKept()
    {
        // What the details draw: a member's values from the oldest version kept to the
        // current one, for members that changed and are numbers now.
        QCOMPARE(EntityStore::numberIn("12.5"), 12.5);
        QCOMPARE(EntityStore::numberIn("\"12.00\""), 12.0);
        QCOMPARE(EntityStore::numberIn("-3e2"), -300.0);
        for (const char *no : {"\"abc\"", "true", "null", "\"nan\"", "\"inf\"", "\"\"", "[1]",
                     "{\"a\":1}", "\"1e999\""})
            QVERIFY2(!EntityStore::numberIn(no), no);
        EntityStore store;
        store.setSchema(std::make_shared<BaserowSchema>());
        const NodeRef t {TestKind::Table, u"1"_s, {}};
        auto put = [&](const char *json, quint64 seq) {
            Change c = upsert(TestKind::Row, u"1"_s, u"1"_s, t, json, seq);
            c.wallMs = qint64(seq) * 1000;
            Changes batch;
            batch.push_back(std::move(c));
            store.apply(std::move(batch));
        };
        put(R"({"id":1,"price":"3.50","name":"a","count":1})", 1);
        put(R"({"id":1,"price":"4.25","name":"b","count":1})", 2);
        put(R"({"id":1,"price":"oops","name":"c","count":1})", 3);
        put(R"({"id":1,"price":"2.00","name":"d","count":2})", 4);
        const NodeId n = store.find({TestKind::Row, u"1"_s, u"1"_s});
        const auto series = store.numericHistory(n);
        QCOMPARE(series.size(), size_t(2)); // price and count; not id, not name
        const auto &price = series[0].key == "price" ? series[0] : series[1];
        const auto &count = series[0].key == "price" ? series[1] : series[0];
        QCOMPARE(price.values.size(), size_t(4));
        QCOMPARE(price.values[0], 3.5);
        QCOMPARE(price.values[1], 4.25);
        QVERIFY(std::isnan(price.values[2])); // a gap where it was not a number
        QCOMPARE(price.values[3], 2.0);
        QCOMPARE(price.sinceMs, (std::vector<qint64> {-1, 2000, 3000, 4000}));
        QCOMPARE(count.values, (std::vector<double> {1, 1, 1, 2}));
    }

    void numbersOutOfRangeReadBackAsTheyWereRead()
    {
        // Found by fuzz_json: a number too large for a 64-bit integer, written with a
        // fraction, read into a RawObject and its text read again.
        JsonReader reader;
        const QByteArray input = "{\"\":213333333333333333019.0}";
        auto base = reader.parseRawObject(input);
        QVERIFY(base);
        QString error;
        auto again = RawObject::fromJson(base->json(), &error);
        QVERIFY2(again, qPrintable(QString::fromUtf8(base->json()) + u" : "_s + error));
        QCOMPARE(again->json(), base->json());
    }

    void subscriptionSummariesNameThePage()
    {
        // The log's one-line summaries of a subscription's round trip: the verb, the page
        // and its parameters, for the request and for the server's answers.
        BaserowProtocol p;
        QCOMPARE(p.summarize("{\"page\":\"table\",\"table_id\":100}"), u"subscribe table:100"_s);
        QCOMPARE(p.summarize("{\"remove_page\":\"table\",\"table_id\":100}"),
                u"unsubscribe table:100"_s);
        QCOMPARE(p.summarize("{\"type\": \"page_add\", \"page\": \"table\", \"parameters\": "
                             "{\"table_id\": 100}}"),
                u"subscribed table:100"_s);
        QCOMPARE(p.summarize("{\"type\": \"page_discard\", \"page\": \"row\", \"parameters\": "
                             "{\"table_id\": 100, \"row_id\": 7}}"),
                u"unsubscribed row:100:7"_s);
    }

    void apiPageSummariesAreOneLine()
    {
        // A batch is summarised message by message, up to 20, each cut to 160 characters; a
        // server that batches 200 000 messages (or sends 200 000 line breaks) gets a line of
        // the log, not a 200 000-part string.
        ApiPageProtocol p;
        const QByteArray created = "{\"event\":\"event_created\",\"data\":{\"event\":{\"id\":3,"
                                   "\"constant\":\"DEPLOY\"}}}";
        const QByteArray page = "{\"event\":\"page_updated\",\"data\":{\"page\":{\"id\":4,"
                                "\"title\":\""
                + QByteArray(1000, 't') + "\"}}}";
        QCOMPARE(p.summarize(QByteArray(created + '\n' + created)),
                u"event_created 3 DEPLOY  |  event_created 3 DEPLOY"_s);
        const QString long_ = p.summarize(page);
        QCOMPARE(long_.size(), 160);
        QVERIFY(long_.startsWith(u"page_updated 4 \"ttt"_s));
        QCOMPARE(p.summarize({}), QString());
        QByteArray batch = created;
        for (int i = 1; i < 200000; ++i)
            batch += '\n' + created;
        const QString many = p.summarize(batch);
        QCOMPARE(many.count(u"event_created 3 DEPLOY"_s), 20);
        QVERIFY2(many.endsWith(u"… 199980 more"_s), qPrintable(many.right(40)));
        const QString breaks = p.summarize(QByteArray(200000, '\n'));
        QVERIFY2(breaks.size() < 200, qPrintable(breaks.right(40)));
        QVERIFY(breaks.endsWith(u"… 199981 more"_s));
    }

    void upsertMergesAndKeepsHistory()
    {
        EntityStore store;
        store.apply({upsert(TestKind::Row, u"1"_s, u"7"_s, {TestKind::Table, u"7"_s, {}},
                "{\"id\":1,\"a\":1,\"b\":2}", 5)});
        store.apply({upsert(TestKind::Row, u"1"_s, u"7"_s, {}, "{\"b\":3,\"c\":4}", 6)});
        const NodeId id = store.find(TestKind::Row, u"1"_s, u"7"_s);
        QVERIFY(id != NoNode);
        QCOMPARE(store.node(id).data.json(), QByteArray("{\"id\":1,\"a\":1,\"b\":3,\"c\":4}"));
        QCOMPARE(store.historySize(id), size_t(1));
        QCOMPARE(store.historyEntry(id, 0).seq, quint64(6));
        // The version is kept as its undo patch: b back to 2, c absent.
        QCOMPARE(store.historyEntry(id, 0).undo.json(), QByteArray("{\"b\":2,\"c\":}"));
        QCOMPARE(store.version(id, 0).json(), QByteArray("{\"id\":1,\"a\":1,\"b\":2}"));
        QVERIFY(store.changedInLastUpdate(id, "b"));
        QVERIFY(store.changedInLastUpdate(id, "c"));
        QVERIFY(!store.changedInLastUpdate(id, "a"));
        QCOMPARE(store.node(id).touched.toVector(), (std::vector<quint64> {5, 6}));
        // An update that changes nothing touches the entity but adds no version, and is not its
        // last update: nothing flashes.
        const qint64 markedMs = store.node(id).markMs;
        QTRY_VERIFY(store.nowMs() > markedMs); // a new mark would have a new time
        store.apply({upsert(TestKind::Row, u"1"_s, u"7"_s, {}, "{\"b\":3}", 7)});
        QCOMPARE(store.historySize(id), size_t(1));
        QCOMPARE(store.node(id).touched.toVector(), (std::vector<quint64> {5, 6, 7}));
        QCOMPARE(store.node(id).updatedSeq, quint64(6));
        QCOMPARE(store.node(id).markMs, markedMs);
        QVERIFY(store.changedInLastUpdate(id, "b"));
        QVERIFY(!store.changedInLastUpdate(id, "a"));
        // Nor does a whole replacement with the same data.
        Change same =
                upsert(TestKind::Row, u"1"_s, u"7"_s, {}, "{\"id\":1,\"a\":1,\"b\":3,\"c\":4}", 8);
        same.replace = true;
        store.apply({same});
        QCOMPARE(store.historySize(id), size_t(1));
        QCOMPARE(store.node(id).updatedSeq, quint64(6));
        QCOMPARE(store.node(id).markMs, markedMs);
        // The parent table was a placeholder at the root.
        const NodeId table = store.node(id).parent;
        QVERIFY(store.node(table).placeholder);
        QCOMPARE(store.node(table).parent, RootNode);
    }

    void entityIdsAreCanonical()
    {
        // A canonical decimal is a number whichever way it came; everything else stays text.
        QVERIFY(EntityId(u"42"_s).isNumber());
        QCOMPARE(EntityId(u"42"_s).number(), quint64(42));
        QVERIFY(EntityId(u"0"_s).isNumber());
        QCOMPARE(EntityId(u"42"_s), EntityId::fromNumber(42));
        QCOMPARE(EntityId(u"42"_s), EntityId::fromInteger(42));
        QCOMPARE(qHash(EntityId(u"42"_s), 3), qHash(EntityId::fromNumber(42), 3));
        for (const QString &text : {u"042"_s, u"-1"_s, u"4 2"_s, u"1234567890123456"_s,
                     u"/files/a"_s, u"٤٢"_s, u"a"_s}) {
            const EntityId id(text);
            QVERIFY2(!id.isNumber(), qPrintable(text));
            QCOMPARE(id.toString(), text);
            QCOMPARE(id, EntityId(text));
        }
        QVERIFY(EntityId(u"042"_s) != EntityId::fromNumber(42));
        QCOMPARE(EntityId::fromInteger(-1), EntityId(u"-1"_s));
        QCOMPARE(EntityId::fromNumber(EntityId::MaxNumber).toString(), u"999999999999999"_s);
        QVERIFY(EntityId::fromNumber(EntityId::MaxNumber).isNumber());
        // Past what the store's numeric index holds: text, equal to the same text.
        QVERIFY(!EntityId::fromNumber(EntityId::MaxNumber + 1).isNumber());
        QCOMPARE(EntityId::fromNumber(EntityId::MaxNumber + 1), EntityId(u"1000000000000000"_s));
        QCOMPARE(EntityId::fromNumber(7).toString(), u"7"_s);
        QVERIFY(EntityId().isEmpty());
        QVERIFY(EntityId(QString()).isEmpty());
        QVERIFY(!EntityId::fromNumber(0).isEmpty());
        QVERIFY(EntityId() != EntityId::fromNumber(0));

        // In the store: a row named by a string id and by a number is one row; digits that are
        // not canonical sort among the numbers, as before ids were kept as numbers.
        EntityStore store;
        const NodeRef table {TestKind::Table, u"7"_s, {}};
        store.apply({upsert(TestKind::Row, u"10"_s, u"7"_s, table, "{\"a\":1}", 1),
                upsert(TestKind::Row, u"9"_s, u"7"_s, table, "{\"a\":1}", 2),
                upsert(TestKind::Row, u"08"_s, u"7"_s, table, "{\"a\":1}", 3),
                upsert(TestKind::Row, u"x"_s, u"7"_s, table, "{\"a\":1}", 4)});
        Change byNumber = upsert(TestKind::Row, {}, {}, {}, "{\"a\":2}", 5);
        byNumber.node = NodeRef {TestKind::Row, EntityId::fromNumber(10), EntityId::fromInteger(7)};
        store.apply({byNumber});
        const NodeId row = store.find(TestKind::Row, u"10"_s, u"7"_s);
        QVERIFY(row != NoNode);
        QCOMPARE(store.node(row).data.json(), QByteArray("{\"a\":2}"));
        QStringList order;
        for (NodeId c : store.node(store.find(table)).children)
            order << store.node(c).ref.id.toString();
        QCOMPARE(order, (QStringList {u"08"_s, u"9"_s, u"10"_s, u"x"_s}));

        // The decoder: ids as JSON numbers and as strings name the same rows; a negative or
        // zero-padded id is text.
        auto protocol = std::make_shared<BaserowProtocol>();
        EntityStore decoded;
        decoded.setSchema(std::make_shared<BaserowSchema>());
        quint64 seq = 0;
        for (const char *frame : {R"({"type":"rows_created","table_id":7,"rows":[{"id":10,"a":1},
                                      {"id":-3,"a":1},{"id":"007","a":1}]})",
                     R"({"type":"rows_updated","table_id":"7","rows":[{"id":"10","a":2}]})"}) {
            Frame f;
            f.seq = ++seq;
            f.bytes = frame;
            DecodeResult r;
            protocol->decode(f, r);
            QCOMPARE(r.messages.size(), size_t(1));
            QCOMPARE(r.messages.front().status, MessageStatus::Ok);
            decoded.apply(r.changes);
        }
        const NodeId ten = decoded.find(TestKind::Row, u"10"_s, u"7"_s);
        QVERIFY(ten != NoNode);
        QVERIFY(decoded.node(ten).ref.id.isNumber());
        QCOMPARE(decoded.node(ten).data.json(), QByteArray("{\"id\":\"10\",\"a\":2}"));
        QCOMPARE(decoded.nodesOfKind(TestKind::Row).size(), size_t(3));
        QVERIFY(decoded.find(TestKind::Row, u"-3"_s, u"7"_s) != NoNode);
        QVERIFY(decoded.find(TestKind::Row, u"007"_s, u"7"_s) != NoNode);
    }

    void reuseBufferOnlyTakesStorageNobodyElseHolds()
    {
        const RawObject small = raw("{\"a\":1}");
        auto spareOf = [](const char *json) { return raw(json).detached(); };

        // Unshared and large enough: the content moves into the spare's buffer.
        RawObject target = small.detached();
        RawObject spare = spareOf("{\"a\":12345,\"b\":\"long enough\"}");
        const char *spareBuffer = spare.storageText().data();
        QVERIFY(target.reuseBuffer(std::move(spare)));
        QCOMPARE(target.json(), small.json());
        QCOMPARE(target.storageText().data(), spareBuffer);
        QCOMPARE(target.value("a"), std::optional<QByteArrayView>("1"));
        QCOMPARE(target.size(), qsizetype(1));

        // Shared with another holder (a history version, a change still in its batch): untouched.
        target = small.detached();
        spare = spareOf("{\"a\":12345,\"b\":\"long enough\"}");
        const RawObject otherHolder = spare;
        QVERIFY(!target.reuseBuffer(std::move(spare)));
        QCOMPARE(otherHolder.json(), QByteArray("{\"a\":12345,\"b\":\"long enough\"}"));
        QCOMPARE(target.json(), small.json());

        // Too small, the same buffer, a view of someone else's storage, or nothing to move.
        target = raw("{\"a\":12345,\"b\":\"much longer than the spare\"}");
        QVERIFY(!target.reuseBuffer(spareOf("{\"a\":1}")));
        QCOMPARE(target.json(), QByteArray("{\"a\":12345,\"b\":\"much longer than the spare\"}"));
        RawObject same = small.detached();
        RawObject alias = same;
        QVERIFY(!same.reuseBuffer(std::move(alias)));
        const RawObject owner = spareOf("{\"a\":12345,\"b\":\"long enough\"}");
        QCOMPARE(owner.storageText().data() + owner.storageBytes(),
                owner.storageIndex().data() + owner.storageIndex().size());
        RawObject view =
                RawObject::fromStorage(owner.storageText().data(), qsizetype(owner.storageBytes()),
                        quint32(owner.storageText().size()), quint32(owner.size()));
        target = small.detached();
        QVERIFY(!target.reuseBuffer(std::move(view)));
        QCOMPARE(owner.json(), QByteArray("{\"a\":12345,\"b\":\"long enough\"}"));
        RawObject empty;
        QVERIFY(!empty.reuseBuffer(spareOf("{\"a\":12345}")));
        QVERIFY(empty.isEmpty());
    }

    void mergeWithUndoMatchesPlainMerge()
    {
        // Random objects and partial patches: the one-pass merge gives the plain merge's result,
        // and its undo patch leads back to the original.
        std::mt19937 rng(7);
        auto randomObject = [&rng](int maxKeys) {
            RawObject::Builder b;
            std::vector<int> keys {0, 1, 2, 3, 4, 5, 6, 7};
            std::shuffle(keys.begin(), keys.end(), rng);
            const int n = int(rng() % unsigned(maxKeys + 1));
            for (int i = 0; i < n; ++i)
                b.add(QByteArray("k" + QByteArray::number(keys[size_t(i)])),
                        QByteArray::number(int(rng() % 3)));
            return b.finish();
        };
        auto members = [](const RawObject &o) {
            std::map<QByteArray, QByteArray> m;
            for (qsizetype i = 0; i < o.size(); ++i)
                m[o.keyAt(i).toByteArray()] = o.valueAt(i).toByteArray();
            return m;
        };
        for (int round = 0; round < 2000; ++round) {
            const RawObject before = randomObject(8);
            const RawObject patch = randomObject(4);
            RawObject undo;
            const RawObject after = before.merged(patch, &undo);
            QCOMPARE(after.json(), before.merged(patch).json());
            QCOMPARE(members(after.patched(undo)), members(before));
            QCOMPARE(members(undo), members(RawObject::undoPatch(before, after)));
        }
    }

    void largeMergesMatchAReference()
    {
        // Objects past the size where keys are searched (they are hashed then), patches in
        // their own order: the merge keeps the object's order with the patch's values, then
        // the patch's new keys in its order, as a plain reference merge does; the undo leads
        // back. Patches in reverse order made this n·pn comparisons before.
        std::mt19937 rng(13);
        auto randomObject = [&rng](int keySpace, int n) {
            std::vector<int> keys(static_cast<size_t>(keySpace));
            std::iota(keys.begin(), keys.end(), 0);
            std::shuffle(keys.begin(), keys.end(), rng);
            std::vector<std::pair<QByteArray, QByteArray>> members;
            for (int i = 0; i < n; ++i)
                members.emplace_back("k" + QByteArray::number(keys[size_t(i)]),
                        QByteArray::number(int(rng() % 3)));
            return members;
        };
        auto build = [](const std::vector<std::pair<QByteArray, QByteArray>> &members) {
            RawObject::Builder b;
            for (const auto &[k, v] : members)
                b.add(k, v);
            return b.finish();
        };
        for (int round = 0; round < 300; ++round) {
            const int space = 20 + int(rng() % 400);
            auto before = randomObject(space, int(rng() % unsigned(space)));
            auto patch = randomObject(space,
                    int(rng() % unsigned(round % 3 == 1 ? 17 : space))); // 1: a small patch
            if (round % 3 == 0) { // the same keys, the other way round
                patch = before;
                std::reverse(patch.begin(), patch.end());
            }
            std::vector<std::pair<QByteArray, QByteArray>> expected = before;
            for (const auto &member : patch) {
                auto at = std::find_if(expected.begin(), expected.end(),
                        [&member](const auto &m) { return m.first == member.first; });
                if (at == expected.end())
                    expected.push_back(member);
                else
                    at->second = member.second;
            }
            const RawObject b = build(before), p = build(patch);
            RawObject undo;
            const RawObject after = b.merged(p, &undo);
            QCOMPARE(after.json(), build(expected).json());
            QCOMPARE(b.merged(p).json(), build(expected).json());
            QCOMPARE(after.patched(undo).json(), b.json());
            QCOMPARE(RawObject::undoPatch(b, after).json(), undo.json());
        }
    }

    void numericIndexMatchesAMap()
    {
        // Random inserts, replacements and removals over a small key space (so that probes
        // collide and removals shift entries back): every lookup agrees with std::map. Family 1
        // has small ids only and stays in arrays; family 2 gets the odd huge id, which moves
        // that group to the hash table with everything it held.
        std::mt19937 rng(11);
        NumericIndex index;
        std::map<std::pair<quint64, quint64>, NodeId> reference;
        auto randomKey = [&rng] {
            const quint64 family = 1 + rng() % 2;
            const quint64 id =
                    family == 2 && rng() % 500 == 0 ? 1000000000 + rng() % 3000 : rng() % 3000;
            return NumericIndex::Key {(family << 52) | id, rng() % 3};
        };
        for (int step = 0; step < 200000; ++step) {
            const NumericIndex::Key key = randomKey();
            const auto ref = std::make_pair(key.familyAndId, key.scope);
            switch (rng() % 3) {
            case 0:
            case 1: {
                const NodeId id = NodeId(rng() % 100000);
                index.insert(key, id);
                reference[ref] = id;
                break;
            }
            default:
                index.remove(key);
                reference.erase(ref);
                break;
            }
            const NumericIndex::Key probe = randomKey();
            const auto it = reference.find({probe.familyAndId, probe.scope});
            QCOMPARE(index.value(probe), it == reference.end() ? NoNode : it->second);
        }
        QCOMPARE(index.size(), reference.size());
        for (const auto &[k, id] : reference)
            QCOMPARE(index.value({k.first, k.second}), id);
        QCOMPARE(index.denseGroups(), size_t(3)); // family 1's three scopes
        index.clear();
        QCOMPARE(index.value({1, 0}), NoNode);
    }

    void batchesApplyLikeSingleChanges_data()
    {
        QTest::addColumn<bool>("keepTombstones");
        QTest::newRow("tombstones") << true;
        QTest::newRow("erased, slots reused within a batch") << false;
    }

    void batchesApplyLikeSingleChanges()
    {
        // apply() starts loading what a change will touch several changes early, from where the
        // entity is before the batch; creations and erasures on the way make some of those
        // guesses wrong. The result must be the same as applying the changes one at a time.
        QFETCH(bool, keepTombstones);
        StoreLimits limits;
        limits.historyPerNode = 3;
        limits.historyTotal = 40; // the global cap drops versions on most updates
        limits.keepTombstones = keepTombstones;
        auto schema = std::make_shared<BaserowSchema>();
        auto protocol = std::make_shared<BaserowProtocol>();
        EntityStore batched;
        EntityStore single;
        for (EntityStore *s : {&batched, &single}) {
            s->setSchema(schema);
            s->setLimits(limits);
        }
        BaserowTraffic traffic(5);
        quint64 seq = 0;
        for (int round = 0; round < 20; ++round) {
            Changes batch;
            while (batch.size() < 200) {
                Frame f;
                f.seq = ++seq;
                f.bytes = traffic.message().toUtf8();
                DecodeResult r;
                protocol->decode(f, r);
                std::move(r.changes.begin(), r.changes.end(), std::back_inserter(batch));
            }
            for (const Change &c : batch)
                single.apply({c});
            batched.apply(std::move(batch));
        }
        QVERIFY(single.historyDropped() > 0);
        QCOMPARE(batched.entityCount(), single.entityCount());
        QCOMPARE(batched.appliedChanges(), single.appliedChanges());
        QCOMPARE(batched.ignoredChanges(), single.ignoredChanges());
        QCOMPARE(batched.historyEntries(), single.historyEntries());
        QCOMPARE(batched.historyDropped(), single.historyDropped());
        for (int k = 1; k < batched.schema().kinds().count(); ++k) {
            for (NodeId b : batched.nodesOfKind(Kind(k))) {
                const auto &nb = batched.node(b);
                const NodeId s = single.find(nb.ref);
                QVERIFY2(s != NoNode, qPrintable(nb.ref.id.toString()));
                const auto &ns = single.node(s);
                QCOMPARE(nb.data.json(), ns.data.json());
                QCOMPARE(nb.deleted, ns.deleted);
                QCOMPARE(nb.touched.toVector(), ns.touched.toVector());
                QCOMPARE(batched.historySize(b), single.historySize(s));
                for (size_t v = 0; v < batched.historySize(b); ++v)
                    QCOMPARE(batched.version(b, v).json(), single.version(s, v).json());
                QCOMPARE(batched.indexInParent(b), single.indexInParent(s));
            }
        }
    }

    void hotNodeMembersFitWhatApplyPrefetches()
    {
        // apply() prefetches the first HotBytes of a node ahead of the change that updates it.
        EntityStore::Node n;
        const auto *base = reinterpret_cast<const char *>(&n);
        QVERIFY(reinterpret_cast<const char *>(&n.touched + 1) - base
                <= qsizetype(EntityStore::HotBytes));
        QCOMPARE(reinterpret_cast<quintptr>(base) % 64, quintptr(0));
    }

    void anEntitysMembersAreBounded()
    {
        EntityStore store;
        StoreLimits limits;
        limits.membersPerNode = 4;
        store.setLimits(limits);
        for (int history : {50, 0}) { // with previous versions kept, and without
            limits.historyPerNode = history;
            store.setLimits(limits);
            store.clear();
            const quint64 cappedBefore = store.cappedChanges();
            store.apply({upsert(TestKind::Page, u"1"_s, {}, {}, R"({"a":1,"b":2,"c":3})", 1)});
            const NodeId id = store.find(TestKind::Page, u"1"_s);
            // A patch that would take it to five members is refused whole, and counted.
            store.apply({upsert(TestKind::Page, u"1"_s, {}, {}, R"({"a":9,"d":4,"e":5})", 2)});
            QCOMPARE(store.node(id).data.json(), QByteArray(R"({"a":1,"b":2,"c":3})"));
            QCOMPARE(store.cappedChanges(), cappedBefore + 1);
            // Up to the cap, and changes to the members it has, go through.
            store.apply({upsert(TestKind::Page, u"1"_s, {}, {}, R"({"d":4})", 3)});
            store.apply({upsert(TestKind::Page, u"1"_s, {}, {}, R"({"a":7,"d":8})", 4)});
            QCOMPARE(store.node(id).data.json(), QByteArray(R"({"a":7,"b":2,"c":3,"d":8})"));
            // A new entity, or a replacement, with too many members is refused.
            store.apply({upsert(
                    TestKind::Page, u"2"_s, {}, {}, R"({"a":1,"b":2,"c":3,"d":4,"e":5})", 5)});
            QCOMPARE(store.find(TestKind::Page, u"2"_s), NoNode);
            Change replace =
                    upsert(TestKind::Page, u"1"_s, {}, {}, R"({"v":1,"w":2,"x":3,"y":4,"z":5})", 6);
            replace.replace = true;
            store.apply({replace});
            QCOMPARE(store.node(id).data.json(), QByteArray(R"({"a":7,"b":2,"c":3,"d":8})"));
            QCOMPARE(store.cappedChanges(), cappedBefore + 3);
        }
    }

    void historyIsBoundedPerNodeAndInAll()
    {
        EntityStore store;
        StoreLimits limits;
        limits.historyPerNode = 3;
        limits.historyTotal = 5;
        store.setLimits(limits);
        for (int i = 0; i < 10; ++i) {
            store.apply({upsert(TestKind::Page, u"1"_s, {}, {}, qPrintable(u"{\"v\":%1}"_s.arg(i)),
                    quint64(i + 1))});
            store.apply({upsert(TestKind::Page, u"2"_s, {}, {}, qPrintable(u"{\"v\":%1}"_s.arg(i)),
                    quint64(i + 100))});
        }
        const NodeId page1 = store.find(TestKind::Page, u"1"_s);
        const NodeId page2 = store.find(TestKind::Page, u"2"_s);
        const size_t h1 = store.historySize(page1);
        const size_t h2 = store.historySize(page2);
        QVERIFY(h1 <= 3 && h2 <= 3);
        QVERIFY(h1 > 0 && h2 > 0);
        QVERIFY(store.historyEntries() <= 5);
        QCOMPARE(qsizetype(h1 + h2), store.historyEntries());
        // 18 versions made, the ones kept remain: every other one was dropped and counted.
        QCOMPARE(store.historyDropped(), quint64(18 - h1 - h2));
        // The newest versions are the ones kept.
        QCOMPARE(store.version(page2, h2 - 1).json(), QByteArray("{\"v\":8}"));
        QCOMPARE(store.version(page2, 0).json(),
                QByteArray("{\"v\":" + QByteArray::number(9 - qsizetype(h2)) + "}"));
        QCOMPARE(store.historyEntry(page2, h2 - 1).seq, quint64(109));
    }

    void aLogHoldsWhatItWasSentNotMore()
    {
        MessageLog log;
        const auto frame = [](int i, int size) {
            Frame f;
            f.seq = quint64(i + 1);
            f.bytes = QByteArray::number(i).leftJustified(size, 'x');
            return f;
        };
        for (int i = 0; i < 10; ++i)
            log.append(frame(i, 100));
        QVERIFY2(log.memoryUsage() < 128 * 1024, QByteArray::number(log.memoryUsage()).constData());
        // Growing chunks keep every frame whole, a large one included.
        const int n = 5000;
        for (int i = 10; i < n; ++i)
            log.append(frame(i, i == 2000 ? 3 * 1024 * 1024 : 1000));
        QCOMPARE(log.size(), qint64(n));
        for (int i : {0, 9, 10, 1999, 2000, 2001, n - 1}) {
            QCOMPARE(log.bytes(i).toByteArray(),
                    frame(i,
                            i < 10              ? 100
                                    : i == 2000 ? 3 * 1024 * 1024
                                                : 1000)
                            .bytes);
        }
        QVERIFY2(log.memoryUsage() < 2 * log.storedBytes() + 2 * 1024 * 1024,
                QByteArray::number(log.memoryUsage()).constData());
    }

    void historyLogSpansBlocksAndDropsInOrder()
    {
        // Versions of every size, some larger than a log block, of a few entities at a time:
        // whatever the log has dropped, each entity's kept versions rebuild exactly, newest
        // last, and the counters add up.
        EntityStore store;
        StoreLimits limits;
        limits.historyPerNode = 20;
        limits.historyTotal = 60;
        store.setLimits(limits);
        std::mt19937 rng(3);
        std::map<QString, std::vector<QByteArray>> made; // every version of each page, in order
        quint64 seq = 0;
        quint64 versionsMade = 0;
        for (int step = 0; step < 600; ++step) {
            const QString page = QString::number(rng() % 4);
            const size_t size = rng() % 8 == 0 ? 300000 + rng() % 100000 : rng() % 200;
            const QByteArray json = "{\"n\":" + QByteArray::number(step) + ",\"s\":\""
                    + QByteArray(qsizetype(size), char('a' + step % 26)) + "\"}";
            store.apply({upsert(TestKind::Page, page, {}, {}, json.constData(), ++seq)});
            if (!made[page].empty())
                ++versionsMade;
            made[page].push_back(json);
        }
        qsizetype kept = 0;
        for (const auto &[page, jsons] : made) {
            const NodeId id = store.find(TestKind::Page, page);
            const size_t h = store.historySize(id);
            QVERIFY(h <= 20);
            kept += qsizetype(h);
            QCOMPARE(store.node(id).data.json(), jsons.back());
            for (size_t i = 0; i < h; ++i)
                QCOMPARE(store.version(id, i).json(), jsons[jsons.size() - 1 - h + i]);
        }
        QCOMPARE(store.historyEntries(), kept);
        QVERIFY(kept <= 60);
        QCOMPARE(store.historyDropped(), versionsMade - quint64(kept));
        QVERIFY(store.historyBytes() > 0);
        store.clear();
        QCOMPARE(store.historyEntries(), 0);
        QCOMPARE(store.historyBytes(), 0);
    }

    void versionsRebuildAcrossAddedRemovedAndReplacedMembers()
    {
        EntityStore store;
        const std::vector<QByteArray> versions {"{\"a\":1,\"b\":\"x\"}",
                "{\"a\":1,\"b\":\"y\",\"c\":[1,2]}", "{\"c\":[1,2],\"a\":2}", "{\"d\":null}",
                "{\"a\":1,\"b\":\"x\"}"};
        quint64 seq = 1;
        for (const QByteArray &v : versions) {
            Change c = upsert(TestKind::Page, u"p"_s, {}, {}, v.constData(), seq++);
            c.replace = true;
            store.apply({c});
        }
        const NodeId id = store.find(TestKind::Page, u"p"_s);
        const auto &n = store.node(id);
        QCOMPARE(store.historySize(id), versions.size() - 1);
        QCOMPARE(n.data.json(), versions.back());
        for (size_t i = 0; i + 1 < versions.size(); ++i) {
            // Member order may differ from the original; compare as sets of members.
            const RawObject rebuilt = store.version(id, i);
            const auto original = RawObject::fromJson(versions[i]);
            QVERIFY(original);
            QCOMPARE(rebuilt.size(), original->size());
            for (qsizetype m = 0; m < original->size(); ++m)
                QCOMPARE(rebuilt.value(original->keyAt(m)), original->valueAt(m));
        }
    }

    void boundedRingKeepsTheNewestInOrder()
    {
        BoundedRing<int> ring;
        for (int i = 1; i <= 7; ++i)
            QCOMPARE(ring.push(i, 3), i > 3 ? 1 : 0);
        QCOMPARE(ring.toVector(), (std::vector<int> {5, 6, 7}));
        QCOMPARE(ring.front(), 5);
        QCOMPARE(ring.back(), 7);
        ring.popFront();
        QCOMPARE(ring.toVector(), (std::vector<int> {6, 7}));
        // A larger cap grows the ring in place of dropping; a smaller one trims it.
        ring.push(8, 5);
        ring.push(9, 5);
        ring.push(10, 5);
        QCOMPARE(ring.toVector(), (std::vector<int> {6, 7, 8, 9, 10}));
        QCOMPARE(ring.push(11, 2), 4);
        QCOMPARE(ring.toVector(), (std::vector<int> {10, 11}));
        QCOMPARE(ring.push(12, 0), 2);
        QVERIFY(ring.empty());
    }

    void boundedRingMatchesADequeAcrossItsBuffers()
    {
        // Random pushes under random caps and pops, with copies and moves on the way: the ring
        // keeps what a deque trimmed to the cap keeps, whether its items are inline or on the
        // heap, and nextSlot() names the slot the next push writes (at cap: the item it drops).
        std::mt19937 rng(11);
        BoundedRing<quint64> ring;
        std::deque<quint64> model;
        for (int step = 0; step < 20000; ++step) {
            const size_t cap = size_t(rng() % 7);
            if (rng() % 5 == 0) {
                ring.popFront();
                if (!model.empty())
                    model.pop_front();
            } else {
                const quint64 item = rng();
                const quint64 *slot = ring.nextSlot(cap);
                const bool atCap = !model.empty() && model.size() >= cap;
                if (atCap) {
                    QVERIFY(slot);
                    QCOMPARE(*slot, model.front()); // the item the push drops
                }
                const bool writesSlot = slot != nullptr && !atCap && cap > 0;
                int dropped = 0;
                while (!model.empty() && model.size() >= cap) {
                    model.pop_front();
                    ++dropped;
                }
                if (cap > 0)
                    model.push_back(item);
                QCOMPARE(ring.push(item, cap), dropped);
                if (writesSlot)
                    QCOMPARE(*slot, item); // written where nextSlot() said
            }
            if (step % 97 == 0) {
                BoundedRing<quint64> copy(ring);
                ring = std::move(copy);
            }
            if (step % 89 == 0) {
                BoundedRing<quint64> moved(std::move(ring));
                QVERIFY(ring.empty());
                ring = moved;
            }
            QCOMPARE(ring.toVector(), std::vector<quint64>(model.begin(), model.end()));
            if (!model.empty()) {
                QCOMPARE(ring.front(), model.front());
                QCOMPARE(ring.back(), model.back());
            }
        }
    }

    void tombstonesStayUntilCleared()
    {
        EntityStore store;
        store.apply({upsert(TestKind::Event, u"1"_s, {}, {}, "{}"),
                upsert(TestKind::Event, u"2"_s, {}, {}, "{}")});
        Change rm;
        rm.op = Change::Op::Remove;
        rm.node = {TestKind::Event, u"1"_s, {}};
        store.apply({rm});
        QVERIFY(store.node(store.find(TestKind::Event, u"1"_s)).deleted);
        QCOMPARE(store.entityCount(), 2);
        store.clearTombstones();
        QCOMPARE(store.find(TestKind::Event, u"1"_s), NoNode);
        QCOMPARE(store.entityCount(), 1);
        // Without tombstones, a removal erases at once.
        StoreLimits limits;
        limits.keepTombstones = false;
        store.setLimits(limits);
        rm.node.id = u"2"_s;
        store.apply({rm});
        QCOMPARE(store.entityCount(), 0);
    }

    void childrenAreOrderedByKindThenOrder()
    {
        EntityStore store;
        auto schema = std::make_shared<BaserowSchema>();
        store.setSchema(schema);
        const NodeRef t {TestKind::Table, u"1"_s, {}};
        store.apply({upsert(TestKind::Row, u"2"_s, u"1"_s, t,
                             "{\"order\":\"2.00000000000000000000\"}"),
                upsert(TestKind::Row, u"1"_s, u"1"_s, t, "{\"order\":\"10.00000000000000000000\"}"),
                upsert(TestKind::Field, u"5"_s, {}, t, "{\"order\":1}"),
                upsert(TestKind::View, u"9"_s, {}, t, "{\"order\":1}"),
                upsert(TestKind::Row, u"3"_s, u"1"_s, t,
                        "{\"order\":\"2.50000000000000000000\"}")});
        auto keys = [&] {
            QStringList out;
            for (NodeId c : store.node(store.find(t)).children)
                out << store.schema().kinds().name(store.node(c).kind) + u':'
                                + store.node(c).ref.id.toString();
            return out;
        };
        QCOMPARE(keys(),
                (QStringList {u"field:5"_s, u"view:9"_s, u"row:2"_s, u"row:3"_s, u"row:1"_s}));
        store.apply({upsert(TestKind::Row, u"1"_s, u"1"_s, {},
                "{\"order\":\"1.00000000000000000000\"}")}); // a move
        QCOMPARE(keys(),
                (QStringList {u"field:5"_s, u"view:9"_s, u"row:1"_s, u"row:2"_s, u"row:3"_s}));
    }

    void fewNewRowsAmongManyKeepTheOrder()
    {
        // Unobserved, new rows are appended and sorted once per batch: many at once by a merge,
        // a few among many by a binary search each. Either way the order is `order`, then id.
        EntityStore store;
        store.setSchema(std::make_shared<BaserowSchema>());
        const NodeRef t {TestKind::Table, u"1"_s, {}};
        std::mt19937 rng(3);
        std::uniform_int_distribution<int> order(1, 900);
        auto orderOf = [](int o) -> QByteArray {
            return QByteArray::number(o) + ".00000000000000000000";
        };
        Changes first;
        int nextId = 1;
        for (; nextId <= 2000; ++nextId)
            first.push_back(upsert(TestKind::Row, QString::number(nextId), u"1"_s, t,
                    QByteArray("{\"order\":\"" + orderOf(order(rng)) + "\"}").constData()));
        store.apply(std::move(first));
        for (int batch = 0; batch < 20; ++batch) {
            Changes few;
            for (int i = 0; i < 1 + batch % 3; ++i, ++nextId)
                few.push_back(upsert(TestKind::Row, QString::number(nextId), u"1"_s, t,
                        QByteArray("{\"order\":\"" + orderOf(order(rng)) + "\"}").constData()));
            store.apply(std::move(few));
        }
        QCOMPARE(qsizetype(store.node(store.find(t)).children.size()), qsizetype(nextId - 1));
        verifyRowOrder(store, t);
    }

    void pagesInAndOutOfOrderKeepTheOrder()
    {
        // A snapshot comes a page at a time, usually in order (nothing to merge), but a page
        // may also land among earlier rows, sorted or not.
        EntityStore store;
        store.setSchema(std::make_shared<BaserowSchema>());
        const NodeRef t {TestKind::Table, u"1"_s, {}};
        int nextId = 1;
        auto page = [&](std::vector<int> orders) {
            Changes c;
            for (int o : orders) {
                c.push_back(upsert(TestKind::Row, QString::number(nextId++), u"1"_s, t,
                        QByteArray("{\"order\":\"" + QByteArray::number(o)
                                + ".50000000000000000000\"}")
                                .constData()));
            }
            store.apply(std::move(c));
        };
        std::vector<int> inOrder(300);
        std::iota(inOrder.begin(), inOrder.end(), 1000);
        page(inOrder); // the first page
        std::iota(inOrder.begin(), inOrder.end(), 1300);
        page(inOrder); // after it
        page({1299, 1600, 1601}); // sorted, but its first row goes among the others
        page({5, 1700, 3, 1450, 3}); // neither
        std::iota(inOrder.begin(), inOrder.end(), 1800);
        page(inOrder);
        QCOMPARE(qsizetype(store.node(store.find(t)).children.size()), qsizetype(nextId - 1));
        verifyRowOrder(store, t);
    }

    void unobservedOrderIsSortedWhenAModelArrives()
    {
        // Unobserved, a batch's new rows are left unsorted until someone asks; a model that
        // attaches then must find them in order, and see later rows inserted in place.
        EntityStore store;
        store.setSchema(std::make_shared<BaserowSchema>());
        const NodeRef t {TestKind::Table, u"1"_s, {}};
        auto row = [&](int id, int order) {
            return upsert(TestKind::Row, QString::number(id), u"1"_s, t,
                    QByteArray("{\"order\":\"" + QByteArray::number(order)
                            + ".00000000000000000000\"}")
                            .constData());
        };
        store.apply({row(1, 50), row(2, 10)});
        store.apply({row(3, 40), row(4, 20), row(5, 30)});
        const NodeId table = store.find(t);
        TableRowsModel rows(&store);
        rows.setTable(t);
        QAbstractItemModelTester tester(
                &rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto ids = [&] {
            QStringList out;
            for (int r = 0; r < rows.rowCount(); ++r)
                out << rows.index(r, 0).data(EntityIdRole).toString();
            return out;
        };
        QCOMPARE(store.node(table).children.size(), size_t(5));
        QCOMPARE(ids(), (QStringList {u"2"_s, u"4"_s, u"5"_s, u"3"_s, u"1"_s}));
        store.apply({row(6, 25), row(7, 5)});
        QCOMPARE(ids(), (QStringList {u"7"_s, u"2"_s, u"4"_s, u"6"_s, u"5"_s, u"3"_s, u"1"_s}));
    }

    void modelsStayValidUnderRandomTraffic_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("resetThreshold");
        for (unsigned seed : {1u, 2u})
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed << 2000;
        QTest::newRow("seed 3, small reset threshold") << 3u << 3;
    }

    void modelsStayValidUnderRandomTraffic()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, resetThreshold);
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.storeLimits.resetThreshold = resetThreshold;
        config.storeLimits.historyPerNode = 4;
        FeedSession session(config);
        LiveTreeModel tree(session.store());
        TableRowsModel rows(session.store());
        rows.setTable({TestKind::Table, u"1"_s, {}});
        TableRowsModel rows3(session.store());
        rows3.setTable({TestKind::Table, u"3"_s, {}}); // never announced: rows under a placeholder
        TreeFilterProxy treeFilter;
        treeFilter.setSourceModel(&tree);
        treeFilter.setText(u"1"_s, false);
        RowsFilterProxy rowsFilter;
        rowsFilter.setSourceModel(&rows);
        rowsFilter.sort(1);
        QAbstractItemModelTester t1(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t3(&rows3, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t4(
                &treeFilter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t5(
                &rowsFilter, QAbstractItemModelTester::FailureReportingMode::Fatal);

        // The same traffic into a store nobody observes, which defers sorting new children to
        // the end of each batch: it must end in the same tree.
        FeedSession unobserved(config);

        BaserowTraffic traffic(seed);
        std::mt19937 rng(seed * 31);
        for (int round = 0; round < 30; ++round) {
            const int n = std::uniform_int_distribution<int>(1, 40)(rng);
            QList<QByteArray> lines;
            for (int i = 0; i < n; ++i)
                lines << traffic.next();
            replayLines(session, lines);
            replayLines(unobserved, lines);
            if (round % 11 == 10)
                unobserved.store()->clearTombstones();
            if (round % 11 == 10)
                session.store()->clearTombstones();
            if (round % 13 == 12)
                treeFilter.setText(u"T"_s, false);
        }
        // The grid shows exactly the table's rows, in order.
        const NodeId t = session.store()->find(TestKind::Table, u"1"_s);
        QVERIFY(t != NoNode);
        const auto [first, last] = session.store()->kindRange(t, TestKind::Row);
        QCOMPARE(rows.rowCount(), last - first);
        QVERIFY(tree.rowCount() > 0);
        QVERIFY(session.counters().applied > 100);
        QCOMPARE(treeShape(*unobserved.store()), treeShape(*session.store()));
    }

private:
    static QStringList treeShape(const EntityStore &store)
    {
        QStringList out;
        std::function<void(NodeId, int)> walk = [&](NodeId id, int depth) {
            for (NodeId c : store.node(id).children) {
                const auto &n = store.node(c);
                out << QString(depth, u' ') + store.schema().kinds().name(n.kind) + u':'
                                + n.ref.id.toString() + u'/' + n.ref.scope.toString()
                                + (n.deleted ? u" (deleted)"_s : QString());
                walk(c, depth + 1);
            }
        };
        walk(RootNode, 0);
        return out;
    }

private Q_SLOTS:
    void fixtureSessionsUnderTheTester_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("file");
        QTest::newRow("baserow") << u"baserow"_s << u"baserow/session-example.jsonl"_s;
        QTest::newRow("contentserver")
                << u"contentserver"_s << u"contentserver/session-example.jsonl"_s;
        QTest::newRow("ap") << u"ap"_s << u"ap/session-example.jsonl"_s;
    }

    void fixtureSessionsUnderTheTester()
    {
        QFETCH(QString, feed);
        QFETCH(QString, file);
        FeedSession session(Feeds::defaults(feed));
        LiveTreeModel tree(session.store());
        TableRowsModel rows(session.store());
        rows.setTable({TestKind::Table, u"5101"_s, {}});
        QAbstractItemModelTester t1(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // One frame per batch, so every structural step goes through the models.
        for (const QByteArray &line : Test::fixtureLines(file))
            replayLines(session, {line});
        QVERIFY(tree.rowCount() > 0);
    }

    void aFeedThatGrowsOneEntityIsRefusedPastTheCap()
    {
        // A feed that patches one row with a new field in every frame: each change would copy
        // every member before it. Past the cap the changes are refused, counted and reported,
        // and the row keeps what it had.
        FeedSession session(Feeds::defaults(u"baserow"_s));
        QSignalSpy errors(&session, &FeedSession::errorOccurred);
        const int cap = session.store()->limits().membersPerNode;
        QList<QByteArray> lines;
        lines << QByteArray("{\"msg\":{\"type\":\"rows_created\",\"table_id\":7,"
                            "\"rows\":[{\"id\":1,\"order\":\"1.0\"}]}}");
        for (int i = 0; i < cap + 10; ++i) {
            lines << "{\"msg\":{\"type\":\"rows_updated\",\"table_id\":7,\"rows\":[{\"id\":1,"
                     "\"field_"
                            + QByteArray::number(i) + "\":1}]}}";
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused: an entity would hold"_s));
        replayLines(session, lines);
        QTRY_COMPARE(session.counters().capped, quint64(12)); // id, order and 4 094 fields fit
        const NodeId row = session.store()->find(TestKind::Row, u"1"_s, u"7"_s);
        QVERIFY(row != NoNode);
        QCOMPARE(session.store()->node(row).data.size(), qsizetype(cap));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.constLast().at(0).toString().contains(QString::number(cap)),
                qPrintable(errors.constLast().at(0).toString()));
    }

    void typesAFeedNamesAreBounded()
    {
        // A feed that names a new message type in every frame, and some with 1 MB names: the
        // statistics keep MaxTypes rows and one "(other types)", the log's names stay few and
        // short; every message is still counted.
        FeedSession session(Feeds::defaults(u"baserow"_s));
        QAbstractItemModelTester tester(
                session.statistics(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<QByteArray> lines;
        const int distinct = 6000;
        for (int i = 0; i < distinct; ++i)
            lines.append(R"({"msg":{"type":"made_up_)" + QByteArray::number(i) + R"("}})");
        for (int i = 0; i < 20; ++i)
            lines.append(R"({"msg":{"type":")" + QByteArray(1 << 20, char('a' + i)) + R"("}})");
        replayLines(session, lines);
        StatisticsModel *stats = session.statistics();
        QTRY_COMPARE(stats->rowCount(), StatisticsModel::MaxTypes + 1);
        QCOMPARE(stats->total(), qint64(lines.size()));
        QCOMPARE(stats->otherCount(), qint64(lines.size()) - StatisticsModel::MaxTypes);
        for (int r = 0; r < stats->rowCount(); ++r) {
            QVERIFY(stats->index(r, StatisticsModel::TypeColumn).data().toString().size()
                    <= StatisticsModel::MaxTypeChars);
        }
        const QList<QByteArray> types = session.log()->types();
        QCOMPARE(types.size(), MessageLog::MaxTypes + 1);
        for (const QByteArray &t : types)
            QVERIFY(t.size() <= MessageLog::MaxTypeBytes);
        // A long name is cut, not dropped: the statistics still tell it apart by its start.
        FeedSession other(Feeds::defaults(u"baserow"_s));
        replayLines(other, {R"({"msg":{"type":")" + QByteArray(5000, 'z') + R"("}})"});
        QTRY_COMPARE(other.statistics()->rowCount(), 1);
        const QString name =
                other.statistics()->index(0, StatisticsModel::TypeColumn).data().toString();
        QCOMPARE(name.size(), StatisticsModel::MaxTypeChars);
        QVERIFY(name.startsWith(u"zzzz"_s) && name.endsWith(u'…'));
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
