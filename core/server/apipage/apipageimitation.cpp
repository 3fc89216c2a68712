// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apipageimitation.h"

#include <chrono>
#include <random>

#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimeZone>
#include <QWebSocket>

#include "logging.h"
#include "server/rawwebsocket.h"
#include "server/servercontext.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
constexpr auto ZeroTime = "0001-01-01T00:00:00Z";

QByteArray goJson(const OValue &v)
{
    return v.toJson(OValue::Style::Go);
}

// echo's c.JSON: compact body ending with a newline.
HttpReply echoJson(const OValue &v, int status = 200)
{
    HttpReply r = HttpReply::json(goJson(v) + '\n', status);
    r.contentType = "application/json; charset=UTF-8";
    return r;
}

// echo's c.NoContent(200): no body and no Content-Type.
HttpReply echoNoContent()
{
    HttpReply r = HttpReply::empty(200);
    r.contentType.clear();
    return r;
}

// What echo's middleware adds to every answer: RequestID (32 random letters and digits, as
// gommon's random.String(32)) and CORS with its default configuration (any origin).
HttpReply withEchoHeaders(HttpReply r)
{
    static constexpr char Alphanumeric[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray id(32, Qt::Uninitialized);
    for (char &c : id)
        c = Alphanumeric[QRandomGenerator::global()->bounded(int(sizeof(Alphanumeric) - 1))];
    r.headers.append({QByteArrayLiteral("X-Request-Id"), id});
    r.headers.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")});
    r.headers.append({QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*")});
    return r;
}

// The event types the real server's MySQL column takes (ENUM('frontend','client')); anything
// else fails the INSERT or UPDATE in strict mode.
bool validEventType(const QString &type)
{
    return type == u"frontend" || type == u"client";
}
QString truncatedType()
{
    return u"Error 1265: Data truncated for column 'type' at row 1"_s;
}

// util.NullString's JSON reader: a key missing from the request stays NULL (sent as null); a
// key sent as JSON null unmarshals into an empty, valid string (sent as "").
OValue nullString(const OValue &object, QStringView key)
{
    if (!object.contains(key))
        return OValue();
    const OValue &v = object.value(key);
    return v.isNull() ? OValue(QString()) : v;
}

HttpReply echoError(int status, const QString &text)
{
    return echoJson(OValue::object({{u"error"_s, text}}), status);
}

QString validation(const char *request, const char *field)
{
    return u"Key: '%1.%2' Error:Field validation for '%2' failed on the 'required' tag"_s.arg(
            QLatin1StringView(request), QLatin1StringView(field));
}
} // namespace

ApiPageImitation::ApiPageImitation(ServerContext *context, QObject *parent)
    : Imitation(context, parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &ApiPageImitation::flush);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        for (Client *c : std::as_const(m_clients)) {
            if (c->raw)
                c->raw->sendPing();
            else if (c->ws)
                c->ws->ping();
        }
    });
}

ApiPageImitation::~ApiPageImitation()
{
    qDeleteAll(m_clients);
    qDeleteAll(m_closed);
}

