// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "session/feedconfig.h"
#include "settings/settings.h"

class QAction;
class QApplication;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Feedscope {
class FeedSession;
class Recording;
class Settings;
class SecretStore;
struct FeedConfig;
} // namespace Feedscope

namespace Feedscope::Ui {

class FeedView;
class Prompter;
class ServerPanel;

// The main window: a welcome page, then one tab per connection; the server panel as a dock;
// the status bar tells the current connection's state, connection id, round trip, rate,
// dropped counts and the reconnect countdown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings *settings, SecretStore *secrets, Prompter *prompter,
            QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded server with the demo scenario and connects to its three feeds.
    bool startDemo(QString *error = nullptr);
    FeedView *openConnection(const FeedConfig &config);
    // The tabs the app had open when it last closed (Settings::openTabs): connections with
    // their subscriptions (secrets from the store, or asked for), the demo, recordings.
    // The number of tabs opened.
    int restoreTabs();
    // What restoreTabs() will open: the tabs open now, in their order (closeEvent keeps them).
    QList<Settings::OpenTab> openTabs(int *current = nullptr) const;
    // A recording in a read-only tab with its timeline (the file is read in the background).
    // A file without a header asks for its feed; feed names it instead. Null and *error when
    // it cannot be read.
    FeedView *openRecording(
            const QString &path, QString *error = nullptr, const QString &feed = {});
    void showOpenRecording();
    // View ▸ Look back in time: what a live tab has received, shown in that tab with the
    // timeline in place of the live state (the session goes on underneath); "Back to live"
    // or the same action again returns. The look back's view, or null.
    FeedView *lookBack(FeedView *live);
    // A tab connected to a recording the test server serves (the server panel's replay).
    FeedView *connectToReplay(const QUrl &url, const QString &path);
    // File ▸ Record…: asks where, starts; or stops the current tab's recording.
    void toggleRecording();
    // File ▸ Export the frames…: the current tab's log (all, or what its filter shows).
    void exportLog();
    void showConnectionDialog();
    FeedView *currentView() const;
    QList<FeedView *> views() const;
    QTabWidget *tabs() const { return m_tabs; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    void applyPreferences();
    QString statusText() const;
    void setLanguageLoader(std::function<void(const QString &)> loader)
    {
        m_loadLanguage = std::move(loader);
    }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Opened by startDemo(): restored as the demo. (QPointers, not a destroyed() handler:
    // the tabs go after this window's members.)
    QList<QPointer<const FeedView>> m_demoViews;
    void createActions();
    void retranslate();
    void updateStatus();
    void updateTabTitles();
    // A recording's read-only view, its time machine built first (a progress dialog for a
    // long one; null when cancelled).
    FeedView *recordingView(std::shared_ptr<const Recording> recording, FeedConfig config);
    FeedView *openRecordingTab(
            std::shared_ptr<const Recording> recording, FeedConfig config, const QString &toolTip);
    void closeTab(int index);
    void showPreferences();
    void showAbout();
    void showHelp();
    // The welcome page's saved connections; one click connects.
    void refreshWelcome();
    void fitToScreen();
    void connectProfile(const QString &name);
    void exportState();
    void onCredentialsNeeded(FeedSession *session, const QString &reason);

    Settings *m_settings;
    SecretStore *m_secrets;
    Prompter *m_prompter;
    std::function<void(const QString &)> m_loadLanguage;
    // The secret store keeps secrets for this run only: the user is told (once).
    void tellSessionOnly(const QString &why);
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QTabWidget *m_tabs;
    QDockWidget *m_serverDock;
    ServerPanel *m_serverPanel;
    QLabel *m_state;
    QLabel *m_connectionId;
    QLabel *m_rtt;
    QLabel *m_rate;
    QLabel *m_dropped;
    QLabel *m_reconnectIn;
    QPushButton *m_reconnectNow;
    QTimer m_statusTimer;
    QHash<QString, QAction *> m_actions;
    QList<QMenu *> m_menus;
};

} // namespace Feedscope::Ui
