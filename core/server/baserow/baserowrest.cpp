// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QUuid>

#include "baserowdetail.h"
#include "baserowimitation.h"
#include "logging.h"
#include "net/jwt.h"
#include "server/servercontext.h"

using namespace Qt::StringLiterals;

// The Baserow imitation's REST API: login and refresh, the snapshot endpoints, and the
// mutations a client (or curl) can make.
namespace Feedscope::Server {

using namespace BaserowDetail;

std::optional<qint64> BaserowImitation::restUser(const HttpRequest &r, HttpReply *err) const
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

void BaserowImitation::installRest(ServerFront &front)
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
