// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "faketransport.h"
#include "feeds/baserow/baserowkinds.h"
#include "feeds/baserow/baserowprotocol.h"
#include "feeds/contentserver/contentserverprotocol.h"
#include "feeds/registry.h"
#include "model/roles.h"
#include "server/embeddedserver.h"
#include "session/feedsession.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;
using State = FeedTransport::State;

// The session's control path without sockets: subscriptions and their states, the silent
// refusal timeout, re-sending after reconnects, and the final refusals.
class TestFeedSession : public QObject
{
    Q_OBJECT

private:
    static QByteArray auth(bool ok)
    {
        return ok ? "{\"type\": \"authentication\", \"success\": true, \"web_socket_id\": "
                    "\"abc-123\"}"
                  : "{\"type\": \"authentication\", \"success\": false, \"web_socket_id\": null}";
    }
    // Frames in the log: the connection's story rows between them left out.
    static qint64 framesLogged(const MessageLog &log)
    {
        qint64 n = 0;
        for (qint64 i = log.firstIndex(); i < log.endIndex(); ++i)
            n += log.entry(i).dir != Direction::Event ? 1 : 0;
        return n;
    }
    struct StoryRow
    {
        QString kind;
        QString text;
        bool problem = false;
        OValue json;
    };
    static QList<StoryRow> story(const MessageLog &log)
    {
        QList<StoryRow> rows;
        for (qint64 i = log.firstIndex(); i < log.endIndex(); ++i) {
            const MessageLog::Entry &e = log.entry(i);
            if (e.dir != Direction::Event)
                continue;
            const OValue json = OValue::fromJson(log.bytes(i)).value_or(OValue());
            rows.append({log.typeName(e.type), json.value(u"text").toString(),
                    e.status == MessageStatus::Error, json});
        }
        return rows;
    }
    static QString describe(const QList<StoryRow> &rows)
    {
        QStringList lines;
        for (const auto &r : rows)
            lines << u"%1%2: %3"_s.arg(r.problem ? u"!"_s : QString(), r.kind, r.text);
        return lines.join(u'\n');
    }
    // Where the first row from `from` on is of this kind and says this; -1 when none.
    static qsizetype findRow(const QList<StoryRow> &rows, qsizetype from, const QString &kind,
            const QString &says = {})
    {
        for (qsizetype i = std::max<qsizetype>(0, from); i < rows.size(); ++i) {
            if (rows[i].kind == kind && rows[i].text.contains(says))
                return i;
        }
        return -1;
    }
    static QByteArray pageAdd(const char *params)
    {
        return QByteArray("{\"type\": \"page_add\", \"page\": \"table\", \"parameters\": ") + params
                + "}";
    }

    struct Fixture
    {
        Test::FakeTransport *transport;
        FeedSession *session;
        explicit Fixture(FeedConfig config)
        {
            config.snapshot = false;
            config.subscriptionTimeoutMs = 200;
            transport = new Test::FakeTransport;
            session = new FeedSession(config, nullptr, transport);
        }
        ~Fixture() { delete session; }
        Subscription sub(const QString &key) const
        {
            const Subscription *s = session->subscriptions()->find(key);
            return s ? *s : Subscription {};
        }
    };

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*QObject.*"_s)); }

