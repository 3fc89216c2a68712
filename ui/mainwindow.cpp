// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include "appearance.h"
#include "connectiondialog.h"
#include "detailpane.h"
#include "feeds/registry.h"
#include "feedview.h"
#include "json/jsonreader.h"
#include "keychainstore.h"
#include "logging.h"
#include "logpanel.h"
#include "model/messagelogmodel.h"
#include "net/feedconnection.h"
#include "net/timersource.h"
#include "preferencesdialog.h"
#include "prompter.h"
#include "record/logexport.h"
#include "record/recording.h"
#include "record/sessionrecorder.h"
#include "record/timemachine.h"
#include "server/embeddedserver.h"
#include "server/imitation.h"
#include "serverpanel.h"
#include "session/feedsession.h"
#include "session/statedump.h"
#include "settings/settings.h"
#include "util/secrets.h"
#include "widgetutil.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
QWidget *buildWelcome(
        QWidget *parent, QPushButton **demo, QPushButton **connect, QLabel **title, QLabel **text)
{
    // A column of at most 640 px, centred, in a scroll area: at any window size the text wraps
    // to the column's width and the page scrolls rather than clipping (a word-wrapped label
    // given an alignment in its layout gets no height for its width, and was cut).
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(u"welcome"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget(page);
    column->setMaximumWidth(640);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->addStretch(2);
    *title = new QLabel(column);
    QFont f = (*title)->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    (*title)->setFont(f);
    (*title)->setAlignment(Qt::AlignCenter);
    (*title)->setWordWrap(true);
    *text = new QLabel(column);
    (*text)->setWordWrap(true);
    (*text)->setAlignment(Qt::AlignCenter);
    *demo = new QPushButton(column);
    (*demo)->setObjectName(u"tryDemo"_s);
    *connect = new QPushButton(column);
    (*connect)->setObjectName(u"connectBackend"_s);
    auto *open = new QPushButton(column);
    open->setObjectName(u"openRecordingButton"_s);
    for (QPushButton *b : {*demo, *connect, open}) {
        b->setMinimumHeight(44);
        b->setMinimumWidth(260);
    }
    (*demo)->setDefault(true);
    layout->addWidget(*title);
    layout->addWidget(*text);
    layout->addSpacing(24);
    layout->addWidget(*demo, 0, Qt::AlignHCenter);
    layout->addWidget(*connect, 0, Qt::AlignHCenter);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    // The saved connections, one click each (filled by MainWindow::refreshWelcome()).
    auto *recentTitle = new QLabel(column);
    recentTitle->setObjectName(u"welcomeRecentTitle"_s);
    recentTitle->setAlignment(Qt::AlignCenter);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    auto *recent = new QWidget(column);
    recent->setObjectName(u"welcomeRecent"_s);
    auto *recentLayout = new QVBoxLayout(recent);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    layout->addSpacing(24);
    layout->addWidget(recentTitle);
    layout->addWidget(recent, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    scroll->setWidget(page);
    return scroll;
}
} // namespace

MainWindow::MainWindow(
        Settings *settings, SecretStore *secrets, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_serverDock(new QDockWidget(this))
    , m_serverPanel(new ServerPanel(this))
    , m_state(new QLabel(this))
    , m_connectionId(new QLabel(this))
    , m_rtt(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_reconnectIn(new QLabel(this))
    , m_reconnectNow(new QPushButton(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/feedscope/icons/io.github.feedscope.Feedscope.svg"_s));
    QPushButton *demo = nullptr, *connectButton = nullptr;
    QLabel *title = nullptr, *text = nullptr;
    m_welcome = buildWelcome(this, &demo, &connectButton, &title, &text);
    title->setObjectName(u"welcomeTitle"_s);
    text->setObjectName(u"welcomeText"_s);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_serverDock->setObjectName(u"serverDock"_s);
    m_serverDock->setWidget(m_serverPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_serverDock);
    m_serverDock->hide();
    m_serverPanel->setRate(settings->value(Settings::Key::ServerRate).toDouble());

    m_reconnectNow->setObjectName(u"reconnectNow"_s);
    m_reconnectNow->setFlat(true);
    for (QLabel *l : {m_state, m_connectionId, m_rtt, m_rate, m_dropped, m_reconnectIn})
        statusBar()->addPermanentWidget(l);
    statusBar()->addPermanentWidget(m_reconnectNow);
    m_state->setObjectName(u"statusState"_s);
    m_dropped->setObjectName(u"statusDropped"_s);

    createActions();
    retranslate();
    connect(demo, &QPushButton::clicked, this, [this] { startDemo(); });
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::showConnectionDialog);
    connect(m_welcome->findChild<QPushButton *>(u"openRecordingButton"_s), &QPushButton::clicked,
            this, &MainWindow::showOpenRecording);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_reconnectNow, &QPushButton::clicked, this, [this] {
        if (FeedView *v = currentView())
            v->session()->reconnectNow();
    });
    connect(m_serverPanel, &ServerPanel::replayStarted, this,
            [this](const QUrl &url, const QString &path) { connectToReplay(url, path); });
    connect(m_serverPanel, &ServerPanel::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start(250);
    // No keychain answered: said once, when it matters (a secret is being kept).
    m_secrets->onSessionOnly([guard = QPointer<MainWindow>(this)](const QString &why) {
        if (guard)
            guard->tellSessionOnly(why);
    });

    if (!restoreGeometry(settings->value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1400, 880);
    restoreState(settings->value(Settings::Key::WindowState).toByteArray());
    fitToScreen();
}

void MainWindow::tellSessionOnly(const QString &why)
{
    const QString text = tr("No keychain answered (%1). Passwords and tokens are kept for this "
                            "session only, never in the settings file: they will be asked for "
                            "again after a restart.")
                                 .arg(why);
    statusBar()->showMessage(text, 20000);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Secrets for this session only"), text,
            QMessageBox::Ok, this);
    box->setObjectName(u"sessionOnlyNotice"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::fitToScreen()
{
    // The first window, and a remembered one, fit the screen they open on (a 1400×880 window
    // at QT_SCALE_FACTOR=2 on a 1600×1000 screen asked for 2800×1760; a window remembered on
    // a larger or a missing monitor came back off-screen).
    QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Room for the window's frame, which is not known before it is shown.
    const QSize room = (available.size() - QSize(16, 48)).expandedTo(QSize(320, 240));
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    if (!available.intersects(geometry()) || !available.contains(geometry().topLeft()))
        move(available.topLeft()
                + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

MainWindow::~MainWindow()
{
    m_secrets->onSessionOnly({});
    // Sessions (children of their views) close before the server they talk to.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

void MainWindow::createActions()
{
    auto add = [this](const QString &id, const QKeySequence &key, std::function<void()> fn) {
        auto *a = new QAction(this);
        a->setObjectName(id);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, fn);
        m_actions.insert(id, a);
        addAction(a);
        return a;
    };
    auto onView = [this](std::function<void(FeedView *)> fn) {
        return [this, fn] {
            if (FeedView *v = currentView())
                fn(v);
        };
    };
    // What acts on what the tab shows: a look back while there is one.
    auto onShown = [this](std::function<void(FeedView *)> fn) {
        return [this, fn] {
            if (FeedView *v = currentView())
                fn(v->shownView());
        };
    };
    add(u"newConnection"_s, QKeySequence::New, [this] { showConnectionDialog(); });
    add(u"demo"_s, {}, [this] { startDemo(); });
    add(u"closeTab"_s, QKeySequence(Qt::CTRL | Qt::Key_W),
            [this] { closeTab(m_tabs->currentIndex()); });
    // Not Ctrl+E: text fields take it (end of line) on Linux and macOS.
    add(u"exportState"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), [this] { exportState(); });
    add(u"openRecording"_s, QKeySequence::Open, [this] { showOpenRecording(); });
    QAction *record =
            add(u"record"_s, QKeySequence(Qt::CTRL | Qt::Key_R), [this] { toggleRecording(); });
    record->setCheckable(true);
    add(u"exportLog"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportLog(); });
    QAction *lookBackAction = add(
            u"lookBack"_s, QKeySequence(Qt::CTRL | Qt::Key_B), [this] { lookBack(currentView()); });
    lookBackAction->setCheckable(true);
    add(u"quit"_s, QKeySequence::Quit, [this] { close(); });
    add(u"filterTree"_s, QKeySequence::Find, onShown([](FeedView *v) { v->focusTreeFilter(); }));
    add(u"focusLog"_s, QKeySequence(Qt::CTRL | Qt::Key_L),
            onShown([](FeedView *v) { v->focusLog(); }));
    add(u"subscribe"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), onView([](FeedView *v) {
        v->backToLive(); // subscriptions are the live tab's
        v->focusSubscribe();
    }));
    add(u"reconnect"_s, QKeySequence(Qt::Key_F5),
            onView([](FeedView *v) { v->session()->reconnectNow(); }));
    add(u"disconnect"_s, {}, onView([](FeedView *v) { v->session()->stop(); }));
    add(u"reload"_s, {}, onView([](FeedView *v) { v->session()->reloadSnapshot(); }));
    add(u"clearTombstones"_s, {},
            onView([](FeedView *v) { v->session()->store()->clearTombstones(); }));
    // Not Ctrl+P, which people expect to print; Space pauses too while the log has focus.
    add(u"pauseLog"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
            onShown([](FeedView *v) { v->log()->setPaused(!v->log()->model()->isPaused()); }));
    QAction *highlight = add(u"highlight"_s, {}, [this] {
        m_settings->setValue(
                Settings::Key::HighlightEnabled, m_actions[u"highlight"_s]->isChecked());
        applyPreferences();
    });
    highlight->setCheckable(true);
    highlight->setChecked(m_settings->value(Settings::Key::HighlightEnabled).toBool());
    QAction *server = m_serverDock->toggleViewAction();
    server->setObjectName(u"serverPanel"_s);
    m_actions.insert(u"serverPanel"_s, server);
    // The platform's key where it has one (⌘, on macOS), else Ctrl+, as most programs do.
    add(u"preferences"_s,
            QKeySequence(QKeySequence::Preferences).isEmpty()
                    ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                    : QKeySequence(QKeySequence::Preferences),
            [this] { showPreferences(); });
    add(u"help"_s, QKeySequence::HelpContents, [this] { showHelp(); });
    add(u"about"_s, {}, [this] { showAbout(); });
    add(u"aboutQt"_s, {}, [] { QApplication::aboutQt(); });

    auto *file = menuBar()->addMenu(QString());
    file->addActions({m_actions[u"newConnection"_s], m_actions[u"demo"_s]});
    file->addSeparator();
    file->addActions({m_actions[u"openRecording"_s], m_actions[u"record"_s]});
    file->addSeparator();
    file->addActions(
            {m_actions[u"exportLog"_s], m_actions[u"exportState"_s], m_actions[u"closeTab"_s]});
    file->addSeparator();
    file->addAction(m_actions[u"quit"_s]);
    auto *view = menuBar()->addMenu(QString());
    view->addActions(
            {m_actions[u"filterTree"_s], m_actions[u"focusLog"_s], m_actions[u"pauseLog"_s]});
    view->addAction(m_actions[u"lookBack"_s]);
    view->addSeparator();
    view->addActions({m_actions[u"highlight"_s], m_actions[u"serverPanel"_s]});
    auto *conn = menuBar()->addMenu(QString());
    conn->addActions({m_actions[u"subscribe"_s], m_actions[u"reconnect"_s],
            m_actions[u"disconnect"_s], m_actions[u"reload"_s], m_actions[u"clearTombstones"_s]});
    auto *settingsMenu = menuBar()->addMenu(QString());
    settingsMenu->addAction(m_actions[u"preferences"_s]);
    auto *help = menuBar()->addMenu(QString());
    help->addActions({m_actions[u"help"_s], m_actions[u"about"_s], m_actions[u"aboutQt"_s]});
    m_menus = {file, view, conn, settingsMenu, help};

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_actions[u"newConnection"_s], m_actions[u"demo"_s]});
    toolbar->addSeparator();
    toolbar->addActions(
            {m_actions[u"record"_s], m_actions[u"lookBack"_s], m_actions[u"openRecording"_s]});
    toolbar->addSeparator();
    toolbar->addActions({m_actions[u"reconnect"_s], m_actions[u"pauseLog"_s],
            m_actions[u"highlight"_s], m_actions[u"serverPanel"_s]});
}

void MainWindow::retranslate()
{
    setWindowTitle(u"Feedscope"_s);
    if (auto *t = m_welcome->findChild<QLabel *>(u"welcomeTitle"_s))
        t->setText(tr("Watch a backend change, live"));
    if (auto *t = m_welcome->findChild<QLabel *>(u"welcomeText"_s))
        t->setText(tr(
                "Feedscope shows what a Baserow, ContentServer, “API page” or GraphQL backend "
                "changes, as it happens: a live tree of its entities, every raw message, and your "
                "subscriptions. Record a session and scrub back through it later. The demo starts "
                "a test server that imitates each backend and connects to it."));
    if (auto *b = m_welcome->findChild<QPushButton *>(u"tryDemo"_s))
        b->setText(tr("Try the demo"));
    if (auto *b = m_welcome->findChild<QPushButton *>(u"connectBackend"_s))
        b->setText(tr("Connect to a backend…"));
    if (auto *b = m_welcome->findChild<QPushButton *>(u"openRecordingButton"_s))
        b->setText(tr("Open a recording…"));
    const QList<QPair<QString, QString>> texts = {{u"newConnection"_s, tr("&New connection…")},
            {u"demo"_s, tr("Try the &demo")}, {u"closeTab"_s, tr("&Close tab")},
            {u"exportState"_s, tr("Export the s&tate…")}, {u"quit"_s, tr("&Quit")},
            {u"openRecording"_s, tr("&Open a recording…")}, {u"record"_s, tr("&Record…")},
            {u"exportLog"_s, tr("&Export the frames…")}, {u"lookBack"_s, tr("Look &back in time")},
            {u"filterTree"_s, tr("&Filter the tree")}, {u"focusLog"_s, tr("Message &log")},
            {u"subscribe"_s, tr("&Subscribe…")}, {u"reconnect"_s, tr("&Reconnect now")},
            {u"disconnect"_s, tr("&Disconnect")}, {u"reload"_s, tr("Re&load state")},
            {u"clearTombstones"_s, tr("Clear &tombstones")}, {u"pauseLog"_s, tr("&Pause the log")},
            {u"highlight"_s, tr("&Highlight changes")}, {u"serverPanel"_s, tr("Test &server")},
            {u"preferences"_s, tr("&Preferences…")}, {u"help"_s, tr("Feedscope &help")},
            {u"about"_s, tr("&About Feedscope")}, {u"aboutQt"_s, tr("About &Qt")}};
    // The dock's title first: it sets its toggle action's text, which then gets its accelerator.
    m_serverDock->setWindowTitle(tr("Test server"));
    for (const auto &[id, text] : texts) {
        if (QAction *a = m_actions.value(id))
            a->setText(text);
    }
    const QStringList menus = {
            tr("&File"), tr("&View"), tr("&Connection"), tr("&Settings"), tr("&Help")};
    for (int i = 0; i < m_menus.size(); ++i)
        m_menus[i]->setTitle(menus[i]);
    m_reconnectNow->setText(tr("Reconnect now"));
    updateStatus();
    refreshWelcome();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

FeedView *MainWindow::currentView() const
{
    return qobject_cast<FeedView *>(m_tabs->currentWidget());
}

QList<FeedView *> MainWindow::views() const
{
    QList<FeedView *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *v = qobject_cast<FeedView *>(m_tabs->widget(i)))
            out << v;
    }
    return out;
}

FeedView *MainWindow::openConnection(const FeedConfig &input)
{
    FeedConfig config = input;
    config.logMaxEntries = m_settings->value(Settings::Key::LogMaxEntries).toLongLong();
    config.storeLimits.historyPerNode = m_settings->value(Settings::Key::HistoryPerNode).toInt();
    config.storeLimits.historyTotal = m_settings->value(Settings::Key::HistoryTotal).toInt();
    config.storeLimits.keepTombstones = m_settings->value(Settings::Key::KeepTombstones).toBool();
    auto *session = new FeedSession(config);
    auto *view = new FeedView(session);
    view->setSettings(m_settings);
    view->setHighlight(m_settings->value(Settings::Key::HighlightEnabled).toBool(),
            m_settings->value(Settings::Key::HighlightMs).toInt());
    const int index = m_tabs->addTab(view, config.displayName());
    m_tabs->setTabToolTip(index, Secrets::redactUrl(config.effectiveWebSocketUrl()));
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    connect(session, &FeedSession::errorOccurred, this, [this, session](const QString &m) {
        if (currentView() && currentView()->session() == session)
            statusBar()->showMessage(m, 6000);
    });
    connect(view, &FeedView::lookBackChanged, this, &MainWindow::updateStatus);
    connect(session, &FeedSession::credentialsNeeded, this,
            [this, session](const QString &reason) { onCredentialsNeeded(session, reason); });
    session->start();
    return view;
}

bool MainWindow::startDemo(QString *error)
{
    QString e;
    m_serverPanel->setScenarioIndex(int(Server::EmbeddedServerConfig::Scenario::Demo));
    if (!m_serverPanel->start(&e)) {
        statusBar()->showMessage(tr("The test server did not start: %1").arg(e));
        if (error)
            *error = e;
        return false;
    }
    m_serverDock->show();
    FeedView *first = nullptr;
    QStringList imitated;
    for (const Server::Imitation *i : m_serverPanel->server()->imitations())
        imitated << i->feedId();
    for (const FeedConfig &c : Feeds::demoConnections(m_serverPanel->server()->url(), imitated)) {
        FeedView *v = openConnection(c);
        m_demoViews.removeAll(nullptr);
        m_demoViews.append(v);
        first = first ? first : v;
        v->openFirstTableWhenLoaded();
    }
    m_tabs->setCurrentWidget(first);
    return true;
}

void MainWindow::refreshWelcome()
{
    auto *recent = m_welcome->findChild<QWidget *>(u"welcomeRecent"_s);
    auto *title = m_welcome->findChild<QLabel *>(u"welcomeRecentTitle"_s);
    if (!recent || !title)
        return;
    qDeleteAll(recent->findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly));
    const QStringList names = m_settings->profileNames();
    title->setText(names.isEmpty() ? QString() : tr("Saved connections"));
    title->setVisible(!names.isEmpty());
    for (const QString &name : names) {
        const auto profile = m_settings->profile(name);
        if (!profile)
            continue;
        const FeedDescriptor *feed = Feeds::find(profile->config.feedId());
        auto *b = new QPushButton(recent);
        b->setObjectName(u"recent:"_s + name);
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setText(tr("%1 · %2 · %3")
                           .arg(name, feed ? feed->displayTitle() : profile->config.feedId(),
                                   profile->config.baseUrl.isEmpty()
                                           ? profile->config.webSocketUrl.host()
                                           : profile->config.baseUrl.host()));
        b->setToolTip(tr("Connect to %1").arg(name));
        connect(b, &QPushButton::clicked, this, [this, name] { connectProfile(name); });
        recent->layout()->addWidget(b);
    }
}

