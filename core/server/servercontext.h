// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QWebSocket;

namespace Feedscope::Server {

// Switches for fault injection, shared by the three imitations.
struct Faults
{
    double dropConnections = 0; // probability per sent frame that the connection is dropped
    int delayFramesMs = 0; // every frame is sent this much later
    double malformed = 0; // probability per sent frame of an extra malformed frame
    double unknownTypes = 0; // probability per sent frame of an extra frame of unknown type
    double oversize = 0; // probability per sent frame of an extra 17 MiB frame
    bool expireTokensEarly = false; // access tokens live 5 s instead of their normal life
    bool any() const
    {
        return dropConnections > 0 || delayFramesMs > 0 || malformed > 0 || unknownTypes > 0
                || oversize > 0;
    }
};

struct ServerOptions
{
    // The secret behind every JWT the imitations sign; empty: ServerSecret::stored(), kept in
    // the app's data folder, so tokens survive a restart as they do on a real backend.
    QByteArray signingSecret;
    // Baserow
    int accessTtlSec = 600; // 10 minutes, as Baserow
    int refreshTtlSec = 7 * 24 * 3600;
    int baserowPingIntervalMs = 20000; // uvicorn's defaults
    int baserowPingTimeoutMs = 20000;
    bool anonymousDisabled = false;
    // ContentServer
    bool csGreeting = true;
    bool csStreamAll = false; // send every readable change, no LISTEN needed
    QStringList csAllowedOrigins; // empty: any
    QString csRemoveAction = QStringLiteral("REMOVE");
    // "API page"
    int apPingIntervalMs = 54000;
    bool apAnswerPings = false; // true: a normal WebSocket that answers pings and close
    int apQueueLimit = 256;
};

// Shared by the imitations: options, faults, the seeded random source and the counters the
// server panel shows. One per EmbeddedServer.
class ServerContext : public QObject
{
    Q_OBJECT
public:
    explicit ServerContext(QObject *parent = nullptr)
        : QObject(parent)
    { }

    ServerOptions options;
    Faults faults;
    std::mt19937 rng {42};
    quint64 framesSent = 0;
    quint64 bytesSent = 0;
    // Text frames the imitations have handled (counted once each handler has returned: a
    // client that waits for it knows its frame was dealt with).
    quint64 framesHandled = 0;

    double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng); }
    // Sends a text frame on a Qt WebSocket with the fault switches applied.
    // To one client. A client that does not read what it is sent is dropped once this much
    // waits for it (the test server's memory is bounded per connection).
    static constexpr qint64 MaxClientBacklog = 32ll * 1024 * 1024;
    void send(QWebSocket *ws, const QByteArray &utf8);
    quint64 droppedSlowClients = 0;
    // What the fault switches did (the soak's accounting): extra frames sent, connections
    // dropped.
    struct FaultCounts
    {
        quint64 malformed = 0;
        quint64 unknown = 0;
        quint64 oversize = 0;
        quint64 drops = 0;
    } faultCounts;
    void countFrame(qint64 bytes)
    {
        ++framesSent;
        bytesSent += quint64(bytes);
    }

Q_SIGNALS:
    void clientsChanged();
    void activity(const QString &feed, const QString &what);
};

} // namespace Feedscope::Server