    void baserowSubscriptionLifecycle()
    {
        FeedConfig c = Feeds::defaults(u"baserow"_s);
        c.subscriptions = {u"table:5101"_s, u"row:5101:12"_s};
        Fixture f(c);
        QAbstractItemModelTester tester(
                f.session->subscriptions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        f.session->start();
        QCOMPARE(f.session->phase(), FeedSession::Phase::Connecting); // waits for authentication
        QCOMPARE(f.sub(u"table:5101"_s).state, SubscriptionState::Waiting);
        QVERIFY(f.transport->sent.isEmpty());

        QSignalSpy authenticated(f.session, &FeedSession::authenticated);
        f.transport->deliver(auth(true));
        QCOMPARE(authenticated.size(), 1);
        QCOMPARE(f.session->connectionId(), u"abc-123"_s);
        QCOMPARE(f.session->phase(), FeedSession::Phase::Ready);
        QCOMPARE(f.transport->sent,
                (QList<QByteArray> {"{\"page\":\"table\",\"table_id\":5101}",
                        "{\"page\":\"row\",\"table_id\":5101,\"row_id\":12}"}));
        QCOMPARE(f.sub(u"table:5101"_s).state, SubscriptionState::Pending);

        // Confirmed by page_add (also when the server echoes the id as a string)…
        f.transport->deliver(pageAdd("{\"table_id\": \"5101\"}"));
        QCOMPARE(f.sub(u"table:5101"_s).state, SubscriptionState::Confirmed);
        // …while Baserow says nothing about the row page: refused after the timeout.
        QTRY_COMPARE(f.sub(u"row:5101:12"_s).state, SubscriptionState::Refused);
        QVERIFY(f.sub(u"row:5101:12"_s).note.contains(u"silently"_s));

        // Unsubscribe: remove_page, answered by page_discard, and the row disappears.
        f.session->unsubscribe(u"table:5101"_s);
        QCOMPARE(f.transport->sent.last(),
                QByteArray("{\"remove_page\":\"table\",\"table_id\":5101}"));
        QCOMPARE(f.sub(u"table:5101"_s).state, SubscriptionState::Unsubscribing);
        f.transport->deliver("{\"type\": \"page_discard\", \"page\": \"table\", \"parameters\": "
                             "{\"table_id\": 5101}}");
        QVERIFY(!f.session->subscriptions()->find(u"table:5101"_s));
    }

    void serverDiscardAndReconnectResend()
    {
        FeedConfig c = Feeds::defaults(u"baserow"_s);
        c.subscriptions = {u"table:1"_s, u"table:2"_s};
        Fixture f(c);
        f.session->start();
        f.transport->deliver(auth(true));
        f.transport->deliver(pageAdd("{\"table_id\": 1}"));
        f.transport->deliver(pageAdd("{\"table_id\": 2}"));
        // The server takes table 2 away (permission lost): discarded, not wanted any more.
        QSignalSpy errors(f.session, &FeedSession::errorOccurred);
        f.transport->deliver("{\"type\": \"page_discard\", \"page\": \"table\", \"parameters\": "
                             "{\"table_id\": 2}}");
        QCOMPARE(f.sub(u"table:2"_s).state, SubscriptionState::Discarded);
        QVERIFY(!f.sub(u"table:2"_s).wanted);
        QCOMPARE(errors.size(), 1);

        // The connection drops and comes back: only the wanted page is sent again.
        f.transport->sent.clear();
        f.transport->setState(State::WaitingToReconnect);
        QCOMPARE(f.session->phase(), FeedSession::Phase::Reconnecting);
        QCOMPARE(f.sub(u"table:1"_s).state, SubscriptionState::Waiting);
        f.transport->setState(State::Connecting);
        f.transport->setState(State::Open);
        QVERIFY(f.transport->sent.isEmpty()); // not before authentication
        f.transport->deliver(auth(true));
        QCOMPARE(f.transport->sent, (QList<QByteArray> {"{\"page\":\"table\",\"table_id\":1}"}));
        QCOMPARE(f.sub(u"table:1"_s).state, SubscriptionState::Pending);
        QCOMPARE(f.sub(u"table:1"_s).sends, 2);
    }

    void refusalsAreFinal_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("authentication refused") << auth(false);
        QTest::newRow("force_disconnect") << QByteArray("{\"type\": \"force_disconnect\"}");
    }

    void refusalsAreFinal()
    {
        QFETCH(QByteArray, frame);
        Fixture f(Feeds::defaults(u"baserow"_s));
        f.session->start();
        if (!frame.contains("authentication"))
            f.transport->deliver(auth(true));
        f.transport->deliver(frame);
        QCOMPARE(f.session->phase(), FeedSession::Phase::Failed);
        QVERIFY(f.transport->failed);
        QVERIFY(!f.session->lastError().isEmpty());
    }