void MainWindow::connectProfile(const QString &name)
{
    const auto profile = m_settings->profile(name);
    if (!profile)
        return;
    m_settings->setValue(Settings::Key::LastProfile, name);
    // Secrets from the store; what it could not keep, the session asks for.
    Settings::loadSecrets(
            profile->config, m_secrets, [guard = QPointer<MainWindow>(this)](FeedConfig config) {
                if (guard)
                    guard->openConnection(config);
            });
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(m_settings, m_secrets, this);
    const QString last = m_settings->value(Settings::Key::LastProfile).toString();
    if (!last.isEmpty())
        dialog.loadProfile(last);
    const int result = dialog.exec();
    refreshWelcome(); // profiles saved or removed in the dialog
    if (result == QDialog::Accepted)
        openConnection(dialog.config());
}

void MainWindow::closeTab(int index)
{
    if (index < 0)
        return;
    QWidget *w = m_tabs->widget(index);
    if (auto *v = qobject_cast<FeedView *>(w)) {
        v->stopRecording();
        v->session()->stop();
    }
    m_tabs->removeTab(index);
    w->deleteLater();
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::applyPreferences()
{
    applyAppearance(appearanceFromName(m_settings->value(Settings::Key::Appearance).toString()));
    const bool on = m_settings->value(Settings::Key::HighlightEnabled).toBool();
    const int ms = m_settings->value(Settings::Key::HighlightMs).toInt();
    if (QAction *a = m_actions.value(u"highlight"_s))
        a->setChecked(on);
    for (FeedView *v : views())
        v->setHighlight(on, ms);
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (QLabel *l : {m_state, m_connectionId, m_rtt, m_rate, m_dropped, m_reconnectIn}) {
        if (!l->text().isEmpty())
            parts << l->text();
    }
    return parts.join(u" | "_s);
}

void MainWindow::updateStatus()
{
    FeedView *v = currentView();
    m_reconnectNow->setVisible(false);
    // What does not apply is disabled: nothing for no tab, no connection's actions for a
    // recording's tab.
    const bool live = v && !v->isRecordingTab();
    for (const char16_t *id : {u"closeTab", u"exportState", u"exportLog", u"filterTree",
                 u"focusLog", u"pauseLog", u"clearTombstones"}) {
        if (QAction *a = m_actions.value(QString::fromUtf16(id)))
            a->setEnabled(v != nullptr);
    }
    for (const char16_t *id :
            {u"subscribe", u"reconnect", u"disconnect", u"reload", u"record", u"lookBack"}) {
        if (QAction *a = m_actions.value(QString::fromUtf16(id)))
            a->setEnabled(live);
    }
    if (QAction *reload = m_actions.value(u"reload"_s))
        reload->setEnabled(live && v->session()->config().feed->snapshot);
    if (QAction *record = m_actions.value(u"record"_s))
        record->setChecked(v && v->isRecording());
    if (QAction *back = m_actions.value(u"lookBack"_s))
        back->setChecked(v && v->lookBackView());
    if (!v) {
        for (QLabel *l : {m_state, m_connectionId, m_rtt, m_rate, m_dropped, m_reconnectIn})
            l->clear();
        return;
    }
    FeedSession *s = v->session();
    const SessionCounters c = s->counters();
    if (TimeMachine *tm = v->timeMachine()) {
        const Recording &r = tm->recording();
        m_state->setText(tm->isBuilt() ? tr("Recording · %n frame(s)", nullptr, int(r.frameCount()))
                                       : tr("Reading the recording…"));
        m_state->setToolTip(r.path());
        for (QLabel *l : {m_connectionId, m_rtt, m_rate, m_reconnectIn})
            l->clear();
        m_dropped->setText(r.badLines() ? tr("%1 unreadable lines").arg(r.badLines()) : QString());
        updateTabTitles();
        return;
    }
    m_state->setText(v->lookBackView()
                    ? tr("%1 · looking back, still receiving").arg(s->phaseText())
                    : s->phaseText());
    m_state->setToolTip(s->lastError());
    m_connectionId->setText(
            s->connectionId().isEmpty() ? QString() : tr("id %1").arg(s->connectionId()));
    FeedConnection *conn = s->connection();
    const qint64 rtt = conn ? conn->roundTripMs() : -1;
    m_rtt->setText(rtt >= 0 ? tr("RTT %1 ms").arg(rtt) : QString());
    m_rate->setText(tr("%1 msg/s · %n message(s)", nullptr, countOf(c.messages))
                            .arg(c.messagesPerSecond, 0, 'f', 0));
    QStringList dropped;
    if (c.logDropped)
        dropped << tr("%n log frame(s) dropped", nullptr, countOf(c.logDropped));
    if (c.historyDropped)
        dropped << tr("%n old version(s) dropped", nullptr, countOf(c.historyDropped));
    if (c.bufferDropped)
        dropped << tr("%n change(s) dropped while loading", nullptr, countOf(c.bufferDropped));
    if (c.capped)
        dropped << tr("%n change(s) refused: entity too large", nullptr, countOf(c.capped));
    const quint64 problems = c.malformed + c.invalid + c.unknown;
    if (problems)
        dropped << tr("%n bad or unknown frame(s)", nullptr, countOf(problems));
    m_dropped->setText(dropped.join(u" · "_s));
    if (conn && conn->state() == FeedTransport::State::WaitingToReconnect
            && conn->reconnectDeadlineMs() >= 0) {
        const qint64 left = conn->reconnectDeadlineMs() - conn->timers().nowMs();
        m_reconnectIn->setText(
                tr("reconnecting in %1 s").arg(std::max<qint64>(0, (left + 999) / 1000)));
        m_reconnectNow->setVisible(true);
    } else if (s->phase() == FeedSession::Phase::Failed
            || s->phase() == FeedSession::Phase::Stopped) {
        m_reconnectIn->setText(s->lastError().left(80));
        m_reconnectNow->setVisible(true);
    } else {
        m_reconnectIn->clear();
    }
    if (v->isRecording()) {
        const SessionRecorder *r = v->recorder();
        m_connectionId->setText(tr("● recording %n frame(s), %1", nullptr,
                countOf(quint64(std::max<qint64>(0, r->frames()))))
                                        .arg(QLocale().formattedDataSize(r->bytes())));
        m_connectionId->setToolTip(r->path());
    }
    updateTabTitles();
}

void MainWindow::updateTabTitles()
{
    // Tab titles carry the state at a glance: recording (●), a recording's tab (▶), not live.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tv = qobject_cast<FeedView *>(m_tabs->widget(i));
        if (!tv)
            continue;
        const QString name = tv->session()->config().displayName();
        QString title;
        if (tv->isRecordingTab())
            title = u"▶ "_s + name;
        else if (tv->lookBackView())
            title = u"‖ "_s + name;
        else if (tv->session()->isReady())
            title = name;
        else
            title = name + u" ("_s + tv->session()->phaseText() + u')';
        if (tv->isRecording())
            title = u"● "_s + title;
        if (m_tabs->tabText(i) != title)
            m_tabs->setTabText(i, title);
    }
}

