// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStandardPaths>
#include <QTest>

#include "server/contentserver/contentserverimitation.h"
#include "server/embeddedserver.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using Test::keys;
using Test::WsClient;

// The ContentServer imitation against specs/contentserver.md with a plain client.
class TestContentServer : public QObject
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
    static QByteArray basic(const char *user, const char *password)
    {
        return "Basic " + QByteArray(QByteArray(user) + ':' + password).toBase64();
    }
    std::unique_ptr<WsClient> connect(const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        auto c = std::make_unique<WsClient>();
        c->open(url(u"/content/ws/v5"_s, true), headers);
        if (!c->waitConnected())
            return nullptr;
        return c;
    }
    static OValue fixture(const QString &name)
    {
        return *OValue::fromJson(Test::readFixture(u"contentserver/"_s + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the signing secret goes to a test folder
        Server::EmbeddedServerConfig c;
        c.feeds = {u"contentserver"_s};
        c.options.csAllowedOrigins = {u"http://allowed.example"_s};
        m_server = std::make_unique<Server::EmbeddedServer>(c);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void upgradeAuthentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status"); // 0: accepted
        QTest::newRow("no credentials") << QByteArray() << QByteArray() << 401;
        QTest::newRow("wrong password") << basic("alice", "nope") << QByteArray() << 401;
        QTest::newRow("basic") << basic("alice", "alice") << QByteArray() << 0;
        QTest::newRow("allowed origin")
                << basic("admin", "admin") << QByteArray("http://allowed.example") << 0;
        QTest::newRow("foreign origin")
                << basic("admin", "admin") << QByteArray("http://evil.example") << 403;
        QTest::newRow("bad jwt") << QByteArray("Jwt abc.def.ghi") << QByteArray() << 401;
    }

    void upgradeAuthentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        WsClient c;
        c.open(url(u"/content/ws/v5"_s, true), headers);
        if (status == 0) {
            QVERIFY(c.waitConnected());
            auto greeting = OValue::fromJson(c.next());
            QVERIFY(greeting);
            QCOMPARE(keys(*greeting), keys(fixture(u"connected.json"_s)));
            QCOMPARE(greeting->value(u"statusCode").toInt(), 202);
        } else {
            QVERIFY(c.waitDisconnected());
            QCOMPARE(c.socket().state(), QAbstractSocket::UnconnectedState);
            QVERIFY2(c.socket().errorString().contains(QString::number(status)),
                    qPrintable(c.socket().errorString()));
        }
    }

    void jwtsSurviveARestart()
    {
        auto token = Test::http("GET", url(u"/jwt/rest/v1/token"_s), {},
                {{"Authorization", basic("alice", "alice")}});
        const QByteArray jwt = token.json()->value(u"data").value(u"token").toString().toUtf8();
        QVERIFY(!jwt.isEmpty());
        Server::EmbeddedServerConfig c = m_server->config();
        m_server.reset();
        m_server = std::make_unique<Server::EmbeddedServer>(c);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(connect({{"Authorization", "Jwt " + jwt}}));
        // A Baserow token is not a ContentServer one: each imitation has its own key.
        Server::EmbeddedServerConfig both;
        both.feeds = {u"baserow"_s, u"contentserver"_s};
        Server::EmbeddedServer server(both);
        QVERIFY2(server.start(&error), qPrintable(error));
        QUrl login = server.url();
        login.setPath(u"/api/user/token-auth/"_s);
        const QByteArray baserowToken =
                Test::http("POST", login, R"({"email":"demo@example.com","password":"demo"})")
                        .json()
                        ->value(u"access_token")
                        .toString()
                        .toUtf8();
        QVERIFY(!baserowToken.isEmpty());
        QUrl ws = server.url();
        ws.setScheme(u"ws"_s);
        ws.setPath(u"/content/ws/v5"_s);
        WsClient refused;
        refused.open(ws, {{"Authorization", "Jwt " + baserowToken}});
        QVERIFY(!refused.waitConnected(2000));
    }

    void jwtAndCookieWork()
    {
        auto token = Test::http("GET", url(u"/jwt/rest/v1/token"_s), {},
                {{"Authorization", basic("alice", "alice")}});
        QCOMPARE(token.status, 200);
        const QByteArray jwt = token.json()->value(u"data").value(u"token").toString().toUtf8();
        QVERIFY(!jwt.isEmpty());
        QVERIFY(connect({{"Authorization", "Jwt " + jwt}}));
        const QByteArray cookie = token.header("Set-Cookie").split(';').first();
        QVERIFY(cookie.startsWith("JSESSIONID="));
        QVERIFY(connect({{"Cookie", cookie}}));
        QCOMPARE(Test::http("GET", url(u"/jwt/rest/v1/token"_s)).status, 401);
    }

    void listenAndNotificationsPerUser()
    {
        auto alice = connect({{"Authorization", basic("alice", "alice")}});
        auto admin = connect({{"Authorization", basic("admin", "admin")}});
        QVERIFY(alice && admin);
        alice->next(); // greetings
        admin->next();
        alice->send(Test::readFixture(u"contentserver/assumed-protocol/subscribe.json"_s));
        auto reply = OValue::fromJson(alice->next());
        QCOMPARE(keys(*reply), keys(fixture(u"assumed-protocol/subscribe_reply.json"_s)));
        QCOMPARE(reply->value(u"id").toString(), u"sub-1"_s);
        QVERIFY(reply->value(u"statusCode").toInt() < 400);
        alice->send("{\"id\":\"sub-2\",\"action\":\"LISTEN\",\"path\":\"/ui/dashbords\"}");
        auto missing = OValue::fromJson(alice->next());
        QCOMPARE(missing->value(u"id").toString(), u"sub-2"_s);
        QCOMPARE(missing->value(u"statusCode").toInt(), 404);
        admin->send("{\"id\":\"a\",\"action\":\"LISTEN\",\"path\":\"/ui\"}");
        QCOMPARE(OValue::fromJson(admin->next())->value(u"statusCode").toInt(), 202);

        Server::ContentServerImitation *cs = m_server->imitation<Server::ContentServerImitation>();
        // Readable by ROLE_USER: alice hears of it, with canRead true and canWrite false.
        QCOMPARE(cs->put(u"/ui/dashboards/content/shared1"_s, u"{}"_s, {u"admin"_s},
                         {u"ROLE_USER"_s}, u"admin"_s, false, true),
                201);
        auto add = alice->nextOfType(u"ADD"_s);
        QVERIFY(add);
        QCOMPARE(keys(*add), keys(fixture(u"add_file.json"_s)));
        QCOMPARE(keys(add->value(u"entry")), keys(fixture(u"add_file.json"_s).value(u"entry")));
        QCOMPARE(add->value(u"entry").value(u"canRead").toBool(), true);
        QCOMPARE(add->value(u"entry").value(u"canWrite").toBool(), false);
        QVERIFY(!add->value(u"entry").contains(u"content")); // an ADD carries metadata only
        QVERIFY(admin->nextOfType(u"ADD"_s)->value(u"entry").value(u"canWrite").toBool());
        // Readable by admin only: alice hears nothing.
        QCOMPARE(cs->put(u"/ui/dashboards/content/secret1"_s, u"{}"_s, {u"admin"_s}, {u"admin"_s},
                         u"admin"_s, false, true),
                201);
        QCOMPARE(admin->nextOfType(u"ADD"_s)->value(u"path").toString(),
                u"/ui/dashboards/content/secret1"_s);
        // An update carries the content; a removal neither entry nor content.
        QCOMPARE(cs->put(u"/ui/dashboards/content/shared1"_s, u"{\"v\":2}"_s, {}, {}, u"admin"_s,
                         true, false),
                200);
        auto updated = alice->nextOfType(u"UPDATED"_s);
        QVERIFY(updated);
        QCOMPARE(keys(updated->value(u"entry")), keys(fixture(u"updated.json"_s).value(u"entry")));
        QCOMPARE(updated->value(u"entry").value(u"content").toString(), u"{\"v\":2}"_s);
        QCOMPARE(cs->remove(u"/ui/dashboards/content/shared1"_s, u"admin"_s), 200);
        auto removed = alice->nextOfType(u"REMOVE"_s);
        QVERIFY(removed);
        QCOMPARE(keys(*removed), keys(fixture(u"remove.json"_s)));
        QVERIFY(alice->silentFor(200)); // nothing about secret1 ever
        // UNLISTEN: answered, and silence after.
        alice->send(Test::readFixture(u"contentserver/assumed-protocol/unsubscribe.json"_s));
        QCOMPARE(OValue::fromJson(alice->next())->value(u"instruction").toString(), u"Stopped"_s);
        cs->put(u"/ui/dashboards/content/shared2"_s, u"{}"_s, {u"admin"_s}, {u"ROLE_USER"_s},
                u"admin"_s, false, true);
        QVERIFY(alice->silentFor(200));
        // A malformed message is answered with a 400 and the socket stays open.
        alice->send("{nope");
        QCOMPARE(OValue::fromJson(alice->next())->value(u"statusCode").toInt(), 400);
        QCOMPARE(alice->socket().state(), QAbstractSocket::ConnectedState);
        // So the fuzz targets' way in reads every frame, and knows only real accounts.
        QCOMPARE(cs->readAsClient(u"alice"_s, {u"{nope"_s, u"[]"_s, u"{\"action\":\"LISTEN\"}"_s}),
                3);
        QCOMPARE(cs->readAsClient(u"mallory"_s, {u"{}"_s}), 0);
    }

    void restTreeAndWrites()
    {
        const QList<QPair<QByteArray, QByteArray>> alice {
                {"Authorization", basic("alice", "alice")}};
        auto tree = Test::http(
                "GET", url(u"/content/rest/v5/files/ui/dashboards?recursive=-1"_s), {}, alice);
        QCOMPARE(tree.status, 200);
        const OValue body = *tree.json();
        QCOMPARE(keys(body), (QStringList {u"status"_s, u"data"_s}));
        QCOMPARE(keys(body.value(u"data")), (QStringList {u"entry"_s, u"children"_s}));
        const OValue content = body.value(u"data").value(u"children").value(u"content");
        QVERIFY(content.value(u"children").contains(u"0a1"));
        // Admin-only entries are listed, unreadable, without content.
        QCOMPARE(
                content.value(u"children").value(u"7c3").value(u"entry").value(u"canRead").toBool(),
                false);
        QVERIFY(!content.value(u"children").value(u"7c3").value(u"entry").contains(u"content"));
        // PUT with recursive creates the missing parents; alice may not write under the root.
        QCOMPARE(Test::http("PUT",
                         url(u"/content/rest/v5/files/ui/dashboards/content/new/deep/file"_s),
                         "{\"content\":\"x\",\"owners\":[\"alice\"],\"readers\":[\"alice\"],"
                         "\"overwrite\":true,\"recursive\":true}",
                         alice)
                         .status,
                201);
        QVERIFY(m_server->imitation<Server::ContentServerImitation>()->entry(
                u"/ui/dashboards/content/new/deep"_s));
        auto forbidden = Test::http("PUT", url(u"/content/rest/v5/files/top"_s),
                "{\"content\":\"x\",\"overwrite\":true}", alice);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(keys(*forbidden.json()),
                keys(*OValue::fromJson(Test::readFixture(u"contentserver/rest/error_403.json"_s))));
        QCOMPARE(Test::http("DELETE", url(u"/content/rest/v5/files/ui/dashboards/content/new"_s),
                         {}, alice)
                         .status,
                200);
        QVERIFY(!m_server->imitation<Server::ContentServerImitation>()->entry(
                u"/ui/dashboards/content/new/deep/file"_s));
    }
};

QTEST_GUILESS_MAIN(TestContentServer)
#include "tst_contentserver.moc"
