// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowimitation.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include "baserowdetail.h"
#include "logging.h"
#include "net/jwt.h"
#include "server/servercontext.h"
#include "server/serversecret.h"

using namespace Qt::StringLiterals;

// The Baserow imitation's connections: tokens, the WebSocket and its pages, and who hears what.
// Its mutations, REST routes, flood and demo steps are in the files beside this one.
namespace Feedscope::Server {

using namespace BaserowDetail;

BaserowImitation::BaserowImitation(ServerContext *context, QObject *parent)
    : Imitation(context, parent)
{
    // Stable across restarts, as a real backend's key is (ServerSecret).
    m_secret = ServerSecret::keyFor(m_ctx->options.signingSecret, "baserow");
}

BaserowImitation::~BaserowImitation()
{
    qDeleteAll(m_conns);
    qDeleteAll(m_closed);
}

bool BaserowImitation::load(const OValue &section, QString *error)
{
    return m_data.load(section, error);
}

int BaserowImitation::connectionCount() const
{
    return int(m_conns.size());
}

int BaserowImitation::pageSubscribers(qint64 tableId) const
{
    const QString group = u"table-"_s + QString::number(tableId);
    return int(std::count_if(m_conns.begin(), m_conns.end(), [&](const Conn *c) {
        return c->ws && std::any_of(c->pages.begin(), c->pages.end(), [&](const Page &p) {
            return p.group == group;
        });
    }));
}

qint64 BaserowImitation::backlog() const
{
    qint64 total = 0;
    for (const Conn *c : m_conns) {
        if (c->ws)
            total += c->ws->bytesToWrite();
    }
    return total;
}

QByteArray BaserowImitation::accessToken(qint64 userId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int ttl = m_ctx->faults.expireTokensEarly ? 5 : m_ctx->options.accessTtlSec;
    return Jwt::signHs256(
            OValue::object({{u"token_type"_s, u"access"_s}, {u"exp"_s, now + ttl}, {u"iat"_s, now},
                    {u"jti"_s, QUuid::createUuid().toString(QUuid::Id128)},
                    {u"user_id"_s, userId}}),
            m_secret);
}

QByteArray BaserowImitation::refreshToken(qint64 userId) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return Jwt::signHs256(OValue::object({{u"token_type"_s, u"refresh"_s},
                                  {u"exp"_s, now + m_ctx->options.refreshTtlSec}, {u"iat"_s, now},
                                  {u"jti"_s, QUuid::createUuid().toString(QUuid::Id128)},
                                  {u"user_id"_s, userId}, {u"verified_email_claim"_s, true}}),
            m_secret);
}

