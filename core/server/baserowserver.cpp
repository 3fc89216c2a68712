// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowserver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include "logging.h"
#include "net/jwt.h"
#include "rawwebsocket.h"
#include "servercontext.h"
#include "serversecret.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
QByteArray errorBody(const char *error, const QString &detail)
{
    return OValue::object({{u"error"_s, QString::fromLatin1(error)}, {u"detail"_s, detail}})
            .toJson();
}

HttpReply error(int status, const char *code, const QString &detail)
{
    return HttpReply::json(errorBody(code, detail), status);
}

std::optional<OValue> jsonBody(const HttpRequest &r)
{
    if (r.body.trimmed().isEmpty())
        return OValue::object();
    auto v = OValue::fromJson(r.body);
    if (!v || !v->isObject())
        return std::nullopt;
    return v;
}

HttpReply invalidBody()
{
    return HttpReply::json(
            OValue::object({{u"error"_s, u"ERROR_REQUEST_BODY_VALIDATION"_s},
                                   {u"detail"_s, u"The request body was not valid JSON."_s}})
                    .toJson(),
            400);
}

// Python's str() of a page parameter, which names the channel group ("table-5101").
std::optional<QString> pythonStr(const OValue &v)
{
    switch (v.type()) {
    case OValue::Type::Int:
        return QString::number(v.toInt());
    case OValue::Type::Double: {
        QByteArray s = v.toJson(OValue::Style::Python);
        return QString::fromLatin1(s);
    }
    case OValue::Type::String:
        return v.toString();
    case OValue::Type::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    default:
        return std::nullopt;
    }
}

// How Django coerces an id parameter: ints and numeric strings work; other strings, lists and
// objects raise (and kill the consumer); null and falsy values fail the check quietly.
enum class IdCheck { Ok, Falsy, Crash };
IdCheck coerceId(const OValue &v, qint64 *out)
{
    switch (v.type()) {
    case OValue::Type::Null:
        return IdCheck::Falsy;
    case OValue::Type::Bool:
        *out = v.toBool() ? 1 : 0;
        return *out ? IdCheck::Ok : IdCheck::Falsy;
    case OValue::Type::Int:
        *out = v.toInt();
        return *out ? IdCheck::Ok : IdCheck::Falsy;
    case OValue::Type::Double:
        *out = qint64(v.toDouble());
        return *out ? IdCheck::Ok : IdCheck::Falsy;
    case OValue::Type::String: {
        if (v.toString().isEmpty())
            return IdCheck::Falsy;
        bool ok = false;
        *out = v.toString().trimmed().toLongLong(&ok);
        return ok ? IdCheck::Ok : IdCheck::Crash;
    }
    default:
        return IdCheck::Crash;
    }
}

const QStringList &declaredParams(const QString &page)
{
    static const QStringList table {u"table_id"_s}, row {u"table_id"_s, u"row_id"_s},
            view {u"slug"_s, u"token"_s}, dashboard {u"dashboard_id"_s}, none;
    if (page == u"table")
        return table;
    if (page == u"row")
        return row;
    if (page == u"view")
        return view;
    if (page == u"dashboard")
        return dashboard;
    return none;
}
} // namespace

BaserowServer::BaserowServer(ServerContext *context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
    // Stable across restarts, as a real backend's key is (ServerSecret).
    m_secret = ServerSecret::keyFor(m_ctx->options.signingSecret, "baserow");
}

BaserowServer::~BaserowServer()
{
    qDeleteAll(m_conns);
    qDeleteAll(m_closed);
}

bool BaserowServer::load(const OValue &section, QString *error)
{
    return m_data.load(section, error);
}

int BaserowServer::connectionCount() const
{
    return int(m_conns.size());
}

int BaserowServer::pageSubscribers(qint64 tableId) const
{
    const QString group = u"table-"_s + QString::number(tableId);
    return int(std::count_if(m_conns.begin(), m_conns.end(), [&](const Conn *c) {
        return c->ws && std::any_of(c->pages.begin(), c->pages.end(), [&](const Page &p) {
            return p.group == group;
        });
    }));
}

qint64 BaserowServer::backlog() const
{
    qint64 total = 0;
    for (const Conn *c : m_conns) {
        if (c->ws)
            total += c->ws->bytesToWrite();
    }
    return total;
}

QByteArray BaserowServer::accessToken(qint64 userId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int ttl = m_ctx->faults.expireTokensEarly ? 5 : m_ctx->options.accessTtlSec;
    return Jwt::signHs256(
            OValue::object({{u"token_type"_s, u"access"_s}, {u"exp"_s, now + ttl}, {u"iat"_s, now},
                    {u"jti"_s, QUuid::createUuid().toString(QUuid::Id128)},
                    {u"user_id"_s, userId}}),
            m_secret);
}

QByteArray BaserowServer::refreshToken(qint64 userId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return Jwt::signHs256(OValue::object({{u"token_type"_s, u"refresh"_s},
                                  {u"exp"_s, now + m_ctx->options.refreshTtlSec}, {u"iat"_s, now},
                                  {u"jti"_s, QUuid::createUuid().toString(QUuid::Id128)},
                                  {u"user_id"_s, userId}, {u"verified_email_claim"_s, true}}),
            m_secret);
}