    void aFloodWithoutEventLoopStaysBounded()
    {
        // Frames delivered back to back, the event loop never running: decoded changes do not
        // pile up past the bound, and nothing is lost.
        Fixture f(Feeds::defaults(u"baserow"_s));
        f.session->start();
        f.transport->deliver(auth(true));
        constexpr int Frames = 3000;
        constexpr int RowsPerFrame = 20;
        qsizetype most = 0;
        for (int i = 0; i < Frames; ++i) {
            QByteArray rows;
            for (int r = 0; r < RowsPerFrame; ++r)
                rows += (r ? "," : "") + QByteArray("{\"id\": ") + QByteArray::number(r + 1)
                        + ", \"order\": \"1.00000000000000000000\", \"field_1\": "
                        + QByteArray::number(i) + "}";
            f.transport->deliver("{\"type\": \"rows_updated\", \"table_id\": 1, "
                                 "\"rows_before_update\": [], \"rows\": ["
                    + rows + "], \"metadata\": {}}");
            most = std::max(most, f.session->pendingChanges());
        }
        QVERIFY2(most <= 32768 + RowsPerFrame, qPrintable(QString::number(most)));
        QVERIFY(f.session->counters().applied > 0);
        f.session->flush();
        QCOMPARE(f.session->pendingChanges(), 0);
        // Every update arrived: the last frame's value is the rows' value.
        const NodeId row = f.session->store()->find(BaserowKind::Row, u"7"_s, u"1"_s);
        QVERIFY(row != NoNode);
        QCOMPARE(f.session->store()->node(row).data.value("field_1").value_or(QByteArrayView()),
                QByteArrayView(QByteArray::number(Frames - 1)));
    }

    void contentServerCorrelatesById()
    {
        FeedConfig c = Feeds::defaults(u"contentserver"_s);
        c.subscriptions = {u"/ui/dashboards"_s, u"/nope"_s};
        Fixture f(c);
        f.session->start(); // ready as soon as the socket is open
        QCOMPARE(f.session->phase(), FeedSession::Phase::Ready);
        QCOMPARE(f.transport->sent.size(), 2);
        QCOMPARE(f.transport->sent[0],
                QByteArray("{\"id\":\"sub-1\",\"action\":\"LISTEN\",\"path\":\"/ui/dashboards\"}"));
        f.transport->deliver("{\"id\":\"5c1e\",\"statusCode\":202,\"instruction\":\"Connected\"}");
        f.transport->deliver("{\"id\":\"sub-1\",\"statusCode\":202,\"instruction\":\"Listening\"}");
        f.transport->deliver(
                "{\"id\":\"sub-2\",\"statusCode\":404,\"instruction\":\"No entry at path /nope\"}");
        QCOMPARE(f.sub(u"path:/ui/dashboards"_s).state, SubscriptionState::Confirmed);
        QCOMPARE(f.sub(u"path:/nope"_s).state, SubscriptionState::Refused);
        QVERIFY(f.sub(u"path:/nope"_s).note.contains(u"404"_s));
        f.session->unsubscribe(u"path:/ui/dashboards"_s);
        QCOMPARE(f.transport->sent.last(),
                QByteArray(
                        "{\"id\":\"sub-1\",\"action\":\"UNLISTEN\",\"path\":\"/ui/dashboards\"}"));
        f.transport->deliver("{\"id\":\"sub-1\",\"statusCode\":202,\"instruction\":\"Stopped\"}");
        QVERIFY(!f.session->subscriptions()->find(u"path:/ui/dashboards"_s));
    }

    void contentServerWithoutSubscriptionMessages()
    {
        FeedConfig c = Feeds::defaults(u"contentserver"_s);
        c.options[u"subscribeTemplate"_s].clear();
        c.options[u"unsubscribeTemplate"_s].clear();
        c.subscriptions = {u"/ui"_s};
        Fixture f(c);
        f.session->start();
        QVERIFY(f.transport->sent.isEmpty());
        QCOMPARE(f.sub(u"path:/ui"_s).state, SubscriptionState::Confirmed);
    }

