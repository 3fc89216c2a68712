// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpanel.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "server/apimitation.h"
#include "server/baserowserver.h"
#include "server/contentserverimitation.h"
#include "server/embeddedserver.h"

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
    , m_port(new QSpinBox(this))
    , m_baserow(new QCheckBox(u"Baserow"_s, this))
    , m_contentServer(new QCheckBox(u"ContentServer"_s, this))
    , m_apiPage(new QCheckBox(this))
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
    for (QCheckBox *b : {m_baserow, m_contentServer, m_apiPage})
        b->setChecked(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rate->setRange(0, 100);
    m_rate->setValue(rateToSlider(5));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(m_startStop);
    top->addRow(tr("Port"), m_port);
    auto *feeds = new QHBoxLayout;
    feeds->addWidget(m_baserow);
    feeds->addWidget(m_contentServer);
    feeds->addWidget(m_apiPage);
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
    auto *grid = new QGridLayout(actions);
    const QStringList names = {u"baserow-add-row"_s, u"baserow-update-row"_s,
            u"baserow-delete-row"_s, u"baserow-add-field"_s, u"baserow-rename-table"_s,
            u"baserow-drop"_s, u"cs-add"_s, u"cs-edit"_s, u"cs-remove"_s, u"ap-add-event"_s,
            u"ap-update-event"_s, u"ap-delete-event"_s};
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(actions);
        b->setObjectName(names[i]);
        connect(b, &QPushButton::clicked, this, [this, n = names[i]] { act(n); });
        grid->addWidget(b, i / 2, i % 2);
        m_actions << b;
    }
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
    stop();
}

void ServerPanel::retranslate()
{
    m_apiPage->setText(tr("API page"));
    m_startStop->setText(m_server ? tr("Stop the test server") : tr("Start the test server"));
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
    const QStringList labels = {tr("Add a row"), tr("Update a row"), tr("Delete a row"),
            tr("Add a field"), tr("Rename a table"), tr("Drop connections"), tr("Add a dashboard"),
            tr("Edit a dashboard"), tr("Remove a dashboard"), tr("Add an event"),
            tr("Update an event"), tr("Delete an event")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setText(labels[i]);
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
    c.baserow = m_baserow->isChecked();
    c.contentServer = m_contentServer->isChecked();
    c.apiPage = m_apiPage->isChecked();
    c.scenario = Server::EmbeddedServerConfig::Scenario(m_scenario->currentIndex());
    c.rate = rate();
    c.seed = quint32(QDateTime::currentMSecsSinceEpoch() & 0xffff);
    auto *server = new Server::EmbeddedServer(c, this);
    if (!server->start(error)) {
        delete server;
        return false;
    }
    m_server = server;
    applyFaults();
    for (QWidget *w :
            std::initializer_list<QWidget *> {m_port, m_baserow, m_contentServer, m_apiPage})
        w->setEnabled(false);
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
    for (QWidget *w :
            std::initializer_list<QWidget *> {m_port, m_baserow, m_contentServer, m_apiPage})
        w->setEnabled(true);
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
    for (QPushButton *b : std::as_const(m_actions)) {
        const QString n = b->objectName();
        b->setEnabled(running
                && ((n.startsWith(u"baserow"_s) && m_server->baserow())
                        || (n.startsWith(u"cs"_s) && m_server->contentServer())
                        || (n.startsWith(u"ap"_s) && m_server->apiPage())));
    }
    if (!running) {
        m_url->setText(tr("Not running"));
        m_status->clear();
        return;
    }
    m_url->setText(m_server->url().toString());
    m_status->setText(
            tr("%n client(s) · %1 frames sent · %2 changes made", nullptr, m_server->clientCount())
                    .arg(m_server->context()->framesSent)
                    .arg(m_server->actions()));
}

void ServerPanel::act(const QString &what)
{
    if (!m_server)
        return;
    std::mt19937 &rng = m_server->context()->rng;
    auto pick = [&](size_t n) {
        return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(rng));
    };
    if (what == u"baserow-drop") {
        m_server->dropConnections();
    } else if (what.startsWith(u"baserow"_s)) {
        Server::BaserowServer *b = m_server->baserow();
        Server::BrTable *t = b->data().table(100);
        if (!t) {
            Q_EMIT message(tr("Table 100 (Products) is gone."));
            return;
        }
        if (what == u"baserow-add-row") {
            b->createRow(100,
                    OValue::object(
                            {{u"field_1001"_s, tr("Added by hand")}, {u"field_1002"_s, 9.99}}),
                    std::nullopt);
        } else if (what == u"baserow-update-row" && !t->rows.empty()) {
            const auto &r = t->rows[pick(t->rows.size())];
            b->updateRow(100, r.id,
                    OValue::object({{u"field_1002"_s, double(pick(10000)) / 100.0}}), {}, 1);
        } else if (what == u"baserow-delete-row" && !t->rows.empty()) {
            b->deleteRow(100, t->rows.back().id);
        } else if (what == u"baserow-add-field") {
            b->createField(100,
                    OValue::object({{u"name"_s, tr("Field %1").arg(t->fields.size() + 1)},
                            {u"type"_s, u"text"_s}}));
        } else if (what == u"baserow-rename-table") {
            b->updateTable(100, OValue::object({{u"name"_s, tr("Products %1").arg(pick(100))}}));
        }
    } else if (what.startsWith(u"cs"_s)) {
        Server::ContentServerImitation *cs = m_server->contentServer();
        const QString dir = u"/ui/dashboards/content/"_s;
        if (what == u"cs-add") {
            cs->put(dir + u"hand%1"_s.arg(pick(1000)), u"{\"pages\":{}}"_s, {u"alice"_s},
                    {u"alice"_s, u"ROLE_USER"_s}, u"alice"_s, true, true);
        } else if (what == u"cs-edit") {
            cs->put(dir + u"0a1"_s, u"{\"pages\":{},\"edited\":%1}"_s.arg(pick(1000)), {}, {},
                    u"alice"_s, true, false);
        } else if (what == u"cs-remove") {
            for (const QString &p : cs->paths()) {
                if (p.startsWith(dir + u"hand"_s)) {
                    cs->remove(p, u"admin"_s);
                    break;
                }
            }
        }
    } else if (what.startsWith(u"ap"_s)) {
        Server::ApImitation *ap = m_server->apiPage();
        int status = 0;
        if (what == u"ap-add-event") {
            ap->createEvent(
                    OValue::object({{u"constant"_s, u"HAND_EVENT"_s}, {u"value"_s, u"hand_event"_s},
                            {u"description"_s, tr("Added by hand")}, {u"type"_s, u"client"_s}}));
        } else if (what == u"ap-update-event" && !ap->events().empty()) {
            const auto &e = ap->events().begin()->second;
            ap->updateEvent(e.id,
                    OValue::object({{u"constant"_s, e.constant}, {u"label"_s, tr("Edited by hand")},
                            {u"value"_s, e.value}, {u"description"_s, e.description},
                            {u"type"_s, e.type}}),
                    &status);
        } else if (what == u"ap-delete-event" && !ap->events().empty()) {
            ap->deleteEvent(ap->events().rbegin()->first);
        }
    }
    updateStatus();
}

} // namespace Feedscope::Ui
