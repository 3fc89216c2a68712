// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpanel.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "feeds/registry.h"
#include "record/recordingimitation.h"
#include "server/embeddedserver.h"
#include "server/imitation.h"
#include "server/imitations.h"
#include "widgetutil.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
QDoubleSpinBox *probability(QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(0, 1);
    s->setDecimals(3);
    s->setSingleStep(0.01);
    return s;
}
// The rate slider is logarithmic: 0..100 maps to 0.5 .. 20 000 changes a second.
double sliderToRate(int v)
{
    return 0.5 * std::pow(40000.0, v / 100.0);
}
int rateToSlider(double r)
{
    return int(std::lround(100.0 * std::log(std::max(0.5, r) / 0.5) / std::log(40000.0)));
}
} // namespace

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent)
    , m_startStop(new QPushButton(this))
    , m_replay(new QPushButton(this))
    , m_replaySpeed(new QDoubleSpinBox(this))
    , m_port(new QSpinBox(this))
    , m_url(new QLabel(this))
    , m_status(new QLabel(this))
    , m_scenario(new QComboBox(this))
    , m_rate(new QSlider(Qt::Horizontal, this))
    , m_rateLabel(new QLabel(this))
    , m_drop(probability(this))
    , m_delay(new QSpinBox(this))
    , m_malformed(probability(this))
    , m_unknown(probability(this))
    , m_oversize(probability(this))
    , m_expire(new QCheckBox(this))
{
    setObjectName(u"serverPanel"_s);
    m_startStop->setObjectName(u"serverStartStop"_s);
    m_scenario->setObjectName(u"serverScenario"_s);
    m_rate->setObjectName(u"serverRate"_s);
    m_port->setRange(0, 65535);
    m_port->setObjectName(u"serverPort"_s);
    m_delay->setRange(0, 60000);
    m_delay->setSuffix(u" ms"_s);
    for (const Server::ImitationFactory &f : Server::imitationFactories()) {
        auto *box = new QCheckBox(this);
        box->setObjectName(f.feedId);
        box->setChecked(true);
        m_feeds << box;
    }
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rate->setRange(0, 100);
    m_rate->setValue(rateToSlider(5));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(m_startStop);
    m_replay->setObjectName(u"serverReplay"_s);
    m_replaySpeed->setRange(0.1, 1000);
    m_replaySpeed->setValue(1);
    m_replaySpeed->setSuffix(u"×"_s);
    auto *replayRow = new QHBoxLayout;
    replayRow->addWidget(m_replay, 1);
    replayRow->addWidget(m_replaySpeed);
    top->addRow(replayRow);
    top->addRow(tr("Port"), m_port);
    auto *feeds = new QHBoxLayout;
    for (QCheckBox *box : std::as_const(m_feeds))
        feeds->addWidget(box);
    top->addRow(feeds);
    top->addRow(m_url);
    top->addRow(m_status);
    layout->addLayout(top);
    auto *scenario = new QGroupBox(this);
    scenario->setObjectName(u"scenarioBox"_s);
    auto *sf = new QFormLayout(scenario);
    sf->addRow(m_scenario);
    sf->addRow(m_rate);
    sf->addRow(m_rateLabel);
    layout->addWidget(scenario);
    auto *faults = new QGroupBox(this);
    faults->setObjectName(u"faultsBox"_s);
    auto *ff = new QFormLayout(faults);
    ff->addRow(tr("Drop connections (per frame)"), m_drop);
    ff->addRow(tr("Delay frames"), m_delay);
    ff->addRow(tr("Malformed JSON (per frame)"), m_malformed);
    ff->addRow(tr("Unknown types (per frame)"), m_unknown);
    ff->addRow(tr("Oversize frames (per frame)"), m_oversize);
    ff->addRow(m_expire);
    layout->addWidget(faults);
    auto *actions = new QGroupBox(this);
    actions->setObjectName(u"actionsBox"_s);
    new QGridLayout(actions);
    m_actionsBox = actions;
    layout->addWidget(actions);
    layout->addStretch();
    retranslate();

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server) {
            stop();
        } else {
            QString error;
            if (!start(&error))
                Q_EMIT message(tr("The test server did not start: %1").arg(error));
        }
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Replay a recording"), {},
                tr("Recordings (*.jsonl *.jsonl.gz *.gz);;All files (*)"));
        if (path.isEmpty())
            return;
        stop();
        QString error;
        if (!startReplay(path, m_replaySpeed->value(), &error))
            Q_EMIT message(tr("The recording cannot be served: %1").arg(error));
    });
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (m_server)
            m_server->setScenario(Server::EmbeddedServerConfig::Scenario(i));
    });
    connect(m_rate, &QSlider::valueChanged, this, [this](int v) {
        m_rateLabel->setText(tr("%1 changes a second")
                                     .arg(sliderToRate(v), 0, 'f', sliderToRate(v) < 10 ? 1 : 0));
        if (m_server)
            m_server->setRate(sliderToRate(v));
    });
    for (QDoubleSpinBox *s : {m_drop, m_malformed, m_unknown, m_oversize})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ServerPanel::applyFaults);
    connect(m_delay, &QSpinBox::valueChanged, this, &ServerPanel::applyFaults);
    connect(m_expire, &QCheckBox::toggled, this, &ServerPanel::applyFaults);
    connect(&m_refresh, &QTimer::timeout, this, &ServerPanel::updateStatus);
    m_refresh.start(500);
    updateStatus();
}

