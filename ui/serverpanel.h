// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace Feedscope::Server {
class EmbeddedServer;
struct EmbeddedServerConfig;
} // namespace Feedscope::Server

namespace Feedscope::Ui {

// The embedded test server: start and stop, port and feeds, the scenario and its rate, fault
// injection, and buttons that change entities by hand so a person watches the change arrive.
class ServerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPanel(QWidget *parent = nullptr);
    ~ServerPanel() override;

    Server::EmbeddedServer *server() const;
    // Starts a server with these settings (the demo uses it); returns false with an error.
    bool start(QString *error);
    // Serves a recording instead of the imitations (its frames to every client, its REST
    // answers), at a speed; returns false with an error.
    bool startReplay(const QString &path, double speed, QString *error);
    void stop();
    double rate() const;
    void setRate(double perSecond);
    int scenarioIndex() const;
    void setScenarioIndex(int index);

Q_SIGNALS:
    void serverStarted(const QUrl &url);
    void serverStopped();
    // A recording is served: the app connects a tab to it.
    void replayStarted(const QUrl &url, const QString &path);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool startWith(const Server::EmbeddedServerConfig &config, QString *error);
    void applyFaults();
    void updateStatus();
    // The "change something" buttons: the running imitations' actions, and dropping connections.
    void rebuildActions();

    QPointer<Server::EmbeddedServer> m_server;
    QPushButton *m_startStop;
    QPushButton *m_replay;
    QDoubleSpinBox *m_replaySpeed;
    QSpinBox *m_port;
    QList<QCheckBox *> m_feeds; // a box per imitation, its feed id as object name
    QLabel *m_url;
    QLabel *m_status;
    QComboBox *m_scenario;
    QSlider *m_rate;
    QLabel *m_rateLabel;
    QDoubleSpinBox *m_drop;
    QSpinBox *m_delay;
    QDoubleSpinBox *m_malformed;
    QDoubleSpinBox *m_unknown;
    QDoubleSpinBox *m_oversize;
    QCheckBox *m_expire;
    QWidget *m_actionsBox;
    QList<QWidget *> m_actions; // headings and buttons
    QTimer m_refresh;
};

} // namespace Feedscope::Ui