qint64 ApiPageImitation::nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QString ApiPageImitation::goTime(qint64 ns, bool restRead)
{
    const qint64 ms = ns / 1000000;
    if (restRead) {
        // MySQL reads: UTC, second precision.
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                       .toString(u"yyyy-MM-ddTHH:mm:ss"_s)
                + u'Z';
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    QString s = local.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    QString frac = QString::number(ns % 1000000000).rightJustified(9, u'0');
    while (frac.endsWith(u'0'))
        frac.chop(1);
    if (!frac.isEmpty())
        s += u'.' + frac;
    const int offset = local.offsetFromUtc();
    if (offset == 0)
        return s + u'Z';
    const int abs = std::abs(offset);
    return s + (offset < 0 ? u'-' : u'+')
            + u"%1:%2"_s.arg(abs / 3600, 2, 10, QLatin1Char('0'))
                      .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

bool ApiPageImitation::load(const OValue &section, QString *error)
{
    const qint64 now = nowNs();
    for (const OValue &e : section.value(u"events").items()) {
        ApEvent ev;
        ev.id = e.value(u"id").toInt();
        if (ev.id <= 0) {
            if (error)
                *error = u"ap: an event needs an id"_s;
            return false;
        }
        ev.constant = e.value(u"constant").toString();
        ev.label = e.value(u"label");
        ev.value = e.value(u"value").toString();
        ev.description = e.value(u"description").toString();
        ev.type = e.value(u"type").toString(u"frontend"_s);
        ev.createdNs = ev.updatedNs = now;
        for (const OValue &f : e.value(u"fields").items()) {
            ApField field {m_nextField++, f.value(u"type").toString(), f.value(u"key"),
                    f.value(u"required").toBool(), f.value(u"description").toString(), now, now};
            ev.fields.append(field);
        }
        m_nextEvent = std::max(m_nextEvent, ev.id + 1);
        m_events[ev.id] = ev;
    }
    for (const OValue &p : section.value(u"pages").items()) {
        ApPage page {p.value(u"id").toInt(), p.value(u"title").toString(),
                p.value(u"text").toString(), now, now};
        if (page.id <= 0) {
            if (error)
                *error = u"ap: a page needs an id"_s;
            return false;
        }
        m_nextPage = std::max(m_nextPage, page.id + 1);
        m_pages[page.id] = page;
    }
    return true;
}

int ApiPageImitation::connectionCount() const
{
    return int(m_clients.size());
}

OValue ApiPageImitation::eventJson(
        const ApEvent &e, bool restRead, bool zeroCreated, bool list) const
{
    OValue o = OValue::object({{u"id"_s, e.id}, {u"constant"_s, e.constant}, {u"label"_s, e.label},
            {u"value"_s, e.value}});
    if (!list)
        o.insert(u"description"_s, e.description);
    o.insert(u"type"_s, e.type);
    if (!list) {
        OValue fields = OValue::array();
        for (const ApField &f : e.fields) {
            fields.append(OValue::object(
                    {{u"id"_s, f.id}, {u"eventId"_s, e.id}, {u"type"_s, f.type}, {u"key"_s, f.key},
                            {u"required"_s, f.required}, {u"description"_s, f.description},
                            {u"createdAt"_s, goTime(f.createdNs, restRead)},
                            {u"updatedAt"_s, goTime(f.updatedNs, restRead)}}));
        }
        o.insert(u"fields"_s, fields);
    }
    o.insert(u"createdAt"_s,
            zeroCreated ? QString::fromLatin1(ZeroTime) : goTime(e.createdNs, restRead));
    o.insert(u"updatedAt"_s, goTime(e.updatedNs, restRead));
    return o;
}

OValue ApiPageImitation::pageJson(const ApPage &p, bool restRead, bool zeroCreated, bool list) const
{
    OValue o = OValue::object({{u"id"_s, p.id}, {u"title"_s, p.title}});
    if (!list)
        o.insert(u"text"_s, p.text);
    o.insert(u"createdAt"_s,
            zeroCreated ? QString::fromLatin1(ZeroTime) : goTime(p.createdNs, restRead));
    o.insert(u"updatedAt"_s, goTime(p.updatedNs, restRead));
    return o;
}

void ApiPageImitation::broadcast(const QString &event, const OValue &data)
{
    const QByteArray msg = goJson(OValue::object({{u"event"_s, event}, {u"data"_s, data}}));
    for (Client *c : std::as_const(m_clients)) {
        if (c->overflowed)
            continue;
        if (c->queue.size() >= m_ctx->options.apQueueLimit) {
            // The hub closes a full queue; the writer then sends an empty close frame.
            c->overflowed = true;
            qCInfo(lcServer) << "ap: slow consumer, closing";
            if (c->raw)
                c->raw->closeEmpty();
            else if (c->ws)
                c->ws->close(QWebSocketProtocol::CloseCodeNormal);
            continue;
        }
        c->queue.append(msg);
    }
    if (!m_flush.isActive())
        m_flush.start();
    Q_EMIT changed(event);
}

void ApiPageImitation::flush()
{
    for (Client *c : std::as_const(m_clients)) {
        if (c->queue.isEmpty() || c->overflowed)
            continue;
        // A writer blocked on a full socket keeps queueing, as writePump does.
        const qint64 backlog =
                c->raw ? c->raw->bytesToWrite() : (c->ws ? c->ws->bytesToWrite() : 0);
        if (backlog > 1024 * 1024) {
            m_flush.start(10);
            continue;
        }
        const QByteArray frame = c->queue.join('\n');
        c->queue.clear();
        if (c->raw)
            c->raw->sendText(frame);
        else
            m_ctx->send(c->ws, frame);
        m_ctx->countFrame(frame.size());
    }
}

void ApiPageImitation::addClient(Client *c)
{
    m_clients.append(c);
    if (!m_ping.isActive()) {
        m_ping.setInterval(m_ctx->options.apPingIntervalMs);
        m_ping.start();
    }
    Q_EMIT m_ctx->clientsChanged();
}

void ApiPageImitation::install(ServerFront &front)
{
    front.addWebSocket(
            u"/api/ws"_s,
            [this](const HttpRequest &) {
                return m_ctx->options.apAnswerPings ? UpgradeDecision::accept()
                                                    : UpgradeDecision::rawAccept();
            },
            [this](QWebSocket *ws, const HttpRequest &) {
                auto *c = new Client;
                c->ws = ws;
                connect(ws, &QWebSocket::disconnected, this, [this, c] {
                    m_clients.removeOne(c);
                    m_closed.append(c);
                    QMetaObject::invokeMethod(
                            this,
                            [this, c] {
                                if (m_closed.removeOne(c))
                                    delete c;
                            },
                            Qt::QueuedConnection);
                    Q_EMIT m_ctx->clientsChanged();
                });
                addClient(c);
            },
            [this](QTcpSocket *socket, const HttpRequest &) {
                auto *c = new Client;
                c->raw = new RawWebSocket(socket, this);
                connect(c->raw, &RawWebSocket::disconnected, this, [this, c] {
                    m_clients.removeOne(c);
                    c->raw->deleteLater();
                    m_closed.append(c);
                    QMetaObject::invokeMethod(
                            this,
                            [this, c] {
                                if (m_closed.removeOne(c))
                                    delete c;
                            },
                            Qt::QueuedConnection);
                    Q_EMIT m_ctx->clientsChanged();
                });
                addClient(c);
            });
    installRest(front);
}

std::optional<OValue> ApiPageImitation::createEvent(const OValue &body, QString *error, int *status)
{
    int ignored = 0;
    if (!status)
        status = &ignored;
    *status = 422;
    for (auto [key, field] : {std::pair {u"constant", "Constant"}, {u"value", "Value"},
                 {u"description", "Description"}, {u"type", "Type"}}) {
        if (body.value(key).toString().isEmpty()) {
            if (error)
                *error = validation("eventCreateRequest", field);
            return std::nullopt;
        }
    }
    if (!validEventType(body.value(u"type").toString())) {
        *status = 500;
        if (error)
            *error = truncatedType();
        return std::nullopt;
    }
    const qint64 now = nowNs();
    ApEvent e;
    e.id = m_nextEvent++;
    e.constant = body.value(u"constant").toString();
    e.label = nullString(body, u"label");
    e.value = body.value(u"value").toString();
    e.description = body.value(u"description").toString();
    e.type = body.value(u"type").toString();
    e.createdNs = e.updatedNs = now;
    qint64 t = now;
    for (const OValue &f : body.value(u"fields").items()) {
        t += 3000000; // each field row gets its own, slightly later time.Now()
        e.fields.append(ApField {m_nextField++, f.value(u"type").toString(), nullString(f, u"key"),
                f.value(u"required").toBool(), f.value(u"description").toString(), t, t});
    }
    m_events[e.id] = e;
    *status = 200;
    const OValue json = eventJson(e, false, false, false);
    broadcast(u"ap_event_created"_s, OValue::object({{u"event"_s, json}}));
    return json;
}

std::optional<OValue> ApiPageImitation::updateEvent(
        qint64 id, const OValue &body, int *status, QString *error)
{
    for (auto [key, field] : {std::pair {u"constant", "Constant"}, {u"value", "Value"},
                 {u"description", "Description"}, {u"type", "Type"}}) {
        if (body.value(key).toString().isEmpty()) {
            *status = 422;
            if (error)
                *error = validation("eventUpdateRequest", field);
            return std::nullopt;
        }
    }
    auto it = m_events.find(id);
    if (it == m_events.end()) {
        *status = 500;
        if (error)
            *error = u"[events.store.gorm] page with id = %1 does not exist"_s.arg(id);
        return std::nullopt;
    }
    ApEvent &e = it->second;
    // The real store deletes the event's fields before it saves the event: when the save
    // fails, the fields are gone from the database, and nothing is broadcast (clients keep
    // the old ones).
    if (!validEventType(body.value(u"type").toString())) {
        e.fields.clear();
        *status = 500;
        if (error)
            *error = truncatedType();
        return std::nullopt;
    }
    const qint64 now = nowNs();
    e.constant = body.value(u"constant").toString();
    e.label = nullString(body, u"label");
    e.value = body.value(u"value").toString();
    e.description = body.value(u"description").toString();
    e.type = body.value(u"type").toString();
    e.updatedNs = now;
    // The update deletes all fields and inserts the request's again: new ids every time.
    e.fields.clear();
    qint64 t = now;
    for (const OValue &f : body.value(u"fields").items()) {
        t += 3000000;
        e.fields.append(ApField {m_nextField++, f.value(u"type").toString(), nullString(f, u"key"),
                f.value(u"required").toBool(), f.value(u"description").toString(), t, t});
    }
    // The handler builds the answer from the request: createdAt is Go's zero time.
    const OValue json = eventJson(e, false, true, false);
    broadcast(u"ap_event_updated"_s, OValue::object({{u"event"_s, json}}));
    *status = 200;
    return json;
}

bool ApiPageImitation::deleteEvent(qint64 id)
{
    if (!m_events.erase(id))
        return false;
    broadcast(u"ap_event_deleted"_s, OValue::object({{u"id"_s, id}}));
    return true;
}

std::optional<OValue> ApiPageImitation::createPage(const OValue &body, QString *error)
{
    for (auto [key, field] : {std::pair {u"title", "Title"}, {u"text", "Text"}}) {
        if (body.value(key).toString().isEmpty()) {
            if (error)
                *error = validation("pageCreateRequest", field);
            return std::nullopt;
        }
    }
    const qint64 now = nowNs();
    ApPage p {m_nextPage++, body.value(u"title").toString(), body.value(u"text").toString(), now,
            now};
    m_pages[p.id] = p;
    const OValue json = pageJson(p, false, false, false);
    broadcast(u"ap_page_created"_s, OValue::object({{u"page"_s, json}}));
    return json;
}

std::optional<OValue> ApiPageImitation::updatePage(
        qint64 id, const OValue &body, int *status, QString *error)
{
    for (auto [key, field] : {std::pair {u"title", "Title"}, {u"text", "Text"}}) {
        if (body.value(key).toString().isEmpty()) {
            *status = 422;
            if (error)
                *error = validation("pageUpdateRequest", field);
            return std::nullopt;
        }
    }
    auto it = m_pages.find(id);
    if (it == m_pages.end()) {
        *status = 500;
        if (error)
            *error = u"[pages.store.gorm] page with id = %1 does not exist"_s.arg(id);
        return std::nullopt;
    }
    it->second.title = body.value(u"title").toString();
    it->second.text = body.value(u"text").toString();
    it->second.updatedNs = nowNs();
    const OValue json = pageJson(it->second, false, true, false);
    broadcast(u"ap_page_updated"_s, OValue::object({{u"page"_s, json}}));
    *status = 200;
    return json;
}

bool ApiPageImitation::deletePage(qint64 id)
{
    if (!m_pages.erase(id))
        return false;
    broadcast(u"ap_page_deleted"_s, OValue::object({{u"id"_s, id}}));
    return true;
}

void ApiPageImitation::installRest(ServerFront &front)
{
    using M = QRegularExpressionMatch;
    // Every answer passes through echo's middleware.
    auto addRoute = [&front](const QByteArray &method, const QString &pattern,
                            ServerFront::RestHandler handler) {
        front.addRoute(
                method, pattern, [handler = std::move(handler)](const HttpRequest &r, const M &m) {
                    return withEchoHeaders(handler(r, m));
                });
    };
    auto parseId = [](const M &m, qint64 *out) {
        bool ok = false;
        *out = m.captured(1).toLongLong(&ok);
        return ok && *out >= 0;
    };
    auto body = [](const HttpRequest &r) -> std::optional<OValue> {
        auto v = OValue::fromJson(r.body);
        if (!v || !v->isObject())
            return std::nullopt;
        return v;
    };
    // Listing: limit (default 100, -1 all), offset, sort (default createdAt, then descending),
    // descending, and for events type and query.
    auto list = [](const HttpRequest &r, std::vector<std::pair<qint64, OValue>> items,
                        const QString &defaultSort) {
        QString sort = r.query.queryItemValue(u"sort"_s);
        bool descending = r.query.queryItemValue(u"descending"_s) == u"true";
        if (sort.isEmpty()) {
            sort = defaultSort;
            descending = true;
        }
        std::stable_sort(items.begin(), items.end(), [&](const auto &a, const auto &b) {
            const OValue &va = a.second.value(sort), &vb = b.second.value(sort);
            if (va.isNumber() && vb.isNumber())
                return descending ? va.toDouble() > vb.toDouble() : va.toDouble() < vb.toDouble();
            return descending ? va.toString() > vb.toString() : va.toString() < vb.toString();
        });
        const qint64 total = qint64(items.size());
        bool ok = false;
        qint64 limit = r.query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok)
            limit = 100;
        const qint64 offset = std::max<qint64>(0, r.query.queryItemValue(u"offset"_s).toLongLong());
        OValue data = OValue::array();
        for (qint64 i = offset; i < total && (limit < 0 || i < offset + limit); ++i)
            data.append(items[size_t(i)].second);
        return echoJson(OValue::object({{u"data"_s, data}, {u"total"_s, total}}));
    };
    addRoute("GET", u"^/api/events/?$"_s, [this, list](const HttpRequest &r, const M &) {
        const QString type = r.query.queryItemValue(u"type"_s);
        const QString query = r.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        std::vector<std::pair<qint64, OValue>> items;
        for (const auto &[id, e] : m_events) {
            if (!type.isEmpty() && e.type != type)
                continue;
            if (!query.isEmpty() && !e.constant.contains(query, Qt::CaseInsensitive)
                    && !e.label.toString().contains(query, Qt::CaseInsensitive)
                    && !e.value.contains(query, Qt::CaseInsensitive))
                continue;
            items.emplace_back(id, eventJson(e, true, false, true));
        }
        return list(r, std::move(items), u"createdAt"_s);
    });
    addRoute("GET", u"^/api/events/([^/]+)/?$"_s, [this, parseId](const HttpRequest &, const M &m) {
        qint64 id;
        if (!parseId(m, &id))
            return echoError(
                    422, u"strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(m.captured(1)));
        auto it = m_events.find(id);
        if (it == m_events.end())
            return echoError(404, u"Not found"_s);
        return echoJson(OValue::object({{u"data"_s, eventJson(it->second, true, false, false)}}));
    });
    addRoute("POST", u"^/api/events/?$"_s, [this, body](const HttpRequest &r, const M &) {
        auto b = body(r);
        if (!b)
            return echoError(422, u"code=400, message=Syntax error in the request body"_s);
        QString err;
        int status = 200;
        auto e = createEvent(*b, &err, &status);
        return e ? echoJson(OValue::object({{u"data"_s, *e}})) : echoError(status, err);
    });
    addRoute("POST", u"^/api/events/([^/]+)/?$"_s,
            [this, body, parseId](const HttpRequest &r, const M &m) {
                qint64 id;
                if (!parseId(m, &id))
                    return echoError(422,
                            u"strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(
                                    m.captured(1)));
                auto b = body(r);
                if (!b)
                    return echoError(422, u"code=400, message=Syntax error in the request body"_s);
                QString err;
                int status = 200;
                auto e = updateEvent(id, *b, &status, &err);
                return e ? echoJson(OValue::object({{u"data"_s, *e}})) : echoError(status, err);
            });
    addRoute("DELETE", u"^/api/events/([^/]+)/?$"_s,
            [this, parseId](const HttpRequest &, const M &m) {
                qint64 id;
                if (!parseId(m, &id))
                    return echoError(422,
                            u"strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(
                                    m.captured(1)));
                // The store's own text, copy-paste ("page") and all.
                if (!deleteEvent(id))
                    return echoError(500,
                            u"[events.store.gorm] page with id = %1 was not deleted"_s.arg(id));
                return echoNoContent();
            });
    addRoute("GET", u"^/api/pages/?$"_s, [this, list](const HttpRequest &r, const M &) {
        const QString query = r.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        std::vector<std::pair<qint64, OValue>> items;
        for (const auto &[id, p] : m_pages) {
            if (!query.isEmpty() && !p.title.contains(query, Qt::CaseInsensitive))
                continue;
            items.emplace_back(id, pageJson(p, true, false, true));
        }
        return list(r, std::move(items), u"createdAt"_s);
    });
    addRoute("GET", u"^/api/pages/([^/]+)/?$"_s, [this, parseId](const HttpRequest &, const M &m) {
        qint64 id;
        if (!parseId(m, &id))
            return echoError(
                    422, u"strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(m.captured(1)));
        auto it = m_pages.find(id);
        if (it == m_pages.end())
            return echoError(404, u"Not found"_s);
        return echoJson(OValue::object({{u"data"_s, pageJson(it->second, true, false, false)}}));
    });
    addRoute("POST", u"^/api/pages/?$"_s, [this, body](const HttpRequest &r, const M &) {
        auto b = body(r);
        if (!b)
            return echoError(422, u"code=400, message=Syntax error in the request body"_s);
        QString err;
        auto p = createPage(*b, &err);
        return p ? echoJson(OValue::object({{u"data"_s, *p}})) : echoError(422, err);
    });
    addRoute("POST", u"^/api/pages/([^/]+)/?$"_s,
            [this, body, parseId](const HttpRequest &r, const M &m) {
                qint64 id;
                if (!parseId(m, &id))
                    return echoError(422,
                            u"strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(
                                    m.captured(1)));
                auto b = body(r);
                if (!b)
                    return echoError(422, u"code=400, message=Syntax error in the request body"_s);
                QString err;
                int status = 200;
                auto p = updatePage(id, *b, &status, &err);
                return p ? echoJson(OValue::object({{u"data"_s, *p}})) : echoError(status, err);
            });
    addRoute("DELETE", u"^/api/pages/([^/]+)/?$"_s,
            [this, parseId](const HttpRequest &, const M &m) {
                qint64 id;
                if (!parseId(m, &id))
                    return echoError(422,
                            u"strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(
                                    m.captured(1)));
                if (!deletePage(id))
                    return echoError(
                            500, u"[pages.store.gorm] page with id = %1 was not deleted"_s.arg(id));
                return echoNoContent();
            });
}

