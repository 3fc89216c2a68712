// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace Feedscope;

// `feedscope` with no command, as a person types it: help, version and mistakes are answered
// whatever the display; only a plain start (or --demo) without a display runs the headless demo.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // The environment with or without a display, in the language of lang alone.
    static QProcessEnvironment environment(bool display, const QString &lang = u"C.UTF-8"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s,
                     u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
            env.remove(name);
        if (display)
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LANG"_s, lang);
        return env;
    }

    static Run run(const QStringList &args, bool display, const QString &lang = u"C.UTF-8"_s)
    {
        QProcess p;
        p.setProcessEnvironment(environment(display, lang));
        p.start(Test::feedscopeBinary(), args);
        Run r;
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"(still running: it did not answer and exit)"_s;
            return r;
        }
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void theManPageDocumentsEveryCommandAndOption()
    {
#ifndef FEEDSCOPE_MANPAGE
        QSKIP("no man page on this system: cmake/FeedscopePackaging.cmake makes feedscope.1 for "
              "Linux packages only (Windows and macOS installers carry none)");
#else
        QFile page(QStringLiteral(FEEDSCOPE_MANPAGE));
        QVERIFY2(page.open(QIODevice::ReadOnly), FEEDSCOPE_MANPAGE);
        const QString roff = QString::fromUtf8(page.readAll()).replace(u"\\-"_s, u"-"_s);
        const QStringList commands {u"monitor"_s, u"replay"_s, u"diff"_s, u"export"_s, u"serve"_s};
        QStringList missing;
        QStringList options;
        const QRegularExpression option(u"(?:^|\\s)(--[a-z][a-z0-9-]*)"_s);
        for (const QString &command : QStringList {QString()} + commands) {
            const Run r = run(command.isEmpty() ? QStringList {u"--help"_s}
                                                : QStringList {command, u"--help"_s},
                    false);
            QCOMPARE(r.code, 0);
            if (!command.isEmpty() && !roff.contains(u".SH \"FEEDSCOPE "_s + command.toUpper()))
                missing << command;
            for (const auto &m : option.globalMatch(r.out)) {
                options << m.captured(1);
                if (!roff.contains(m.captured(1)))
                    missing << command + u' ' + m.captured(1);
            }
        }
        QVERIFY(options.size() > 40); // the help was read
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
#endif
    }

    void shellCompletionsKnowTheCommandsAndOptions()
    {
#ifndef FEEDSCOPE_COMPLETIONS
        QSKIP("no shell completions on this system: cmake/FeedscopePackaging.cmake makes them for "
              "Linux packages only (bash, zsh and fish as Linux distributions install them)");
#else
        // bash, as the shell calls it: the words so far, the one being completed.
        const QString dir = QStringLiteral(FEEDSCOPE_COMPLETIONS);
        auto complete = [&dir](const QString &words, int current) {
            QProcess bash;
            bash.start(u"bash"_s,
                    {u"-c"_s,
                            u"source '%1/feedscope.bash'; COMP_WORDS=(%2); COMP_CWORD=%3; "
                            "_feedscope; echo \"${COMPREPLY[*]}\""_s.arg(dir, words)
                                    .arg(current)});
            bash.waitForFinished(10000);
            return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
        };
        QCOMPARE(complete(u"feedscope mo"_s, 1), u"monitor"_s);
        QCOMPARE(complete(u"feedscope monitor --id"_s, 2), u"--idle"_s);
        QCOMPARE(complete(u"feedscope serve --flood-c"_s, 2), u"--flood-count"_s);
        QCOMPARE(complete(u"feedscope --sm"_s, 1), u"--smoke-test"_s);
        // A FILE: file names (here, the completions' own folder).
        QVERIFY(complete(u"feedscope monitor --record '%1/feedscope.b'"_s.arg(dir), 3)
                        .endsWith(u"feedscope.bash"_s));
        // zsh and fish read their files without a syntax error, where they are installed.
        for (const auto &[shell, file] : {std::pair {u"zsh"_s, u"_feedscope"_s},
                     std::pair {u"fish"_s, u"feedscope.fish"_s}}) {
            if (QStandardPaths::findExecutable(shell).isEmpty())
                continue;
            QProcess p;
            p.start(shell, {u"-n"_s, dir + u'/' + file});
            QVERIFY(p.waitForFinished(10000));
            QVERIFY2(p.exitCode() == 0,
                    qPrintable(shell + u": "_s + QString::fromUtf8(p.readAllStandardError())));
        }
#endif
    }

    void englishPluralsReadAsEnglish()
    {
        // The catalogue the app installs under every language: "1 frame", "2 frames".
        QTranslator plurals;
        QVERIFY(plurals.load(QStringLiteral(FEEDSCOPE_PLURALS_QM)));
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        auto tr = [](const char *context, const char *text, int n) {
            return QCoreApplication::translate(context, text, nullptr, n);
        };
        QCOMPARE(tr("Feedscope::FeedConnection", "gave up after %n attempt(s)", 1),
                u"gave up after 1 attempt"_s);
        QCOMPARE(tr("Feedscope::FeedConnection", "gave up after %n attempt(s)", 3),
                u"gave up after 3 attempts"_s);
        QCOMPARE(tr("Feedscope::Ui::LogPanel", "Show the %n entit(ies) it changed", 1),
                u"Show the 1 entity it changed"_s);
        QCOMPARE(tr("Feedscope::Ui::LogPanel", "Show the %n entit(ies) it changed", 0),
                u"Show the 0 entities it changed"_s);
        QCOMPARE(tr("Feedscope::FeedSession", "Snapshot loaded: %n change(s)", 1),
                u"Snapshot loaded: 1 change"_s);
        QCoreApplication::removeTranslator(&plurals);
    }

    void helpSpeaksTheSystemsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("commands"); // "Commands:" in that language
        QTest::addColumn<QStringList>("args");
        for (const auto &[lang, commands] : {std::pair {u"de_DE.UTF-8"_s, u"Befehle:"_s},
                     std::pair {u"fr_FR.UTF-8"_s, u"Commandes\u00a0:"_s}}) {
            for (const QString &command :
                    {QString(), u"monitor"_s, u"replay"_s, u"diff"_s, u"export"_s, u"serve"_s}) {
                QTest::addRow("%s %s", qPrintable(lang.left(2)),
                        command.isEmpty() ? "--help" : qPrintable(command))
                        << lang << commands
                        << (command.isEmpty() ? QStringList {u"--help"_s}
                                              : QStringList {u"help"_s, command});
            }
        }
    }

    // The help in German and French: no description is left in English (each line of the
    // English help that says something in words is absent from the translated one), and Qt's
    // own words ("Usage:") are translated too.
    void helpSpeaksTheSystemsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, commands);
        QFETCH(QStringList, args);
        const Run english = run(args, false);
        const Run translated = run(args, false, lang);
        QCOMPARE(english.code, 0);
        QCOMPARE(translated.code, 0);
        // Qt's own words where Qt's catalogues are installed (qt6-translations-l10n).
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s
                    + lang.left(2) + u".qm"_s))
            QVERIFY(!translated.out.contains(u"Usage:"_s));
        if (args.constFirst() == u"--help"_s)
            QVERIFY2(translated.out.contains(commands), qPrintable(translated.out));
        static const QRegularExpression words(u"[a-z]{3,} [a-z]{2,} [a-z]{2,}"_s);
        QStringList untranslated;
        for (const QString &line : english.out.split(u'\n')) {
            const QString text = line.trimmed();
            if (text.contains(words) && translated.out.contains(text))
                untranslated << text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }

    void helpListsTheCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("display");
        for (bool display : {false, true}) {
            const char *where = display ? "display" : "no display";
            QTest::newRow(qPrintable(u"--help, "_s + QLatin1StringView(where)))
                    << QStringList {u"--help"_s} << display;
            QTest::newRow(qPrintable(u"-h, "_s + QLatin1StringView(where)))
                    << QStringList {u"-h"_s} << display;
            QTest::newRow(qPrintable(u"help, "_s + QLatin1StringView(where)))
                    << QStringList {u"help"_s} << display;
        }
    }

    void helpListsTheCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, display);
        const Run r = run(args, display);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Usage: feedscope "_s), qPrintable(r.out));
        for (const QString &command : {u"monitor"_s, u"replay"_s, u"serve"_s})
            QVERIFY2(r.out.contains(u"\n  "_s + command), qPrintable(command));
        QVERIFY(r.out.contains(u"--demo"_s));
        QVERIFY(!r.err.contains(u"headless demo instead"_s));
    }

    void helpForACommand()
    {
        const Run r = run({u"help"_s, u"monitor"_s}, false);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Usage: feedscope [options] monitor"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--subscribe"_s));
        const Run unknown = run({u"help"_s, u"nosuch"_s}, false);
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.startsWith(u"feedscope: no command \"nosuch\""_s));
    }

    void versionSaysItsQt()
    {
        for (bool display : {false, true}) {
            for (const QString &flag : {u"--version"_s, u"-v"_s}) {
                const Run r = run({flag}, display);
                QCOMPARE(r.code, 0);
                static const QRegularExpression form(
                        u"^feedscope \\d+\\.\\d+\\.\\d+ \\(Qt 6\\.\\d+\\.\\d+\\)\n$"_s);
                QVERIFY2(form.match(r.out).hasMatch(), qPrintable(r.out));
                QVERIFY(r.out.contains(QString::fromLatin1(qVersion())));
            }
        }
    }

    void mistakesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("display");
        QTest::addColumn<QString>("says");
        for (bool display : {false, true}) {
            const QString where = display ? u"display"_s : u"no display"_s;
            QTest::newRow(qPrintable(u"--hlep, "_s + where))
                    << QStringList {u"--hlep"_s} << display << u"hlep"_s;
            QTest::newRow(qPrintable(u"moniter, "_s + where))
                    << QStringList {u"moniter"_s} << display << u"unknown command \"moniter\""_s;
            QTest::newRow(qPrintable(u"--demo --nope, "_s + where))
                    << QStringList {u"--demo"_s, u"--nope"_s} << display << u"nope"_s;
        }
        QTest::newRow("--screenshot, no display")
                << QStringList {u"--screenshot"_s, u"x.png"_s} << false << u"needs a display"_s;
    }

    void mistakesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, display);
        QFETCH(QString, says);
        const Run r = run(args, display);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        const QString firstLine = r.err.section(u'\n', 0, 0);
        QVERIFY2(firstLine.startsWith(u"feedscope: "_s) && firstLine.contains(says),
                qPrintable(r.err));
        QVERIFY(r.err.contains(u"Usage: feedscope "_s)); // and the usage after it
    }

    void withoutADisplayAPlainStartIsTheHeadlessDemo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("plain") << QStringList {};
        QTest::newRow("--demo") << QStringList {u"--demo"_s};
    }

    void withoutADisplayAPlainStartIsTheHeadlessDemo()
    {
#if !defined(Q_OS_LINUX) && !defined(Q_OS_FREEBSD)
        QSKIP("Windows and macOS always have a display: a plain start is the window there");
#endif
        QFETCH(QStringList, args);
        QProcess p;
        p.setProcessEnvironment(environment(false));
        p.start(Test::feedscopeBinary(), args);
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Baserow"), 20000);
        QVERIFY(p.readAllStandardError().contains("running the headless demo instead"));
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    // What the headless demo prints is in the user's language, with plural forms.
    void theHeadlessDemoSpeaksTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("instead"); // from its first line, on stderr
        QTest::addColumn<QStringList>("words"); // message, messages, entity, entities
        QTest::newRow("en") << u"C.UTF-8"_s << u"running the headless demo instead"_s
                            << QStringList {
                                       u"message"_s, u"messages"_s, u"entity"_s, u"entities"_s};
        QTest::newRow("de") << u"de_DE.UTF-8"_s << u"stattdessen läuft die Headless-Demo"_s
                            << QStringList {u"Nachricht"_s, u"Nachrichten"_s, u"Entität"_s,
                                       u"Entitäten"_s};
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s << u"la démo sans interface à la place"_s
                            << QStringList {u"message"_s, u"messages"_s, u"entité"_s, u"entités"_s};
    }

    void theHeadlessDemoSpeaksTheUsersLanguage()
    {
#if !defined(Q_OS_LINUX) && !defined(Q_OS_FREEBSD)
        QSKIP("Windows and macOS always have a display: a plain start is the window there");
#endif
        QFETCH(QString, lang);
        QFETCH(QString, instead);
        QFETCH(QStringList, words);
        QProcess p;
        p.setProcessEnvironment(environment(false, lang));
        p.start(Test::feedscopeBinary(), {});
        QVERIFY(p.waitForStarted());
        // The status line comes every 5 s: wait for a whole one that names every feed.
        static const QRegularExpression line(
                uR"(^((?:[^\n]*\|){3}[^\n]*)\n)"_s, QRegularExpression::MultilineOption);
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
                (out += QString::fromUtf8(p.readAllStandardOutput())).contains(line), 30000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(err.contains(instead), qPrintable(err));
        // "Baserow demo: Live, 1 message, 12 entities", the colon as the language writes it.
        static const QRegularExpression feed(uR"(^[^:]+\s?: [^,]+, (\d+) ([^,]+), (\d+) (.+)$)"_s);
        const QStringList parts = line.match(out).captured(1).split(u" | "_s);
        QCOMPARE(parts.size(), 4);
        // English and German: 1 is singular; French: 0 and 1.
        auto singular = [&lang](const QString &n) {
            return n == u"1" || (lang.startsWith(u"fr") && n == u"0");
        };
        for (const QString &part : parts) {
            const QRegularExpressionMatch m = feed.match(part);
            QVERIFY2(m.hasMatch(), qPrintable(part));
            QCOMPARE(m.captured(2), words.at(singular(m.captured(1)) ? 0 : 1));
            QCOMPARE(m.captured(4), words.at(singular(m.captured(3)) ? 2 : 3));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