void MainWindow::onCredentialsNeeded(FeedSession *session, const QString &reason)
{
    // Ask for what the connection's authentication mode takes: a token alone, or a user and a
    // password.
    const AuthMode *mode = session->config().feed->authMode(session->config().auth);
    const bool tokenOnly = mode && mode->asks(CredentialField::Target::Token)
            && !mode->asks(CredentialField::Target::Password);
    auto creds = m_prompter->askCredentials(
            this, tr("Sign in again"), reason, session->config().user, tokenOnly);
    if (!creds)
        return;
    session->setCredentials(creds->user, creds->password, creds->token);
    session->reconnectNow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog d(m_settings, this);
    if (d.exec() != QDialog::Accepted)
        return;
    QString language;
    if (d.save(&language) && m_loadLanguage)
        m_loadLanguage(language); // installs translators: every widget gets LanguageChange
    applyPreferences();
}

void MainWindow::showHelp()
{
    // The window's own actions and their keys, so the page never lists a key that changed.
    QString keys;
    for (const QMenu *menu : std::as_const(m_menus)) {
        for (const QAction *a : menu->actions()) {
            if (a->isSeparator() || a->shortcut().isEmpty())
                continue;
            keys += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(
                    QString(a->text()).remove(u'&').toHtmlEscaped(),
                    a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
    }
    QDialog dialog(this);
    dialog.setObjectName(u"helpDialog"_s);
    dialog.setWindowTitle(tr("Feedscope help"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(u"helpText"_s);
    text->setOpenExternalLinks(true);
    text->setHtml(
            tr("<h3>Watching a feed</h3>"
               "<p>Open a connection (or try the demo): the tree on the left shows the "
               "backend's entities as they change (green: created, yellow: changed, red: "
               "deleted); the log below lists every frame in and out. Select an entity to see "
               "its data, its earlier versions and the frames that touched it; select a "
               "frame to see the entities it changed. The Subscriptions tab subscribes and "
               "unsubscribes by hand; the composer sends any frame.</p>"
               "<h3>Back in time</h3>"
               "<p>Record a session (File ▸ Record…) and open it later, or look back in a "
               "live tab: the timeline under the tree moves to any frame; mark two moments "
               "to see what changed between them.</p>"
               "<p>In a filter box, Esc clears it; in the log, Space pauses it.</p>")
            + u"<h3>%1</h3><table cellspacing=\"6\">%2</table>"_s.arg(
                    tr("Keyboard shortcuts"), keys));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 600);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QStringList feeds;
    for (const FeedDescriptor *f : Feeds::all())
        feeds << f->displayTitle();
    QMessageBox::about(this, tr("About Feedscope"),
            tr("<h3>Feedscope %1</h3><p>A live monitor for WebSocket change feeds: %2.</p>"
               "<p>Qt %3 (built with %4) · simdjson %5 · secrets %6<br>%7</p>")
                    .arg(QStringLiteral(FEEDSCOPE_VERSION), QLocale().createSeparatedList(feeds),
                            QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                            JsonReader::libraryVersion(), m_secrets->description(),
                            QSysInfo::prettyProductName()));
}

FeedView *MainWindow::recordingView(std::shared_ptr<const Recording> recording, FeedConfig config)
{
    auto *machine = new TimeMachine(recording, config);
    // Read it once before any view looks at it (checkpoints on the way); a long one shows
    // its progress and can be cancelled. Live tabs keep going meanwhile.
    QProgressDialog progress(tr("Reading %1…").arg(config.name), tr("Cancel"), 0,
            int(std::min<qsizetype>(recording->frameCount(), INT_MAX)), this);
    progress.setWindowTitle(tr("Open a recording"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool read = machine->buildNow([&progress](qsizetype done, qsizetype) {
        progress.setValue(int(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!read) {
        delete machine;
        statusBar()->showMessage(tr("Opening %1 cancelled").arg(config.name), 5000);
        return nullptr;
    }
    auto *view = new FeedView(machine->session());
    view->setTimeMachine(machine);
    view->setHighlight(m_settings->value(Settings::Key::HighlightEnabled).toBool(),
            m_settings->value(Settings::Key::HighlightMs).toInt());
    return view;
}

FeedView *MainWindow::openRecordingTab(
        std::shared_ptr<const Recording> recording, FeedConfig config, const QString &toolTip)
{
    FeedView *view = recordingView(std::move(recording), config);
    if (!view)
        return nullptr;
    const int index = m_tabs->addTab(view, config.name);
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    return view;
}

FeedView *MainWindow::lookBack(FeedView *live)
{
    if (!live || live->isRecordingTab())
        return nullptr;
    if (live->lookBackView()) { // the same action returns to live
        live->backToLive();
        return nullptr;
    }
    QString error;
    const QByteArray data = live->lookBackRecording(&error);
    std::shared_ptr<const Recording> recording =
            data.isEmpty() ? nullptr : Recording::fromData(data, &error);
    if (!recording || recording->frameCount() == 0) {
        statusBar()->showMessage(
                tr("Cannot look back: %1").arg(error.isEmpty() ? tr("no frame yet") : error), 8000);
        updateStatus();
        return nullptr;
    }
    FeedConfig config = live->session()->config();
    config.password.clear();
    config.token.clear();
    config.refreshToken.clear();
    config.cookie.clear();
    config.reconnect.enabled = false;
    config.logMaxEntries = std::max<qint64>(config.logMaxEntries, recording->frameCount());
    FeedView *view = recordingView(recording, config);
    if (!view) {
        updateStatus();
        return nullptr;
    }
    // In the live tab itself: time stands still there (the session goes on underneath) until
    // "Back to live".
    live->showLookBack(view);
    statusBar()->showMessage(tr("Looking back over %n frame(s) received by %1; Back to live "
                                "(Ctrl+B) returns",
                                     nullptr, int(recording->frameCount()))
                                     .arg(QTime::currentTime().toString(u"HH:mm:ss"_s)),
            8000);
    return view;
}

FeedView *MainWindow::openRecording(const QString &path, QString *error, const QString &feedId)
{
    QString e;
    std::shared_ptr<const Recording> recording = Recording::open(path, &e);
    if (recording && recording->frameCount() == 0)
        e = tr("%1 holds no frames (%2 unreadable lines)").arg(path).arg(recording->badLines());
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        statusBar()->showMessage(tr("Cannot open the recording: %1").arg(e), 10000);
        return nullptr;
    }
    QString feed = feedId;
    if (feed.isEmpty() && recording->feedId().isEmpty()) {
        // A file of bare frames (an older recording, a transcript): which feed spoke them?
        QStringList titles;
        for (const FeedDescriptor *d : Feeds::all())
            titles << d->displayTitle();
        bool ok = false;
        const QString title = QInputDialog::getItem(this, tr("Open a recording"),
                tr("%1 does not say which feed it comes from. Read it as:")
                        .arg(QFileInfo(path).fileName()),
                titles, 0, false, &ok);
        if (!ok)
            return nullptr;
        feed = Feeds::all().at(titles.indexOf(title))->id;
    }
    auto config = recording->replayConfig(feed, &e);
    if (!config) {
        if (error)
            *error = e;
        statusBar()->showMessage(tr("Cannot open the recording: %1").arg(e), 10000);
        return nullptr;
    }
    config->logMaxEntries =
            std::max<qint64>(m_settings->value(Settings::Key::LogMaxEntries).toLongLong(),
                    qint64(recording->frameCount()));
    config->name = QFileInfo(path).fileName();
    FeedView *view = openRecordingTab(recording, *config,
            tr("%1\nRecorded from %2")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                            Secrets::redactUrl(config->effectiveWebSocketUrl())));
    if (view)
        view->setSourcePath(QFileInfo(path).absoluteFilePath());
    if (view && recording->badLines() > 0)
        statusBar()->showMessage(
                tr("%1: %n unreadable line(s) skipped", nullptr, int(recording->badLines()))
                        .arg(QFileInfo(path).fileName()),
                10000);
    return view;
}

FeedView *MainWindow::connectToReplay(const QUrl &url, const QString &path)
{
    auto recording = Recording::open(path);
    if (!recording)
        return nullptr;
    auto config = recording->replayConfig();
    if (!config)
        return nullptr;
    // The served recording takes any token and no password: a token where the feed has one.
    config->baseUrl = url;
    config->webSocketUrl = QUrl();
    config->password.clear();
    if (config->feed->authMode(u"token")) {
        config->auth = u"token"_s;
        config->token = u"replay"_s;
    } else if (config->feed->authMode(u"none")) {
        config->auth = u"none"_s;
    }
    config->name = tr("%1 (served)").arg(QFileInfo(path).fileName());
    config->reconnect.enabled = true;
    return openConnection(*config);
}

void MainWindow::showOpenRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recording"),
            m_settings->value(Settings::Key::LastRecordingDir).toString(),
            tr("Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(Settings::Key::LastRecordingDir, QFileInfo(path).absolutePath());
    QString error;
    if (!openRecording(path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Open a recording"), error);
}

void MainWindow::toggleRecording()
{
    FeedView *v = currentView();
    if (!v || v->isRecordingTab()) {
        updateStatus();
        return;
    }
    if (v->isRecording()) {
        QString error;
        const QString path = v->recorder()->path();
        if (v->stopRecording(&error))
            statusBar()->showMessage(tr("Recording saved to %1").arg(path), 8000);
        else
            QMessageBox::warning(
                    this, tr("Record"), tr("The recording %1 is incomplete: %2").arg(path, error));
        updateStatus();
        return;
    }
    const QString name = u"feedscope-%1-%2.jsonl.gz"_s.arg(v->session()->config().feedId(),
            QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    const QString dir = m_settings->value(Settings::Key::LastRecordingDir).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Record this tab"),
            dir.isEmpty() ? name : QDir(dir).filePath(name),
            tr("Compressed recordings (*.jsonl.gz);;Recordings (*.jsonl)"));
    if (path.isEmpty()) {
        updateStatus();
        return;
    }
    m_settings->setValue(Settings::Key::LastRecordingDir, QFileInfo(path).absolutePath());
    QString error;
    if (!v->startRecording(path, &error))
        QMessageBox::warning(this, tr("Record"), tr("Cannot record to %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Recording to %1").arg(path), 5000);
    updateStatus();
}

void MainWindow::exportLog()
{
    FeedView *v = currentView() ? currentView()->shownView() : nullptr;
    if (!v)
        return;
    std::vector<qint64> indexes;
    if (v->log()->isFiltered()) {
        indexes = v->log()->shownIndexes();
        const auto answer = QMessageBox::question(this, tr("Export the frames"),
                tr("The log's filter shows %n of its frames. Export only those?", nullptr,
                        int(indexes.size())),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No)
            indexes.clear();
        else if (indexes.empty()) {
            statusBar()->showMessage(tr("The filter shows no frame: nothing to export"), 6000);
            return;
        }
    }
    const QString jsonl = tr("JSON Lines, a recording (*.jsonl)");
    const QString csv = tr("CSV, one line per frame (*.csv)");
    const QString har = tr("HAR 1.2, for Chrome DevTools (*.har)");
    QString chosen = jsonl;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the frames"),
            u"%1-frames.jsonl"_s.arg(v->session()->config().feedId()),
            QStringList {jsonl, csv, har}.join(u";;"_s), &chosen);
    if (path.isEmpty())
        return;
    auto format = LogExport::formatFromName(QFileInfo(path).suffix());
    if (!format)
        format = chosen == csv  ? LogExport::Format::Csv
                : chosen == har ? LogExport::Format::Har
                                : LogExport::Format::JsonLines;
    QFile f(path);
    QString error;
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !LogExport::write(f, *format, *v->session(), indexes, &error)) {
        QMessageBox::warning(this, tr("Export the frames"),
                tr("Cannot write %1: %2").arg(path, error.isEmpty() ? f.errorString() : error));
        return;
    }
    statusBar()->showMessage(
            tr("Frames written to %1 (%2)").arg(path, LogExport::formatName(*format)), 6000);
}

void MainWindow::exportState()
{
    FeedView *v = currentView() ? currentView()->shownView() : nullptr;
    if (!v)
        return;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the state"), u"state.json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        statusBar()->showMessage(tr("Cannot write %1: %2").arg(path, f.errorString()), 8000);
        return;
    }
    f.write(Secrets::redactJson(
            stateDumpJson(*v->session()->store(), v->session()->config().feedId())));
    statusBar()->showMessage(tr("State written to %1").arg(path), 5000);
}

QList<Settings::OpenTab> MainWindow::openTabs(int *current) const
{
    QList<Settings::OpenTab> tabs;
    qsizetype demo = -1; // the demo's entry, once one of its tabs is seen
    int at = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *v = qobject_cast<const FeedView *>(m_tabs->widget(i));
        if (!v)
            continue;
        Settings::OpenTab t;
        if (m_demoViews.contains(QPointer<const FeedView>(v))) {
            if (demo >= 0) { // the demo's tabs come back together, where its first one was
                if (i == m_tabs->currentIndex())
                    at = int(demo);
                continue;
            }
            demo = tabs.size();
            t.kind = Settings::OpenTab::Kind::Demo;
        } else if (v->isRecordingTab()) {
            if (v->sourcePath().isEmpty())
                continue; // a look back: what it held is gone with the session
            t.kind = Settings::OpenTab::Kind::Recording;
            t.path = v->sourcePath();
            t.feedId = v->session()->config().feedId();
        } else {
            const QUrl server = m_serverPanel->server() ? m_serverPanel->server()->url() : QUrl();
            const FeedConfig &c = v->session()->config();
            if (server.isValid() && c.baseUrl.authority() == server.authority())
                continue; // the test server's replay: it ends with the app
            t.kind = Settings::OpenTab::Kind::Connection;
            t.config = c;
            t.config.subscriptions = v->session()->wantedSubscriptions();
        }
        if (i == m_tabs->currentIndex())
            at = int(tabs.size());
        tabs.append(std::move(t));
    }
    if (current)
        *current = at;
    return tabs;
}

namespace {
// What a restore in progress keeps: owned by the window, so that it goes with it (a keychain
// answer that comes later finds it gone through its QPointer).
struct TabRestore : QObject
{
    using QObject::QObject;
    QList<Settings::OpenTab> tabs;
    int current = 0;
    // The tab the current entry became (the demo's entry becomes several tabs: its first).
    QPointer<QWidget> shown;
    std::function<void(qsizetype)> step;
};
} // namespace

int MainWindow::restoreTabs()
{
    auto *r = new TabRestore(this);
    r->tabs = m_settings->openTabs(&r->current);
    // One after the other, so that they come back in their order: a connection's secrets are
    // read from the store (asynchronously with a keychain) before its tab opens, and what the
    // store could not keep the session asks for.
    r->step = [this, r](qsizetype i) {
        if (i >= r->tabs.size()) {
            if (r->shown)
                m_tabs->setCurrentWidget(r->shown);
            r->deleteLater();
            return;
        }
        const Settings::OpenTab &t = r->tabs.at(i);
        auto opened = [r, i](QWidget *view) {
            if (view && i == r->current)
                r->shown = view;
        };
        switch (t.kind) {
        case Settings::OpenTab::Kind::Demo:
            if (startDemo())
                opened(m_tabs->currentWidget()); // the demo shows its first tab
            break;
        case Settings::OpenTab::Kind::Recording:
            opened(openRecording(t.path, nullptr, t.feedId));
            break;
        case Settings::OpenTab::Kind::Connection:
            Settings::loadTabSecrets(t, m_secrets,
                    [this, guard = QPointer<TabRestore>(r), opened, i](const FeedConfig &c) {
                        if (!guard)
                            return; // the window has gone
                        opened(openConnection(c));
                        guard->step(i + 1);
                    });
            return;
        }
        r->step(i + 1);
    };
    const int n = int(r->tabs.size());
    r->step(0);
    return n;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings->value(Settings::Key::RestoreTabs).toBool()) {
        int current = 0;
        const QList<Settings::OpenTab> tabs = openTabs(&current);
        m_settings->saveOpenTabs(tabs, current, m_secrets);
    }
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::WindowState, saveState());
    m_settings->setValue(Settings::Key::ServerRate, m_serverPanel->rate());
    m_settings->sync();
    // Every connection sends its Close frame and waits for the answer (one second at most
    // for all): the servers see a normal close, not 1006.
    QList<FeedSession *> sessions;
    for (FeedView *v : views()) {
        if (!v->isRecordingTab())
            sessions << v->session();
    }
    FeedSession::stopAndWait(sessions, 1000);
    event->accept();
}

} // namespace Feedscope::Ui
