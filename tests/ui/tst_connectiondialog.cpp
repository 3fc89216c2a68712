// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "connectiondialog.h"
#include "settings/secretstore.h"
#include "settings/settings.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// The connection dialog and saved profiles: secrets go to the secret store, never to the
// settings file, and come back when a profile is loaded.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1StringView(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void baserowProfileRoundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"feedscope.ini"_s);
        auto settings = Settings::ini(ini);
        MemorySecretStore secrets;
        {
            Ui::ConnectionDialog d(settings.get(), &secrets);
            child<QLineEdit>(&d, "profileName")->setText(QString());
            QTest::keyClicks(child<QLineEdit>(&d, "profileName"), u"Prod Baserow"_s);
            child<QComboBox>(&d, "feed")->setCurrentIndex(0);
            child<QLineEdit>(&d, "url")->clear();
            QTest::keyClicks(child<QLineEdit>(&d, "url"), u"https://baserow.example.com"_s);
            child<QRadioButton>(&d, "auth-password")->setChecked(true);
            // Each credential field says what it wants.
            auto labelOf = [&](const char *field) {
                for (auto *l : d.findChildren<QLabel *>()) {
                    if (l->buddy() == child<QLineEdit>(&d, field))
                        return l->text();
                }
                return QString();
            };
            QCOMPARE(labelOf("user"), u"E-mail"_s);
            QCOMPARE(labelOf("password"), u"Password"_s);
            QTest::keyClicks(child<QLineEdit>(&d, "user"), u"ada@example.com"_s);
            QTest::keyClicks(child<QLineEdit>(&d, "password"), u"s3cret-pw"_s);
            QTest::keyClicks(child<QLineEdit>(&d, "subscriptions"), u"table:5101, row:5101:12"_s);
            QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
            QVERIFY(child<QLabel>(&d, "error")->text().isEmpty());
            const FeedConfig c = d.config();
            QCOMPARE(c.feedId(), u"baserow"_s);
            QCOMPARE(c.auth, u"password"_s);
            QCOMPARE(c.subscriptions, (QStringList {u"table:5101"_s, u"row:5101:12"_s}));
            QCOMPARE(c.effectiveWebSocketUrl().toString(), u"wss://baserow.example.com/ws/core/"_s);
        }
        settings->sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("ada@example.com"));
        QVERIFY(!text.contains("s3cret-pw")); // never in the settings file…
        QCOMPARE(secrets.secrets.value(FeedProfile::secretKey(u"Prod Baserow"_s, u"password"_s)),
                u"s3cret-pw"_s); // …but here
        QCOMPARE(settings->profileNames(), QStringList {u"Prod Baserow"_s});

        // A new dialog loads it back, secret included.
        Ui::ConnectionDialog again(settings.get(), &secrets);
        again.loadProfile(u"Prod Baserow"_s);
        QCOMPARE(child<QLineEdit>(&again, "user")->text(), u"ada@example.com"_s);
        QCOMPARE(child<QLineEdit>(&again, "password")->text(), u"s3cret-pw"_s);
        QCOMPARE(child<QLineEdit>(&again, "url")->text(), u"https://baserow.example.com"_s);
        // Deleting the profile deletes its secrets.
        settings->removeProfile(u"Prod Baserow"_s, &secrets);
        QVERIFY(secrets.secrets.isEmpty());
        QVERIFY(settings->profileNames().isEmpty());
    }

    void contentServerAndValidation()
    {
        QTemporaryDir dir;
        auto settings = Settings::ini(dir.filePath(u"f.ini"_s));
        MemorySecretStore secrets;
        Ui::ConnectionDialog d(settings.get(), &secrets);
        child<QComboBox>(&d, "feed")->setCurrentIndex(1);
        child<QLineEdit>(&d, "url")->setText(u"not a url at all ://"_s);
        QVERIFY(!d.validate().isEmpty());
        child<QLineEdit>(&d, "url")->setText(u"http://atoti.local:9090"_s);
        child<QRadioButton>(&d, "auth-jwt")->setChecked(true);
        // The JWT mode shows the token, the user and the password, all optional.
        QVERIFY(child<QLineEdit>(&d, "token")->isVisibleTo(&d));
        QVERIFY(!child<QLineEdit>(&d, "cookie")->isVisibleTo(&d));
        child<QLineEdit>(&d, "user")->setText(u"alice"_s);
        child<QLineEdit>(&d, "password")->setText(u"alice"_s);
        child<QLineEdit>(&d, "subscriptions")->setText(u"/ui/dashboards"_s);
        // Its own settings: the assumed subscription frames; empty means none.
        child<QLineEdit>(&d, "option-subscribeTemplate")->clear();
        QCOMPARE(d.validate(), QString());
        const FeedConfig c = d.config();
        QCOMPARE(c.auth, u"jwt"_s);
        QVERIFY(c.option(u"subscribeTemplate"_s).isEmpty());
        QVERIFY(c.options.contains(u"subscribeTemplate"_s));
        QCOMPARE(c.effectiveWebSocketUrl().toString(), u"ws://atoti.local:9090/content/ws/v5"_s);
        QVERIFY(c.keepalive.enabled);
        // A bad Baserow subscription is refused before connecting.
        child<QComboBox>(&d, "feed")->setCurrentIndex(0);
        child<QRadioButton>(&d, "auth-password")->setChecked(true);
        child<QLineEdit>(&d, "user")->setText(u"a@b.c"_s);
        child<QLineEdit>(&d, "password")->setText(u"pw"_s);
        child<QLineEdit>(&d, "subscriptions")->setText(u"tabel:1"_s);
        QVERIFY(d.validate().contains(u"tabel"_s));
    }

    void migrationMovesSecretsOutOfTheFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"old.ini"_s);
        {
            QSettings old(ini, QSettings::IniFormat);
            old.setValue(u"schemaVersion"_s, 1);
            old.setValue(u"logCap"_s, 5000);
            old.setValue(u"profiles/items/Old/feed"_s, u"baserow"_s);
            old.setValue(u"profiles/items/Old/baseUrl"_s, u"http://x"_s);
            old.setValue(u"profiles/items/Old/password"_s, u"plain-text-pw"_s);
        }
        auto settings = Settings::ini(ini);
        MemorySecretStore secrets;
        settings->migrate(&secrets);
        QCOMPARE(settings->value(Settings::Key::SchemaVersion).toInt(), Settings::CurrentSchema);
        QCOMPARE(settings->value(Settings::Key::LogMaxEntries).toLongLong(), 5000);
        QCOMPARE(secrets.secrets.value(FeedProfile::secretKey(u"Old"_s, u"password"_s)),
                u"plain-text-pw"_s);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("plain-text-pw"));
        QVERIFY(settings->profile(u"Old"_s));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
