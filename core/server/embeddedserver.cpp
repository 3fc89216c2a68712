// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedserver.h"

#include <algorithm>

#include <QFile>
#include <QTcpSocket>
#include <QWebSocket>

#include "apimitation.h"
#include "baserowserver.h"
#include "contentserverimitation.h"
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

// Users from a --users file join the data: Baserow users by id (with "member_of" workspace
// ids), ContentServer users by name.
void mergeUsers(OValue &data, const OValue &users)
{
    OValue &br = data[u"baserow"];
    for (const OValue &u : users.value(u"baserow").value(u"users").items()) {
        OValue &list = br[u"users"];
        auto &items = list.items();
        std::erase_if(items,
                [&](const OValue &x) { return x.value(u"id").toInt() == u.value(u"id").toInt(); });
        OValue plain = u;
        plain.remove(u"member_of");
        items.push_back(plain);
        for (const OValue &wsId : u.value(u"member_of").items()) {
            for (OValue &ws : br[u"workspaces"].items()) {
                if (ws.value(u"id").toInt() != wsId.toInt())
                    continue;
                qint64 next = 1;
                for (const OValue &m : ws.value(u"members").items())
                    next = std::max(next, m.value(u"id").toInt() + 1);
                ws[u"members"].append(OValue::object({{u"id"_s, next + 1000},
                        {u"user_id"_s, u.value(u"id").toInt()}, {u"permissions"_s, u"MEMBER"_s}}));
            }
        }
    }
    OValue &cs = data[u"contentserver"];
    for (const OValue &u : users.value(u"contentserver").value(u"users").items()) {
        auto &items = cs[u"users"].items();
        std::erase_if(items, [&](const OValue &x) {
            return x.value(u"name").toString() == u.value(u"name").toString();
        });
        items.push_back(u);
    }
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
    if (!m_config.usersFile.isEmpty()) {
        auto users = readJsonFile(m_config.usersFile, error);
        if (!users)
            return false;
        mergeUsers(*data, *users);
    }
    if (m_config.baserow && !m_baserow->load(data->value(u"baserow"), error))
        return false;
    if (m_config.contentServer && !m_cs->load(data->value(u"contentserver"), error))
        return false;
    if (m_config.apiPage && !m_ap->load(data->value(u"ap"), error))
        return false;
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
    if (m_config.baserow) {
        m_baserow = new BaserowServer(m_ctx, this);
        connect(m_baserow, &BaserowServer::changed, this, &EmbeddedServer::activity);
    }
    if (m_config.contentServer) {
        m_cs = new ContentServerImitation(m_ctx, this);
        connect(m_cs, &ContentServerImitation::changed, this, &EmbeddedServer::activity);
    }
    if (m_config.apiPage) {
        m_ap = new ApImitation(m_ctx, this);
        connect(m_ap, &ApImitation::changed, this, &EmbeddedServer::activity);
    }
    if (!loadData(error)) {
        stop();
        return false;
    }
    if (m_baserow) {
        m_baserow->install(*m_front);
        if (m_config.generateRows > 0)
            m_baserow->generateRows(m_config.floodTable, m_config.generateRows);
    }
    if (m_cs)
        m_cs->install(*m_front);
    if (m_ap)
        m_ap->install(*m_front);
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
    delete m_baserow;
    delete m_cs;
    delete m_ap;
    m_front = nullptr;
    m_baserow = nullptr;
    m_cs = nullptr;
    m_ap = nullptr;
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
    return (m_baserow ? m_baserow->connectionCount() : 0) + (m_cs ? m_cs->connectionCount() : 0)
            + (m_ap ? m_ap->connectionCount() : 0);
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

qint64 EmbeddedServer::backlog() const
{
    return m_baserow ? m_baserow->backlog() : 0;
}

void EmbeddedServer::floodTurn()
{
    if (!m_running || m_config.scenario != EmbeddedServerConfig::Scenario::Flood)
        return;
    // As fast as the sockets take it: write while the kernel keeps up, else wait a little.
    if (backlog() > 4 * 1024 * 1024) {
        m_flood.start(1);
        return;
    }
    if (m_config.floodDelayMs > 0 && !m_floodClock.isValid() && m_baserow) {
        if (!m_floodArmed.isValid()) {
            if (m_baserow->pageSubscribers(m_config.floodTable) == 0) {
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
    int sent = 0;
    if (m_baserow)
        sent = m_baserow->floodRowsUpdated(m_config.floodTable, batch);
    if (sent == 0) {
        // Nobody subscribed yet (or no Baserow): other feeds change as fast as possible.
        if (!m_baserow || m_baserow->connectionCount() == 0) {
            for (int i = 0; i < 16 && (m_cs || m_ap); ++i)
                randomAction();
        }
        m_flood.start(m_baserow ? 5 : 0);
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
    QList<int> feeds;
    if (m_baserow)
        feeds << 0;
    if (m_cs)
        feeds << 1;
    if (m_ap)
        feeds << 2;
    if (feeds.isEmpty())
        return;
    ++m_actions;
    switch (feeds[int(std::uniform_int_distribution<int>(0, int(feeds.size()) - 1)(m_ctx->rng))]) {
    case 0:
        baserowAction();
        break;
    case 1:
        contentServerAction();
        break;
    case 2:
        apAction();
        break;
    }
}

void EmbeddedServer::baserowAction()
{
    BaserowData &d = m_baserow->data();
    // The Demo workspace's database: its tables change, "Other" stays private.
    std::vector<qint64> tables;
    for (const auto &[id, t] : d.tables) {
        if (!t.trashed && d.workspaceOfTable(id) && d.workspaceOfTable(id)->id == 1)
            tables.push_back(id);
    }
    if (tables.empty())
        return;
    auto pick = [&](size_t n) {
        return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(m_ctx->rng));
    };
    BrTable *t = d.table(tables[pick(tables.size())]);
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_ctx->rng);
    if (roll < 60 && !t->rows.empty()) {
        const BrRow &r = t->rows[pick(t->rows.size())];
        const BrField &f = t->fields[pick(t->fields.size())];
        OValue patch = OValue::object();
        const QString key = u"field_"_s + QString::number(f.id);
        if (f.type == u"number")
            patch.insert(
                    key, double(std::uniform_int_distribution<int>(1, 20000)(m_ctx->rng)) / 100.0);
        else if (f.type == u"boolean")
            patch.insert(key, !r.cells.value(f.id).toBool());
        else if (f.type == u"single_select") {
            const auto &opts = f.extra.value(u"select_options").items();
            if (!opts.empty())
                patch.insert(key, opts[pick(opts.size())].value(u"id").toInt());
        } else {
            static const QStringList words = {u"Blue"_s, u"Quick"_s, u"Heavy"_s, u"Compact"_s,
                    u"Pro"_s, u"Mini"_s, u"Classic"_s, u"Smart"_s};
            patch.insert(key,
                    QString(words[int(pick(size_t(words.size())))] + u' ' + QString::number(r.id)));
        }
        m_baserow->updateRow(t->id, r.id, patch, {}, 3);
    } else if (roll < 72) {
        OValue values = OValue::object();
        for (const auto &f : t->fields) {
            const QString key = u"field_"_s + QString::number(f.id);
            if (f.primary)
                values.insert(key, u"New item %1"_s.arg(d.nextId("label")));
            else if (f.type == u"number")
                values.insert(key,
                        double(std::uniform_int_distribution<int>(1, 9999)(m_ctx->rng)) / 100.0);
        }
        std::optional<qint64> before;
        if (!t->rows.empty() && std::uniform_int_distribution<int>(0, 3)(m_ctx->rng) == 0)
            before = t->rows[pick(t->rows.size())].id;
        m_baserow->createRow(t->id, values, before);
    } else if (roll < 82 && t->rows.size() > 6) {
        m_baserow->deleteRow(t->id, t->rows[pick(t->rows.size())].id);
    } else if (roll < 87) {
        BrField &f = t->fields[pick(t->fields.size())];
        const QString base = f.name.section(u" ("_s, 0, 0);
        m_baserow->updateField(
                f.id, OValue::object({{u"name"_s, u"%1 (%2)"_s.arg(base).arg(m_actions % 10)}}));
    } else if (roll < 93 && !t->views.empty()) {
        BrView &v = t->views[pick(t->views.size())];
        if (v.filters.isEmpty() && !t->fields.empty())
            m_baserow->createFilter(
                    v.id, t->fields[pick(t->fields.size())].id, u"contains"_s, u"a"_s);
        else if (!v.filters.isEmpty())
            m_baserow->deleteFilter(v.id, v.filters.front().value(u"id").toInt());
    } else if (roll < 97 && !t->views.empty()) {
        BrView &v = t->views[pick(t->views.size())];
        const QString base = v.name.section(u" ·"_s, 0, 0);
        m_baserow->updateView(
                v.id, OValue::object({{u"name"_s, u"%1 · %2"_s.arg(base).arg(m_actions % 100)}}));
    } else {
        const QString base = t->name.section(u" ·"_s, 0, 0);
        m_baserow->updateTable(
                t->id, OValue::object({{u"name"_s, u"%1 · v%2"_s.arg(base).arg(m_actions % 100)}}));
    }
}

void EmbeddedServer::contentServerAction()
{
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_ctx->rng);
    const QString content = u"/ui/dashboards/content/"_s;
    QStringList dashboards;
    for (const QString &p : m_cs->paths()) {
        if (p.startsWith(content) && p.count(u'/') == 4)
            dashboards << p;
    }
    if (roll < 60 && !dashboards.isEmpty()) {
        const QString path = dashboards[int(
                std::uniform_int_distribution<qsizetype>(0, dashboards.size() - 1)(m_ctx->rng))];
        const QString editor =
                m_cs->entry(path)->owners.contains(u"alice"_s) ? u"alice"_s : u"admin"_s;
        m_cs->put(path,
                u"{\"pages\":{\"p-0\":{\"name\":\"Page 1\",\"content\":{\"0\":{\"widgetKey\":\"pivot-table\",\"revision\":%1}}}},\"pagesOrder\":[\"p-0\"],\"filters\":[]}"_s
                        .arg(m_actions),
                {}, {}, editor, true, false);
    } else if (roll < 80) {
        const QString id = u"d%1"_s.arg(++m_csCounter, 2, 10, QLatin1Char('0'));
        m_cs->put(content + id, u"{\"pages\":{},\"pagesOrder\":[],\"filters\":[]}"_s, {u"alice"_s},
                {u"alice"_s, u"ROLE_USER"_s}, u"alice"_s, false, true);
        m_cs->put(u"/ui/dashboards/structure/%1/%1_metadata"_s.arg(id),
                u"{\"name\":\"Dashboard %1\"}"_s.arg(id), {u"alice"_s},
                {u"alice"_s, u"ROLE_USER"_s}, u"alice"_s, false, true);
    } else {
        // Remove one generated dashboard (never the seeded ones).
        for (const QString &p : std::as_const(dashboards)) {
            const QString id = p.mid(content.size());
            if (id.startsWith(u'd')) {
                m_cs->remove(u"/ui/dashboards/structure/"_s + id, u"admin"_s);
                m_cs->remove(p, u"admin"_s);
                break;
            }
        }
    }
}

void EmbeddedServer::apAction()
{
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_ctx->rng);
    const auto &events = m_ap->events();
    const auto &pages = m_ap->pages();
    int status = 0;
    if (roll < 50 && !events.empty()) {
        auto it = events.begin();
        std::advance(it, std::uniform_int_distribution<size_t>(0, events.size() - 1)(m_ctx->rng));
        const ApEvent &e = it->second;
        OValue fields = OValue::array();
        for (const ApField &f : e.fields)
            fields.append(OValue::object({{u"key"_s, f.key}, {u"type"_s, f.type},
                    {u"required"_s, !f.required}, {u"description"_s, f.description}}));
        m_ap->updateEvent(e.id,
                OValue::object(
                        {{u"constant"_s, e.constant}, {u"label"_s, e.label}, {u"value"_s, e.value},
                                {u"description"_s,
                                        QString(e.description.section(u" (rev"_s, 0, 0)
                                                + u" (rev %1)"_s.arg(m_actions))},
                                {u"type"_s, e.type}, {u"fields"_s, fields}}),
                &status);
    } else if (roll < 80 && !pages.empty()) {
        auto it = pages.begin();
        std::advance(it, std::uniform_int_distribution<size_t>(0, pages.size() - 1)(m_ctx->rng));
        m_ap->updatePage(it->first,
                OValue::object({{u"title"_s, it->second.title},
                        {u"text"_s,
                                QString(it->second.text.section(u" [rev"_s, 0, 0)
                                        + u" [rev %1]"_s.arg(m_actions))}}),
                &status);
    } else if (roll < 90 || events.size() < 4) {
        m_ap->createEvent(OValue::object({{u"constant"_s, u"DEMO_EVENT_%1"_s.arg(m_actions)},
                {u"label"_s, OValue()}, {u"value"_s, u"demo_event_%1"_s.arg(m_actions)},
                {u"description"_s, u"Generated by the demo scenario"_s}, {u"type"_s, u"client"_s},
                {u"fields"_s,
                        OValue::array({OValue::object({{u"key"_s, u"n"_s},
                                {u"type"_s, u"Integer"_s}, {u"required"_s, true},
                                {u"description"_s, u"A number"_s}})})}}));
    } else {
        for (const auto &[id, e] : events) {
            if (e.constant.startsWith(u"DEMO_EVENT_"_s)) {
                m_ap->deleteEvent(id);
                break;
            }
        }
    }
}

} // namespace Feedscope::Server
