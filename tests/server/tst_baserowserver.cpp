// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "net/jwt.h"
#include "server/baserow/baserowimitation.h"
#include "server/embeddedserver.h"
#include "server/servercontext.h"
#include "server/serverfront.h"
#include "server/serversecret.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using Server::EmbeddedServer;
using Test::keys;
using Test::WsClient;

// The Baserow imitation checked against specs/baserow.md and the fixtures with a plain
// QWebSocket client and plain HTTP, independently of Feedscope's client code.
class TestBaserowImitation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmbeddedServer> m_server;
    QUrl m_base;

    QUrl url(const QString &path) const
    {
        QUrl u = m_base;
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    QUrl wsUrl(const QString &token) const
    {
        QUrl u = url(u"/ws/core/"_s);
        u.setScheme(u"ws"_s);
        if (!token.isNull())
            u.setQuery(u"jwt_token="_s + token);
        return u;
    }
    QByteArray login(const QString &email, const QString &password, int expect = 200)
    {
        auto r = Test::http("POST", url(u"/api/user/token-auth/"_s),
                OValue::object({{u"email"_s, email}, {u"password"_s, password}}).toJson());
        if (r.status != expect)
            qWarning("login %s: %d %s", qPrintable(email), r.status, r.body.constData());
        return r.json() ? r.json()->value(u"access_token").toString().toUtf8() : QByteArray();
    }
    // An authenticated, table-subscribed client.
    std::unique_ptr<WsClient> connect(const QByteArray &token, const QString &subscription = {})
    {
        auto c = std::make_unique<WsClient>();
        c->open(wsUrl(QString::fromUtf8(token)));
        if (!c->waitConnected())
            return nullptr;
        auto a = c->nextOfType(u"authentication"_s);
        if (!a || !a->value(u"success").toBool())
            return nullptr;
        if (!subscription.isEmpty()) {
            c->send(subscription.toUtf8());
            if (!c->nextOfType(u"page_add"_s))
                return nullptr;
        }
        return c;
    }
    static OValue fixture(const QString &name)
    {
        return *OValue::fromJson(Test::readFixture(u"baserow/"_s + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the signing secret goes to a test folder
        Server::EmbeddedServerConfig c;
        c.feeds = {u"baserow"_s};
        m_server = std::make_unique<EmbeddedServer>(c);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_base = m_server->url();
        QVERIFY(m_base.port() > 0);
        QCOMPARE(m_base.host(), u"127.0.0.1"_s);
    }

    void loginAndRefresh()
    {
        auto ok = Test::http("POST", url(u"/api/user/token-auth/"_s),
                "{\"email\":\"demo@example.com\",\"password\":\"demo\"}");
        QCOMPARE(ok.status, 200);
        QCOMPARE(keys(*ok.json()),
                (QStringList {u"token"_s, u"access_token"_s, u"refresh_token"_s, u"user_session"_s,
                        u"user"_s, u"permissions"_s, u"user_notifications"_s}));
        QCOMPARE(ok.json()->value(u"user").value(u"username").toString(), u"demo@example.com"_s);
        const auto claims = Jwt::claims(ok.json()->value(u"access_token").toString().toUtf8());
        QVERIFY(claims);
        QCOMPARE(claims->value(u"token_type").toString(), u"access"_s);
        QCOMPARE(claims->value(u"exp").toInt() - claims->value(u"iat").toInt(), 600);

        auto bad = Test::http("POST", url(u"/api/user/token-auth/"_s),
                "{\"email\":\"demo@example.com\",\"password\":\"nope\"}");
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json()->value(u"error").toString(), u"ERROR_INVALID_CREDENTIALS"_s);
        QVERIFY(bad.json()->contains(u"detail"));

        const QByteArray refresh = ok.json()->value(u"refresh_token").toString().toUtf8();
        auto r = Test::http("POST", url(u"/api/user/token-refresh/"_s),
                "{\"refresh_token\":\"" + refresh + "\"}");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json()->contains(u"refresh_token")); // no new refresh token
        QVERIFY(!r.json()->value(u"access_token").toString().isEmpty());
        auto badRefresh = Test::http(
                "POST", url(u"/api/user/token-refresh/"_s), "{\"refresh_token\":\"x.y.z\"}");
        QCOMPARE(badRefresh.status, 401);
        QCOMPARE(badRefresh.json()->value(u"error").toString(), u"ERROR_INVALID_REFRESH_TOKEN"_s);
        // An access token is not a refresh token.
        auto swapped = Test::http("POST", url(u"/api/user/token-refresh/"_s),
                "{\"refresh_token\":\"" + ok.json()->value(u"access_token").toString().toUtf8()
                        + "\"}");
        QCOMPARE(swapped.status, 401);
    }

    void authenticationMessage_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("success");
        QTest::addColumn<bool>("nullId");
        QTest::newRow("no token") << QString() << false << true;
        QTest::newRow("empty token") << u""_s << false << true;
        QTest::newRow("garbage") << u"not-a-jwt"_s << false << false;
        QTest::newRow("anonymous") << u"anonymous"_s << true << false;
    }

    void authenticationMessage()
    {
        QFETCH(QString, token);
        QFETCH(bool, success);
        QFETCH(bool, nullId);
        WsClient c;
        c.open(wsUrl(token));
        QVERIFY(c.waitConnected()); // the handshake is always accepted
        auto a = OValue::fromJson(c.next());
        QVERIFY(a);
        QCOMPARE(keys(*a), (QStringList {u"type"_s, u"success"_s, u"web_socket_id"_s}));
        QCOMPARE(a->value(u"success").toBool(), success);
        QCOMPARE(a->value(u"web_socket_id").isNull(), nullId);
        if (!nullId)
            QCOMPARE(a->value(u"web_socket_id").toString().size(), 36);
        if (!success) {
            QVERIFY(c.waitDisconnected());
            QCOMPARE(int(c.socket().closeCode()), 1000);
            QVERIFY(c.socket().error() != QAbstractSocket::RemoteHostClosedError); // a real close
        }
    }

    void validTokenAndPythonStyleJson()
    {
        WsClient c;
        c.open(wsUrl(QString::fromUtf8(login(u"demo@example.com"_s, u"demo"_s))));
        QVERIFY(c.waitConnected());
        const QByteArray frame = c.next();
        QVERIFY(frame.startsWith(
                "{\"type\": \"authentication\", \"success\": true, \"web_socket_id\": \""));
    }

    void pagesAreConfirmedDiscardedOrIgnored()
    {
        auto c = connect(login(u"demo@example.com"_s, u"demo"_s));
        QVERIFY(c);
        c->send("{\"page\": \"table\", \"table_id\": \"100\"}");
        auto add = c->nextOfType(u"page_add"_s);
        QVERIFY(add);
        QCOMPARE(keys(*add), keys(fixture(u"page_add.json"_s)));
        QCOMPARE(add->value(u"parameters").value(u"table_id").toString(),
                u"100"_s); // echoed verbatim
        // Row page with both parameters; view page with a null token; dashboard page.
        c->send("{\"page\": \"row\", \"table_id\": 100, \"row_id\": 1}");
        QCOMPARE(keys(c->nextOfType(u"page_add"_s)->value(u"parameters")),
                (QStringList {u"table_id"_s, u"row_id"_s}));
        c->send("{\"page\": \"view\", \"slug\": "
                "\"demo-catalogue-0123456789abcdefghijklmnopqrstu\"}");
        auto view = c->nextOfType(u"page_add"_s);
        QVERIFY(view && view->value(u"parameters").value(u"token").isNull());
        c->send("{\"page\": \"dashboard\", \"dashboard_id\": 11}");
        QVERIFY(c->nextOfType(u"page_add"_s));
        // Unknown pages, missing rows and other workspaces' tables get no answer at all.
        c->send("{\"page\": \"workspace\", \"workspace_id\": 1}");
        c->send("{\"page\": \"row\", \"table_id\": 100, \"row_id\": 999999}");
        c->send("{\"page\": \"table\", \"table_id\": 200}");
        c->send("{\"hello\": \"there\"}");
        // Ids past 64 bits find nothing (Python's ints are unbounded; Django 5 finds nothing
        // out of the column's range), as a number, a float or a string.
        c->send("{\"page\": \"table\", \"table_id\": 10000000000000000100}");
        c->send("{\"page\": \"table\", \"table_id\": 1e300}");
        c->send("{\"page\": \"row\", \"table_id\": 100, \"row_id\": \"-99999999999999999999\"}");
        QVERIFY(c->silentFor(400));
        QCOMPARE(c->socket().state(), QAbstractSocket::ConnectedState);
        // What int() reads in a string works, and is echoed (and grouped) as sent.
        c->send("{\"page\": \"table\", \"table_id\": \" +1_00 \"}");
        auto underscored = c->nextOfType(u"page_add"_s);
        QVERIFY(underscored);
        QCOMPARE(underscored->value(u"parameters").value(u"table_id").toString(), u" +1_00 "_s);
        // remove_page is always answered, subscribed or not.
        c->send("{\"remove_page\": \"table\", \"table_id\": 4242}");
        auto discard = c->nextOfType(u"page_discard"_s);
        QVERIFY(discard);
        QCOMPARE(keys(*discard), keys(fixture(u"page_discard.json"_s)));
        QCOMPARE(discard->value(u"parameters").value(u"table_id").toInt(), 4242);
    }

    void invalidFramesDropTheConnection_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("a list") << QByteArray("[1, 2]");
        QTest::newRow("uncoercible id")
                << QByteArray("{\"page\": \"table\", \"table_id\": \"abc\"}");
        QTest::newRow("list as id") << QByteArray("{\"page\": \"table\", \"table_id\": [1]}");
        QTest::newRow("float in a string")
                << QByteArray("{\"page\": \"table\", \"table_id\": \"100.0\"}");
        QTest::newRow("double underscore")
                << QByteArray("{\"page\": \"table\", \"table_id\": \"1__00\"}");
    }

    void invalidFramesDropTheConnection()
    {
        QFETCH(QByteArray, frame);
        auto c = connect(login(u"demo@example.com"_s, u"demo"_s));
        QVERIFY(c);
        c->send(frame);
        QVERIFY(c->waitDisconnected());
        // No close frame: the TCP connection dropped (Qt still says 1000; the error tells).
        QCOMPARE(c->socket().error(), QAbstractSocket::RemoteHostClosedError);
        // The fuzz targets' way in ends the connection at the same frame.
        auto *br = m_server->imitation<Server::BaserowImitation>();
        const QString table = u"{\"page\": \"table\", \"table_id\": 100}"_s;
        QCOMPARE(br->readAsClient(u"demo@example.com"_s, {QString::fromUtf8(frame), table}), 1);
        QCOMPARE(br->readAsClient(u"demo@example.com"_s, {table, table, u"{}"_s}), 3);
        QCOMPARE(br->readAsClient(u"anonymous"_s, {table, QString::fromUtf8(frame), table}), 2);
        QCOMPARE(br->readAsClient(u"nobody@example.com"_s, {table}), 0);
    }

    void pathWithoutSlashIsAServerError()
    {
        WsClient c;
        QUrl u = wsUrl(u"anonymous"_s);
        u.setPath(u"/ws/core"_s);
        c.open(u);
        QVERIFY(c.waitDisconnected());
        QVERIFY2(c.socket().errorString().contains(u"500"_s), qPrintable(c.socket().errorString()));
    }

    void rowEventsHaveTheSpecsShapeAndReachTheRightPeople()
    {
        const QByteArray demo = login(u"demo@example.com"_s, u"demo"_s);
        const QByteArray other = login(u"other@example.com"_s, u"other"_s);
        auto a = connect(demo, u"{\"page\": \"table\", \"table_id\": 100}"_s);
        auto b = connect(demo, u"{\"page\": \"table\", \"table_id\": 100}"_s);
        auto rowPage = connect(demo, u"{\"page\": \"row\", \"table_id\": 100, \"row_id\": 2}"_s);
        auto outsider = connect(other);
        QVERIFY(a && b && rowPage && outsider);
        const QString wsidA = QString::fromUtf8(
                OValue::fromJson(a->received.first())->value(u"web_socket_id").toString().toUtf8());

        // A PATCH from A's browser tab (WebSocketId = A): B hears it, A does not.
        auto r = Test::http("PATCH", url(u"/api/database/rows/table/100/2/"_s),
                "{\"field_1002\": \"15.5\"}",
                {{"Authorization", "JWT " + demo}, {"WebSocketId", wsidA.toUtf8()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()->value(u"field_1002").toString(), u"15.50"_s);
        auto updated = b->nextOfType(u"rows_updated"_s);
        QVERIFY(updated);
        QCOMPARE(keys(*updated), keys(fixture(u"rows_updated.json"_s)));
        const OValue row = updated->value(u"rows").at(0);
        QCOMPARE(keys(row),
                (QStringList {u"id"_s, u"order"_s, u"field_1001"_s, u"field_1002"_s,
                        u"field_1003"_s, u"field_1004"_s}));
        QCOMPARE(row.value(u"order").toString().section(u'.', 1).size(), 20);
        QCOMPARE(updated->value(u"updated_field_ids").at(0).toInt(), 1002);
        QCOMPARE(updated->value(u"rows_before_update").at(0).value(u"field_1002").toString(),
                u"12.00"_s);
        auto history = rowPage->nextOfType(u"row_history_updated"_s);
        QVERIFY(history);
        QCOMPARE(keys(*history), keys(fixture(u"row_history_updated.json"_s)));
        QCOMPARE(keys(history->value(u"row_history_entry")),
                keys(fixture(u"row_history_updated.json"_s).value(u"row_history_entry")));
        QVERIFY(a->silentFor(300)); // echo suppressed
        QVERIFY(outsider->silentFor(100)); // not a member of the workspace

        // Created (before a row) and deleted.
        r = Test::http("POST", url(u"/api/database/rows/table/100/?before=3"_s),
                "{\"field_1001\": \"Chisel\", \"field_1004\": 1}",
                {{"Authorization", "JWT " + demo}});
        QCOMPARE(r.status, 200);
        const qint64 newId = r.json()->value(u"id").toInt();
        auto created = a->nextOfType(u"rows_created"_s);
        QVERIFY(created);
        QCOMPARE(keys(*created), keys(fixture(u"rows_created.json"_s)));
        QCOMPARE(created->value(u"before_row_id").toInt(), 3);
        QCOMPARE(created->value(u"rows").at(0).value(u"field_1004").value(u"value").toString(),
                u"Hardware"_s);
        QVERIFY(created->value(u"rows").at(0).value(u"order").toString() < u"3.0"_s);
        // The fields it was given no value for hold their defaults: a boolean is never null.
        const OValue inStock = created->value(u"rows").at(0).value(u"field_1003");
        QVERIFY(inStock.isBool());
        QCOMPARE(inStock.toBool(), false);
        QVERIFY(created->value(u"rows").at(0).value(u"field_1002").isNull());
        QCOMPARE(r.json()->value(u"field_1003"), inStock);
        r = Test::http("DELETE", url(u"/api/database/rows/table/100/%1/"_s.arg(newId)), {},
                {{"Authorization", "JWT " + demo}});
        QCOMPARE(r.status, 204);
        auto deleted = a->nextOfType(u"rows_deleted"_s);
        QVERIFY(deleted);
        QCOMPARE(keys(*deleted), keys(fixture(u"rows_deleted.json"_s)));
        QVERIFY(outsider->silentFor(100));

        // Table-level events need no page: every member hears them, outsiders do not.
        r = Test::http("PATCH", url(u"/api/database/tables/100/"_s), "{\"name\": \"Products 2\"}",
                {{"Authorization", "JWT " + demo}});
        QCOMPARE(r.status, 200);
        auto tableUpdated = rowPage->nextOfType(u"table_updated"_s);
        QVERIFY(tableUpdated);
        QCOMPARE(keys(*tableUpdated), keys(fixture(u"table_updated.json"_s)));
        QCOMPARE(keys(tableUpdated->value(u"table")),
                keys(fixture(u"table_updated.json"_s).value(u"table")));
        QVERIFY(outsider->silentFor(200));
        // An outsider cannot read the table over REST either.
        QCOMPARE(Test::http("GET", url(u"/api/database/rows/table/100/"_s), {},
                         {{"Authorization", "JWT " + other}})
                         .status,
                404);
    }

    void fieldAndViewEventsMatchTheFixtures()
    {
        const QByteArray demo = login(u"demo@example.com"_s, u"demo"_s);
        auto c = connect(demo, u"{\"page\": \"table\", \"table_id\": 101}"_s);
        QVERIFY(c);
        const QList<QPair<QByteArray, QByteArray>> auth {{"Authorization", "JWT " + demo}};
        auto f = Test::http("POST", url(u"/api/database/fields/table/101/"_s),
                "{\"name\": \"Notes\", \"type\": \"long_text\"}", auth);
        QCOMPARE(f.status, 200);
        auto created = c->nextOfType(u"field_created"_s);
        QVERIFY(created);
        QCOMPARE(keys(*created), keys(fixture(u"field_created.json"_s)));
        QCOMPARE(keys(created->value(u"field")),
                keys(fixture(u"field_created.json"_s).value(u"field")));
        const qint64 fieldId = f.json()->value(u"id").toInt();
        QCOMPARE(Test::http("PATCH", url(u"/api/database/fields/%1/"_s.arg(fieldId)),
                         "{\"name\": \"Remarks\"}", auth)
                         .status,
                200);
        QCOMPARE(keys(*c->nextOfType(u"field_updated"_s)), keys(fixture(u"field_updated.json"_s)));
        QCOMPARE(Test::http("DELETE", url(u"/api/database/fields/%1/"_s.arg(fieldId)), {}, auth)
                         .status,
                200);
        QCOMPARE(keys(*c->nextOfType(u"field_deleted"_s)), keys(fixture(u"field_deleted.json"_s)));

        auto v = Test::http("POST", url(u"/api/database/views/table/101/"_s),
                "{\"name\": \"Low stock\", \"type\": \"grid\"}", auth);
        QCOMPARE(v.status, 200);
        auto viewCreated = c->nextOfType(u"view_created"_s);
        QCOMPARE(keys(viewCreated->value(u"view")),
                keys(fixture(u"view_created.json"_s).value(u"view")));
        const qint64 viewId = v.json()->value(u"id").toInt();
        auto filter = Test::http("POST", url(u"/api/database/views/%1/filters/"_s.arg(viewId)),
                "{\"field\": 1011, \"type\": \"contains\", \"value\": \"a\"}", auth);
        QCOMPARE(filter.status, 200);
        auto fc = c->nextOfType(u"view_filter_created"_s);
        QCOMPARE(keys(fc->value(u"view_filter")),
                keys(fixture(u"view_filter_created.json"_s).value(u"view_filter")));
        QCOMPARE(Test::http("DELETE",
                         url(u"/api/database/views/filters/%1/"_s.arg(
                                 filter.json()->value(u"id").toInt())),
                         {}, auth)
                         .status,
                204);
        QCOMPARE(keys(*c->nextOfType(u"view_filter_deleted"_s)),
                keys(fixture(u"view_filter_deleted.json"_s)));
        QCOMPARE(Test::http("PATCH", url(u"/api/database/views/%1/"_s.arg(viewId)),
                         "{\"name\": \"Low\"}", auth)
                         .status,
                200);
        auto vu = c->nextOfType(u"view_updated"_s);
        QCOMPARE(keys(vu->value(u"view")), keys(fixture(u"view_updated.json"_s).value(u"view")));
        QCOMPARE(Test::http("DELETE", url(u"/api/database/views/%1/"_s.arg(viewId)), {}, auth)
                         .status,
                204);
        QCOMPARE(keys(*c->nextOfType(u"view_deleted"_s)), keys(fixture(u"view_deleted.json"_s)));
    }

    void aClientThatDoesNotReadIsDropped()
    {
        // A subscribed client stops reading: the server's queue for it is bounded, and once
        // it is full the client goes; the others are served on.
        const QByteArray demo = login(u"demo@example.com"_s, u"demo"_s);
        auto deaf = connect(demo, u"{\"page\": \"table\", \"table_id\": 100}"_s);
        auto healthy = connect(demo, u"{\"page\": \"table\", \"table_id\": 100}"_s);
        QVERIFY(deaf && healthy);
        auto *wire = deaf->socket().findChild<QAbstractSocket *>();
        QVERIFY(wire);
        QObject::disconnect(wire, &QIODevice::readyRead, nullptr, nullptr);
        wire->setReadBufferSize(1);
        auto *imitation = m_server->imitation<Server::BaserowImitation>();
        const quint64 droppedBefore = m_server->context()->droppedSlowClients;
        const QString big(1 << 20, u'b');
        int sent = 0;
        // Rounds of four 1 MB updates; the healthy client takes each round before the next.
        while (m_server->context()->droppedSlowClients == droppedBefore && sent < 200) {
            const qsizetype heard = healthy->received.size();
            for (int i = 0; i < 4; ++i, ++sent)
                imitation->updateRow(100, 3, OValue::object({{u"field_1001"_s, big}}));
            QTRY_VERIFY_WITH_TIMEOUT(healthy->received.size() >= heard + 4, 10000);
        }
        QVERIFY(m_server->context()->droppedSlowClients > droppedBefore);
        QVERIFY2(sent < 200, qPrintable(QString::number(sent)));
        // The healthy one still hears what comes next.
        QVERIFY(imitation->updateRow(100, 3, OValue::object({{u"field_1001"_s, u"After"_s}})));
        QTRY_VERIFY_WITH_TIMEOUT(
                !healthy->received.isEmpty() && healthy->received.last().contains("After"), 30000);
    }

    void aClientsMessagesAreBounded()
    {
        // What one client sends is bounded too: a message past the limit closes its socket
        // (1009, too big), and the server serves the next client.
        const QByteArray demo = login(u"demo@example.com"_s, u"demo"_s);
        auto big = connect(demo);
        QVERIFY(big);
        QSignalSpy gone(&big->socket(), &QWebSocket::disconnected);
        const QByteArray tooBig = "{\"page\": \"table\", \"table_id\": 100, \"pad\": \""
                + QByteArray(Server::ServerFront::MaxIncomingMessageBytes, 'x') + "\"}";
        big->socket().sendTextMessage(QString::fromLatin1(tooBig));
        QVERIFY(gone.wait(20000));
        QCOMPARE(big->socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        auto next = connect(demo, u"{\"page\": \"table\", \"table_id\": 100}"_s);
        QVERIFY(next);
    }

    void snapshotEndpoints()
    {
        const QByteArray demo = login(u"demo@example.com"_s, u"demo"_s);
        const QList<QPair<QByteArray, QByteArray>> auth {{"Authorization", "JWT " + demo}};
        auto apps = Test::http("GET", url(u"/api/applications/"_s), {}, auth);
        QCOMPARE(apps.status, 200);
        const OValue list = *apps.json();
        const OValue first = list.at(0);
        QCOMPARE(keys(first), keys(fixture(u"application_created.json"_s).value(u"application")));
        QVERIFY(first.value(u"tables").size() >= 3);
        bool hasText = false;
        const OValue fields =
                *Test::http("GET", url(u"/api/database/fields/table/100/"_s), {}, auth).json();
        for (const OValue &f : fields.items())
            hasText = hasText || f.value(u"type").toString() == u"text";
        QVERIFY(hasText);
        auto page =
                Test::http("GET", url(u"/api/database/rows/table/100/?page=1&size=5"_s), {}, auth);
        QCOMPARE(keys(*page.json()),
                (QStringList {u"count"_s, u"next"_s, u"previous"_s, u"results"_s}));
        QCOMPARE(page.json()->value(u"results").size(), 5);
        QVERIFY(page.json()->value(u"next").toString().contains(u"page=2"_s));
        const OValue views = *Test::http(
                "GET", url(u"/api/database/views/table/100/?include=filters,sortings"_s), {}, auth)
                                      .json();
        QVERIFY(views.at(0).contains(u"filters"));
        QCOMPARE(Test::http("GET", url(u"/api/workspaces/"_s), {}, {}).status, 401);
        QCOMPARE(Test::http(
                         "GET", url(u"/api/workspaces/"_s), {}, {{"Authorization", "JWT garbage"}})
                         .json()
                         ->value(u"error")
                         .toString(),
                u"ERROR_INVALID_ACCESS_TOKEN"_s);
    }

    void memberRemovalDiscardsPagesUnasked()
    {
        const QByteArray grace = login(u"grace@example.com"_s, u"grace"_s);
        auto c = connect(grace, u"{\"page\": \"table\", \"table_id\": 102}"_s);
        QVERIFY(c);
        QVERIFY(m_server->imitation<Server::BaserowImitation>()->removeMember(3));
        auto deleted = c->nextOfType(u"group_user_deleted"_s);
        QVERIFY(deleted);
        QCOMPARE(keys(*deleted), keys(fixture(u"group_user_deleted.json"_s)));
        auto discard = c->nextOfType(u"page_discard"_s);
        QVERIFY(discard);
        QCOMPARE(discard->value(u"parameters").value(u"table_id").toInt(), 102);
    }

    void tokensSurviveARestart()
    {
        // A real Baserow keeps its SECRET_KEY across restarts: a client's tokens stay valid and
        // its reconnect after the backend restarted succeeds. So does the imitation's.
        const QByteArray token = login(u"demo@example.com"_s, u"demo"_s);
        QVERIFY(!token.isEmpty());
        const auto refresh = Test::http("POST", url(u"/api/user/token-auth/"_s),
                R"({"email":"demo@example.com","password":"demo"})");
        const QString refreshToken = refresh.json()->value(u"refresh_token").toString();
        m_server.reset();
        Server::EmbeddedServerConfig c;
        c.feeds = {u"baserow"_s};
        m_server = std::make_unique<EmbeddedServer>(c);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_base = m_server->url();
        QVERIFY(connect(token)); // the WebSocket takes the old access token
        const auto me = Test::http(
                "GET", url(u"/api/workspaces/"_s), {}, {{"Authorization", "JWT " + token}});
        QCOMPARE(me.status, 200);
        const auto renewed = Test::http("POST", url(u"/api/user/token-refresh/"_s),
                OValue::object({{u"refresh_token"_s, refreshToken}}).toJson());
        QCOMPARE(renewed.status, 200);

        // Another secret (serve --secret) is another key: the old token is refused.
        c.options.signingSecret = "0123456789abcdef0123456789abcdef-other";
        EmbeddedServer other(c);
        QVERIFY2(other.start(&error), qPrintable(error));
        QUrl u = other.url();
        u.setPath(u"/api/workspaces/"_s);
        QCOMPARE(Test::http("GET", u, {}, {{"Authorization", "JWT " + token}}).status, 401);
        // And the secret is kept where the app keeps its data, readable by its owner only.
        QFile stored(Server::ServerSecret::path());
        QVERIFY(stored.exists());
        QCOMPARE(stored.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                QFileDevice::Permissions());
    }

    void passwordChangeForcesDisconnect()
    {
        const QByteArray token = login(u"other@example.com"_s, u"other"_s);
        auto c = connect(token);
        QVERIFY(c);
        QCOMPARE(Test::http("POST", url(u"/api/user/change-password/"_s),
                         "{\"old_password\": \"other\", \"new_password\": \"new\"}",
                         {{"Authorization", "JWT " + token}})
                         .status,
                204);
        auto msg = c->nextOfType(u"force_disconnect"_s);
        QVERIFY(msg);
        QCOMPARE(keys(*msg), keys(fixture(u"force_disconnect.json"_s)));
        QVERIFY(c->waitDisconnected());
        // The old token no longer opens a connection; the new password logs in.
        WsClient again;
        again.open(wsUrl(QString::fromUtf8(token)));
        QVERIFY(again.waitConnected());
        QVERIFY(!OValue::fromJson(again.next())->value(u"success").toBool());
        QVERIFY(!login(u"other@example.com"_s, u"new"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBaserowImitation)
#include "tst_baserowserver.moc"
