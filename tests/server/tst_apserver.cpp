// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "server/apipage/apipageimitation.h"
#include "server/embeddedserver.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using Test::keys;
using Test::WsClient;

// The "API page" imitation against specs/ap.md with a plain client.
class TestApServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server::EmbeddedServer> m_server;

    QUrl url(const QString &path, bool ws = false) const
    {
        QUrl u = m_server->url();
        if (ws)
            u.setScheme(u"ws"_s);
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    static OValue fixture(const QString &name)
    {
        return *OValue::fromJson(Test::readFixture(u"ap/"_s + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Server::EmbeddedServerConfig c;
        c.feeds = {u"ap"_s};
        c.options.apPingIntervalMs = 300;
        m_server = std::make_unique<Server::EmbeddedServer>(c);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void silentOnConnectAndNeverAnswers()
    {
        WsClient c;
        c.open(url(u"/api/ws/"_s, true)); // the trailing slash works too
        QVERIFY(c.waitConnected());
        QVERIFY(c.silentFor(200)); // nothing on connect
        // A client ping gets no pong; the server's own pings come (every 300 ms here).
        QSignalSpy pongs(&c.socket(), &QWebSocket::pong);
        c.socket().ping();
        QVERIFY(!pongs.wait(700));
        c.send("{\"anything\": true}");
        QVERIFY(c.silentFor(100));
    }

    void batchingAndUpdateQuirks()
    {
        WsClient c;
        c.open(url(u"/api/ws"_s, true));
        QVERIFY(c.waitConnected());
        Server::ApiPageImitation *ap = m_server->imitation<Server::ApiPageImitation>();
        // Two changes back to back: one frame, joined by "\n".
        auto e = ap->createEvent(
                *OValue::fromJson(Test::readFixture(u"ap/rest/POST_events_request.json"_s)));
        QVERIFY(e);
        ap->createPage(
                OValue::object({{u"title"_s, u"Rooms & <presence>"_s}, {u"text"_s, u"t"_s}}));
        const QByteArray frame = c.next();
        const QList<QByteArray> parts = frame.split('\n');
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts[1].contains("\\u0026") && parts[1].contains("\\u003c")); // Go's HTML escaping
        const OValue created = *OValue::fromJson(parts[0]);
        QCOMPARE(keys(created), keys(fixture(u"ap_event_created.json"_s)));
        QCOMPARE(keys(created.value(u"data").value(u"event")),
                keys(fixture(u"ap_event_created.json"_s).value(u"data").value(u"event")));
        QCOMPARE(keys(created.value(u"data").value(u"event").value(u"fields").at(0)),
                keys(fixture(u"ap_event_created.json"_s)
                                .value(u"data")
                                .value(u"event")
                                .value(u"fields")
                                .at(0)));
        const qint64 id = e->value(u"id").toInt();
        const qint64 firstFieldId =
                created.value(u"data").value(u"event").value(u"fields").at(0).value(u"id").toInt();

        // An update: zero createdAt, new field ids.
        auto r = Test::http("POST", url(u"/api/events/%1"_s.arg(id)),
                Test::readFixture(u"ap/rest/POST_events_request.json"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.endsWith('\n'));
        auto updated = c.nextOfType(u"ap_event_updated"_s);
        QVERIFY(updated);
        const OValue ev = updated->value(u"data").value(u"event");
        QCOMPARE(ev.value(u"createdAt").toString(), u"0001-01-01T00:00:00Z"_s);
        QVERIFY(ev.value(u"fields").at(0).value(u"id").toInt() > firstFieldId);
        // REST reads: the real createdAt, UTC seconds.
        auto read = Test::http("GET", url(u"/api/events/%1"_s.arg(id)));
        const QString createdAt = read.json()->value(u"data").value(u"createdAt").toString();
        QVERIFY2(createdAt.endsWith(u'Z') && createdAt.size() == 20, qPrintable(createdAt));

        QCOMPARE(Test::http("DELETE", url(u"/api/events/%1"_s.arg(id))).status, 200);
        auto deleted = c.nextOfType(u"ap_event_deleted"_s);
        QCOMPARE(keys(*deleted), keys(fixture(u"ap_event_deleted.json"_s)));
        // Deleting again: 500 and no broadcast.
        QCOMPARE(Test::http("DELETE", url(u"/api/events/%1"_s.arg(id))).status, 500);
        QVERIFY(c.silentFor(200));
    }

    void restListsAndErrors()
    {
        auto list = Test::http("GET", url(u"/api/events?limit=-1"_s));
        QCOMPARE(list.status, 200);
        const OValue body = *list.json();
        QCOMPARE(keys(body), (QStringList {u"data"_s, u"total"_s}));
        QCOMPARE(keys(body.value(u"data").at(0)),
                keys(fixture(u"rest/GET_events.json"_s).value(u"data").at(0)));
        QCOMPARE(Test::http("GET", url(u"/api/events/abc"_s)).status, 422);
        auto nf = Test::http("GET", url(u"/api/events/99999"_s));
        QCOMPARE(nf.status, 404);
        QCOMPARE(nf.json()->value(u"error").toString(), u"Not found"_s);
        auto invalid = Test::http("POST", url(u"/api/pages"_s), "{\"text\": \"no title\"}");
        QCOMPARE(invalid.status, 422);
        QVERIFY(invalid.json()->value(u"error").toString().contains(u"'Title'"_s));
        auto missing = Test::http("POST", url(u"/api/events/99"_s),
                Test::readFixture(u"ap/rest/POST_events_request.json"_s));
        QCOMPARE(missing.status, 500);
        QCOMPARE(missing.json()->value(u"error").toString(),
                u"[events.store.gorm] page with id = 99 does not exist"_s);
    }

    void nullLabelAndKeyAsTheRealServer()
    {
        // util.NullString: a missing key stays NULL (null); an explicit null is stored as "".
        WsClient c;
        c.open(url(u"/api/ws"_s, true));
        QVERIFY(c.waitConnected());
        const QByteArray missing = R"({"constant":"A","value":"a","description":"d","type":"client",
                "fields":[{"type":"Integer","required":true,"description":"f"}]})";
        const QByteArray explicitNull = R"({"constant":"B","value":"b","description":"d",
                "type":"frontend","label":null,
                "fields":[{"type":"Integer","key":null,"required":true,"description":"f"}]})";
        for (const auto &[body, label] :
                {std::pair {missing, OValue()}, std::pair {explicitNull, OValue(QString())}}) {
            auto r = Test::http("POST", url(u"/api/events"_s), body);
            QCOMPARE(r.status, 200);
            const OValue answer = r.json()->value(u"data");
            QCOMPARE(answer.value(u"label"), label);
            QCOMPARE(answer.value(u"fields").at(0).value(u"key"), label);
            auto created = c.nextOfType(u"ap_event_created"_s);
            QVERIFY(created);
            const OValue ev = created->value(u"data").value(u"event");
            QCOMPARE(ev.value(u"label"), label);
            QCOMPARE(ev.value(u"fields").at(0).value(u"key"), label);
            // The same on update.
            const qint64 id = answer.value(u"id").toInt();
            QCOMPARE(Test::http("POST", url(u"/api/events/%1"_s.arg(id)), body).status, 200);
            auto updated = c.nextOfType(u"ap_event_updated"_s);
            QVERIFY(updated);
            QCOMPARE(updated->value(u"data").value(u"event").value(u"label"), label);
            QCOMPARE(updated->value(u"data").value(u"event").value(u"fields").at(0).value(u"key"),
                    label);
            const auto read = Test::http("GET", url(u"/api/events/%1"_s.arg(id)));
            QCOMPARE(read.json()->value(u"data").value(u"label"), label);
        }
    }

    void anEventTypeOutsideTheEnumFailsAsInMySql()
    {
        WsClient c;
        c.open(url(u"/api/ws"_s, true));
        QVERIFY(c.waitConnected());
        const QByteArray bad = R"({"constant":"C","value":"c","description":"d","type":"server",
                "fields":[{"type":"Integer","key":"n","required":true,"description":"f"}]})";
        const QString truncated = u"Error 1265: Data truncated for column 'type' at row 1"_s;
        auto created = Test::http("POST", url(u"/api/events"_s), bad);
        QCOMPARE(created.status, 500);
        QCOMPARE(created.json()->value(u"error").toString(), truncated);
        QVERIFY(c.silentFor(200)); // nothing broadcast

        // An update fails the same way, after the store has deleted the event's fields.
        QByteArray good = bad;
        good.replace("\"server\"", "\"client\"");
        auto ok = Test::http("POST", url(u"/api/events"_s), good);
        QCOMPARE(ok.status, 200);
        QVERIFY(c.nextOfType(u"ap_event_created"_s));
        const qint64 id = ok.json()->value(u"data").value(u"id").toInt();
        auto updated = Test::http("POST", url(u"/api/events/%1"_s.arg(id)), bad);
        QCOMPARE(updated.status, 500);
        QCOMPARE(updated.json()->value(u"error").toString(), truncated);
        QVERIFY(c.silentFor(200));
        const OValue read =
                Test::http("GET", url(u"/api/events/%1"_s.arg(id))).json()->value(u"data");
        QCOMPARE(read.value(u"type").toString(), u"client"_s); // the event itself is unchanged
        QCOMPARE(read.value(u"fields").size(), 0); // but its fields are gone
    }

    void answersCarryEchosHeaders()
    {
        const QRegularExpression requestId(u"^[A-Za-z0-9]{32}$"_s);
        QSet<QByteArray> ids;
        const QList<std::pair<QByteArray, QString>> requests = {{"GET", u"/api/events"_s},
                {"GET", u"/api/events/abc"_s}, {"GET", u"/api/events/99999"_s},
                {"GET", u"/api/pages"_s}, {"DELETE", u"/api/pages/99999"_s}};
        for (const auto &[method, path] : requests) {
            const auto r = Test::http(method, url(path));
            QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
            QCOMPARE(r.header("Vary"), QByteArray("Origin"));
            QVERIFY2(requestId.match(QString::fromLatin1(r.header("X-Request-Id"))).hasMatch(),
                    r.header("X-Request-Id").constData());
            ids.insert(r.header("X-Request-Id"));
        }
        QCOMPARE(ids.size(), requests.size()); // a new id each time
        // A successful DELETE: no body and no Content-Type.
        auto page = Test::http("POST", url(u"/api/pages"_s), R"({"title":"t","text":"x"})");
        const qint64 id = page.json()->value(u"data").value(u"id").toInt();
        const auto deleted = Test::http("DELETE", url(u"/api/pages/%1"_s.arg(id)));
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY2(deleted.header("Content-Type").isEmpty(),
                deleted.header("Content-Type").constData());
        // Deleting an unknown event: the store's own message, copy-paste and all.
        const auto unknown = Test::http("DELETE", url(u"/api/events/99999"_s));
        QCOMPARE(unknown.status, 500);
        QCOMPARE(unknown.json()->value(u"error").toString(),
                u"[events.store.gorm] page with id = 99999 was not deleted"_s);
    }

    void fieldIdsStartAtOne()
    {
        qint64 lowest = std::numeric_limits<qint64>::max();
        const OValue list =
                Test::http("GET", url(u"/api/events?limit=-1"_s)).json()->value(u"data");
        QVERIFY(list.size() > 0);
        for (const OValue &e : list.items()) {
            const OValue read =
                    *Test::http("GET", url(u"/api/events/%1"_s.arg(e.value(u"id").toInt()))).json();
            const OValue fields = read.value(u"data").value(u"fields");
            for (const OValue &f : fields.items())
                lowest = std::min(lowest, f.value(u"id").toInt());
        }
        QCOMPARE(lowest, qint64(1));
    }

    void slowConsumerIsClosedWithAnEmptyClose()
    {
        WsClient c;
        c.open(url(u"/api/ws"_s, true));
        QVERIFY(c.waitConnected());
        Server::ApiPageImitation *ap = m_server->imitation<Server::ApiPageImitation>();
        // 300 broadcasts within one event-loop turn overflow the 256-message queue.
        for (int i = 0; i < 300; ++i)
            ap->createPage(OValue::object({{u"title"_s, u"p%1"_s.arg(i)}, {u"text"_s, u"x"_s}}));
        QVERIFY(c.waitDisconnected());
        // A close frame without a status code (RFC 6455: 1005; Qt reports it as 1000 with no
        // reason), not a dropped connection.
        QVERIFY(c.socket().closeReason().isEmpty());
        QVERIFY(c.socket().error() != QAbstractSocket::RemoteHostClosedError);
        // What arrived before the close is fewer than the 300 messages sent.
        qsizetype messages = 0;
        for (const QByteArray &frame : std::as_const(c.received))
            messages += frame.count('\n') + 1;
        QVERIFY(messages < 300);
    }
};

QTEST_GUILESS_MAIN(TestApServer)
#include "tst_apserver.moc"
