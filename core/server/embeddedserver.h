// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include "imitations.h"
#include "servercontext.h"

namespace Feedscope::Server {

class ServerFront;
class Imitation;

struct EmbeddedServerConfig
{
    QStringList feeds; // the feeds whose imitations run (their ids); empty: every one
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
    QString floodTarget = QStringLiteral("100"); // what the flood updates (Baserow: a table)
    int generateRows = 0; // rows added to the flood target at start (benchmarks)
    // Imitations from outside the built-in list (a recording served again); with builtIn
    // false, only these run.
    QList<ImitationFactory> extraImitations;
    bool builtIn = true;

    bool runs(const QString &feedId) const
    {
        return builtIn && (feeds.isEmpty() || feeds.contains(feedId));
    }
};

// The embedded test server: one port, the imitations (imitations.cpp) over their in-memory
// backends, a seeded scenario generator, and fault injection. Runs inside the app (demo,
// server panel) or alone (`feedscope serve`).
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
    const QList<Imitation *> &imitations() const { return m_imitations; }
    Imitation *imitation(QStringView feedId) const;
    template<typename T>
    T *imitation() const
    {
        for (Imitation *i : m_imitations) {
            if (auto *t = qobject_cast<T *>(i))
                return t;
        }
        return nullptr;
    }
    ServerFront *front() const { return m_front; }
    // What `serve` and the headless demo print: the URL, each imitation's endpoints, accounts.
    QString describe() const;
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
    Imitation *flooder() const;

    EmbeddedServerConfig m_config;
    ServerContext *m_ctx;
    ServerFront *m_front = nullptr;
    QList<Imitation *> m_imitations;
    QTimer m_tick;
    QTimer m_flood;
    bool m_running = false;
    quint64 m_actions = 0;
    quint64 m_floodFrames = 0;
    QElapsedTimer m_floodClock; // paces a --flood-rate flood from its first frame
    QElapsedTimer m_floodArmed; // since the flood table first had a subscriber (--flood-delay)
};

} // namespace Feedscope::Server
