// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "net/feedconnection.h"
#include "net/jwt.h"
#include "record/recordingformat.h"
#include "util/secrets.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// Every rendered form of a URL, a header, a log line, a recorded frame masks the secret.
class TestSecrets : public QObject
{
    Q_OBJECT

private:
    static inline const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjo3fQ.abcDEF123_-xyz"_s;

private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secret");
        QTest::newRow("jwt_token") << u"ws://h:1/ws/core/?jwt_token=%1"_s.arg(jwt) << jwt;
        QTest::newRow("password in userinfo") << u"wss://ada:s3cr3t-pw@h/ws"_s << u"s3cr3t-pw"_s;
        QTest::newRow("token among others")
                << u"http://h/x?a=1&token=opaque-value-42&b=2"_s << u"opaque-value-42"_s;
        QTest::newRow("access_token")
                << u"http://h/x?access_token=zzz-top-secret"_s << u"zzz-top-secret"_s;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, secret);
        const QString shown = Secrets::redactUrl(QUrl(url));
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY(shown.contains(Secrets::Mask));
    }

    void keepsWhatIsNotSecret()
    {
        const QString shown =
                Secrets::redactUrl(QUrl(u"ws://example.com:8080/ws/core/?jwt_token=abc&page=2"_s));
        QVERIFY(shown.contains(u"example.com:8080/ws/core/"_s));
        QVERIFY(shown.contains(u"page=2"_s));
    }

    void headers_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray mask = QString(Secrets::Mask).toUtf8();
        QTest::newRow("basic") << QByteArray("Authorization") << QByteArray("Basic YWRhOnB3")
                               << "Basic " + mask;
        QTest::newRow("jwt scheme") << QByteArray("authorization")
                                    << QByteArray("Jwt ") + jwt.toLatin1() << "Jwt " + mask;
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("JSESSIONID=ABC; theme=dark")
                                << "JSESSIONID=" + mask + "; theme=" + mask;
        QTest::newRow("other header")
                << QByteArray("Origin") << QByteArray("http://app") << QByteArray("http://app");
    }

    void headers()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(Secrets::redactHeaderValue(name, value), expected);
    }

    void freeText()
    {
        const QString line =
                u"GET /x Authorization: Basic YWRhOnB3ZA== token=%1 password=hunter2 Cookie: a=b"_s
                        .arg(jwt);
        const QString shown = Secrets::redactText(line);
        QVERIFY(!shown.contains(jwt));
        QVERIFY(!shown.contains(u"hunter2"_s));
        QVERIFY(!shown.contains(u"YWRhOnB3ZA=="_s));
        QVERIFY(!shown.contains(u"a=b"_s));
        QCOMPARE(Secrets::redactText(u"nothing to see: table 5101"_s),
                u"nothing to see: table 5101"_s);
    }

    void pythonStyleEchoes()
    {
        // A server that echoes the login body in its error, as a Python dict prints it: the
        // whole value goes, spaces and all, with no known value needed.
        const QString echo = u"400 Bad Request: {'email': 'a@b.c', 'password': 'my long "
                             "pass phrase', 'other': 1}"_s;
        const QString shown = Secrets::redactText(echo);
        QVERIFY2(!shown.contains(u"long pass"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"'email': 'a@b.c'"_s));
        QVERIFY(shown.contains(u"'other': 1"_s));
        const QString escaped = Secrets::redactText(u"{'password': 'it\\'s a secret'}"_s);
        QVERIFY2(!escaped.contains(u"secret'"_s) && !escaped.contains(u"s a "_s),
                qPrintable(escaped));
    }

    void knownValuesInEveryForm_data()
    {
        // A connection's own secrets, masked wherever text leaves the process (through
        // redactText, every log line and error), whatever form a server echoes them in.
        QTest::addColumn<QString>("text");
        const QString pw = u"Tr0ub4dor & 3 \"q'"_s;
        QTest::newRow("raw, unquoted") << u"login failed for pw=%1 at 12:00"_s.arg(pw);
        QTest::newRow("url-encoded") << u"GET /login?pass=%1 failed"_s.arg(
                QString::fromLatin1(QUrl::toPercentEncoding(pw)));
        QTest::newRow("form-encoded") << u"body: user=ada&x=%1"_s.arg(
                QString::fromLatin1(QUrl::toPercentEncoding(pw).replace("%20", "+")));
        QTest::newRow("json-escaped")
                << u"{\"detail\": \"%1\"}"_s.arg(QString(pw).replace(u'"', u"\\\""_s));
        QTest::newRow("python-escaped")
                << u"{'detail': '%1'}"_s.arg(QString(pw).replace(u'\'', u"\\'"_s));
        QTest::newRow("basic") << u"sent header Authorisation %1"_s.arg(
                QString::fromLatin1((u"ada:"_s + pw).toUtf8().toBase64()));
    }

    void knownValuesInEveryForm()
    {
        QFETCH(QString, text);
        const QString pw = u"Tr0ub4dor & 3 \"q'"_s;
        Secrets::KnownValues values;
        values.add(pw);
        values.addBasic(u"ada"_s, pw);
        Secrets::remember(values);
        const QString shown = Secrets::redactText(text);
        QVERIFY2(shown.contains(Secrets::Mask), qPrintable(shown));
        QVERIFY2(!shown.contains(u"Tr0ub4dor"_s), qPrintable(shown));
        QVERIFY(!shown.contains(QString::fromLatin1((u"ada:"_s + pw).toUtf8().toBase64())));
    }

    void jsonFrames()
    {
        const QByteArray frame =
                R"({"page": "view", "slug": "abc", "token": "view-access-token-1"})";
        const QByteArray masked = Secrets::redactJson(frame);
        QVERIFY(!masked.contains("view-access-token-1"));
        QVERIFY(masked.contains("\"slug\": \"abc\""));
        const QByteArray login = "{\"email\":\"a@b.c\",\"password\":\"pw with \\\"quote\\\"\"}";
        QVERIFY(!Secrets::redactJson(login).contains("quote"));
        const QByteArray plain = R"({"type": "rows_updated", "table_id": 1})";
        QCOMPARE(Secrets::redactJson(plain), plain);
        QCOMPARE(Secrets::redactJson(plain).constData(), plain.constData()); // no copy
    }

    void recordingsAreMasked()
    {
        Frame f;
        f.seq = 4;
        f.wallMs = 1700000000000;
        f.dir = Direction::Out;
        f.bytes = R"({"page": "view", "slug": "s", "token": "tok-123456"})";
        const QByteArray line = RecordingFormat::frameLine(f, -1);
        QVERIFY(!line.contains("tok-123456"));
        QVERIFY(line.startsWith(R"({"seq":4,"t":1700000000000,"dir":"out","frame":)"));
    }

    void connectionDisplayUrl()
    {
        ConnectionOptions o;
        o.url = QUrl(u"ws://127.0.0.1:1/ws/core/"_s);
        o.query = {{u"jwt_token"_s, jwt}};
        FeedConnection conn;
        conn.setOptions(o);
        QVERIFY(!conn.displayUrl().contains(jwt));
        QVERIFY(conn.options().effectiveUrl().toString().contains(jwt));
    }

    void jwtHelpers()
    {
        const QByteArray secret = "k";
        const QByteArray token =
                Jwt::signHs256(OValue::object({{u"exp"_s, 2000000000}, {u"user_id"_s, 7}}), secret);
        QCOMPARE(Jwt::expiry(token), std::optional<qint64>(2000000000));
        QVERIFY(Jwt::verifyHs256(token, secret));
        QVERIFY(!Jwt::verifyHs256(token, "other"));
        QByteArray tampered = token;
        tampered[tampered.indexOf('.') + 3] ^= 1;
        QVERIFY(!Jwt::verifyHs256(tampered, secret));
        QVERIFY(!Jwt::expiry("not-a-jwt"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
