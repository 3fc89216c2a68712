// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_qtpeer: the Qt reference clients of the ingest benchmark. It connects to a WebSocket
// URL, sends the given frames once open, and then, per received text frame, either only counts
// it (--mode count: the transport's ceiling) or parses it with QJsonDocument (--mode qjson).
// It stops after --idle-ms without a frame and prints one line:
//   RESULT frames=N seconds=S rate=R   (seconds: first frame to last)
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption url {u"url"_s, u"WebSocket URL."_s, u"URL"_s};
    QCommandLineOption send {u"send"_s, u"Text frame to send once open (repeatable)."_s, u"T"_s};
    QCommandLineOption mode {u"mode"_s, u"count or qjson."_s, u"MODE"_s, u"count"_s};
    QCommandLineOption idle {
            u"idle-ms"_s, u"Stop after this long without a frame."_s, u"MS"_s, u"1000"_s};
    p.addOptions({url, send, mode, idle});
    p.process(app);
    const bool parse = p.value(mode) == u"qjson";

    QWebSocket ws;
    ws.setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
    ws.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    QElapsedTimer clock;
    qint64 frames = 0, first = -1, last = -1, parsed = 0;
    QTimer idleTimer;
    idleTimer.setSingleShot(true);
    idleTimer.setInterval(p.value(idle).toInt());
    QObject::connect(&idleTimer, &QTimer::timeout, &app, &QCoreApplication::quit);
    QObject::connect(&ws, &QWebSocket::connected, &app, [&] {
        for (const QString &t : p.values(send))
            ws.sendTextMessage(t);
        idleTimer.start();
    });
    QObject::connect(&ws, &QWebSocket::disconnected, &app, &QCoreApplication::quit);
    QObject::connect(&ws, &QWebSocket::textMessageReceived, &app, [&](const QString &text) {
        last = clock.nsecsElapsed();
        if (first < 0)
            first = last;
        ++frames;
        if (parse) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            parsed += doc.isObject() ? 1 : 0;
        }
        idleTimer.start();
    });
    clock.start();
    ws.open(QUrl(p.value(url)));
    app.exec();
    const double seconds = first >= 0 ? double(last - first) / 1e9 : 0.0;
    std::printf("RESULT frames=%lld seconds=%.3f rate=%.0f parsed=%lld\n", frames, seconds,
            seconds > 0 ? double(frames - 1) / seconds : 0.0, parsed);
    return frames > 0 ? 0 : 1;
}