Server::EmbeddedServer *ServerPanel::server() const
{
    return m_server;
}

ServerPanel::~ServerPanel()
{
    // Not stop(): it rebuilds the buttons, and the widgets are going.
    delete m_server.data();
}

void ServerPanel::retranslate()
{
    for (QCheckBox *box : std::as_const(m_feeds)) {
        const FeedDescriptor *feed = Feeds::find(box->objectName());
        box->setText(feed ? feed->displayTitle() : box->objectName());
    }
    m_startStop->setText(m_server ? tr("Stop the test server") : tr("Start the test server"));
    m_replay->setText(tr("Replay a recording…"));
    m_replay->setToolTip(tr("Serve a recording's frames, with their timing, and its REST "
                            "answers to every client that connects"));
    m_replaySpeed->setToolTip(tr("How much faster than recorded"));
    const int s = m_scenario->currentIndex();
    m_scenario->clear();
    m_scenario->addItems({tr("No scenario (changes by hand)"), tr("Demo: a team at work"),
            tr("Flood: as fast as possible")});
    m_scenario->setCurrentIndex(s < 0 ? 1 : s);
    if (auto *b = findChild<QWidget *>(u"scenarioBox"_s))
        static_cast<QGroupBox *>(b)->setTitle(tr("Scenario"));
    if (auto *b = findChild<QWidget *>(u"faultsBox"_s))
        static_cast<QGroupBox *>(b)->setTitle(tr("Faults"));
    if (auto *b = findChild<QWidget *>(u"actionsBox"_s))
        static_cast<QGroupBox *>(b)->setTitle(tr("Change something"));
    m_expire->setText(tr("Access tokens expire after 5 s"));
    // 0 is what the demo uses; the address in use is shown below once the server runs.
    m_port->setSpecialValueText(tr("any free port"));
    rebuildActions();
    m_rateLabel->setText(tr("%1 changes a second").arg(sliderToRate(m_rate->value()), 0, 'f', 1));
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

double ServerPanel::rate() const
{
    return sliderToRate(m_rate->value());
}

void ServerPanel::setRate(double perSecond)
{
    m_rate->setValue(rateToSlider(perSecond));
}

int ServerPanel::scenarioIndex() const
{
    return m_scenario->currentIndex();
}

void ServerPanel::setScenarioIndex(int index)
{
    m_scenario->setCurrentIndex(index);
}

bool ServerPanel::start(QString *error)
{
    if (m_server)
        return true;
    Server::EmbeddedServerConfig c;
    c.port = quint16(m_port->value());
    for (QCheckBox *box : std::as_const(m_feeds)) {
        if (box->isChecked())
            c.feeds << box->objectName();
    }
    if (c.feeds.isEmpty()) {
        if (error)
            *error = tr("no feed chosen");
        return false;
    }
    c.scenario = Server::EmbeddedServerConfig::Scenario(m_scenario->currentIndex());
    c.rate = rate();
    c.seed = quint32(QDateTime::currentMSecsSinceEpoch() & 0xffff);
    return startWith(c, error);
}

bool ServerPanel::startReplay(const QString &path, double speed, QString *error)
{
    if (m_server)
        stop();
    Server::EmbeddedServerConfig c;
    c.port = quint16(m_port->value());
    c.builtIn = false;
    const auto factory = RecordingImitation::factory(path, speed, error);
    if (!factory.create)
        return false;
    c.extraImitations << factory;
    if (!startWith(c, error))
        return false;
    Q_EMIT replayStarted(m_server->url(), path);
    Q_EMIT message(
            tr("Serving %1 on %2").arg(QFileInfo(path).fileName(), m_server->url().toString()));
    return true;
}

bool ServerPanel::startWith(const Server::EmbeddedServerConfig &c, QString *error)
{
    auto *server = new Server::EmbeddedServer(c, this);
    if (!server->start(error)) {
        delete server;
        return false;
    }
    m_server = server;
    applyFaults();
    m_port->setEnabled(false);
    for (QCheckBox *box : std::as_const(m_feeds))
        box->setEnabled(false);
    retranslate();
    updateStatus();
    Q_EMIT serverStarted(server->url());
    return true;
}

void ServerPanel::stop()
{
    if (!m_server)
        return;
    delete m_server.data();
    m_port->setEnabled(true);
    for (QCheckBox *box : std::as_const(m_feeds))
        box->setEnabled(true);
    retranslate();
    updateStatus();
    Q_EMIT serverStopped();
}

void ServerPanel::applyFaults()
{
    if (!m_server)
        return;
    Server::Faults f;
    f.dropConnections = m_drop->value();
    f.delayFramesMs = m_delay->value();
    f.malformed = m_malformed->value();
    f.unknownTypes = m_unknown->value();
    f.oversize = m_oversize->value();
    f.expireTokensEarly = m_expire->isChecked();
    m_server->setFaults(f);
}

void ServerPanel::updateStatus()
{
    const bool running = m_server;
    if (!running) {
        m_url->setText(tr("Not running"));
        m_status->clear();
        return;
    }
    m_url->setText(m_server->url().toString());
    m_status->setText(tr("%n client(s)", nullptr, m_server->clientCount()) + u" · "_s
            + tr("%n frame(s) sent", nullptr, countOf(m_server->context()->framesSent)) + u" · "_s
            + tr("%n change(s) made", nullptr, countOf(m_server->actions())));
}

void ServerPanel::rebuildActions()
{
    // Made from what the running server's imitations offer (none while it is stopped), under
    // each feed's title.
    auto *grid = static_cast<QGridLayout *>(m_actionsBox->layout());
    qDeleteAll(m_actions);
    m_actions.clear();
    int row = 0;
    auto addButton = [&](const QString &name, const QString &label, int column,
                             std::function<void()> run) {
        auto *b = new QPushButton(label, m_actionsBox);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, run = std::move(run)] {
            run();
            updateStatus();
        });
        grid->addWidget(b, row, column);
        m_actions << b;
    };
    auto addHeading = [&](const QString &text) {
        auto *l = new QLabel(text, m_actionsBox);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        grid->addWidget(l, row++, 0, 1, 2);
        m_actions << l;
    };
    if (m_server) {
        for (Server::Imitation *i : m_server->imitations()) {
            const auto actions = i->actions();
            if (actions.empty())
                continue;
            addHeading(i->title());
            for (qsizetype n = 0; n < actions.size(); ++n) {
                const auto &a = actions[n];
                addButton(i->feedId() + u'-' + a.id, a.label, int(n % 2), a.run);
                row += int(n % 2);
            }
            row += int(actions.size() % 2);
        }
        addHeading(tr("Every feed"));
        addButton(u"drop-connections"_s, tr("Drop connections"), 0,
                [this] { m_server->dropConnections(); });
    } else {
        auto *b =
                new QPushButton(tr("Start the test server to change things by hand"), m_actionsBox);
        b->setEnabled(false);
        grid->addWidget(b, 0, 0, 1, 2);
        m_actions << b;
    }
}

} // namespace Feedscope::Ui
