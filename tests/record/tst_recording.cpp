// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "faketransport.h"
#include "feeds/registry.h"
#include "json/ovalue.h"
#include "model/subscriptionmodel.h"
#include "record/logexport.h"
#include "record/recording.h"
#include "record/recordingformat.h"
#include "record/recordingimitation.h"
#include "record/recordingwriter.h"
#include "record/replay.h"
#include "record/sessionrecorder.h"
#include "record/statediff.h"
#include "record/timemachine.h"
#include "server/baserow/baserowimitation.h"
#include "server/embeddedserver.h"
#include "session/feedsession.h"
#include "session/statedump.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// Recordings: written off the GUI thread, secrets masked, read back (plain or gzip) into the
// same state, and a time machine whose every moment equals a replay that stops there.
class TestRecording : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_liveRecording; // liveSessionRecordedAndReplayed's plain file

    // Every seek (random order, forward and back, steps) lands on the state a replay to
    // that moment gives; so do sessions made for a diff.
    static void checkTimeMachine(const std::shared_ptr<const Recording> &rec,
            const FeedConfig &config, TimeMachine::Options options, int seeks)
    {
        TimeMachine tm(rec, config, options);
        QVERIFY(tm.buildNow());
        QCOMPARE(tm.position(), rec->frameCount());
        QCOMPARE(stateDumpJson(*tm.session()->store(), config.feedId()),
                Test::stateAtPosition(*rec, config, rec->frameCount()));
        QVERIFY(tm.checkpointCount() >= 1);
        QRandomGenerator seeded(20261203);
        QList<qsizetype> targets {0, 1, rec->frameCount() / 2, rec->frameCount()};
        for (int i = 0; i < seeks; ++i)
            targets << qsizetype(seeded.bounded(int(rec->frameCount() + 1)));
        for (qsizetype p : std::as_const(targets)) {
            tm.seek(p);
            QCOMPARE(tm.position(), p);
            const QByteArray expected = Test::stateAtPosition(*rec, config, p);
            QVERIFY2(stateDumpJson(*tm.session()->store(), config.feedId()) == expected,
                    qPrintable(u"seek to %1 of %2"_s.arg(p).arg(rec->frameCount())));
            if (p > 0) {
                tm.step(-1);
                QCOMPARE(stateDumpJson(*tm.session()->store(), config.feedId()),
                        Test::stateAtPosition(*rec, config, p - 1));
                tm.step(1);
                QCOMPARE(stateDumpJson(*tm.session()->store(), config.feedId()), expected);
            }
        }
        const qsizetype mid = rec->frameCount() / 3;
        auto side = tm.sessionAt(mid);
        QCOMPARE(stateDumpJson(*side->store(), config.feedId()),
                Test::stateAtPosition(*rec, config, mid));
    }

    // A Baserow recording of n frames: rows created, changed and deleted at random in the
    // fixture session's table, after the fixture session itself.
    static QByteArray syntheticBaserow(int n)
    {
        QByteArray data = RecordingFormat::headerLine([] {
            RecordingFormat::Header h;
            h.feed = u"baserow"_s;
            h.startedMs = 1'764'000'000'000;
            return h;
        }()) + '\n';
        data += Test::readFixture(u"baserow/session-example.jsonl"_s);
        QRandomGenerator rng(17);
        quint64 seq = 1000;
        qint64 wall = 1'764'000'000'000;
        QList<int> live;
        for (int i = 0; i < n; ++i) {
            Frame f;
            f.seq = ++seq;
            f.wallMs = (wall += rng.bounded(40));
            const int pick = rng.bounded(10);
            if (live.isEmpty() || pick < 3) {
                const int id = 100 + i;
                live << id;
                f.bytes =
                        u"{\"type\":\"rows_created\",\"table_id\":5101,\"rows\":[{\"id\":%1,"
                        "\"order\":\"%1.0\",\"field_60001\":\"Item %1\",\"field_60002\":\"1.00\"}],"
                        "\"before_row_id\":null,\"metadata\":{}}"_s.arg(id)
                                .toUtf8();
            } else if (pick < 8) {
                const int id = live[rng.bounded(int(live.size()))];
                f.bytes = u"{\"type\":\"rows_updated\",\"table_id\":5101,\"rows_before_update\":[],"
                          "\"rows\":[{\"id\":%1,\"order\":\"%1.0\",\"field_60001\":\"Item %1\","
                          "\"field_60002\":\"%2.00\"}],\"metadata\":{}}"_s.arg(id)
                                  .arg(rng.bounded(1000))
                                  .toUtf8();
            } else {
                const int id = live.takeAt(rng.bounded(int(live.size())));
                f.bytes =
                        u"{\"type\":\"rows_deleted\",\"table_id\":5101,\"row_ids\":[%1]}"_s.arg(id)
                                .toUtf8();
            }
            data += RecordingFormat::frameLine(f, qint64(i) * 1000) + '\n';
        }
        return data;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void timeMachineEqualsAReplayToThatMoment_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("fixture");
        QTest::newRow("baserow") << u"baserow"_s << u"baserow/session-example.jsonl"_s;
        QTest::newRow("contentserver")
                << u"contentserver"_s << u"contentserver/session-example.jsonl"_s;
        QTest::newRow("apipage") << u"apipage"_s << u"ap/session-example.jsonl"_s;
    }
    void timeMachineEqualsAReplayToThatMoment()
    {
        QFETCH(QString, feed);
        QFETCH(QString, fixture);
        auto rec = Recording::fromData(Test::readFixture(fixture));
        QVERIFY(rec);
        QVERIFY(rec->frameCount() > 5);
        TimeMachine::Options options;
        options.minSpacing = 3; // checkpoints on a short transcript
        checkTimeMachine(rec, Feeds::defaults(feed), options, 25);
    }

    void timeMachineOnALongRecordingWithinItsBudget()
    {
        auto rec = Recording::fromData(syntheticBaserow(6000));
        QVERIFY(rec);
        QCOMPARE(rec->frameCount(),
                6000 + Test::fixtureLines(u"baserow/session-example.jsonl"_s).size());
        TimeMachine::Options options;
        options.minSpacing = 100;
        options.checkpointBudget = 256 * 1024; // so small that it must thin them out
        TimeMachine tm(rec, Feeds::defaults(u"baserow"_s), options);
        QVERIFY(tm.buildNow());
        QVERIFY2(tm.checkpointBytes() <= options.checkpointBudget || tm.checkpointCount() <= 2,
                qPrintable(
                        u"%1 bytes in %2"_s.arg(tm.checkpointBytes()).arg(tm.checkpointCount())));
        QVERIFY(tm.checkpointSpacing() > 100);
        checkTimeMachine(rec, Feeds::defaults(u"baserow"_s), options, 12);
        options.checkpointBudget = 64 * 1024 * 1024;
        checkTimeMachine(rec, Feeds::defaults(u"baserow"_s), options, 12);
    }

    void buildInSlicesThenPlay()
    {
        auto rec = Recording::fromData(syntheticBaserow(400));
        TimeMachine::Options options;
        options.sliceMs = 1;
        TimeMachine tm(rec, Feeds::defaults(u"baserow"_s), options);
        QSignalSpy built(&tm, &TimeMachine::built);
        tm.build();
        QVERIFY(built.wait(10000));
        QCOMPARE(qsizetype(tm.session()->log()->size()), rec->frameCount());
        tm.seek(10);
        QSignalSpy playing(&tm, &TimeMachine::playingChanged);
        tm.play(0); // as fast as possible
        QTRY_COMPARE_WITH_TIMEOUT(tm.position(), rec->frameCount(), 10000);
        QTRY_VERIFY(!tm.isPlaying());
        QCOMPARE(playing.size(), 2);
        QCOMPARE(stateDumpJson(*tm.session()->store(), u"baserow"_s),
                Test::stateAtPosition(*rec, Feeds::defaults(u"baserow"_s), rec->frameCount()));
        // 1000× recorded time: the 400 frames span a few seconds, so it moves and stops.
        tm.seek(0);
        tm.play(1000);
        QTRY_COMPARE_WITH_TIMEOUT(tm.position(), rec->frameCount(), 20000);
        tm.seek(5);
        tm.play(1);
        tm.pause();
        QVERIFY(!tm.isPlaying());
    }

    void subscriptionsFollowThePosition()
    {
        QByteArray data;
        data += RecordingFormat::subscriptionLine(u"table:5101"_s, u"pending"_s, {}, 1, 1) + '\n';
        Frame f;
        f.seq = 1;
        f.wallMs = 2;
        f.bytes = R"({"type":"page_add","page":"table","parameters":{"table_id":5101}})";
        data += RecordingFormat::frameLine(f, 2) + '\n';
        data += RecordingFormat::subscriptionLine(u"table:5101"_s, u"confirmed"_s, u"ok"_s, 3, 3)
                + '\n';
        f.seq = 2;
        f.bytes = R"({"type":"page_discard","page":"table","parameters":{"table_id":5101}})";
        data += RecordingFormat::frameLine(f, 4) + '\n';
        data += RecordingFormat::subscriptionLine(
                        u"table:5101"_s, QString(RecordingFormat::RemovedState), {}, 5, 5)
                + '\n';
        auto rec = Recording::fromData(data);
        QVERIFY(rec);
        QCOMPARE(rec->frameCount(), 2);
        TimeMachine tm(rec, Feeds::defaults(u"baserow"_s));
        QVERIFY(tm.buildNow());
        QVERIFY(tm.subscriptionsAt(2).isEmpty()); // removed at the end
        QCOMPARE(tm.session()->subscriptions()->rowCount(), 0);
        tm.seek(1);
        QCOMPARE(tm.subscriptionsAt(1).size(), 1);
        QCOMPARE(tm.subscriptionsAt(1).constFirst().state, u"confirmed"_s);
        QCOMPARE(tm.session()->subscriptions()->rowCount(), 1);
        QCOMPARE(tm.session()->subscriptions()->find(u"table:5101"_s)->state,
                SubscriptionState::Confirmed);
        tm.seek(0);
        QCOMPARE(tm.session()->subscriptions()->find(u"table:5101"_s)->state,
                SubscriptionState::Pending);
    }

    void momentsByFrameNumberOrTime()
    {
        auto rec = Recording::fromData(syntheticBaserow(50));
        QVERIFY(rec);
        QString error;
        const qsizetype total = rec->frameCount();
        const auto &last = rec->frameInfo(total - 1);
        QCOMPARE(rec->framesUntil(QString::number(last.seq), &error), total);
        QCOMPARE(rec->framesUntil(QString::number(rec->frameInfo(0).seq), &error), 1);
        QCOMPARE(rec->framesUntil(u"999999"_s, &error), -1);
        QVERIFY(!error.isEmpty());
        const QString iso = QDateTime::fromMSecsSinceEpoch(last.wallMs, QTimeZone::utc())
                                    .toString(Qt::ISODateWithMs);
        QCOMPARE(rec->framesUntil(iso, &error), rec->frameAtOrBefore(last.wallMs) + 1);
        // The fixture's frames have no time (1970): before any date.
        QCOMPARE(rec->framesUntil(u"2001-01-01T00:00:00Z"_s, &error),
                Test::fixtureLines(u"baserow/session-example.jsonl"_s).size());
        QCOMPARE(rec->framesUntil(u"yesterday"_s, &error), -1);
    }

    void badLinesAreCountedNotFatal()
    {
        QByteArray data = Test::readFixture(u"ap/session-example.jsonl"_s);
        data.insert(0, "{not json\n");
        data += "\n\n[1,2]\n";
        auto rec = Recording::fromData(data);
        QVERIFY(rec);
        QVERIFY(rec->badLines() >= 2);
        QVERIFY(!rec->problems().isEmpty());
        FeedSession session(Feeds::defaults(u"apipage"_s));
        const ReplaySummary s = replayRecording(session, *rec);
        QVERIFY(s.framesIn > 0);
        QVERIFY(s.badLines >= 2);
    }

    void writerCompressesByName()
    {
        const QString path = m_dir.filePath(u"w.jsonl.gz"_s);
        const QByteArray data = syntheticBaserow(3000);
        {
            RecordingWriter w;
            QString error;
            QVERIFY2(w.open(path, &error), qPrintable(error));
            for (const QByteArray &line : data.split('\n')) {
                if (!line.isEmpty())
                    w.write(line);
            }
            QVERIFY2(w.close(&error), qPrintable(error));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray gz = f.readAll();
        QVERIFY(gz.startsWith("\x1f\x8b"));
        QVERIFY2(gz.size() < data.size() / 4, qPrintable(QString::number(gz.size())));
        QString error;
        auto rec = Recording::open(path, &error);
        QVERIFY2(rec, qPrintable(error));
        auto plain = Recording::fromData(data);
        QCOMPARE(rec->eventCount(), plain->eventCount());
        QCOMPARE(rec->frameCount(), plain->frameCount());
        for (qsizetype i = 0; i < rec->eventCount(); i += 97)
            QCOMPARE(rec->line(i).toByteArray(), plain->line(i).toByteArray());
    }

    void writerReportsAFileItCannotWrite()
    {
        // A folder that does not exist: refused at once, with the reason.
        {
            RecordingWriter w;
            QString error;
            QVERIFY(!w.open(m_dir.filePath(u"no/such/folder/r.jsonl"_s), &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(!w.isOpen());
        }
        // A full disk, on the writer thread: Linux's /dev/full (the other systems have no
        // such device; the path above is what they can check).
        if (!QFile::exists(u"/dev/full"_s))
            return;
        RecordingWriter w;
        QSignalSpy failed(&w, &RecordingWriter::failed);
        QString error;
        QVERIFY(w.open(u"/dev/full"_s, &error));
        const QByteArray line(1000, 'x');
        for (int i = 0; i < 2000; ++i)
            w.write(line);
        QVERIFY(!w.close(&error));
        QVERIFY2(!error.isEmpty(), "a full disk says so");
        QCOMPARE(failed.size(), 1);
    }

    void recorderMasksSecrets()
    {
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.baseUrl = QUrl(u"http://user:basic-pass-4711@127.0.0.1:9/"_s);
        config.user = u"demo@example.com"_s;
        config.password = u"hunter2-password"_s;
        config.token = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"_s;
        config.refreshToken = u"refresh-abcdef-123"_s;
        config.cookie = u"sessionid=cookie-value-42"_s;
        config.headers = {{"Authorization", "Basic dXNlcjpiYXNpYy1wYXNz"}};
        auto *transport = new Test::FakeTransport();
        FeedSession session(config, nullptr, transport);
        SessionRecorder recorder(&session);
        const QString path = m_dir.filePath(u"secrets.jsonl"_s);
        QString error;
        QVERIFY2(recorder.start(path, &error), qPrintable(error));
        session.start();
        // A peer that echoes secrets back: they are masked in the file too.
        transport->deliver(R"({"type":"authentication","success":true,"echo":")"
                + config.token.toUtf8() + " " + config.password.toUtf8() + R"("})");
        QVERIFY(recorder.stop(&error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("authentication"));
        QVERIFY(text.contains("demo@example.com")); // who, not how
        for (const char *secret : {"eyJhbGci", "hunter2", "refresh-abcdef", "cookie-value-42",
                     "basic-pass-4711", "dXNlcjpiYXNpYy1wYXNz"})
            QVERIFY2(!text.contains(secret), secret);
    }

    void diffListsCreatedDeletedAndChangedMembers()
    {
        auto rec = Recording::fromData(syntheticBaserow(300));
        const FeedConfig config = Feeds::defaults(u"baserow"_s);
        TimeMachine tm(rec, config);
        QVERIFY(tm.buildNow());
        // From the middle: rows made before it change or go after it, and new ones come.
        const qsizetype a = Test::fixtureLines(u"baserow/session-example.jsonl"_s).size() + 150;
        const qsizetype b = rec->frameCount();
        auto before = tm.sessionAt(a);
        auto after = tm.sessionAt(b);
        const StateDiff diff = diffStates(*before->store(), *after->store());
        QVERIFY(diff.created > 0);
        QVERIFY(diff.changed > 0);
        QCOMPARE(diff.created + diff.deleted + diff.changed, int(diff.entities.size()));
        // Row 100 was created first, then changed or deleted at random: whatever happened to
        // it is there, and a changed row says which member, old → new.
        bool sawPrice = false;
        for (const auto &e : diff.entities) {
            QVERIFY(!e.kind.isEmpty() && !e.id.isEmpty());
            if (e.change == StateDiff::Entity::Change::Changed && e.kind == u"row") {
                for (const auto &m : e.members) {
                    if (m.key == u"field_60002") {
                        QVERIFY(m.before && m.after);
                        QVERIFY(*m.before != *m.after);
                        QCOMPARE(m.name, u"Unit price"_s); // the field's name, field_updated's
                        sawPrice = true;
                    }
                }
            }
            if (e.change == StateDiff::Entity::Change::Created && e.kind == u"row")
                QVERIFY(e.path.contains(u"Products"_s));
        }
        QVERIFY(sawPrice);
        // Backwards, created and deleted swap; nothing between a moment and itself.
        const StateDiff back = diffStates(*after->store(), *before->store());
        QCOMPARE(back.created, diff.deleted);
        QCOMPARE(back.deleted, diff.created);
        QCOMPARE(back.changed, diff.changed);
        QVERIFY(diffStates(*after->store(), *tm.sessionAt(b)->store()).entities.empty());
        const OValue json = diff.toJson();
        QCOMPARE(json.value(u"created").toInt(), diff.created);
        QCOMPARE(json.value(u"entities").size(), qsizetype(diff.entities.size()));
    }

    void exportsInThreeFormatsWithoutSecrets()
    {
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        config.token = u"eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl"_s;
        config.auth = u"token"_s;
        config.query = {{u"jwt_token"_s, config.token}};
        config.headers = {{"Authorization", "JWT eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl"}};
        FeedSession session(config);
        session.setReplay(true);
        RecordingFormat::Event e;
        auto rec = Recording::fromData(Test::readFixture(u"baserow/session-example.jsonl"_s));
        for (qsizetype i = 0; i < rec->eventCount(); ++i) {
            if (rec->event(i, e))
                applyRecordedEvent(session, e);
        }
        Frame echo;
        echo.seq = 999;
        echo.wallMs = 1'764'000'000'000;
        echo.bytes = "{\"type\":\"=HYPERLINK(1)\",\"echo\":\"" + config.token.toUtf8() + "\"}";
        session.ingest(echo);
        session.flush();
        const qint64 frames = session.log()->size();
        // A row of the connection's story: in the CSV as an "event", not a frame elsewhere.
        session.tell("close"_L1, u"Closed by the server, code 1001 (going away)"_s, true,
                OValue::object({{u"code"_s, 1001}}), echo.wallMs);
        QCOMPARE(session.log()->size(), frames + 1);

        auto exported = [&](LogExport::Format format) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            if (!LogExport::write(buffer, format, session, {}, &error))
                qWarning("export: %s", qPrintable(error));
            return buffer.data();
        };
        const QByteArray jsonl = exported(LogExport::Format::JsonLines);
        const QByteArray csv = exported(LogExport::Format::Csv);
        const QByteArray har = exported(LogExport::Format::Har);
        for (const QByteArray &text : {jsonl, csv, har}) {
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains("c2VjcmV0"), text.left(400).constData());
        }
        // JSON Lines opens again as a recording of the same frames.
        auto again = Recording::fromData(jsonl);
        QVERIFY(again);
        QCOMPARE(again->feedId(), u"baserow"_s);
        QCOMPARE(again->frameCount(), frames);
        QCOMPARE(again->badLines(), 0);
        // CSV: a header and a line per frame (quoted cells may hold line breaks: none here);
        // a cell that a spreadsheet would run is defused.
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("seq,time,direction,type,size,summary,text"));
        QCOMPARE(lines.size(), frames + 2);
        QVERIFY(lines[lines.size() - 2].contains(",\"'=HYPERLINK(1)\","));
        QVERIFY2(lines.last().startsWith(",2025-") && lines.last().contains(",event,close,,")
                        && lines.last().contains("Closed by the server, code 1001"),
                lines.last().constData());
        QVERIFY(lines[2].startsWith("2,1970-01-01T00:00:00.000Z,out,"));
        // HAR 1.2, as the spec lays it out, and Chrome's WebSocket messages.
        const auto doc = OValue::fromJson(har);
        QVERIFY(doc);
        const OValue &log = doc->value(u"log");
        QCOMPARE(log.value(u"version").toString(), u"1.2"_s);
        QVERIFY(log.value(u"creator").value(u"name").isString());
        QVERIFY(log.value(u"creator").value(u"version").isString());
        QVERIFY(log.value(u"entries").isArray());
        QCOMPARE(log.value(u"entries").size(), 1);
        const OValue &entry = log.value(u"entries").at(0);
        QVERIFY(QDateTime::fromString(entry.value(u"startedDateTime").toString(), Qt::ISODateWithMs)
                        .isValid());
        QVERIFY(entry.value(u"time").isNumber());
        const OValue &req = entry.value(u"request");
        for (const char16_t *k : {u"method", u"url", u"httpVersion"})
            QVERIFY(req.value(k).isString());
        for (const char16_t *k : {u"cookies", u"headers", u"queryString"})
            QVERIFY(req.value(k).isArray());
        QVERIFY(req.value(u"headersSize").isNumber() && req.value(u"bodySize").isNumber());
        QVERIFY(req.value(u"url").toString().startsWith(u"ws://127.0.0.1:9/"_s));
        const OValue &res = entry.value(u"response");
        QCOMPARE(res.value(u"status").toInt(), 101);
        for (const char16_t *k : {u"statusText", u"httpVersion", u"redirectURL"})
            QVERIFY(res.value(k).isString());
        for (const char16_t *k : {u"cookies", u"headers"})
            QVERIFY(res.value(k).isArray());
        QVERIFY(res.value(u"content").value(u"size").isNumber());
        QVERIFY(res.value(u"content").value(u"mimeType").isString());
        QVERIFY(entry.value(u"cache").isObject());
        for (const char16_t *k : {u"send", u"wait", u"receive"})
            QVERIFY(entry.value(u"timings").value(k).isNumber());
        QCOMPARE(entry.value(u"_resourceType").toString(), u"websocket"_s);
        const OValue &messages = entry.value(u"_webSocketMessages");
        QCOMPARE(messages.size(), frames);
        QCOMPARE(messages.at(0).value(u"type").toString(), u"receive"_s);
        QCOMPARE(messages.at(1).value(u"type").toString(), u"send"_s);
        QCOMPARE(messages.at(0).value(u"opcode").toInt(), 1);
        QVERIFY(messages.at(0).value(u"time").isNumber());
        QVERIFY(messages.at(0).value(u"data").toString().contains(u"authentication"_s));
    }

    void commandLineDiffAndExport()
    {
        const QString path = m_dir.filePath(u"cli.jsonl"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(syntheticBaserow(200));
        }
        auto run = [](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(Test::feedscopeBinary(), args);
            if (!p.waitForFinished(60000))
                return -1;
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        auto rec = Recording::open(path);
        const QString a = QString::number(rec->frameInfo(40).seq);
        const QString b = QString::number(rec->frameInfo(150).seq);
        QByteArray out;
        QCOMPARE(run({u"diff"_s, path, u"--from"_s, a, u"--to"_s, b}, &out), 0);
        auto json = OValue::fromJson(out);
        QVERIFY2(json, out.left(300).constData());
        QCOMPARE(QString::number(json->value(u"from").value(u"frame").toInt()), a);
        QCOMPARE(QString::number(json->value(u"to").value(u"frame").toInt()), b);
        TimeMachine tm(rec, Feeds::defaults(u"baserow"_s));
        QVERIFY(tm.buildNow());
        const StateDiff expected =
                diffStates(*tm.sessionAt(41)->store(), *tm.sessionAt(151)->store());
        QCOMPARE(json->value(u"changed").toInt(), expected.changed);
        QCOMPARE(json->value(u"created").toInt(), expected.created);
        QCOMPARE(json->value(u"deleted").toInt(), expected.deleted);
        QCOMPARE(run({u"diff"_s, path, u"--kind"_s, u"row"_s}, &out), 0);
        json = OValue::fromJson(out);
        for (const OValue &e : json->value(u"entities").items())
            QCOMPARE(e.value(u"kind").toString(), u"row"_s);
        QCOMPARE(run({u"diff"_s, path, u"--from"_s, u"no-such-moment"_s}), 2);

        const QString har = m_dir.filePath(u"cli.har"_s);
        QCOMPARE(run({u"export"_s, path, u"--format"_s, u"har"_s, u"--output"_s, har}), 0);
        QFile f(har);
        QVERIFY(f.open(QIODevice::ReadOnly));
        json = OValue::fromJson(f.readAll());
        QVERIFY(json);
        QCOMPARE(json->value(u"log").value(u"entries").at(0).value(u"_webSocketMessages").size(),
                rec->frameCount());
        QCOMPARE(run({u"export"_s, path, u"--format"_s, u"csv"_s, u"--from"_s, a, u"--to"_s, b},
                         &out),
                0);
        QCOMPARE(out.trimmed().split('\n').size(), 1 + 111);
        QVERIFY(out.split('\n').at(1).startsWith(QByteArray(a.toUtf8() + ',')));
        QCOMPARE(run({u"export"_s, path, u"--format"_s, u"xml"_s}), 2);
        QCOMPARE(
                run({u"export"_s, m_dir.filePath(u"missing.jsonl"_s), u"--format"_s, u"csv"_s}), 2);
    }

    void liveSessionRecordedAndReplayed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << u"live.jsonl"_s;
        QTest::newRow("gzip") << u"live.jsonl.gz"_s;
    }
    void liveSessionRecordedAndReplayed()
    {
        QFETCH(QString, file);
        Server::EmbeddedServerConfig sc;
        sc.feeds = {u"baserow"_s};
        Server::EmbeddedServer server(sc);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto *baserow = server.imitation<Server::BaserowImitation>();
        FeedConfig config = Feeds::defaults(u"baserow"_s);
        config.baseUrl = server.url();
        config.user = u"demo@example.com"_s;
        config.password = u"demo"_s;
        config.subscriptions = {u"table:100"_s};
        FeedSession session(config);
        SessionRecorder recorder(&session);
        const QString path = m_dir.filePath(file);
        QVERIFY2(recorder.start(path, &error), qPrintable(error));
        QSignalSpy snapshot(&session, &FeedSession::snapshotFinished);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
                session.subscriptions()->count(SubscriptionState::Confirmed) == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.snapshotLoading() && snapshot.size() > 0, 10000);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(baserow->updateRow(
                    100, 2, OValue::object({{u"field_1001"_s, u"Change %1"_s.arg(i)}})));
        }
        const auto created = baserow->createRow(
                100, OValue::object({{u"field_1001"_s, u"Recorded row"_s}}), std::nullopt);
        QVERIFY(created);
        QVERIFY(baserow->deleteRow(100, 1));
        QTRY_VERIFY_WITH_TIMEOUT(
                stateDumpJson(*session.store(), u"baserow"_s).contains("Recorded row"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.isQuiescent() && session.counters().framesIn >= 24, 10000);
        const QByteArray live = stateDumpJson(*session.store(), u"baserow"_s);
        QVERIFY(recorder.stop(&error));
        session.stop();

        auto rec = Recording::open(path, &error);
        QVERIFY2(rec, qPrintable(error));
        QCOMPARE(rec->feedId(), u"baserow"_s);
        QVERIFY(rec->header().present);
        QCOMPARE(rec->badLines(), 0);
        FeedConfig replayConfig = Feeds::defaults(u"baserow"_s);
        QVERIFY(RecordingFormat::applyConnectionSettings(rec->header().connection, replayConfig));
        QCOMPARE(replayConfig.user, u"demo@example.com"_s);
        QVERIFY(replayConfig.password.isEmpty());
        FeedSession replayed(replayConfig);
        const ReplaySummary s = replayRecording(replayed, *rec);
        QCOMPARE(qint64(s.framesIn), qint64(session.counters().framesIn));
        // The recorded connection's story comes back as rows of the replayed log: its phases
        // (Live) and its subscription's answer.
        QStringList story;
        for (qint64 i = replayed.log()->firstIndex(); i < replayed.log()->endIndex(); ++i) {
            const auto &entry = replayed.log()->entry(i);
            if (entry.dir == Direction::Event)
                story << replayed.log()->typeName(entry.type) + u' '
                                + OValue::fromJson(replayed.log()->bytes(i))
                                          ->value(u"text")
                                          .toString();
        }
        QVERIFY2(story.contains(u"phase Live"_s), qPrintable(story.join(u'\n')));
        QVERIFY2(story.contains(u"subscription table:100: confirmed"_s),
                qPrintable(story.join(u'\n')));
        QCOMPARE(stateDumpJson(*replayed.store(), u"baserow"_s), live);
        if (!path.endsWith(u".gz"_s))
            m_liveRecording = path;
        // And every moment of it.
        TimeMachine::Options options;
        options.minSpacing = 4;
        checkTimeMachine(rec, replayConfig, options, 15);
    }
    void servedRecordingGivesTheSameState()
    {
        // The live recording served again, ten times as fast: a client that connects gets
        // its frames and REST answers, and ends with the state the recording gives.
        QVERIFY(!m_liveRecording.isEmpty());
        QString error;
        auto rec = Recording::open(m_liveRecording, &error);
        QVERIFY2(rec, qPrintable(error));
        FeedSession plain(*rec->replayConfig());
        replayRecording(plain, *rec);
        const QByteArray expected = stateDumpJson(*plain.store(), u"baserow"_s);
        qsizetype framesIn = 0;
        for (qsizetype f = 0; f < rec->frameCount(); ++f)
            framesIn += rec->frameInfo(f).dir == Direction::In;

        Server::EmbeddedServerConfig sc;
        sc.builtIn = false;
        const auto factory = RecordingImitation::factory(m_liveRecording, 10, &error);
        QVERIFY2(factory.create, qPrintable(error));
        QCOMPARE(factory.feedId, u"baserow"_s);
        sc.extraImitations << factory;
        Server::EmbeddedServer server(sc);
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.imitations().size(), 1);
        QVERIFY(server.describe().contains(u"/ws/core/"_s));
        for (int round = 0; round < 2; ++round) { // again and again
            FeedConfig config = *rec->replayConfig();
            config.baseUrl = server.url();
            config.auth = u"token"_s;
            config.token = u"any-token-will-do"_s;
            FeedSession client(config);
            client.start();
            QTRY_VERIFY_WITH_TIMEOUT(client.counters().framesIn >= quint64(framesIn)
                            && client.isQuiescent() && !client.snapshotLoading(),
                    15000);
            QCOMPARE(client.counters().framesIn, quint64(framesIn));
            QCOMPARE(stateDumpJson(*client.store(), u"baserow"_s), expected);
            client.stop();
        }
        // A path the recording never answered, and a bad file.
        const auto reply = Test::http("GET", QUrl(server.url().toString() + u"/api/nothing/"_s));
        QCOMPARE(reply.status, 404);
        QVERIFY(!RecordingImitation::factory(m_dir.filePath(u"nope.jsonl"_s), 1, &error).create);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestRecording)
#include "tst_recording.moc"