// --- for people: what serve prints, the demo's step, the server panel's buttons -----------

QString ApiPageImitation::feedId() const
{
    return u"ap"_s;
}

QString ApiPageImitation::title() const
{
    return tr("API page");
}

QString ApiPageImitation::describe(const QUrl &url) const
{
    QString ws = url.toString();
    ws.replace(u"http://"_s, u"ws://"_s);
    return u"  API page:      %1/api/ws   REST %2/api/events, %2/api/pages"_s.arg(
            ws, url.toString());
}

void ApiPageImitation::randomAction()
{
    ++m_demoSteps;
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_ctx->rng);
    const auto &events = m_events;
    const auto &pages = m_pages;
    int status = 0;
    if (roll < 50 && !events.empty()) {
        auto it = events.begin();
        std::advance(it, std::uniform_int_distribution<size_t>(0, events.size() - 1)(m_ctx->rng));
        const ApEvent &e = it->second;
        OValue fields = OValue::array();
        for (const ApField &f : e.fields)
            fields.append(OValue::object({{u"key"_s, f.key}, {u"type"_s, f.type},
                    {u"required"_s, !f.required}, {u"description"_s, f.description}}));
        updateEvent(e.id,
                OValue::object(
                        {{u"constant"_s, e.constant}, {u"label"_s, e.label}, {u"value"_s, e.value},
                                {u"description"_s,
                                        QString(e.description.section(u" (rev"_s, 0, 0)
                                                + u" (rev %1)"_s.arg(m_demoSteps))},
                                {u"type"_s, e.type}, {u"fields"_s, fields}}),
                &status);
    } else if (roll < 80 && !pages.empty()) {
        auto it = pages.begin();
        std::advance(it, std::uniform_int_distribution<size_t>(0, pages.size() - 1)(m_ctx->rng));
        updatePage(it->first,
                OValue::object({{u"title"_s, it->second.title},
                        {u"text"_s,
                                QString(it->second.text.section(u" [rev"_s, 0, 0)
                                        + u" [rev %1]"_s.arg(m_demoSteps))}}),
                &status);
    } else if (roll < 90 || events.size() < 4) {
        createEvent(OValue::object({{u"constant"_s, u"DEMO_EVENT_%1"_s.arg(m_demoSteps)},
                {u"label"_s, OValue()}, {u"value"_s, u"demo_event_%1"_s.arg(m_demoSteps)},
                {u"description"_s, u"Generated by the demo scenario"_s}, {u"type"_s, u"client"_s},
                {u"fields"_s,
                        OValue::array({OValue::object({{u"key"_s, u"n"_s},
                                {u"type"_s, u"Integer"_s}, {u"required"_s, true},
                                {u"description"_s, u"A number"_s}})})}}));
    } else {
        for (const auto &[id, e] : events) {
            if (e.constant.startsWith(u"DEMO_EVENT_"_s)) {
                deleteEvent(id);
                break;
            }
        }
    }
}

QList<Imitation::Action> ApiPageImitation::actions()
{
    return {
            {u"add-event"_s, tr("Add an event"),
                    [this] {
                        createEvent(OValue::object(
                                {{u"constant"_s, u"HAND_EVENT"_s}, {u"value"_s, u"hand_event"_s},
                                        {u"description"_s, tr("Added by hand")},
                                        {u"type"_s, u"client"_s}}));
                    }},
            {u"update-event"_s, tr("Update an event"),
                    [this] {
                        if (m_events.empty())
                            return;
                        const ApEvent &e = m_events.begin()->second;
                        int status = 0;
                        updateEvent(e.id,
                                OValue::object({{u"constant"_s, e.constant},
                                        {u"label"_s, tr("Edited by hand")}, {u"value"_s, e.value},
                                        {u"description"_s, e.description}, {u"type"_s, e.type}}),
                                &status);
                    }},
            {u"delete-event"_s, tr("Delete an event"),
                    [this] {
                        if (!m_events.empty())
                            deleteEvent(m_events.rbegin()->first);
                    }},
    };
}

} // namespace Feedscope::Server
