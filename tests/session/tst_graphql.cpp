// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include "faketransport.h"
#include "feeds/graphql/graphqlprotocol.h"
#include "feeds/registry.h"
#include "model/subscriptionmodel.h"
#include "model/tablerowsmodel.h"
#include "server/embeddedserver.h"
#include "server/graphql/graphqlimitation.h"
#include "session/feedsession.h"
#include "session/statedump.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// The GraphQL feed (graphql-transport-ws): its decoder on hand-made frames, then the whole
// client against a real server built on graphql-ws and graphql (tests/graphql/server.cjs),
// against the embedded imitation, and headless with `monitor`.
class TestGraphQl : public QObject
{
    Q_OBJECT

private:
    // The node server of tests/graphql, on a free port.
    struct NodeServer
    {
        QProcess process;
        quint16 port = 0;
        bool start(const QStringList &extra = {})
        {
            const QString node = QStandardPaths::findExecutable(u"node"_s);
            if (node.isEmpty()) {
                qWarning("node is missing: tools/feedscope-dev test installs it (nodejs)");
                return false;
            }
            // graphql and ws from Debian's node-graphql and node-ws, whichever node runs.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            QStringList paths = env.value(u"NODE_PATH"_s).split(u':', Qt::SkipEmptyParts);
            paths << u"/usr/share/nodejs"_s << u"/usr/lib/nodejs"_s;
            env.insert(u"NODE_PATH"_s, paths.join(u':'));
            process.setProcessEnvironment(env);
            process.setWorkingDirectory(QStringLiteral(FEEDSCOPE_GRAPHQL_SERVER_DIR));
            process.start(node, QStringList {u"server.cjs"_s} + extra);
            if (!process.waitForStarted(10000))
                return false;
            QByteArray out;
            while (!out.contains('\n') && process.waitForReadyRead(10000))
                out += process.readAllStandardOutput();
            if (!out.startsWith("LISTENING ")) {
                qWarning("the graphql-ws server did not start (tools/feedscope-dev test installs "
                         "node-graphql and node-ws): %s",
                        process.readAllStandardError().constData());
                return false;
            }
            port = quint16(out.mid(10).trimmed().toUShort());
            return port != 0;
        }
        QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/graphql"_s.arg(port)); }
        ~NodeServer()
        {
            process.kill();
            process.waitForFinished();
        }
    };

    static FeedConfig config(const QUrl &url)
    {
        FeedConfig c = Feeds::defaults(u"graphql");
        c.webSocketUrl = url;
        c.reconnect.enabled = false;
        return c;
    }

