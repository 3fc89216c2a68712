// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "servercontext.h"

namespace Feedscope::Server {

class ServerFront;
class BaserowServer;
class ContentServerImitation;
class ApImitation;

struct EmbeddedServerConfig
{
    bool baserow = true;
    bool contentServer = true;
    bool apiPage = true;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataFile; // replaces the demo data (docs/test-server.md)
    QString usersFile; // replaces only the users
    ServerOptions options;
    Faults faults;
    enum class Scenario { None, Demo, Flood } scenario = Scenario::None;
    double rate = 5; // demo actions per second
    quint32 seed = 1;
    qint64 floodCount = 0; // stop the flood after this many frames (0: never)
    double floodRate = 0; // flood frames per second (0: as fast as the sockets take them)
    int floodDelayMs = 0; // the flood starts this long after its table first has a subscriber
    qint64 floodTable = 100; // the Baserow table the flood updates
    int generateRows = 0; // rows added to floodTable at start (benchmarks)
};

// The embedded test server: one port, the three imitations over one in-memory backend, a
// seeded scenario generator, and fault injection. Runs inside the app (demo, server panel) or
// alone (`feedscope serve`).
class EmbeddedServer : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedServer(const EmbeddedServerConfig &config, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_running; }
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    const EmbeddedServerConfig &config() const { return m_config; }
    ServerContext *context() const { return m_ctx; }
    BaserowServer *baserow() const { return m_baserow; }
    ContentServerImitation *contentServer() const { return m_cs; }
    ApImitation *apiPage() const { return m_ap; }
    ServerFront *front() const { return m_front; }
    int clientCount() const;

    void setScenario(EmbeddedServerConfig::Scenario scenario);
    EmbeddedServerConfig::Scenario scenario() const { return m_config.scenario; }
    void setRate(double perSecond);
    double rate() const { return m_config.rate; }
    void setFaults(const Faults &faults);
    quint64 actions() const { return m_actions; }
    quint64 floodFrames() const { return m_floodFrames; }

    // One random change on one feed (what the demo scenario does each tick).
    void randomAction();
    // Drops every WebSocket connection without a close frame (as a crashed server would).
    void dropConnections();

Q_SIGNALS:
    void started(const QUrl &url);
    void stopped();
    void floodFinished(quint64 frames);
    void activity(const QString &what);

private:
    bool loadData(QString *error);
    void tick();
    void floodTurn();
    void baserowAction();
    void contentServerAction();
    void apAction();
    qint64 backlog() const;

    EmbeddedServerConfig m_config;
    ServerContext *m_ctx;
    ServerFront *m_front = nullptr;
    BaserowServer *m_baserow = nullptr;
    ContentServerImitation *m_cs = nullptr;
    ApImitation *m_ap = nullptr;
    QTimer m_tick;
    QTimer m_flood;
    bool m_running = false;
    quint64 m_actions = 0;
    quint64 m_floodFrames = 0;
    QElapsedTimer m_floodClock; // paces a --flood-rate flood from its first frame
    QElapsedTimer m_floodArmed; // since the flood table first had a subscriber (--flood-delay)
    int m_csCounter = 0;
};

} // namespace Feedscope::Server
