// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the packages carry besides the program: the icons made from the SVG for each system
// (tools/iconset), the macOS Info.plist and the Windows version resource templates.
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
const QString kName = u"io.github.feedscope.Feedscope"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The icon is drawn, not blank: some pixels opaque, some transparent (its rounded corners).
bool looksDrawn(const QImage &image)
{
    int opaque = 0;
    int clear = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int a = qAlpha(image.pixel(x, y));
            opaque += a == 255;
            clear += a == 0;
        }
    }
    const int all = image.width() * image.height();
    return opaque > all / 2 && clear > 0;
}
} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void pngIconsForTheIconTheme_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void pngIconsForTheIconTheme()
    {
        QFETCH(int, size);
        const QString path =
                u"%1/hicolor/%2x%2/apps/%3.png"_s.arg(QStringLiteral(FEEDSCOPE_ICON_DIR))
                        .arg(size)
                        .arg(kName);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        QVERIFY(looksDrawn(image));
    }

    // Windows reads the .ico (the executable's resource, the installer): Qt's own ICO reader
    // finds every size in it.
    void windowsIcoHoldsEverySize()
    {
        const QString path = QStringLiteral(FEEDSCOPE_ICON_DIR) + u'/' + kName + u".ico"_s;
        QImageReader reader(path, "ico");
        QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
        QList<int> sizes;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            QVERIFY(looksDrawn(image));
            sizes << image.width();
        }
        QCOMPARE(sizes, (QList<int> {16, 24, 32, 48, 64, 256}));
    }

    // macOS reads the .icns (the bundle's Resources): 'icns', its length, then typed PNG
    // entries whose sizes match their types.
    void macIcnsIsWellFormed()
    {
        const QByteArray icns =
                readAll(QStringLiteral(FEEDSCOPE_ICON_DIR) + u'/' + kName + u".icns"_s);
        QVERIFY(icns.size() > 8);
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));
        const QHash<QByteArray, int> expected {{"icp4", 16}, {"icp5", 32}, {"ic11", 32},
                {"icp6", 64}, {"ic12", 64}, {"ic07", 128}, {"ic08", 256}, {"ic13", 256},
                {"ic09", 512}, {"ic14", 512}, {"ic10", 1024}};
        QSet<QByteArray> seen;
        qsizetype at = 8;
        while (at < icns.size()) {
            QVERIFY(at + 8 <= icns.size());
            const QByteArray type = icns.mid(at, 4);
            const auto length = qsizetype(qFromBigEndian<quint32>(icns.constData() + at + 4));
            QVERIFY2(length > 8 && at + length <= icns.size(), type.constData());
            QVERIFY2(expected.contains(type), type.constData());
            const QImage image = QImage::fromData(icns.mid(at + 8, length - 8), "PNG");
            QCOMPARE(image.size(), QSize(expected[type], expected[type]));
            seen.insert(type);
            at += length;
        }
        QCOMPARE(at, icns.size());
        QCOMPARE(seen.size(), expected.size());
    }

    // The bundle's Info.plist: well-formed, with the id, the versions, the icon, the oldest
    // macOS and high resolution.
    void macInfoPlistSaysWhatTheBundleIs()
    {
        const QByteArray plist =
                readAll(QStringLiteral(FEEDSCOPE_SOURCE_DIR) + u"/packaging/macos/Info.plist.in"_s);
        QVERIFY(!plist.isEmpty());
        QXmlStreamReader xml(plist);
        QHash<QString, QString> values;
        QString key;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QString name = xml.name().toString();
            if (name == u"key"_s) {
                key = xml.readElementText();
            } else if (name == u"string"_s && !key.isEmpty()) {
                values.insert(key, xml.readElementText());
                key.clear();
            } else if (name == u"true"_s && !key.isEmpty()) {
                values.insert(key, u"true"_s);
                key.clear();
            } else if (name == u"array"_s) {
                key.clear();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(values.value(u"CFBundleIdentifier"_s), u"${MACOSX_BUNDLE_GUI_IDENTIFIER}"_s);
        QCOMPARE(values.value(u"CFBundleShortVersionString"_s),
                u"${MACOSX_BUNDLE_SHORT_VERSION_STRING}"_s);
        QCOMPARE(values.value(u"CFBundleVersion"_s), u"${MACOSX_BUNDLE_BUNDLE_VERSION}"_s);
        QCOMPARE(values.value(u"CFBundleIconFile"_s), u"${MACOSX_BUNDLE_ICON_FILE}"_s);
        QCOMPARE(values.value(u"LSMinimumSystemVersion"_s), u"@FEEDSCOPE_MACOS_MINIMUM@"_s);
        QCOMPARE(values.value(u"NSHighResolutionCapable"_s), u"true"_s);
        // The bundle id the issue and the AppStream file name.
        const QByteArray app =
                readAll(QStringLiteral(FEEDSCOPE_SOURCE_DIR) + u"/app/CMakeLists.txt"_s);
        QVERIFY(app.contains("MACOSX_BUNDLE_GUI_IDENTIFIER io.github.feedscope.Feedscope"));
    }

    // The Windows version resource names the product, its version and the company, and its
    // icon is the generated .ico.
    void windowsVersionResource()
    {
        const QString rc = QString::fromUtf8(readAll(
                QStringLiteral(FEEDSCOPE_SOURCE_DIR) + u"/packaging/windows/feedscope.rc.in"_s));
        QVERIFY(!rc.isEmpty());
        for (const QString &value : {u"ProductName"_s, u"ProductVersion"_s, u"CompanyName"_s,
                     u"FileVersion"_s, u"FileDescription"_s, u"OriginalFilename"_s}) {
            QVERIFY2(rc.contains(QRegularExpression(u"VALUE \"%1\", \"[^\"]+\""_s.arg(value))),
                    qPrintable(value));
        }
        QVERIFY(rc.contains(u"ICON \"@FEEDSCOPE_ICON_DIR@/"_s + kName + u".ico\""_s));
        QVERIFY(rc.contains(u"FILEVERSION @PROJECT_VERSION_MAJOR@,@PROJECT_VERSION_MINOR@,"
                            u"@PROJECT_VERSION_PATCH@,0"_s));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