    static const char *const PricesQuery;
    // The embedded server with its GraphQL imitation only; *url: its socket's address.
    static std::unique_ptr<Server::EmbeddedServer> startImitation(QUrl *url)
    {
        QStandardPaths::setTestModeEnabled(true);
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"graphql"_s};
        auto embedded = std::make_unique<Server::EmbeddedServer>(sc);
        QString error;
        if (!embedded->start(&error)) {
            qWarning("the test server did not start: %s", qPrintable(error));
            return nullptr;
        }
        *url = embedded->url();
        url->setScheme(u"ws"_s);
        url->setPath(u"/graphql"_s);
        return embedded;
    }

    // The price field of object id in subscription 1, empty while there is none.
    static QByteArray priceOf(const EntityStore &store, const QString &id)
    {
        const NodeId n = store.find(GraphQlKind::Object, id, u"1"_s);
        if (n == NoNode)
            return {};
        return store.node(n).data.value("price").value_or(QByteArrayView()).toByteArray();
    }

    // Waits until the subscription with this key reaches the state.
    static bool waitFor(FeedSession &s, const QString &key, SubscriptionState state)
    {
        return QTest::qWaitFor(
                [&] {
                    return s.subscriptions()->find(key)
                            && s.subscriptions()->find(key)->state == state;
                },
                10000);
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*QObject.*"_s)); }

    // --- the decoder --------------------------------------------------------------------------

    void subscriptionsAreQueriesOrJson()
    {
        GraphQlProtocol p;
        QString error;
        auto a = p.subscription(u"subscription OnPrices { prices { id } }"_s, &error);
        QVERIFY(a);
        QCOMPARE(a->key, u"#1 OnPrices"_s);
        QCOMPARE(a->correlationId, u"1"_s);
        auto frame = *OValue::fromJson(a->subscribeFrame);
        QCOMPARE(frame.value(u"type").toString(), u"subscribe"_s);
        QCOMPARE(frame.value(u"id").toString(), u"1"_s);
        QCOMPARE(frame.value(u"payload").value(u"query").toString(),
                u"subscription OnPrices { prices { id } }"_s);
        QCOMPARE(*OValue::fromJson(a->unsubscribeFrame),
                *OValue::fromJson("{\"id\":\"1\",\"type\":\"complete\"}"));
        // The same spec again is the same subscription.
        QCOMPARE(p.subscription(u"subscription OnPrices { prices { id } }"_s, &error)->key, a->key);
        // A JSON object with variables and an operation name.
        auto b = p.subscription(
                u"{\"query\":\"subscription ($s: String) { ticker(symbol: $s) { price } }\",\"variables\":{\"s\":\"ACME\"},\"operationName\":\"T\"}"_s,
                &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->key, u"#2 T"_s);
        frame = *OValue::fromJson(b->subscribeFrame);
        QCOMPARE(frame.value(u"payload").value(u"variables").value(u"s").toString(), u"ACME"_s);
        QCOMPARE(frame.value(u"payload").value(u"operationName").toString(), u"T"_s);
        // Default variables (the command line's --variables) for a spec without its own.
        p.setDefaultVariables("{\"limit\":3}");
        frame = *OValue::fromJson(p.subscription(u"{ prices { id } }"_s, &error)->subscribeFrame);
        QCOMPARE(frame.value(u"payload").value(u"variables").value(u"limit").toInt(), 3);
        // Refused before anything is sent.
        QVERIFY(!p.subscription(u"prices"_s, &error));
        QVERIFY(error.contains(u"not a GraphQL query"_s));
        QVERIFY(!p.subscription(u"{\"query\":\"{ a }\",\"variables\":[1]}"_s, &error));
        QVERIFY(error.contains(u"variables"_s));
    }

    void framesBecomeChangesAndEvents()
    {
        Test::FakeTransport *transport = new Test::FakeTransport;
        FeedConfig c = Feeds::defaults(u"graphql");
        c.auth = u"token"_s;
        c.token = u"sesame"_s;
        FeedSession session(c, nullptr, transport);
        TableRowsModel grid(session.store());
        QAbstractItemModelTester tester(
                &grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
        session.start();
        // connection_init first, with the token in its payload; nothing else before the ack.
        QCOMPARE(transport->sent.size(), 1);
        QCOMPARE(*OValue::fromJson(transport->sent[0]),
                *OValue::fromJson("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":"
                                  "\"Bearer sesame\"}}"));
        QVERIFY(session.subscribe(QString::fromLatin1(PricesQuery)));
        QCOMPARE(transport->sent.size(), 1);
        transport->deliver("{\"type\":\"connection_ack\"}");
        QVERIFY(session.isReady());
        QCOMPARE(transport->sent.size(), 2); // the subscription, once ready
        const QString key = session.subscriptions()->subscriptions().first().key;
        QCOMPARE(session.subscriptions()->find(key)->state, SubscriptionState::Pending);
        // A ping is answered with a pong at once.
        transport->deliver("{\"type\":\"ping\"}");
        QCOMPARE(transport->sent.last(), QByteArray("{\"type\":\"pong\"}"));
        // The first result confirms; its list's objects become rows.
        transport->deliver(
                "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"prices\":[{\"id\":\"1\","
                "\"symbol\":\"A\",\"price\":1},{\"id\":\"2\",\"symbol\":\"B\",\"price\":2}]}}}");
        session.flush();
        QCOMPARE(session.subscriptions()->find(key)->state, SubscriptionState::Confirmed);
        const EntityStore &store = *session.store();
        const NodeId sub = store.find(GraphQlKind::Subscription, u"1"_s);
        QVERIFY(sub != NoNode);
        QCOMPARE(store.label(sub), u"#1 prices"_s);
        grid.setTable(store.node(sub).ref);
        QCOMPARE(grid.rowCount(), 2);
        QCOMPARE(grid.columnKey(0), QByteArray("id"));
        QVERIFY(grid.columnCount() >= 3); // id, symbol, price
        // The next result: A changes, B is gone (a tombstone), history kept.
        transport->deliver("{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"prices\":[{"
                           "\"id\":\"1\",\"symbol\":\"A\",\"price\":1.5}]}}}");
        session.flush();
        const NodeId a = store.find(GraphQlKind::Object, u"1"_s, u"1"_s);
        const NodeId b = store.find(GraphQlKind::Object, u"2"_s, u"1"_s);
        QCOMPARE(store.node(a).data.json(),
                QByteArray("{\"id\":\"1\",\"symbol\":\"A\",\"price\":1.5}"));
        QCOMPARE(store.historySize(a), size_t(1));
        QVERIFY(store.node(b).deleted);
        // An error ends it as refused, with the server's messages.
        QVERIFY(session.subscribe(u"subscription { nope }"_s));
        transport->deliver("{\"id\":\"2\",\"type\":\"error\",\"payload\":[{\"message\":\"Cannot "
                           "query field \\\"nope\\\" on type \\\"Subscription\\\".\"}]}");
        const Subscription *nope = session.subscriptions()->find(u"#2 nope"_s);
        QCOMPARE(nope->state, SubscriptionState::Refused);
        QVERIFY(nope->note.contains(u"Cannot query field"_s));
        // complete ends it; it is not sent again after a reconnect.
        transport->deliver("{\"id\":\"1\",\"type\":\"complete\"}");
        QCOMPARE(session.subscriptions()->find(key)->state, SubscriptionState::Ended);
        QVERIFY(!session.subscriptions()->find(key)->wanted);
        // What is not the protocol is counted, never fatal.
        transport->deliver("not json");
        transport->deliver("{\"type\":\"surprise\"}");
        transport->deliver("{\"type\":\"next\",\"payload\":{}}");
        const SessionCounters counters = session.counters();
        QCOMPARE(counters.malformed, 1u);
        QCOMPARE(counters.unknown, 1u);
        QCOMPARE(counters.invalid, 1u);
    }

    // --- against graphql-ws (a real server nobody here wrote) ---------------------------------

    void aRealGraphQlWsServer()
    {
        NodeServer server;
        QVERIFY2(server.start(), "the graphql-ws test server did not start");
        FeedSession session(config(server.url()));
        QVERIFY(session.subscribe(QString::fromLatin1(PricesQuery)));
        session.start();
        const QString key = session.subscriptions()->subscriptions().first().key;
        QVERIFY(waitFor(session, key, SubscriptionState::Confirmed));
        // The story ends with the server's complete: A 1.5 and C 3.5 live, B gone.
        QVERIFY(waitFor(session, key, SubscriptionState::Ended));
        session.flush();
        const OValue dump = stateDump(*session.store(), u"graphql"_s);
        QCOMPARE(dump.value(u"roots").size(), 1);
        const OValue &sub = dump.value(u"roots").at(0);
        QCOMPARE(sub.value(u"kind").toString(), u"subscription"_s);
        QCOMPARE(Test::childKeys(sub), (QStringList {u"object:1"_s, u"object:2"_s, u"object:3"_s}));
        const OValue *a = Test::findNode(dump, u"object"_s, u"1"_s);
        const OValue *b = Test::findNode(dump, u"object"_s, u"2"_s);
        const OValue *c = Test::findNode(dump, u"object"_s, u"3"_s);
        QCOMPARE(a->value(u"data").value(u"price").toDouble(), 1.5);
        QVERIFY(!a->value(u"deleted").toBool());
        QVERIFY(b->value(u"deleted").toBool());
        QCOMPARE(c->value(u"data").value(u"price").toDouble(), 3.5);
        QCOMPARE(session.counters().malformed + session.counters().invalid
                        + session.counters().unknown,
                0u);
    }

    void realServerRefusalsAndUnsubscribing()
    {
        NodeServer server;
        QVERIFY2(server.start(), "the graphql-ws test server did not start");
        FeedSession session(config(server.url()));
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), 10000);
        // graphql's own validation message.
        QVERIFY(session.subscribe(u"subscription { nope }"_s));
        QVERIFY(waitFor(session, u"#1 nope"_s, SubscriptionState::Refused));
        QCOMPARE(session.subscriptions()->find(u"#1 nope"_s)->note,
                u"0 Cannot query field \"nope\" on type \"Subscription\"."_s);
        // An endless stream, stopped by the client: the server hears complete and stops.
        QVERIFY(session.subscribe(u"subscription { forever { id n } }"_s));
        QVERIFY(waitFor(session, u"#2 forever"_s, SubscriptionState::Confirmed));
        session.unsubscribe(u"#2 forever"_s);
        QTRY_VERIFY(!session.subscriptions()->find(u"#2 forever"_s));
        const quint64 framesThen = session.counters().framesIn;
        QTest::qWait(200); // five of the server's 40 ms ticks: none may come
        QVERIFY(session.counters().framesIn <= framesThen + 1); // one may have been in flight
    }

    void realServerTokens()
    {
        NodeServer server;
        QVERIFY2(server.start({u"--token"_s, u"sesame"_s}),
                "the graphql-ws test server did not start");
        FeedConfig wrong = config(server.url());
        wrong.auth = u"token"_s;
        wrong.token = u"guess"_s;
        wrong.reconnect.enabled = true;
        FeedSession refused(wrong);
        refused.start();
        // 4403 Forbidden ends the connection for good: no retries.
        QTRY_COMPARE_WITH_TIMEOUT(refused.phase(), FeedSession::Phase::Failed, 10000);
        QVERIFY2(refused.lastError().contains(u"4403"_s), qPrintable(refused.lastError()));
        FeedConfig right = wrong;
        right.token = u"sesame"_s;
        FeedSession accepted(right);
        accepted.start();
        QTRY_VERIFY_WITH_TIMEOUT(accepted.isReady(), 10000);
    }

    // --- the imitation answers as graphql-ws does ---------------------------------------------

    void theImitationAgreesWithGraphQlWs()
    {
        QUrl url;
        const auto embedded = startImitation(&url);
        QVERIFY(embedded);
        NodeServer node;
        QVERIFY2(node.start(), "the graphql-ws test server did not start");
        // The same refusals, word for word.
        const QStringList wrong = {u"subscription { nope }"_s,
                u"subscription { prices }"_s, // a list of objects needs a selection
                u"subscription { prices { id } again: prices { id } }"_s};
        QStringList notes[2];
        int i = 0;
        for (const QUrl &u : {url, node.url()}) {
            FeedSession session(config(u));
            for (const QString &q : wrong)
                QVERIFY(session.subscribe(q));
            session.start();
            for (const Subscription &s : session.subscriptions()->subscriptions())
                QVERIFY(waitFor(session, s.key, SubscriptionState::Refused));
            for (const Subscription &s : session.subscriptions()->subscriptions())
                notes[i] << s.note;
            ++i;
        }
        QCOMPARE(notes[0][0], notes[1][0]);
        QCOMPARE(notes[0][1], notes[1][1]);
        QVERIFY2(notes[0][2].contains(u"must select only one top level field"_s),
                qPrintable(notes[0][2]));
        QCOMPARE(notes[0][2], notes[1][2]);
        // And a subscription streams, with a list the client turns into rows.
        FeedSession live(config(url));
        QVERIFY(live.subscribe(QString::fromLatin1(PricesQuery)));
        live.start();
        QVERIFY(waitFor(live, live.subscriptions()->subscriptions().first().key,
                SubscriptionState::Confirmed));
        auto *g = embedded->imitation<Server::GraphQlImitation>();
        g->updatePrice(1, 99.99);
        QTRY_COMPARE(priceOf(*live.store(), u"1"_s), QByteArray("99.99"));
        // Subscribing twice with one id closes the socket with 4409, as graphql-ws does.
        g->completeAll();
        QTRY_COMPARE(live.subscriptions()->subscriptions().first().state, SubscriptionState::Ended);
    }

    void theImitationsProtocolRules()
    {
        QUrl url;
        const auto embedded = startImitation(&url);
        QVERIFY(embedded);
        embedded->imitation<Server::GraphQlImitation>()->setInitTimeoutMs(200);
        auto closeCodeFor = [&](const QList<QByteArray> &frames, bool subprotocol = true) {
            QWebSocket ws;
            QWebSocketHandshakeOptions options;
            if (subprotocol)
                options.setSubprotocols({u"graphql-transport-ws"_s});
            QSignalSpy connected(&ws, &QWebSocket::connected);
            QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
            ws.open(QNetworkRequest(url), options);
            if (connected.isEmpty() && !connected.wait(5000))
                return -1;
            for (const QByteArray &f : frames)
                ws.sendTextMessage(QString::fromUtf8(f));
            if (disconnected.isEmpty() && !disconnected.wait(5000))
                return 0;
            return int(ws.closeCode());
        };
        QCOMPARE(closeCodeFor({}, false), 4406); // no subprotocol
        QCOMPARE(closeCodeFor({}), 4408); // no connection_init in time
        const QByteArray init = "{\"type\":\"connection_init\"}";
        const QByteArray subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{"
                                     "\"query\":\"subscription { prices { id } }\"}}";
        const QList<std::pair<QList<QByteArray>, int>> closing = {
                {{init, init}, 4429},
                {{subscribe}, 4401}, // before connection_init
                {{init, "not json"}, 4400},
                {{init, subscribe, subscribe}, 4409},
        };
        auto *g = embedded->imitation<Server::GraphQlImitation>();
        for (const auto &[frames, code] : closing) {
            QCOMPARE(closeCodeFor(frames), code);
            // The fuzz targets' way in ends the connection at the same frame: what follows is
            // not read.
            QList<QString> text;
            for (const QByteArray &f : frames)
                text << QString::fromUtf8(f);
            QCOMPARE(g->readAsClient({}, text + QList<QString> {u"{\"type\":\"ping\"}"_s}),
                    int(frames.size()));
        }
        QCOMPARE(g->readAsClient({}, {QString::fromUtf8(init), QString::fromUtf8(subscribe)}), 2);
    }

    void theImitationsQueryParser()
    {
        using G = Server::GraphQlImitation;
        QString error;
        int line = 0, column = 0;
        // Where an error is, in lines and columns from 1, as graphql-js counts them.
        QVERIFY(!G::parse(
                u"subscription {\n  prices {\n    id\n    @x } }"_s, &error, &line, &column));
        QCOMPARE(error, u"Directives are not supported by this test server."_s);
        QCOMPARE(std::pair(line, column), std::pair(4, 5));
        QVERIFY(!G::parse(u"query {\n a\n b }\n\n  { c }"_s, &error, &line, &column));
        QCOMPARE(error, u"Only one operation a document is supported by this test server."_s);
        QCOMPARE(std::pair(line, column), std::pair(5, 3));
        const auto op = G::parse(u"subscription Named {\n  prices {\n    id symbol\n  }\n}"_s,
                &error, &line, &column);
        QVERIFY(op);
        QCOMPARE(op->name, u"Named"_s);
        QCOMPARE(op->fields.front().fields.at(1).name, u"symbol"_s);
        QCOMPARE(std::pair(op->fields.front().fields.at(1).line,
                         op->fields.front().fields.at(1).column),
                std::pair(3, 8));
        // Nesting is bounded: a client's query cannot take the server's stack.
        const int deep = 200000;
        const QString tooDeep = u"subscription "_s + u"{a"_s.repeated(deep) + u"}"_s.repeated(deep);
        QVERIFY(!G::parse(tooDeep, &error, &line, &column));
        QCOMPARE(error,
                u"Selections nested more than %1 deep are not supported by this test server."_s.arg(
                        G::MaxSelectionDepth));
        QCOMPARE(std::pair(line, column), std::pair(1, 14 + 2 * G::MaxSelectionDepth));
        const QString deepest =
                u"{a"_s.repeated(G::MaxSelectionDepth) + u"}"_s.repeated(G::MaxSelectionDepth);
        QVERIFY2(G::parse(deepest, &error, &line, &column), qPrintable(error));
        // A wide query on many lines parses whole.
        QString wide = u"{ prices {"_s;
        for (int i = 0; i < 50000; ++i)
            wide += u"\n f%1"_s.arg(i);
        const auto many = G::parse(wide + u" } }"_s, &error, &line, &column);
        QVERIFY(many);
        QCOMPARE(many->fields.front().fields.size(), 50000);
        QCOMPARE(many->fields.front().fields.back().line, 50001);
    }

    void theImitationBoundsSubscriptionsPerConnection()
    {
        QUrl url;
        const auto embedded = startImitation(&url);
        QVERIFY(embedded);
        QWebSocket ws;
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({u"graphql-transport-ws"_s});
        QList<OValue> received;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &t) {
            received << OValue::fromJson(t.toUtf8()).value_or(OValue());
        });
        QSignalSpy connected(&ws, &QWebSocket::connected);
        ws.open(QNetworkRequest(url), options);
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(u"{\"type\":\"connection_init\"}"_s);
        const int n = Server::GraphQlImitation::MaxSubscriptions + 1;
        for (int i = 1; i <= n; ++i) {
            ws.sendTextMessage(u"{\"id\":\"%1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                               "\"subscription { orders { id } }\"}}"_s.arg(i));
        }
        const auto answerTo = [&](int id) {
            for (const OValue &m : received) {
                if (m.value(u"id").toString() == QString::number(id))
                    return m.value(u"type").toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!answerTo(n).isEmpty(), 20000);
        QCOMPARE(answerTo(n - 1), u"next"_s);
        QCOMPARE(answerTo(n), u"error"_s); // refused, and the connection stays
        QCOMPARE(ws.state(), QAbstractSocket::ConnectedState);
        // Completing one makes room for another.
        ws.sendTextMessage(u"{\"id\":\"1\",\"type\":\"complete\"}"_s);
        ws.sendTextMessage(u"{\"id\":\"again\",\"type\":\"subscribe\",\"payload\":{"
                           "\"query\":\"subscription { orders { id } }\"}}"_s);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(received.begin(), received.end(),
                                         [](const OValue &m) {
                                             return m.value(u"id").toString() == u"again"
                                                     && m.value(u"type").toString() == u"next";
                                         }),
                10000);
    }

    // --- headless ----------------------------------------------------------------------------

    void monitorDumpsTheSubscriptions()
    {
        NodeServer server;
        QVERIFY2(server.start(), "the graphql-ws test server did not start");
        QTemporaryDir dir;
        const QString dump = dir.filePath(u"state.json"_s);
        QProcess monitor;
        monitor.start(Test::feedscopeBinary(),
                {u"monitor"_s, u"--feed"_s, u"graphql"_s, u"--url"_s, server.url().toString(),
                        u"--subscribe"_s, QString::fromLatin1(PricesQuery), u"--idle"_s, u"1"_s,
                        u"--print"_s, u"none"_s, u"--dump-state"_s, dump});
        QVERIFY(monitor.waitForFinished(30000));
        QCOMPARE(monitor.exitCode(), 0);
        QFile f(dump);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const OValue state = *OValue::fromJson(f.readAll());
        QCOMPARE(state.value(u"feed").toString(), u"graphql"_s);
        const OValue *sub = Test::findNode(state, u"subscription"_s, u"1"_s);
        QVERIFY(sub);
        QCOMPARE(
                Test::childKeys(*sub), (QStringList {u"object:1"_s, u"object:2"_s, u"object:3"_s}));
        QVERIFY(Test::findNode(state, u"object"_s, u"2"_s)->value(u"deleted").toBool());
        // Variables must be a JSON object: a usage error.
        QProcess bad;
        bad.start(Test::feedscopeBinary(),
                {u"monitor"_s, u"--feed"_s, u"graphql"_s, u"--url"_s, server.url().toString(),
                        u"--subscribe"_s, QString::fromLatin1(PricesQuery), u"--variables"_s,
                        u"[1]"_s});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

const char *const TestGraphQl::PricesQuery = "subscription { prices { id symbol price } }";

QTEST_GUILESS_MAIN(TestGraphQl)
#include "tst_graphql.moc"