std::optional<qint64> BaserowServer::userFromAccessToken(const QByteArray &token) const
{
    auto claims = Jwt::verifyHs256(token, m_secret);
    if (!claims || claims->value(u"token_type").toString() != u"access")
        return std::nullopt;
    if (claims->value(u"exp").toInt() <= QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    const qint64 userId = claims->value(u"user_id").toInt();
    auto *self = const_cast<BaserowServer *>(this);
    const BrUser *u = self->m_data.userById(userId);
    if (!u || !u->active || u->toBeDeleted)
        return std::nullopt;
    if (claims->value(u"iat").toInt() < u->passwordChangedAt)
        return std::nullopt;
    return userId;
}

std::optional<qint64> BaserowServer::restUser(const HttpRequest &r, HttpReply *err) const
{
    const QByteArray auth = r.header("authorization");
    if (auth.isEmpty()) {
        *err = HttpReply::json(
                R"({"detail":"Authentication credentials were not provided."})", 401);
        return std::nullopt;
    }
    if (!auth.startsWith("JWT ")) {
        *err = error(401, "ERROR_INVALID_ACCESS_TOKEN", u"Access token is expired or invalid."_s);
        return std::nullopt;
    }
    auto user = userFromAccessToken(auth.mid(4).trimmed());
    if (!user)
        *err = error(401, "ERROR_INVALID_ACCESS_TOKEN", u"Access token is expired or invalid."_s);
    return user;
}

QByteArray BaserowServer::encode(const OValue &msg) const
{
    return msg.toJson(OValue::Style::Python);
}

void BaserowServer::send(Conn *c, const QByteArray &bytes)
{
    if (c->ws)
        m_ctx->send(c->ws, bytes);
}

void BaserowServer::toConnections(const QByteArray &bytes,
        const std::function<bool(const Conn &)> &who, const QString &origin)
{
    for (Conn *c : std::as_const(m_conns)) {
        if (!c->ws || (!origin.isEmpty() && c->wsid == origin))
            continue;
        if (who(*c))
            send(c, bytes);
    }
}

void BaserowServer::toWorkspace(qint64 workspaceId, const OValue &msg, const QString &origin)
{
    const QList<qint64> members = m_data.memberUserIds(workspaceId);
    toConnections(
            encode(msg), [&](const Conn &c) { return !c.anonymous && members.contains(c.userId); },
            origin);
}

void BaserowServer::toUsers(const QList<qint64> &users, const OValue &msg, const QString &origin)
{
    toConnections(
            encode(msg), [&](const Conn &c) { return !c.anonymous && users.contains(c.userId); },
            origin);
}

void BaserowServer::toTablePage(qint64 tableId, const OValue &msg, const QString &origin)
{
    m_floodTemplates.clear();
    const QString group = u"table-"_s + QString::number(tableId);
    toConnections(
            encode(msg),
            [&](const Conn &c) {
                return std::any_of(c.pages.begin(), c.pages.end(),
                        [&](const Page &p) { return p.group == group; });
            },
            origin);
}

void BaserowServer::toRowPage(qint64 tableId, qint64 rowId, const OValue &msg)
{
    const QString group = u"table-%1-row-%2"_s.arg(tableId).arg(rowId);
    toConnections(encode(msg),
            [&](const Conn &c) {
                return std::any_of(c.pages.begin(), c.pages.end(),
                        [&](const Page &p) { return p.group == group; });
            },
            {});
}

void BaserowServer::toViewBroadcast(
        const BrTable &t, const BrView &v, const OValue &msg, const QString &origin)
{
    // Personal views reach only their owner (all the owner's connections), others the table page.
    if (v.ownership == u"personal")
        toUsers({v.ownedBy}, msg, origin);
    else
        toTablePage(t.id, msg, origin);
}

OValue BaserowServer::publicRow(const BrTable &t, const BrView &v, const BrRow &r) const
{
    OValue full = m_data.rowObject(t, r);
    OValue out = OValue::object();
    for (const auto &[k, val] : full.members()) {
        if (k.startsWith(u"field_"_s)) {
            const OValue &opt = v.fieldOptions.value(k.mid(6));
            if (opt.value(u"hidden").toBool())
                continue;
        }
        out.insert(k, val);
    }
    return out;
}

void BaserowServer::toPublicViews(const BrTable &t, const QString &type,
        const QList<const BrRow *> &rows, const OValue &extra)
{
    // Public view pages get rewritten copies: table_id 0, metadata {}, visible fields only.
    // The imitation does not evaluate view filters: every row counts as visible.
    for (const auto &v : t.views) {
        if (!v.isPublic || v.type == u"form")
            continue;
        const QString group = u"view-"_s + v.slug;
        bool anyone = false;
        for (Conn *c : std::as_const(m_conns)) {
            if (std::any_of(c->pages.begin(), c->pages.end(),
                        [&](const Page &p) { return p.group == group; }))
                anyone = true;
        }
        if (!anyone)
            continue;
        OValue msg = OValue::object({{u"type"_s, type}, {u"table_id"_s, 0}});
        if (type == u"rows_deleted") {
            OValue ids = OValue::array();
            OValue list = OValue::array();
            for (const BrRow *r : rows) {
                ids.append(r->id);
                list.append(publicRow(t, v, *r));
            }
            msg.insert(u"row_ids"_s, ids);
            msg.insert(u"rows"_s, list);
        } else {
            if (type == u"rows_updated")
                msg.insert(u"rows_before_update"_s, extra.value(u"rows_before_update"));
            OValue list = OValue::array();
            for (const BrRow *r : rows)
                list.append(publicRow(t, v, *r));
            msg.insert(u"rows"_s, list);
            msg.insert(u"metadata"_s, OValue::object());
            if (type == u"rows_created")
                msg.insert(u"before_row_id"_s, extra.value(u"before_row_id"));
            else
                msg.insert(u"updated_field_ids"_s, extra.value(u"updated_field_ids"));
        }
        toConnections(encode(msg),
                [&](const Conn &c) {
                    return std::any_of(c.pages.begin(), c.pages.end(),
                            [&](const Page &p) { return p.group == group; });
                },
                {});
    }
}

// --- WebSocket -------------------------------------------------------------------------------

void BaserowServer::install(ServerFront &front)
{
    m_front = &front;
    // /ws/core without the slash matches no route: uvicorn answers 500 (specs §1.1).
    front.addUpgradeFailure(u"/ws/core"_s, 500);
    front.addWebSocket(
            u"/ws/core/"_s, [](const HttpRequest &) { return UpgradeDecision::accept(); },
            [this](QWebSocket *ws, const HttpRequest &r) { onSocket(ws, r); });
    installRest(front);
}

void BaserowServer::onSocket(QWebSocket *ws, const HttpRequest &request)
{
    // parse_qs: blank values are dropped, the first remaining one is used.
    QString token;
    for (const QString &v : request.query.allQueryItemValues(u"jwt_token"_s, QUrl::FullyDecoded)) {
        if (!v.isEmpty()) {
            token = v;
            break;
        }
    }
    auto *c = new Conn;
    c->ws = ws;
    c->tcp = m_front ? m_front->tcpSocketOf(ws) : nullptr;
    bool ok = false;
    if (token.isEmpty()) {
        ok = false;
    } else {
        c->wsid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (token == u"anonymous") {
            ok = !m_ctx->options.anonymousDisabled;
            c->anonymous = true;
        } else if (auto user = userFromAccessToken(token.toUtf8())) {
            ok = true;
            c->userId = *user;
        }
    }
    OValue auth = OValue::object({{u"type"_s, u"authentication"_s}, {u"success"_s, ok},
            {u"web_socket_id"_s, c->wsid.isEmpty() ? OValue() : OValue(c->wsid)}});
    ws->sendTextMessage(QString::fromUtf8(encode(auth)));
    m_ctx->countFrame(0);
    if (!ok) {
        qCInfo(lcServer) << "baserow: authentication refused";
        ws->close(QWebSocketProtocol::CloseCodeNormal, QString());
        delete c;
        return;
    }
    m_conns.append(c);
    Q_EMIT m_ctx->clientsChanged();
    connect(ws, &QWebSocket::textMessageReceived, this,
            [this, c](const QString &t) { onText(c, t); });
    // The JSON consumer refuses binary frames by raising: the connection drops without a close.
    connect(ws, &QWebSocket::binaryMessageReceived, this, [c](const QByteArray &) {
        if (c->ws)
            c->ws->abort();
    });
    connect(ws, &QWebSocket::pong, this,
            [c](quint64, const QByteArray &) { c->pingsUnanswered = 0; });
    connect(ws, &QWebSocket::disconnected, this, [this, c] {
        // The handler that caused the disconnect (an abort) may still be using c.
        m_conns.removeOne(c);
        c->ws = nullptr;
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
    // uvicorn pings every 20 s and closes (1011) when a pong does not come within 20 s.
    auto *ping = new QTimer(ws);
    ping->setInterval(m_ctx->options.baserowPingIntervalMs);
    connect(ping, &QTimer::timeout, ws, [this, c] {
        if (!c->ws)
            return;
        if (c->pingsUnanswered > 0) {
            c->ws->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                    u"keepalive ping timeout"_s);
            return;
        }
        ++c->pingsUnanswered;
        c->ws->ping();
    });
    ping->start();
}

void BaserowServer::onText(Conn *c, const QString &text)
{
    auto msg = OValue::fromJson(text.toUtf8());
    if (text.isEmpty() || !msg || !msg->isObject()) {
        // Not a JSON object: the consumer raises and uvicorn drops the TCP connection.
        qCInfo(lcServer) << "baserow: invalid frame, dropping the connection";
        if (c->ws)
            c->ws->abort();
        return;
    }
    if (msg->contains(u"page"))
        addPage(c, *msg);
    if (c->ws && msg->contains(u"remove_page"))
        removePage(c, *msg);
}

void BaserowServer::addPage(Conn *c, const OValue &msg)
{
    const OValue &pageValue = msg.value(u"page");
    if (!pageValue.isString())
        return;
    const QString page = pageValue.toString();
    const QStringList &declared = declaredParams(page);
    if (declared.isEmpty())
        return; // unknown page type: ignored, no reply
    OValue params = OValue::object();
    for (const QString &name : declared)
        params.insert(name, msg.value(name));
    bool allowed = false;
    QString group;
    auto crash = [&] {
        qCInfo(lcServer) << "baserow: uncoercible page parameter, dropping the connection";
        if (c->ws)
            c->ws->abort();
    };
    if (page == u"table" || page == u"row") {
        qint64 tableId = 0;
        const IdCheck tc = coerceId(params.value(u"table_id"), &tableId);
        if (tc == IdCheck::Crash)
            return crash();
        BrTable *t = tc == IdCheck::Ok ? m_data.table(tableId) : nullptr;
        const BrWorkspace *ws = t ? m_data.workspaceOfTable(tableId) : nullptr;
        allowed = t && ws && !c->anonymous && m_data.isMember(ws->id, c->userId);
        const QString tableGroup =
                u"table-"_s + pythonStr(params.value(u"table_id")).value_or(QString());
        group = tableGroup;
        if (page == u"row") {
            qint64 rowId = 0;
            const IdCheck rc = coerceId(params.value(u"row_id"), &rowId);
            if (rc == IdCheck::Crash && allowed)
                return crash();
            allowed = allowed && rc == IdCheck::Ok && t->row(rowId);
            group = tableGroup + u"-row-"_s
                    + pythonStr(params.value(u"row_id")).value_or(QString());
        }
    } else if (page == u"view") {
        const OValue &slug = params.value(u"slug");
        if (slug.isString() && !slug.toString().isEmpty() && !m_ctx->options.anonymousDisabled) {
            BrTable *t = nullptr;
            BrView *v = m_data.viewBySlug(slug.toString(), &t);
            if (v && v->type != u"form") {
                const BrWorkspace *ws = m_data.workspaceOfTable(t->id);
                allowed =
                        v->isPublic || (!c->anonymous && ws && m_data.isMember(ws->id, c->userId));
            }
            group = u"view-"_s + slug.toString();
        }
    } else if (page == u"dashboard") {
        qint64 id = 0;
        const IdCheck dc = coerceId(params.value(u"dashboard_id"), &id);
        if (dc == IdCheck::Crash)
            return crash();
        BrApplication *a = dc == IdCheck::Ok ? m_data.application(id) : nullptr;
        allowed = a && a->type == u"dashboard" && !c->anonymous
                && m_data.isMember(a->workspaceId, c->userId);
        group = u"dashboard-"_s + pythonStr(params.value(u"dashboard_id")).value_or(QString());
    }
    if (!allowed)
        return; // refused silently
    const bool known = std::any_of(c->pages.begin(), c->pages.end(),
            [&](const Page &p) { return p.type == page && p.params == params; });
    if (!known)
        c->pages.append(Page {page, params, group});
    send(c,
            encode(OValue::object(
                    {{u"type"_s, u"page_add"_s}, {u"page"_s, page}, {u"parameters"_s, params}})));
}

void BaserowServer::removePage(Conn *c, const OValue &msg)
{
    const OValue &pageValue = msg.value(u"remove_page");
    if (!pageValue.isString())
        return;
    const QString page = pageValue.toString();
    const QStringList &declared = declaredParams(page);
    if (declared.isEmpty())
        return;
    OValue params = OValue::object();
    for (const QString &name : declared)
        params.insert(name, msg.value(name));
    c->pages.removeIf([&](const Page &p) { return p.type == page && p.params == params; });
    send(c,
            encode(OValue::object({{u"type"_s, u"page_discard"_s}, {u"page"_s, page},
                    {u"parameters"_s, params}})));
}

// --- mutations -------------------------------------------------------------------------------

std::optional<OValue> BaserowServer::createRow(qint64 tableId, const OValue &values,
        std::optional<qint64> before, const QString &origin, QString *err)
{
    BrTable *t = m_data.table(tableId);
    if (!t) {
        if (err)
            *err = u"ERROR_TABLE_DOES_NOT_EXIST"_s;
        return std::nullopt;
    }
    BrRow row;
    row.id = m_data.nextId("row");
    row.order = before && t->row(*before) ? t->orderBefore(*before) : t->nextOrder();
    for (const auto &f : t->fields) {
        const QString key = u"field_"_s + QString::number(f.id);
        if (values.contains(key))
            row.cells.insert(f.id, m_data.normaliseCell(f, values.value(key)));
    }
    t->rows.push_back(row);
    t->rowIndex.insert(row.id, t->rows.size() - 1);
    const BrRow &stored = t->rows.back();
    const OValue rowJson = m_data.rowObject(*t, stored);
    const OValue beforeId = before && t->row(*before) ? OValue(*before) : OValue();
    toTablePage(t->id,
            OValue::object({{u"type"_s, u"rows_created"_s}, {u"table_id"_s, t->id},
                    {u"rows"_s, OValue::array({rowJson})}, {u"metadata"_s, OValue::object()},
                    {u"before_row_id"_s, beforeId}}),
            origin);
    toPublicViews(
            *t, u"rows_created"_s, {&stored}, OValue::object({{u"before_row_id"_s, beforeId}}));
    Q_EMIT changed(u"row created"_s);
    return rowJson;
}

std::optional<OValue> BaserowServer::updateRow(qint64 tableId, qint64 rowId, const OValue &values,
        const QString &origin, qint64 actingUser, QString *err)
{
    BrTable *t = m_data.table(tableId);
    BrRow *r = t ? t->row(rowId) : nullptr;
    if (!r) {
        if (err)
            *err = t ? u"ERROR_ROW_DOES_NOT_EXIST"_s : u"ERROR_TABLE_DOES_NOT_EXIST"_s;
        return std::nullopt;
    }
    const OValue beforeJson = m_data.rowObject(*t, *r);
    OValue changedIds = OValue::array();
    OValue beforeCells = OValue::object(), afterCells = OValue::object(), meta = OValue::object();
    for (const auto &f : t->fields) {
        const QString key = u"field_"_s + QString::number(f.id);
        if (!values.contains(key))
            continue;
        const OValue v = m_data.normaliseCell(f, values.value(key));
        const OValue old = r->cells.value(f.id);
        if (old == v)
            continue;
        r->cells.insert(f.id, v);
        changedIds.append(f.id);
        beforeCells.insert(key, old);
        afterCells.insert(key, v);
        meta.insert(key, OValue::object({{u"id"_s, f.id}, {u"type"_s, f.type}}));
    }
    if (values.contains(u"order"_s)) {
        r->order = QString::number(values.value(u"order"_s).toString().toDouble(), 'f', 20);
    }
    const OValue afterJson = m_data.rowObject(*t, *r);
    toTablePage(t->id,
            OValue::object({{u"type"_s, u"rows_updated"_s}, {u"table_id"_s, t->id},
                    {u"rows_before_update"_s, OValue::array({beforeJson})},
                    {u"rows"_s, OValue::array({afterJson})}, {u"metadata"_s, OValue::object()},
                    {u"updated_field_ids"_s, changedIds}}),
            origin);
    const BrUser *u = m_data.userById(actingUser);
    toRowPage(t->id, r->id,
            OValue::object({{u"type"_s, u"row_history_updated"_s},
                    {u"row_history_entry"_s,
                            OValue::object({{u"id"_s, ++m_historyId},
                                    {u"action_type"_s, u"update_rows"_s},
                                    {u"action_command_type"_s, u"DO"_s},
                                    {u"user"_s,
                                            OValue::object({{u"id"_s, actingUser},
                                                    {u"name"_s, u ? u->firstName : QString()}})},
                                    {u"timestamp"_s, BaserowData::nowIso()},
                                    {u"before"_s, beforeCells}, {u"after"_s, afterCells},
                                    {u"fields_metadata"_s, meta}})},
                    {u"table_id"_s, t->id}, {u"row_id"_s, r->id}}));
    toPublicViews(*t, u"rows_updated"_s, {r},
            OValue::object({{u"rows_before_update"_s, OValue::array({beforeJson})},
                    {u"updated_field_ids"_s, changedIds}}));
    Q_EMIT changed(u"row updated"_s);
    return afterJson;
}

bool BaserowServer::deleteRow(qint64 tableId, qint64 rowId, const QString &origin)
{
    BrTable *t = m_data.table(tableId);
    BrRow *r = t ? t->row(rowId) : nullptr;
    if (!r)
        return false;
    const OValue rowJson = m_data.rowObject(*t, *r);
    const BrRow copy = *r;
    toTablePage(t->id,
            OValue::object({{u"type"_s, u"rows_deleted"_s}, {u"table_id"_s, t->id},
                    {u"row_ids"_s, OValue::array({rowId})}, {u"rows"_s, OValue::array({rowJson})}}),
            origin);
    toPublicViews(*t, u"rows_deleted"_s, {&copy}, OValue());
    t->rows.erase(t->rows.begin() + qsizetype(t->rowIndex.value(rowId)));
    t->reindex();
    Q_EMIT changed(u"row deleted"_s);
    return true;
}

std::optional<OValue> BaserowServer::createField(
        qint64 tableId, const OValue &body, const QString &origin, QString *err)
{
    BrTable *t = m_data.table(tableId);
    const QString name = body.value(u"name").toString();
    if (!t || name.isEmpty()) {
        if (err)
            *err = t ? u"ERROR_REQUEST_BODY_VALIDATION"_s : u"ERROR_TABLE_DOES_NOT_EXIST"_s;
        return std::nullopt;
    }
    BrField f;
    f.id = m_data.nextId("field");
    f.tableId = t->id;
    f.name = name;
    f.type = body.value(u"type").toString(u"text"_s);
    f.order = t->fields.empty() ? 0 : t->fields.back().order + 1;
    f.extra = BaserowData::fieldDefaults(f.type);
    for (const auto &[k, v] : body.members()) {
        if (k != u"name" && k != u"type" && f.extra.contains(k))
            f.extra.insert(k, v);
    }
    t->fields.push_back(f);
    const OValue json = m_data.fieldObject(*t, t->fields.back());
    toTablePage(t->id,
            OValue::object({{u"type"_s, u"field_created"_s}, {u"field"_s, json},
                    {u"related_fields"_s, OValue::array()}}),
            origin);
    Q_EMIT changed(u"field created"_s);
    return json;
}

std::optional<OValue> BaserowServer::updateField(
        qint64 fieldId, const OValue &body, const QString &origin)
{
    BrTable *t = nullptr;
    BrField *f = m_data.field(fieldId, &t);
    if (!f)
        return std::nullopt;
    if (body.value(u"name").isString() && !body.value(u"name").toString().isEmpty())
        f->name = body.value(u"name").toString();
    for (const auto &[k, v] : body.members()) {
        if (f->extra.contains(k))
            f->extra.insert(k, v);
    }
    const OValue json = m_data.fieldObject(*t, *f);
    toTablePage(t->id,
            OValue::object({{u"type"_s, u"field_updated"_s}, {u"field_id"_s, f->id},
                    {u"field"_s, json}, {u"related_fields"_s, OValue::array()}}),
            origin);
    Q_EMIT changed(u"field updated"_s);
    return json;
}

bool BaserowServer::deleteField(qint64 fieldId, const QString &origin)
{
    BrTable *t = nullptr;
    BrField *f = m_data.field(fieldId, &t);
    if (!f || f->primary)
        return false;
    std::erase_if(t->fields, [&](const BrField &x) { return x.id == fieldId; });
    for (auto &r : t->rows)
        r.cells.remove(fieldId);
    toTablePage(t->id,
            OValue::object({{u"type"_s, u"field_deleted"_s}, {u"table_id"_s, t->id},
                    {u"field_id"_s, fieldId}, {u"related_fields"_s, OValue::array()}}),
            origin);
    Q_EMIT changed(u"field deleted"_s);
    return true;
}

std::optional<OValue> BaserowServer::createTable(
        qint64 databaseId, const QString &name, const QString &origin)
{
    BrApplication *a = m_data.application(databaseId);
    if (!a || a->type != u"database" || name.isEmpty())
        return std::nullopt;
    BrTable t;
    t.id = m_data.nextId("table");
    t.name = name;
    t.databaseId = a->id;
    t.order = int(a->tableIds.size()) + 1;
    BrField primary;
    primary.id = m_data.nextId("field");
    primary.tableId = t.id;
    primary.name = u"Name"_s;
    primary.primary = true;
    primary.extra = BaserowData::fieldDefaults(u"text"_s);
    t.fields.push_back(primary);
    BrView grid;
    grid.id = m_data.nextId("view");
    grid.tableId = t.id;
    grid.name = u"Grid"_s;
    grid.order = 1;
    grid.slug = QUuid::createUuid().toString(QUuid::Id128);
    t.views.push_back(grid);
    a->tableIds.append(t.id);
    const qint64 id = t.id;
    m_data.tables.emplace(id, std::move(t));
    const OValue json = m_data.tableObject(*m_data.table(id));
    toWorkspace(a->workspaceId,
            OValue::object({{u"type"_s, u"table_created"_s}, {u"table"_s, json}}), origin);
    Q_EMIT changed(u"table created"_s);
    return json;
}

std::optional<OValue> BaserowServer::updateTable(
        qint64 tableId, const OValue &body, const QString &origin)
{
    BrTable *t = m_data.table(tableId);
    if (!t)
        return std::nullopt;
    if (body.value(u"name").isString() && !body.value(u"name").toString().isEmpty())
        t->name = body.value(u"name").toString();
    const OValue json = m_data.tableObject(*t);
    const BrApplication *a = m_data.application(t->databaseId);
    toWorkspace(a->workspaceId,
            OValue::object({{u"type"_s, u"table_updated"_s}, {u"table_id"_s, t->id},
                    {u"table"_s, json},
                    {u"force_table_refresh"_s, body.value(u"force_table_refresh").toBool()}}),
            origin);
    Q_EMIT changed(u"table updated"_s);
    return json;
}

bool BaserowServer::deleteTable(qint64 tableId, const QString &origin)
{
    BrTable *t = m_data.table(tableId);
    if (!t)
        return false;
    BrApplication *a = m_data.application(t->databaseId);
    const qint64 ws = a ? a->workspaceId : 0;
    // Subscribers are told (if they may read it), and then hear nothing more: no page_discard.
    toWorkspace(ws,
            OValue::object({{u"type"_s, u"table_deleted"_s}, {u"database_id"_s, t->databaseId},
                    {u"table_id"_s, t->id}}),
            origin);
    t->trashed = true;
    if (a)
        a->tableIds.removeAll(tableId);
    Q_EMIT changed(u"table deleted"_s);
    return true;
}

std::optional<OValue> BaserowServer::createView(
        qint64 tableId, const OValue &body, qint64 actingUser, const QString &origin)
{
    BrTable *t = m_data.table(tableId);
    if (!t || body.value(u"name").toString().isEmpty())
        return std::nullopt;
    BrView v;
    v.id = m_data.nextId("view");
    v.tableId = t->id;
    v.name = body.value(u"name").toString();
    v.type = body.value(u"type").toString(u"grid"_s);
    v.order = t->views.empty() ? 1 : t->views.back().order + 1;
    v.ownership = body.value(u"ownership_type").toString(u"collaborative"_s);
    v.ownedBy = actingUser;
    v.isPublic = body.value(u"public").toBool();
    v.slug = QUuid::createUuid().toString(QUuid::Id128) + u"abcdefghijk"_s;
    t->views.push_back(v);
    const OValue json = m_data.viewObject(*t, t->views.back(), true);
    toViewBroadcast(*t, t->views.back(),
            OValue::object({{u"type"_s, u"view_created"_s}, {u"view"_s, json}}), origin);
    Q_EMIT changed(u"view created"_s);
    return json;
}

std::optional<OValue> BaserowServer::updateView(
        qint64 viewId, const OValue &body, const QString &origin)
{
    BrTable *t = nullptr;
    BrView *v = m_data.view(viewId, &t);
    if (!v)
        return std::nullopt;
    if (body.value(u"name").isString() && !body.value(u"name").toString().isEmpty())
        v->name = body.value(u"name").toString();
    if (body.value(u"filter_type").isString())
        v->filterType = body.value(u"filter_type").toString();
    if (body.value(u"filters_disabled").isBool())
        v->filtersDisabled = body.value(u"filters_disabled").toBool();
    if (body.value(u"public").isBool())
        v->isPublic = body.value(u"public").toBool();
    const OValue json = m_data.viewObject(*t, *v, false);
    toViewBroadcast(*t, *v,
            OValue::object(
                    {{u"type"_s, u"view_updated"_s}, {u"view_id"_s, v->id}, {u"view"_s, json}}),
            origin);
    Q_EMIT changed(u"view updated"_s);
    return json;
}

bool BaserowServer::deleteView(qint64 viewId, const QString &origin)
{
    BrTable *t = nullptr;
    BrView *v = m_data.view(viewId, &t);
    if (!v)
        return false;
    const BrView copy = *v;
    std::erase_if(t->views, [&](const BrView &x) { return x.id == viewId; });
    toViewBroadcast(*t, copy,
            OValue::object({{u"type"_s, u"view_deleted"_s}, {u"table_id"_s, t->id},
                    {u"view_id"_s, viewId}}),
            origin);
    Q_EMIT changed(u"view deleted"_s);
    return true;
}

std::optional<OValue> BaserowServer::createFilter(qint64 viewId, qint64 fieldId,
        const QString &type, const QString &value, const QString &origin)
{
    BrTable *t = nullptr;
    BrView *v = m_data.view(viewId, &t);
    if (!v || !t->field(fieldId))
        return std::nullopt;
    OValue filter = OValue::object({{u"id"_s, m_data.nextId("filter")}, {u"view"_s, v->id},
            {u"field"_s, fieldId}, {u"type"_s, type}, {u"value"_s, value},
            {u"preload_values"_s, OValue::object()}, {u"group"_s, OValue()}});
    v->filters.append(filter);
    toViewBroadcast(*t, *v,
            OValue::object({{u"type"_s, u"view_filter_created"_s}, {u"view_filter"_s, filter}}),
            origin);
    Q_EMIT changed(u"filter created"_s);
    return filter;
}

bool BaserowServer::deleteFilter(qint64 viewId, qint64 filterId, const QString &origin)
{
    BrTable *t = nullptr;
    BrView *v = m_data.view(viewId, &t);
    if (!v)
        return false;
    const auto removed = v->filters.removeIf(
            [&](const OValue &f) { return f.value(u"id").toInt() == filterId; });
    if (!removed)
        return false;
    toViewBroadcast(*t, *v,
            OValue::object({{u"type"_s, u"view_filter_deleted"_s}, {u"view_id"_s, viewId},
                    {u"view_filter_id"_s, filterId}}),
            origin);
    Q_EMIT changed(u"filter deleted"_s);
    return true;
}

bool BaserowServer::removeMember(qint64 membershipId, const QString &origin)
{
    for (auto &[wsId, ws] : m_data.workspaces) {
        for (qsizetype i = 0; i < ws.members.size(); ++i) {
            if (ws.members[i].id != membershipId)
                continue;
            const BrMember member = ws.members[i];
            const OValue msg = OValue::object({{u"type"_s, u"group_user_deleted"_s},
                    {u"id"_s, member.id}, {u"workspace_id"_s, wsId},
                    {u"workspace_user"_s, m_data.workspaceUser(ws, member)}});
            toWorkspace(wsId, msg, origin); // the remaining members
            ws.members.removeAt(i);
            toUsers({member.userId}, msg, origin); // and the removed user
            // The removed user's connections lose every page tied to the workspace's tables.
            for (Conn *c : std::as_const(m_conns)) {
                if (c->userId != member.userId)
                    continue;
                QList<Page> keep;
                for (const Page &p : std::as_const(c->pages)) {
                    qint64 tableId = 0;
                    const bool tablePage = (p.type == u"table" || p.type == u"row")
                            && coerceId(p.params.value(u"table_id"), &tableId) == IdCheck::Ok;
                    const BrWorkspace *tw = tablePage ? m_data.workspaceOfTable(tableId) : nullptr;
                    if (tw && tw->id == wsId) {
                        send(c,
                                encode(OValue::object({{u"type"_s, u"page_discard"_s},
                                        {u"page"_s, p.type}, {u"parameters"_s, p.params}})));
                    } else {
                        keep.append(p);
                    }
                }
                c->pages = keep;
            }
            Q_EMIT changed(u"member removed"_s);
            return true;
        }
    }
    return false;
}

bool BaserowServer::changePassword(qint64 userId, const QString &newPassword, const QString &origin)
{
    BrUser *u = m_data.userById(userId);
    if (!u)
        return false;
    u->password = newPassword;
    u->passwordChangedAt = QDateTime::currentSecsSinceEpoch() + 1;
    const QByteArray bytes = encode(OValue::object({{u"type"_s, u"force_disconnect"_s}}));
    for (Conn *c : std::as_const(m_conns)) {
        if (c->userId != userId || (!origin.isEmpty() && c->wsid == origin) || !c->ws)
            continue;
        send(c, bytes);
        QPointer<QWebSocket> ws = c->ws;
        QTimer::singleShot(0, this, [ws] {
            if (ws)
                ws->close(QWebSocketProtocol::CloseCodeNormal, QString());
        });
    }
    Q_EMIT changed(u"password changed"_s);
    return true;
}

void BaserowServer::generateRows(qint64 tableId, int count)
{
    BrTable *t = m_data.table(tableId);
    if (!t)
        return;
    double order = t->nextOrder().toDouble();
    t->rows.reserve(t->rows.size() + size_t(count));
    for (int i = 0; i < count; ++i) {
        BrRow r;
        r.id = m_data.nextId("row");
        r.order = QString::number(order++, 'f', 20);
        for (const auto &f : t->fields) {
            if (f.type == u"text")
                r.cells.insert(f.id, u"Item %1"_s.arg(r.id));
            else if (f.type == u"number")
                r.cells.insert(f.id, m_data.normaliseCell(f, double(r.id % 1000)));
            else if (f.type == u"boolean")
                r.cells.insert(f.id, r.id % 2 == 0);
        }
        t->rows.push_back(std::move(r));
    }
    t->reindex();
}

const BaserowServer::FloodTemplate &BaserowServer::floodTemplate(
        const BrTable &t, size_t rowPosition, qint64 numberField)
{
    if (m_floodTemplates.size() != t.rows.size())
        m_floodTemplates.assign(t.rows.size(), FloodTemplate());
    FloodTemplate &ft = m_floodTemplates[rowPosition];
    if (!ft.prefix.isEmpty())
        return ft;
    const BrRow &r = t.rows[rowPosition];
    // Render the row with a marker in the number cell, then cut the text around it.
    BrRow marked = r;
    marked.cells.insert(numberField, u"\u0001"_s);
    const QByteArray text = encode(m_data.rowObject(t, marked));
    const QByteArray marker = QByteArrayLiteral("\"\\u0001\"");
    const qsizetype at = text.indexOf(marker);
    ft.prefix = text.left(at);
    ft.suffix = text.mid(at + marker.size());
    ft.value = r.cells.value(numberField).toJson(OValue::Style::Python);
    return ft;
}

int BaserowServer::floodRowsUpdated(qint64 tableId, int count)
{
    BrTable *t = m_data.table(tableId);
    if (!t || t->rows.empty() || count <= 0)
        return 0;
    const BrField *numberField = nullptr;
    for (const auto &f : t->fields) {
        if (f.type == u"number") {
            numberField = &f;
            break;
        }
    }
    if (!numberField)
        return 0;
    const QString group = u"table-"_s + QString::number(tableId);
    QList<Conn *> targets;
    for (Conn *c : std::as_const(m_conns)) {
        if (c->ws && std::any_of(c->pages.begin(), c->pages.end(), [&](const Page &p) {
                return p.group == group;
            }))
            targets.append(c);
    }
    if (targets.isEmpty())
        return 0;
    // Fast path, for benchmarks: frames built by splicing cached row texts, and written to the
    // sockets in batches. The bytes on the wire are what QWebSocket would send. With faults
    // on, or without the socket, every frame goes through ServerContext::send instead.
    const bool direct = !m_ctx->faults.any()
            && std::all_of(targets.begin(), targets.end(), [](Conn *c) { return c->tcp; });
    const int places = int(numberField->extra.value(u"number_decimal_places").toInt());
    const QByteArray head = "{\"type\": \"rows_updated\", \"table_id\": "
            + QByteArray::number(t->id) + ", \"rows_before_update\": [";
    const QByteArray tail = "], \"metadata\": {}, \"updated_field_ids\": ["
            + QByteArray::number(numberField->id) + "]}";
    QByteArray message;
    message.reserve(1024);
    QByteArray batch;
    batch.reserve(qsizetype(count) * 400);
    // Every row's template first, so the flood itself only splices.
    if (m_floodTemplates.size() != t->rows.size() || m_floodTemplates.front().prefix.isEmpty()
            || m_floodTemplates.back().prefix.isEmpty()) {
        for (size_t i = 0; i < t->rows.size(); ++i)
            floodTemplate(*t, i, numberField->id);
    }
    std::uniform_int_distribution<size_t> pick(0, t->rows.size() - 1);
    std::uniform_int_distribution<int> cents(0, 99999);
    for (int i = 0; i < count; ++i) {
        const size_t position = pick(m_ctx->rng);
        BrRow &r = t->rows[position];
        FloodTemplate &ft = m_floodTemplates[position];
        const int c = cents(m_ctx->rng);
        QByteArray value;
        if (places == 2) { // the demo's price field: no floating point on the hot path
            value = '"' + QByteArray::number(c / 100) + '.' + char('0' + c % 100 / 10)
                    + char('0' + c % 10) + '"';
        } else {
            value = '"' + QByteArray::number(double(c) / 100.0, 'f', places) + '"';
        }
        r.cells.insert(numberField->id, QString::fromLatin1(value.sliced(1, value.size() - 2)));
        message.clear();
        message += head;
        message += ft.prefix;
        message += ft.value;
        message += ft.suffix;
        message += "], \"rows\": [";
        message += ft.prefix;
        message += value;
        message += ft.suffix;
        message += tail;
        ft.value = std::move(value);
        if (direct) {
            RawWebSocket::appendFrame(batch, 0x1, message);
            for (int k = 0; k < targets.size(); ++k)
                m_ctx->countFrame(message.size());
        } else {
            for (Conn *c : targets)
                send(c, message);
        }
    }
    if (direct) {
        for (Conn *c : targets)
            c->tcp->write(batch);
    }
    return count;
}

} // namespace Feedscope::Server

// --- REST ----------------------------------------------------------------------------------

namespace Feedscope::Server {

void BaserowServer::installRest(ServerFront &front)
{
    using M = QRegularExpressionMatch;
    auto id = [](const M &m, int n) { return m.captured(n).toLongLong(); };
    auto origin = [](const HttpRequest &r) { return QString::fromUtf8(r.header("websocketid")); };
    // Guards a table by membership: 404 as Baserow answers for a table one may not see.
    auto tableFor = [this](qint64 userId, qint64 tableId) -> BrTable * {
        BrTable *t = m_data.table(tableId);
        const BrWorkspace *ws = t ? m_data.workspaceOfTable(tableId) : nullptr;
        return ws && m_data.isMember(ws->id, userId) ? t : nullptr;
    };
    auto noTable = [] {
        return error(404, "ERROR_TABLE_DOES_NOT_EXIST", u"The requested table does not exist."_s);
    };
    auto sessionBody = [this](const BrUser &u, bool withRefresh) {
        const QByteArray access = accessToken(u.id);
        OValue o = OValue::object({{u"token"_s, QString::fromLatin1(access)},
                {u"access_token"_s, QString::fromLatin1(access)}});
        if (withRefresh) {
            o.insert(u"refresh_token"_s, QString::fromLatin1(refreshToken(u.id)));
            o.insert(u"user_session"_s, QUuid::createUuid().toString(QUuid::Id128));
        }
        o.insert(u"user"_s, m_data.userObject(u));
        o.insert(u"permissions"_s,
                OValue::array({OValue::object(
                        {{u"name"_s, u"core"_s}, {u"permissions"_s, OValue::array()}})}));
        o.insert(u"user_notifications"_s, OValue::object({{u"unread_count"_s, 0}}));
        return o;
    };

    front.addRoute("POST", u"^/api/user/token-auth/$"_s,
            [this, sessionBody](const HttpRequest &r, const M &) {
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                QString email = body->value(u"email").toString();
                if (email.isEmpty())
                    email = body->value(u"username").toString(); // deprecated alias
                const QString password = body->value(u"password").toString();
                if (email.isEmpty() || password.isEmpty())
                    return HttpReply::json(
                            R"({"error":"ERROR_REQUEST_BODY_VALIDATION","detail":{"email":[{"error":"This field is required.","code":"required"}]}})",
                            400);
                BrUser *u = m_data.userByEmail(email);
                if (!u || u->password != password)
                    return error(401, "ERROR_INVALID_CREDENTIALS",
                            u"No active account found with the given credentials."_s);
                if (!u->active)
                    return error(
                            401, "ERROR_DEACTIVATED_USER", u"User account has been disabled."_s);
                return HttpReply::json(sessionBody(*u, true).toJson());
            });
    front.addRoute("POST", u"^/api/user/token-refresh/$"_s,
            [this, sessionBody](const HttpRequest &r, const M &) {
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                QString token = body->value(u"refresh_token").toString();
                if (token.isEmpty())
                    token = body->value(u"token").toString();
                auto claims = Jwt::verifyHs256(token.toUtf8(), m_secret);
                const bool valid = claims && claims->value(u"token_type").toString() == u"refresh"
                        && claims->value(u"exp").toInt() > QDateTime::currentSecsSinceEpoch();
                BrUser *u = valid ? m_data.userById(claims->value(u"user_id").toInt()) : nullptr;
                if (!u || !u->active || claims->value(u"iat").toInt() < u->passwordChangedAt)
                    return error(401, "ERROR_INVALID_REFRESH_TOKEN",
                            u"Refresh token is expired or invalid."_s);
                return HttpReply::json(sessionBody(*u, false).toJson());
            });
    front.addRoute("POST", u"^/api/user/change-password/$"_s,
            [this, origin](const HttpRequest &r, const M &) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                BrUser *u = m_data.userById(*user);
                if (u->password != body->value(u"old_password").toString())
                    return error(400, "ERROR_INVALID_OLD_PASSWORD",
                            u"The provided old password is incorrect."_s);
                changePassword(*user, body->value(u"new_password").toString(), origin(r));
                return HttpReply::empty(204);
            });
    front.addRoute("GET", u"^/api/workspaces/$"_s, [this](const HttpRequest &r, const M &) {
        HttpReply err;
        auto user = restUser(r, &err);
        if (!user)
            return err;
        OValue list = OValue::array();
        for (const auto &[wsId, ws] : m_data.workspaces) {
            if (m_data.isMember(wsId, *user))
                list.append(m_data.workspaceForUser(ws, *user));
        }
        return HttpReply::json(list.toJson());
    });
    front.addRoute("DELETE", u"^/api/workspaces/users/(\\d+)/$"_s,
            [this, id, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                if (!restUser(r, &err))
                    return err;
                if (!removeMember(id(m, 1), origin(r)))
                    return error(404, "ERROR_WORKSPACE_USER_DOES_NOT_EXIST",
                            u"The requested workspace user does not exist."_s);
                return HttpReply::empty(204);
            });
    front.addRoute("GET", u"^/api/applications/$"_s, [this](const HttpRequest &r, const M &) {
        HttpReply err;
        auto user = restUser(r, &err);
        if (!user)
            return err;
        OValue list = OValue::array();
        for (const auto &[appId, app] : m_data.applications) {
            if (m_data.isMember(app.workspaceId, *user))
                list.append(m_data.application(app));
        }
        return HttpReply::json(list.toJson());
    });
    front.addRoute("GET", u"^/api/database/fields/table/(\\d+)/$"_s,
            [this, id, tableFor, noTable](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                BrTable *t = tableFor(*user, id(m, 1));
                if (!t)
                    return noTable();
                OValue list = OValue::array();
                for (const auto &f : t->fields)
                    list.append(m_data.fieldObject(*t, f));
                return HttpReply::json(list.toJson());
            });
    front.addRoute("POST", u"^/api/database/fields/table/(\\d+)/$"_s,
            [this, id, tableFor, noTable, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                auto f = createField(id(m, 1), *body, origin(r));
                if (!f)
                    return error(400, "ERROR_REQUEST_BODY_VALIDATION", u"A field needs a name."_s);
                return HttpReply::json(f->toJson());
            });
    auto fieldGuard = [this](qint64 user, qint64 fieldId) {
        BrTable *t = nullptr;
        BrField *f = m_data.field(fieldId, &t);
        const BrWorkspace *ws = f ? m_data.workspaceOfTable(t->id) : nullptr;
        return ws && m_data.isMember(ws->id, user);
    };
    front.addRoute("PATCH", u"^/api/database/fields/(\\d+)/$"_s,
            [this, id, fieldGuard, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!fieldGuard(*user, id(m, 1)))
                    return error(404, "ERROR_FIELD_DOES_NOT_EXIST",
                            u"The requested field does not exist."_s);
                return HttpReply::json(updateField(id(m, 1), *body, origin(r))->toJson());
            });
    front.addRoute("DELETE", u"^/api/database/fields/(\\d+)/$"_s,
            [this, id, fieldGuard, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                if (!fieldGuard(*user, id(m, 1)))
                    return error(404, "ERROR_FIELD_DOES_NOT_EXIST",
                            u"The requested field does not exist."_s);
                if (!deleteField(id(m, 1), origin(r)))
                    return error(400, "ERROR_CANNOT_DELETE_PRIMARY_FIELD",
                            u"The primary field cannot be deleted."_s);
                return HttpReply::json(R"({"related_fields":[]})");
            });
    front.addRoute("GET", u"^/api/database/views/table/(\\d+)/$"_s,
            [this, id, tableFor, noTable](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                BrTable *t = tableFor(*user, id(m, 1));
                if (!t)
                    return noTable();
                const bool full = !r.query.queryItemValue(u"include"_s).isEmpty();
                OValue list = OValue::array();
                for (const auto &v : t->views) {
                    if (v.ownership == u"personal" && v.ownedBy != *user)
                        continue;
                    list.append(m_data.viewObject(*t, v, full));
                }
                return HttpReply::json(list.toJson());
            });
    front.addRoute("POST", u"^/api/database/views/table/(\\d+)/$"_s,
            [this, id, tableFor, noTable, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                auto v = createView(id(m, 1), *body, *user, origin(r));
                if (!v)
                    return error(400, "ERROR_REQUEST_BODY_VALIDATION", u"A view needs a name."_s);
                return HttpReply::json(v->toJson());
            });
    auto viewGuard = [this](qint64 user, qint64 viewId) {
        BrTable *t = nullptr;
        BrView *v = m_data.view(viewId, &t);
        const BrWorkspace *ws = v ? m_data.workspaceOfTable(t->id) : nullptr;
        return ws && m_data.isMember(ws->id, user);
    };
    front.addRoute("PATCH", u"^/api/database/views/(\\d+)/$"_s,
            [this, id, viewGuard, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!viewGuard(*user, id(m, 1)))
                    return error(404, "ERROR_VIEW_DOES_NOT_EXIST",
                            u"The requested view does not exist."_s);
                return HttpReply::json(updateView(id(m, 1), *body, origin(r))->toJson());
            });
    front.addRoute("DELETE", u"^/api/database/views/(\\d+)/$"_s,
            [this, id, viewGuard, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                if (!viewGuard(*user, id(m, 1)) || !deleteView(id(m, 1), origin(r)))
                    return error(404, "ERROR_VIEW_DOES_NOT_EXIST",
                            u"The requested view does not exist."_s);
                return HttpReply::empty(204);
            });
    front.addRoute("POST", u"^/api/database/views/(\\d+)/filters/$"_s,
            [this, id, viewGuard, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!viewGuard(*user, id(m, 1)))
                    return error(404, "ERROR_VIEW_DOES_NOT_EXIST",
                            u"The requested view does not exist."_s);
                auto f = createFilter(id(m, 1), body->value(u"field").toInt(),
                        body->value(u"type").toString(u"equal"_s), body->value(u"value").toString(),
                        origin(r));
                if (!f)
                    return error(400, "ERROR_FIELD_NOT_IN_TABLE",
                            u"The field does not belong to the table."_s);
                return HttpReply::json(f->toJson());
            });
    front.addRoute("DELETE", u"^/api/database/views/filters/(\\d+)/$"_s,
            [this, id, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                for (auto &[tid, t] : m_data.tables) {
                    for (auto &v : t.views) {
                        for (const OValue &f : v.filters) {
                            if (f.value(u"id").toInt() == id(m, 1)) {
                                const BrWorkspace *ws = m_data.workspaceOfTable(tid);
                                if (!ws || !m_data.isMember(ws->id, *user))
                                    break;
                                deleteFilter(v.id, id(m, 1), origin(r));
                                return HttpReply::empty(204);
                            }
                        }
                    }
                }
                return error(404, "ERROR_VIEW_FILTER_DOES_NOT_EXIST",
                        u"The view filter does not exist."_s);
            });
    front.addRoute("GET", u"^/api/database/rows/table/(\\d+)/$"_s,
            [this, id, tableFor, noTable](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                BrTable *t = tableFor(*user, id(m, 1));
                if (!t)
                    return noTable();
                const qint64 page =
                        std::max<qint64>(1, r.query.queryItemValue(u"page"_s).toLongLong());
                qint64 size = r.query.queryItemValue(u"size"_s).toLongLong();
                if (size <= 0)
                    size = 100;
                size = std::min<qint64>(size, 200);
                // By order, then id (Baserow's default); each order parsed once.
                std::vector<std::pair<double, const BrRow *>> keyed;
                keyed.reserve(t->rows.size());
                for (const auto &row : t->rows)
                    keyed.emplace_back(orderValue(row.order), &row);
                std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
                    return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
                });
                std::vector<const BrRow *> sorted;
                sorted.reserve(keyed.size());
                for (const auto &k : keyed)
                    sorted.push_back(k.second);
                const qint64 count = qint64(sorted.size());
                const qint64 first = (page - 1) * size;
                if (first > 0 && first >= count)
                    return HttpReply::json(
                            R"({"error":"ERROR_INVALID_PAGE","detail":"Invalid page."})", 400);
                OValue results = OValue::array();
                for (qint64 i = first; i < std::min(count, first + size); ++i)
                    results.append(m_data.rowObject(*t, *sorted[size_t(i)]));
                const QString base = u"http://"_s + QString::fromLatin1(r.header("host"))
                        + u"/api/database/rows/table/%1/"_s.arg(t->id);
                auto pageUrl = [&](qint64 p) {
                    return OValue(base + u"?page=%1&size=%2"_s.arg(p).arg(size));
                };
                const OValue body = OValue::object({{u"count"_s, count},
                        {u"next"_s, first + size < count ? pageUrl(page + 1) : OValue()},
                        {u"previous"_s, page > 1 ? pageUrl(page - 1) : OValue()},
                        {u"results"_s, results}});
                return HttpReply::json(body.toJson());
            });
    front.addRoute("POST", u"^/api/database/rows/table/(\\d+)/$"_s,
            [this, id, tableFor, noTable, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                std::optional<qint64> before;
                if (r.query.hasQueryItem(u"before"_s))
                    before = r.query.queryItemValue(u"before"_s).toLongLong();
                return HttpReply::json(createRow(id(m, 1), *body, before, origin(r))->toJson());
            });
    auto noRow = [] {
        return error(404, "ERROR_ROW_DOES_NOT_EXIST", u"The requested row does not exist."_s);
    };
    front.addRoute("GET", u"^/api/database/rows/table/(\\d+)/(\\d+)/$"_s,
            [this, id, tableFor, noTable, noRow](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                BrTable *t = tableFor(*user, id(m, 1));
                if (!t)
                    return noTable();
                BrRow *row = t->row(id(m, 2));
                return row ? HttpReply::json(m_data.rowObject(*t, *row).toJson()) : noRow();
            });
    front.addRoute("PATCH", u"^/api/database/rows/table/(\\d+)/(\\d+)/$"_s,
            [this, id, tableFor, noTable, noRow, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                auto row = updateRow(id(m, 1), id(m, 2), *body, origin(r), *user);
                return row ? HttpReply::json(row->toJson()) : noRow();
            });
    front.addRoute("DELETE", u"^/api/database/rows/table/(\\d+)/(\\d+)/$"_s,
            [this, id, tableFor, noTable, noRow, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                return deleteRow(id(m, 1), id(m, 2), origin(r)) ? HttpReply::empty(204) : noRow();
            });
    front.addRoute("POST", u"^/api/database/tables/database/(\\d+)/$"_s,
            [this, id, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                const BrWorkspace *ws = m_data.workspaceOfApplication(id(m, 1));
                if (!ws || !m_data.isMember(ws->id, *user))
                    return error(404, "ERROR_APPLICATION_DOES_NOT_EXIST",
                            u"The requested application does not exist."_s);
                auto t = createTable(id(m, 1), body->value(u"name").toString(), origin(r));
                if (!t)
                    return error(400, "ERROR_REQUEST_BODY_VALIDATION", u"A table needs a name."_s);
                return HttpReply::json(t->toJson());
            });
    front.addRoute("PATCH", u"^/api/database/tables/(\\d+)/$"_s,
            [this, id, tableFor, noTable, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                auto body = jsonBody(r);
                if (!body)
                    return invalidBody();
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                return HttpReply::json(updateTable(id(m, 1), *body, origin(r))->toJson());
            });
    front.addRoute("DELETE", u"^/api/database/tables/(\\d+)/$"_s,
            [this, id, tableFor, noTable, origin](const HttpRequest &r, const M &m) {
                HttpReply err;
                auto user = restUser(r, &err);
                if (!user)
                    return err;
                if (!tableFor(*user, id(m, 1)))
                    return noTable();
                deleteTable(id(m, 1), origin(r));
                return HttpReply::empty(204);
            });
}

} // namespace Feedscope::Server
