// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// feedscope_iconset SVG OUTDIR: the app's icon in the forms each system wants, made from the
// one SVG at build time:
//   OUTDIR/hicolor/<n>x<n>/apps/<name>.png  for the freedesktop icon theme (16 to 256)
//   OUTDIR/<name>.ico                        Windows (the .rc, the installer): PNG entries
//   OUTDIR/<name>.icns                       macOS (the bundle): PNG entries
// <name> is the SVG's base name. Needs no display: an SVG drawn on a QImage.
#include <cstdio>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

namespace {

QByteArray png(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template<typename T>
void put(QByteArray &out, T value, bool bigEndian)
{
    char raw[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, raw);
    else
        qToLittleEndian(value, raw);
    out.append(raw, sizeof(T));
}

// ICONDIR, then one ICONDIRENTRY per image (0 stands for 256), then the PNGs (Windows Vista
// and later read PNG entries).
QByteArray ico(QSvgRenderer &svg, const QList<int> &sizes)
{
    QByteArray head;
    QByteArray body;
    put<quint16>(head, 0, false);
    put<quint16>(head, 1, false); // an icon
    put<quint16>(head, quint16(sizes.size()), false);
    const quint32 start = quint32(6 + 16 * sizes.size());
    for (int size : sizes) {
        const QByteArray image = png(svg, size);
        head.append(char(size >= 256 ? 0 : size));
        head.append(char(size >= 256 ? 0 : size));
        head.append(char(0)); // no palette
        head.append(char(0));
        put<quint16>(head, 1, false); // planes
        put<quint16>(head, 32, false); // bits per pixel
        put<quint32>(head, quint32(image.size()), false);
        put<quint32>(head, start + quint32(body.size()), false);
        body += image;
    }
    return head + body;
}

// 'icns' and its length, then (type, length with its 8-byte header, PNG) per image.
QByteArray icns(QSvgRenderer &svg)
{
    static const struct
    {
        const char *type;
        int size;
    } entries[] = {{"icp4", 16}, {"icp5", 32}, {"ic11", 32}, {"icp6", 64}, {"ic12", 64},
            {"ic07", 128}, {"ic08", 256}, {"ic13", 256}, {"ic09", 512}, {"ic14", 512},
            {"ic10", 1024}};
    QByteArray body;
    for (const auto &e : entries) {
        const QByteArray image = png(svg, e.size);
        body.append(e.type, 4);
        put<quint32>(body, quint32(image.size() + 8), true);
        body += image;
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(body.size() + 8), true);
    return out + body;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "feedscope_iconset: cannot write %s: %s\n", qPrintable(path),
                qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fputs("usage: feedscope_iconset SVG OUTDIR\n", stderr);
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer svg(source);
    if (!svg.isValid()) {
        std::fprintf(stderr, "feedscope_iconset: %s is not an SVG it can draw\n", argv[1]);
        return 1;
    }
    const QString name = QFileInfo(source).completeBaseName();
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString path =
                QStringLiteral("%1/hicolor/%2x%2/apps/%3.png").arg(out).arg(size).arg(name);
        if (!write(path, png(svg, size)))
            return 1;
    }
    if (!write(out + u'/' + name + QStringLiteral(".ico"), ico(svg, {16, 24, 32, 48, 64, 256})))
        return 1;
    if (!write(out + u'/' + name + QStringLiteral(".icns"), icns(svg)))
        return 1;
    return 0;
}