std::optional<qint64> BaserowImitation::userFromAccessToken(const QByteArray &token) const
{
    auto claims = Jwt::verifyHs256(token, m_secret);
    if (!claims || claims->value(u"token_type").toString() != u"access")
        return std::nullopt;
    if (claims->value(u"exp").toInt() <= QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    const qint64 userId = claims->value(u"user_id").toInt();
    auto *self = const_cast<BaserowImitation *>(this);
    const BrUser *u = self->m_data.userById(userId);
    if (!u || !u->active || u->toBeDeleted)
        return std::nullopt;
    if (claims->value(u"iat").toInt() < u->passwordChangedAt)
        return std::nullopt;
    return userId;
}

QByteArray BaserowImitation::encode(const OValue &msg) const
{
    return msg.toJson(OValue::Style::Python);
}

void BaserowImitation::send(Conn *c, const QByteArray &bytes)
{
    if (c->ws)
        m_ctx->send(c->ws, bytes);
}

void BaserowImitation::toConnections(const QByteArray &bytes,
        const std::function<bool(const Conn &)> &who, const QString &origin)
{
    for (Conn *c : std::as_const(m_conns)) {
        if (!c->ws || (!origin.isEmpty() && c->wsid == origin))
            continue;
        if (who(*c))
            send(c, bytes);
    }
}

void BaserowImitation::toWorkspace(qint64 workspaceId, const OValue &msg, const QString &origin)
{
    const QList<qint64> members = m_data.memberUserIds(workspaceId);
    toConnections(
            encode(msg), [&](const Conn &c) { return !c.anonymous && members.contains(c.userId); },
            origin);
}

void BaserowImitation::toUsers(const QList<qint64> &users, const OValue &msg, const QString &origin)
{
    toConnections(
            encode(msg), [&](const Conn &c) { return !c.anonymous && users.contains(c.userId); },
            origin);
}

void BaserowImitation::toTablePage(qint64 tableId, const OValue &msg, const QString &origin)
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

void BaserowImitation::toRowPage(qint64 tableId, qint64 rowId, const OValue &msg)
{
    const QString group = u"table-%1-row-%2"_s.arg(tableId).arg(rowId);
    toConnections(encode(msg),
            [&](const Conn &c) {
                return std::any_of(c.pages.begin(), c.pages.end(),
                        [&](const Page &p) { return p.group == group; });
            },
            {});
}

void BaserowImitation::toViewBroadcast(
        const BrTable &t, const BrView &v, const OValue &msg, const QString &origin)
{
    // Personal views reach only their owner (all the owner's connections), others the table page.
    if (v.ownership == u"personal")
        toUsers({v.ownedBy}, msg, origin);
    else
        toTablePage(t.id, msg, origin);
}

OValue BaserowImitation::publicRow(const BrTable &t, const BrView &v, const BrRow &r) const
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

void BaserowImitation::toPublicViews(const BrTable &t, const QString &type,
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

void BaserowImitation::install(ServerFront &front)
{
    m_front = &front;
    // /ws/core without the slash matches no route: uvicorn answers 500 (specs §1.1).
    front.addUpgradeFailure(u"/ws/core"_s, 500);
    front.addWebSocket(
            u"/ws/core/"_s, [](const HttpRequest &) { return UpgradeDecision::accept(); },
            [this](QWebSocket *ws, const HttpRequest &r) { onSocket(ws, r); });
    installRest(front);
}

void BaserowImitation::onSocket(QWebSocket *ws, const HttpRequest &request)
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
    connect(ws, &QWebSocket::textMessageReceived, this, [this, c](const QString &t) {
        onText(c, t);
        ++m_ctx->framesHandled;
    });
    // The JSON consumer refuses binary frames by raising: the connection drops without a close.
    connect(ws, &QWebSocket::binaryMessageReceived, this, [c](const QByteArray &) { drop(c); });
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
    connect(ping, &QTimer::timeout, ws, [c] {
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

void BaserowImitation::onText(Conn *c, const QString &text)
{
    auto msg = OValue::fromJson(text.toUtf8());
    if (text.isEmpty() || !msg || !msg->isObject()) {
        // Not a JSON object: the consumer raises and uvicorn drops the TCP connection.
        qCInfo(lcServer) << "baserow: invalid frame, dropping the connection";
        drop(c);
        return;
    }
    if (msg->contains(u"page"))
        addPage(c, *msg);
    if (!c->ended && msg->contains(u"remove_page"))
        removePage(c, *msg);
}

void BaserowImitation::drop(Conn *c)
{
    c->ended = true;
    if (c->ws)
        c->ws->abort();
}

int BaserowImitation::readAsClient(const QString &account, const QList<QString> &frames)
{
    Conn c;
    c.wsid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (account == u"anonymous") {
        if (m_ctx->options.anonymousDisabled)
            return 0;
        c.anonymous = true;
    } else if (const BrUser *u = m_data.userByEmail(account)) {
        c.userId = u->id;
    } else {
        return 0;
    }
    return readUntilEnded(c, frames, [this](Conn *conn, const QString &t) { onText(conn, t); });
}

void BaserowImitation::addPage(Conn *c, const OValue &msg)
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
        drop(c);
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

void BaserowImitation::removePage(Conn *c, const OValue &msg)
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

void BaserowImitation::mergeUsers(OValue &br, const OValue &users) const
{
    // Users by id, with "member_of" workspace ids.
    for (const OValue &u : users.value(u"users").items()) {
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
}

} // namespace Feedscope::Server
