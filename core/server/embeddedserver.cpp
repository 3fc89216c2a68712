// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedserver.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QTcpSocket>
#include <QWebSocket>

#include "imitation.h"
#include "imitations.h"
#include "logging.h"
#include "serverfront.h"
#include "serversecret.h"

using namespace Qt::StringLiterals;

static void initServerResources()
{
    Q_INIT_RESOURCE(feedscope_server);
}

namespace Feedscope::Server {

namespace {
std::optional<OValue> readJsonFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto v = OValue::fromJson(f.readAll(), &parseError);
    if (!v || !v->isObject()) {
        if (error)
            *error = u"%1: not a JSON object (%2)"_s.arg(path, parseError);
        return std::nullopt;
    }
    return v;
}

} // namespace

EmbeddedServer::EmbeddedServer(const EmbeddedServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_ctx(new ServerContext(this))
{
    initServerResources();
    m_ctx->options = config.options;
    if (m_ctx->options.signingSecret.isEmpty()) {
        QString error;
        m_ctx->options.signingSecret = ServerSecret::stored(&error);
        if (!error.isEmpty())
            qCWarning(lcServer).noquote() << error;
    }
    m_ctx->faults = config.faults;
    m_ctx->rng.seed(config.seed);
    connect(&m_tick, &QTimer::timeout, this, &EmbeddedServer::tick);
    m_flood.setSingleShot(true);
    connect(&m_flood, &QTimer::timeout, this, &EmbeddedServer::floodTurn);
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

bool EmbeddedServer::loadData(QString *error)
{
    auto data = readJsonFile(m_config.dataFile.isEmpty() ? u":/feedscope/server/demo-data.json"_s
                                                         : m_config.dataFile,
            error);
    if (!data)
        return false;
    std::optional<OValue> users;
    if (!m_config.usersFile.isEmpty()) {
        users = readJsonFile(m_config.usersFile, error);
        if (!users)
            return false;
    }
    for (Imitation *i : std::as_const(m_imitations)) {
        OValue section = data->value(i->feedId());
        if (users)
            i->mergeUsers(section, users->value(i->feedId()));
        if (!i->load(section, error))
            return false;
    }
    return true;
}

bool EmbeddedServer::start(QString *error)
{
    if (m_running)
        return true;
    if (m_config.address != QHostAddress::LocalHost
            && m_config.address != QHostAddress::LocalHostIPv6)
        qCWarning(lcServer).noquote()
                << "the test server listens on" << m_config.address.toString()
                << "— it is reachable from other machines, with demo passwords";
    m_front = new ServerFront(this);
    for (const ImitationFactory &f : imitationFactories()) {
        if (!m_config.runs(f.feedId))
            continue;
        Imitation *i = f.create(m_ctx, this);
        connect(i, &Imitation::changed, this, &EmbeddedServer::activity);
        m_imitations << i;
    }
    for (const ImitationFactory &f : std::as_const(m_config.extraImitations)) {
        Imitation *i = f.create(m_ctx, this);
        connect(i, &Imitation::changed, this, &EmbeddedServer::activity);
        m_imitations << i;
    }
    if (!loadData(error)) {
        stop();
        return false;
    }
    for (Imitation *i : std::as_const(m_imitations))
        i->install(*m_front);
    if (Imitation *f = flooder(); f && m_config.generateRows > 0)
        f->prepareFlood(m_config.floodTarget, m_config.generateRows);
    if (!m_front->listen(m_config.address, m_config.port, error)) {
        stop();
        return false;
    }
    m_running = true;
    qCInfo(lcServer).noquote() << "listening on" << url().toString();
    setScenario(m_config.scenario);
    Q_EMIT started(url());
    return true;
}

void EmbeddedServer::stop()
{
    m_tick.stop();
    m_flood.stop();
    const bool was = m_running;
    m_running = false;
    delete m_front;
    m_front = nullptr;
    qDeleteAll(m_imitations);
    m_imitations.clear();
    if (was)
        Q_EMIT stopped();
}

quint16 EmbeddedServer::port() const
{
    return m_front ? m_front->port() : 0;
}

QUrl EmbeddedServer::url() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    const QHostAddress a =
            m_config.address == QHostAddress::Any || m_config.address == QHostAddress::AnyIPv4
            ? QHostAddress(QHostAddress::LocalHost)
            : m_config.address;
    u.setHost(a.toString());
    u.setPort(port());
    return u;
}

int EmbeddedServer::clientCount() const
{
    int n = 0;
    for (const Imitation *i : m_imitations)
        n += i->connectionCount();
    return n;
}

Imitation *EmbeddedServer::imitation(QStringView feedId) const
{
    for (Imitation *i : m_imitations) {
        if (i->feedId() == feedId)
            return i;
    }
    return nullptr;
}

Imitation *EmbeddedServer::flooder() const
{
    for (Imitation *i : m_imitations) {
        if (i->floods())
            return i;
    }
    return nullptr;
}

QString EmbeddedServer::describe() const
{
    QStringList lines;
    lines << QCoreApplication::translate(
            "Feedscope::Server", "Feedscope test server listening on %1")
                     .arg(url().toString());
    for (const Imitation *i : m_imitations)
        lines << i->describe(url());
    return lines.join(u'\n');
}

void EmbeddedServer::setFaults(const Faults &faults)
{
    m_config.faults = faults;
    m_ctx->faults = faults;
}

void EmbeddedServer::setRate(double perSecond)
{
    m_config.rate = std::clamp(perSecond, 0.1, 100000.0);
    if (m_tick.isActive())
        setScenario(m_config.scenario);
}

void EmbeddedServer::setScenario(EmbeddedServerConfig::Scenario scenario)
{
    m_config.scenario = scenario;
    m_tick.stop();
    m_flood.stop();
    if (!m_running)
        return;
    if (scenario == EmbeddedServerConfig::Scenario::Demo) {
        // Ticks of at least 10 ms; several actions per tick at high rates.
        const double interval = std::max(10.0, 1000.0 / m_config.rate);
        m_tick.start(int(interval));
    } else if (scenario == EmbeddedServerConfig::Scenario::Flood) {
        m_flood.start(0);
    }
}

void EmbeddedServer::tick()
{
    const double interval = m_tick.interval();
    const double perTick = m_config.rate * interval / 1000.0;
    int n = int(perTick);
    if (m_ctx->uniform() < perTick - n)
        ++n;
    for (int i = 0; i < n; ++i)
        randomAction();
}

void EmbeddedServer::dropConnections()
{
    // Every WebSocket, Qt's or hand-made, is a child socket of the front's listener or of a
    // QWebSocket under the front.
    if (!m_front)
        return;
    for (QWebSocket *ws : m_front->findChildren<QWebSocket *>())
        ws->abort();
    for (QTcpSocket *s : m_front->findChildren<QTcpSocket *>())
        s->abort();
}

void EmbeddedServer::floodTurn()
{
    if (!m_running || m_config.scenario != EmbeddedServerConfig::Scenario::Flood)
        return;
    Imitation *flood = flooder();
    // As fast as the sockets take it: write while the kernel keeps up, else wait a little.
    if (flood && flood->backlog() > 4 * 1024 * 1024) {
        m_flood.start(1);
        return;
    }
    if (m_config.floodDelayMs > 0 && !m_floodClock.isValid() && flood) {
        if (!m_floodArmed.isValid()) {
            if (flood->floodSubscribers(m_config.floodTarget) == 0) {
                m_flood.start(5);
                return;
            }
            m_floodArmed.start();
        }
        if (m_floodArmed.elapsed() < m_config.floodDelayMs) {
            m_flood.start(5);
            return;
        }
    }
    int batch = 512;
    if (m_config.floodRate > 0 && !m_floodClock.isValid()) {
        batch = 1; // the clock starts with the first frame
    } else if (m_config.floodRate > 0) {
        // Paced: send what is due by now, then look again in a millisecond.
        const double due = m_config.floodRate * double(m_floodClock.nsecsElapsed()) / 1e9;
        batch = int(std::clamp<double>(due - double(m_floodFrames), 0, 4096));
        if (batch == 0) {
            m_flood.start(1);
            return;
        }
    }
    if (m_config.floodCount > 0)
        batch = int(std::min<qint64>(batch, m_config.floodCount - qint64(m_floodFrames)));
    const int sent = flood ? flood->flood(m_config.floodTarget, batch) : 0;
    if (sent == 0) {
        // Nobody subscribed yet (or nothing that floods): the others change as fast as they can.
        if (!flood || flood->connectionCount() == 0) {
            for (int i = 0; i < 16 && m_imitations.size() > (flood ? 1 : 0); ++i)
                randomAction();
        }
        m_flood.start(flood ? 5 : 0);
        return;
    }
    if (!m_floodClock.isValid())
        m_floodClock.start();
    m_floodFrames += quint64(sent);
    if (m_config.floodCount > 0 && qint64(m_floodFrames) >= m_config.floodCount) {
        qCInfo(lcServer) << "flood finished:" << m_floodFrames << "frames";
        Q_EMIT floodFinished(m_floodFrames);
        return;
    }
    m_flood.start(m_config.floodRate > 0 ? 1 : 0);
}

void EmbeddedServer::randomAction()
{
    // One change on one imitation; under a flood, on one that does not flood.
    QList<Imitation *> candidates;
    const bool flooding = m_config.scenario == EmbeddedServerConfig::Scenario::Flood;
    for (Imitation *i : std::as_const(m_imitations)) {
        if (!flooding || !i->floods())
            candidates << i;
    }
    if (candidates.isEmpty())
        return;
    ++m_actions;
    candidates[std::uniform_int_distribution<qsizetype>(0, candidates.size() - 1)(m_ctx->rng)]
            ->randomAction();
}

} // namespace Feedscope::Server