    void deepContentServerPathsAreRefused()
    {
        // A 20 000-folder path in one 40 KB frame: refused with a clear error, nothing made,
        // the feed still connected; a path at the limit is kept, and what follows too.
        Fixture f(Feeds::defaults(u"contentserver"_s));
        f.session->start();
        QSignalSpy errors(f.session, &FeedSession::errorOccurred);
        auto add = [](const QByteArray &path) -> QByteArray {
            return "{\"action\":\"ADD\",\"path\":\"" + path
                    + "\",\"entry\":{\"isDirectory\":false,\"lastEditor\":\"x\"}}";
        };
        f.transport->deliver(add(QByteArray("/a").repeated(20000)));
        f.session->flush();
        QCOMPARE(f.session->counters().invalid, 1u);
        QCOMPARE(f.session->store()->entityCount(), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"20000 folders deep"_s),
                qPrintable(errors.first().first().toString()));
        // Too long, however shallow.
        f.transport->deliver(add("/" + QByteArray(5000, 'l')));
        f.session->flush();
        QCOMPARE(f.session->counters().invalid, 2u);
        QCOMPARE(f.session->store()->entityCount(), 0);
        // At the limit: 512 folders, the file and its 511 ancestors.
        f.transport->deliver(
                add(QByteArray("/d").repeated(ContentServerProtocol::MaxPathSegments)));
        f.transport->deliver(add("/ui/after.json"));
        f.session->flush();
        QCOMPARE(f.session->counters().invalid, 2u);
        QCOMPARE(f.session->store()->entityCount(), ContentServerProtocol::MaxPathSegments + 2);
        QVERIFY(f.session->store()->find(ContentServerKind::File, u"/ui/after.json"_s, {})
                != NoNode);
        QCOMPARE(f.session->phase(), FeedSession::Phase::Ready);
    }

    void snapshotsAreBounded_data()
    {
        QTest::addColumn<int>("calls");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("calls") << 7 << qint64(256 << 20) << u"more than 7 REST calls"_s;
        QTest::newRow("body") << 20000 << qint64(512) << u"exceeded the limit of 512 bytes"_s;
    }

    void snapshotsAreBounded()
    {
        // A server whose snapshot never ends (pages after pages) or answers without end: the
        // snapshot stops at the bounds, says so, and the feed goes on live.
        QFETCH(int, calls);
        QFETCH(qint64, bodyBytes);
        QFETCH(QString, says);
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        Server::EmbeddedServer server(sc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.baseUrl = server.url();
        config.user = u"demo@example.com"_s;
        config.password = u"demo"_s;
        config.maxSnapshotCalls = calls;
        config.maxRestBodyBytes = bodyBytes;
        config.subscriptions = {u"table:100"_s};
        FeedSession session(config);
        // Pages of two rows: the table's twelve rows take six, five of them follow-ups.
        static_cast<BaserowProtocol *>(session.protocol())->setRowPageSize(2);
        QSignalSpy finished(&session, &FeedSession::snapshotFinished);
        QSignalSpy errors(&session, &FeedSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(
                !finished.isEmpty() && !session.snapshotLoading() && session.isQuiescent(), 10000);
        bool incomplete = false;
        for (const auto &f : finished)
            incomplete = incomplete || !f.at(1).toBool();
        QVERIFY(incomplete);
        QStringList texts;
        for (const auto &e : errors)
            texts << e.first().toString();
        QVERIFY2(texts.join(u'\n').contains(says), qPrintable(texts.join(u'\n')));
        QTRY_VERIFY(session.isReady());
        QVERIFY(!session.snapshotLoading());
    }

    void aRefusedSavedTokenLogsInAgainOnce()
    {
        // The backend restarts with another signing key: the token the session kept is
        // refused; it logs in again (once) and is live again, rather than giving up.
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        sc.options.signingSecret = "0123456789abcdef0123456789abcdef-first";
        auto server = std::make_unique<Server::EmbeddedServer>(sc);
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.baseUrl = server->url();
        config.user = u"demo@example.com"_s;
        config.password = u"demo"_s;
        config.reconnect.initialDelayMs = 50;
        config.snapshot = false;
        FeedSession session(config);
        QSignalSpy errors(&session, &FeedSession::errorOccurred);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), 10000);
        const quint16 port = server->port();
        server.reset();
        QTRY_VERIFY(!session.isReady());
        sc.port = port;
        sc.options.signingSecret = "0123456789abcdef0123456789abcdef-second";
        server = std::make_unique<Server::EmbeddedServer>(sc);
        QVERIFY2(server->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), 10000);
        QStringList texts;
        for (const auto &e : errors)
            texts << e.first().toString();
        QVERIFY2(texts.join(u'\n').contains(u"logging in again"_s), qPrintable(texts.join(u'\n')));
        QCOMPARE(session.phase(), FeedSession::Phase::Ready);

        // A password the restarted backend no longer takes: one new login, refused, and the
        // session asks for credentials instead of trying again and again.
        QSignalSpy asked(&session, &FeedSession::credentialsNeeded);
        const quint16 port2 = server->port();
        server.reset();
        sc.port = port2;
        sc.options.signingSecret = "0123456789abcdef0123456789abcdef-third";
        server = std::make_unique<Server::EmbeddedServer>(sc);
        QVERIFY2(server->start(&error), qPrintable(error));
        session.setCredentials(u"demo@example.com"_s, u"wrong"_s, {});
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QVERIFY(!session.isReady());
    }

    void theLogTellsTheConnectionsStory()
    {
        // Connect, log in, open, subscribe, the snapshot; the server goes: closed, reconnecting
        // with its delay; back: open again; the user disconnects. Each a row of the log
        // between the frames, of its own kind.
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        auto server = std::make_unique<Server::EmbeddedServer>(sc);
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.baseUrl = server->url();
        config.user = u"demo@example.com"_s;
        config.password = u"demo"_s;
        config.reconnect.initialDelayMs = 300;
        config.subscriptions = {u"table:101"_s};
        FeedSession session(config);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady() && session.isQuiescent()
                        && findRow(story(*session.log()), 0, u"subscription"_s,
                                   u"Subscribed to table:101"_s)
                                >= 0
                        && findRow(story(*session.log()), 0, u"snapshot"_s, u"loaded"_s) >= 0,
                10000);
        QList<StoryRow> rows = story(*session.log());
        const QString told = describe(rows);
        qsizetype at = findRow(rows, 0, u"connect"_s, u"Connecting to ws://127.0.0.1:"_s);
        QVERIFY2(at == 0, qPrintable(told));
        at = findRow(rows, at, u"login"_s, u"Logging in to http://127.0.0.1:"_s);
        QVERIFY2(at > 0 && rows[at].text.contains(u"as demo@example.com"_s), qPrintable(told));
        at = findRow(rows, at, u"login"_s, u"Logged in; the token holds until"_s);
        QVERIFY2(at > 0, qPrintable(told));
        at = findRow(rows, at, u"open"_s, u"Connected to ws://"_s);
        QVERIFY2(at > 0, qPrintable(told));
        at = findRow(rows, at, u"login"_s, u"Authenticated by the feed"_s);
        QVERIFY2(at > 0, qPrintable(told));
        QVERIFY2(findRow(rows, at, u"subscription"_s, u"Subscribing to table:101"_s) > at,
                qPrintable(told));
        QVERIFY2(
                findRow(rows, at, u"snapshot"_s, u"Loading the snapshot"_s) > at, qPrintable(told));
        // The frames are there between them, and no secret is in any row.
        QVERIFY(framesLogged(*session.log()) >= 3);
        for (const auto &r : std::as_const(rows)) {
            QVERIFY2(!r.problem, qPrintable(told));
            QVERIFY2(!r.json.toJson().contains("eyJ"), qPrintable(told)); // no JWT
        }

        // The server goes away: the close with its code, then the reconnect with its delay.
        const qsizetype before = rows.size();
        const quint16 port = server->port();
        server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(
                findRow(story(*session.log()), before, u"reconnect"_s) >= 0, 10000);
        rows = story(*session.log());
        const qsizetype closed = findRow(rows, before, u"close"_s);
        QVERIFY2(closed >= before, qPrintable(describe(rows)));
        QVERIFY(rows[closed].problem);
        QVERIFY(rows[closed].json.value(u"code").toInt() >= 1000);
        const qsizetype again = findRow(rows, closed, u"reconnect"_s, u"Reconnecting in "_s);
        QVERIFY2(again > closed, qPrintable(describe(rows)));
        QVERIFY(rows[again].json.value(u"delayMs").toInt() > 0);
        QCOMPARE(rows[again].json.value(u"attempt").toInt(), 1);

        // Back: connecting (attempt 2 or later), open, subscribed again.
        sc.port = port;
        server = std::make_unique<Server::EmbeddedServer>(sc);
        QVERIFY2(server->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
                findRow(story(*session.log()), again, u"subscription"_s, u"Subscribed to"_s)
                        > again,
                10000);
        rows = story(*session.log());
        QVERIFY2(findRow(rows, again, u"connect"_s, u"(attempt "_s) > again,
                qPrintable(describe(rows)));
        QVERIFY2(findRow(rows, again, u"open"_s) > again, qPrintable(describe(rows)));

        // The user disconnects: a normal close, not a problem.
        const qsizetype beforeStop = rows.size();
        QVERIFY(session.stopAndWait(5000));
        rows = story(*session.log());
        const qsizetype bye = findRow(rows, beforeStop, u"close"_s, u"Disconnected (code 1000)"_s);
        QVERIFY2(bye >= beforeStop, qPrintable(describe(rows)));
        QVERIFY(!rows[bye].problem);
    }

    void badInputIsCountedAndReported()
    {
        Fixture f(Feeds::defaults(u"baserow"_s));
        f.session->start();
        QSignalSpy errors(f.session, &FeedSession::errorOccurred);
        f.transport->deliver(auth(true));
        f.transport->deliver("{\"type\": \"rows_created\", \"table_id\": 1, \"rows\": [{\"id\": 1, "
                             "\"order\": \"1.0\"}], \"metadata\": {}, \"before_row_id\": null}");
        f.transport->deliver("not json");
        f.transport->deliver("{\"type\": \"rows_created\", \"table_id\": [1]}");
        f.transport->deliver("{\"type\": \"something_new\"}");
        f.transport->deliver(QByteArray(1, '\0'));
        f.session->flush();
        const SessionCounters c = f.session->counters();
        QCOMPARE(c.malformed, 2u);
        QCOMPARE(c.invalid, 1u);
        QCOMPARE(c.unknown, 1u);
        // Each frame once, by what became of it (the soak's accounting).
        QCOMPARE(c.framesIn, 6u);
        QCOMPARE(c.framesApplied, 2u); // authentication, rows_created
        QCOMPARE(c.framesMalformed, 3u);
        QCOMPARE(c.framesUnknown, 1u);
        QCOMPARE(c.framesDropped, 0u);
        QCOMPARE(errors.size(), 3);
        // What was received before is still there.
        QVERIFY(f.session->store()->find(BaserowKind::Row, u"1"_s, u"1"_s) != NoNode);
        QCOMPARE(framesLogged(*f.session->log()), 6);
        QCOMPARE(f.session->statistics()->countOf(u"rows_created"_s), 2);
    }

    void rawFeedSendsAndCountsByKey()
    {
        FeedConfig c = Feeds::defaults(u"raw"_s);
        Fixture f(c);
        f.session->start();
        QString error;
        QVERIFY(f.session->sendFrame("{\"op\": \"hello\"}", &error));
        QCOMPARE(f.session->sentHistory(), QStringList {u"{\"op\": \"hello\"}"_s});
        f.transport->deliver("{\"event\": \"tick\", \"op\": \"a\"}");
        f.transport->deliver("{\"type\": \"tock\"}");
        f.transport->deliver("{\"action\": \"x\", \"type\": \"first wins\"}");
        QCOMPARE(f.session->statistics()->countOf(u"tick"_s), 1);
        QCOMPARE(f.session->statistics()->countOf(u"first wins"_s), 1);
        f.session->setStatisticsKey(u"op"_s);
        f.transport->deliver("{\"event\": \"tick\", \"op\": \"a\"}");
        QCOMPARE(f.session->statistics()->countOf(u"a"_s), 1);
        QCOMPARE(framesLogged(*f.session->log()), 5);
    }
};

QTEST_GUILESS_MAIN(TestFeedSession)
#include "tst_feedsession.moc"
