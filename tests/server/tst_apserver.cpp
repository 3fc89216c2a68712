// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "server/apimitation.h"
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
        c.baserow = c.contentServer = false;
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
        Server::ApImitation *ap = m_server->apiPage();
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

    void slowConsumerIsClosedWithAnEmptyClose()
    {
        WsClient c;
        c.open(url(u"/api/ws"_s, true));
        QVERIFY(c.waitConnected());
        Server::ApImitation *ap = m_server->apiPage();
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
