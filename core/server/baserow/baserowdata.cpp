// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowdata.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
QString decimal20(double v)
{
    return QString::number(v, 'f', 20);
}

} // namespace

double orderValue(const QString &order)
{
    // Orders are plain decimals ("12.50000000000000000000"); QString::toDouble, which also
    // looks for "nan" and "inf" and trims, costs microseconds: too slow to sort 100 000 rows.
    char buf[64];
    const qsizetype n = std::min<qsizetype>(order.size(), qsizetype(sizeof buf));
    for (qsizetype i = 0; i < n; ++i)
        buf[i] = order[i].unicode() < 128 ? char(order[i].unicode()) : '?';
    double value = 0;
    const auto res = std::from_chars(buf, buf + n, value);
    return res.ec == std::errc() ? value : order.toDouble();
}

namespace {

QString randomSlug()
{
    static const char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString s;
    for (int i = 0; i < 43; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]);
    return s;
}
} // namespace

BrField *BrTable::field(qint64 id)
{
    for (auto &f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

BrView *BrTable::view(qint64 id)
{
    for (auto &v : views) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

BrRow *BrTable::row(qint64 id)
{
    auto it = rowIndex.constFind(id);
    return it == rowIndex.constEnd() ? nullptr : &rows[*it];
}

void BrTable::reindex()
{
    rowIndex.clear();
    rowIndex.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        rowIndex.insert(rows[i].id, i);
}

QString BrTable::nextOrder() const
{
    double max = 0;
    for (const auto &r : rows)
        max = std::max(max, orderValue(r.order));
    return decimal20(std::floor(max) + 1);
}

QString BrTable::orderBefore(qint64 rowId) const
{
    auto it = rowIndex.constFind(rowId);
    if (it == rowIndex.constEnd())
        return nextOrder();
    const double target = orderValue(rows[*it].order);
    double below = 0;
    for (const auto &r : rows) {
        const double o = orderValue(r.order);
        if (o < target)
            below = std::max(below, o);
    }
    return decimal20((below + target) / 2);
}

QString BaserowData::nowIso()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}

OValue BaserowData::fieldDefaults(const QString &type)
{
    if (type == u"text")
        return OValue::object({{u"text_default"_s, u""_s}});
    if (type == u"long_text")
        return OValue::object({{u"long_text_enable_rich_text"_s, false}});
    if (type == u"number")
        return OValue::object({{u"number_decimal_places"_s, 0}, {u"number_negative"_s, false},
                {u"number_prefix"_s, u""_s}, {u"number_suffix"_s, u""_s},
                {u"number_separator"_s, u""_s}, {u"number_default"_s, OValue()}});
    if (type == u"boolean")
        return OValue::object({{u"boolean_default"_s, false}});
    if (type == u"single_select")
        return OValue::object(
                {{u"select_options"_s, OValue::array()}, {u"single_select_default"_s, OValue()}});
    if (type == u"date")
        return OValue::object({{u"date_format"_s, u"ISO"_s}, {u"date_include_time"_s, false},
                {u"date_time_format"_s, u"24"_s}, {u"date_show_tzinfo"_s, false},
                {u"date_force_timezone"_s, OValue()}});
    if (type == u"rating")
        return OValue::object(
                {{u"max_value"_s, 5}, {u"color"_s, u"dark-orange"_s}, {u"style"_s, u"star"_s}});
    return OValue::object();
}

qint64 BaserowData::nextId(const char *kind)
{
    auto it = m_nextIds.find(kind);
    if (it == m_nextIds.end())
        it = m_nextIds.insert(kind, 1000);
    return ++(*it);
}

bool BaserowData::load(const OValue &section, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = u"baserow: "_s + why;
        return false;
    };
    auto bump = [this](const char *kind, qint64 id) {
        qint64 &next = m_nextIds[kind];
        next = std::max(next, id);
    };
    for (const OValue &u : section.value(u"users").items()) {
        BrUser user;
        user.id = u.value(u"id").toInt();
        user.email = u.value(u"email").toString().toLower();
        user.firstName = u.value(u"first_name").toString();
        user.password = u.value(u"password").toString();
        if (user.id <= 0 || user.email.isEmpty())
            return fail(u"a user needs an id and an email"_s);
        bump("user", user.id);
        users.push_back(user);
    }
    int wsOrder = 0;
    for (const OValue &w : section.value(u"workspaces").items()) {
        BrWorkspace ws;
        ws.id = w.value(u"id").toInt();
        ws.name = w.value(u"name").toString();
        ws.order = ++wsOrder;
        if (ws.id <= 0)
            return fail(u"a workspace needs an id"_s);
        bump("workspace", ws.id);
        for (const OValue &m : w.value(u"members").items()) {
            BrMember member;
            member.id = m.value(u"id").toInt();
            member.userId = m.value(u"user_id").toInt();
            member.permissions = m.value(u"permissions").toString(u"MEMBER"_s);
            member.createdOn = nowIso();
            if (!userById(member.userId))
                return fail(u"member %1 names an unknown user"_s.arg(member.id));
            bump("member", member.id);
            ws.members.append(member);
        }
        int appOrder = 0;
        for (const OValue &a : w.value(u"applications").items()) {
            BrApplication app;
            app.id = a.value(u"id").toInt();
            app.name = a.value(u"name").toString();
            app.type = a.value(u"type").toString(u"database"_s);
            app.order = ++appOrder;
            app.workspaceId = ws.id;
            app.createdOn = nowIso();
            if (app.id <= 0)
                return fail(u"an application needs an id"_s);
            bump("application", app.id);
            int tableOrder = 0;
            for (const OValue &t : a.value(u"tables").items()) {
                BrTable table;
                table.id = t.value(u"id").toInt();
                table.name = t.value(u"name").toString();
                table.order = ++tableOrder;
                table.databaseId = app.id;
                if (table.id <= 0)
                    return fail(u"a table needs an id"_s);
                bump("table", table.id);
                int fieldOrder = 0;
                for (const OValue &f : t.value(u"fields").items()) {
                    BrField field;
                    field.id = f.value(u"id").toInt();
                    field.tableId = table.id;
                    field.name = f.value(u"name").toString();
                    field.type = f.value(u"type").toString(u"text"_s);
                    field.primary = f.value(u"primary").toBool();
                    field.order = fieldOrder++;
                    field.extra = fieldDefaults(field.type);
                    for (const auto &[k, v] : f.members()) {
                        if (k != u"id" && k != u"name" && k != u"type" && k != u"primary")
                            field.extra.insert(k, v);
                    }
                    bump("field", field.id);
                    table.fields.push_back(field);
                }
                int viewOrder = 0;
                for (const OValue &v : t.value(u"views").items()) {
                    BrView view;
                    view.id = v.value(u"id").toInt();
                    view.tableId = table.id;
                    view.name = v.value(u"name").toString();
                    view.type = v.value(u"type").toString(u"grid"_s);
                    view.order = ++viewOrder;
                    view.isPublic = v.value(u"public").toBool();
                    view.slug = v.value(u"slug").toString(randomSlug());
                    view.ownership = v.value(u"ownership_type").toString(u"collaborative"_s);
                    view.ownedBy =
                            v.value(u"owned_by_id")
                                    .toInt(ws.members.isEmpty() ? 0 : ws.members.front().userId);
                    bump("view", view.id);
                    table.views.push_back(view);
                }
                double order = 0;
                for (const OValue &r : t.value(u"rows").items()) {
                    BrRow row;
                    row.id = r.value(u"id").toInt();
                    order = r.contains(u"order") ? r.value(u"order").toString().toDouble()
                                                 : order + 1;
                    row.order = decimal20(order);
                    for (const auto &field : table.fields) {
                        const QString key = u"field_"_s + QString::number(field.id);
                        if (r.contains(key))
                            row.cells.insert(field.id, normaliseCell(field, r.value(key)));
                    }
                    bump("row", row.id);
                    table.rows.push_back(row);
                }
                table.reindex();
                app.tableIds.append(table.id);
                tables.emplace(table.id, std::move(table));
            }
            applications.emplace(app.id, app);
        }
        workspaces.emplace(ws.id, ws);
    }
    for (const char *kind : {"filter", "sort", "group_by", "decoration", "filter_group", "option"})
        bump(kind, 5000);
    return true;
}

BrUser *BaserowData::userById(qint64 id)
{
    for (auto &u : users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

BrUser *BaserowData::userByEmail(const QString &email)
{
    const QString e = email.trimmed().toLower();
    for (auto &u : users) {
        if (u.email == e)
            return &u;
    }
    return nullptr;
}

BrTable *BaserowData::table(qint64 id)
{
    auto it = tables.find(id);
    return it == tables.end() || it->second.trashed ? nullptr : &it->second;
}

BrApplication *BaserowData::application(qint64 id)
{
    auto it = applications.find(id);
    return it == applications.end() ? nullptr : &it->second;
}

BrWorkspace *BaserowData::workspaceOfApplication(qint64 appId)
{
    BrApplication *a = application(appId);
    if (!a)
        return nullptr;
    auto it = workspaces.find(a->workspaceId);
    return it == workspaces.end() ? nullptr : &it->second;
}

BrWorkspace *BaserowData::workspaceOfTable(qint64 tableId)
{
    BrTable *t = table(tableId);
    return t ? workspaceOfApplication(t->databaseId) : nullptr;
}

BrField *BaserowData::field(qint64 id, BrTable **tableOut)
{
    for (auto &[tid, t] : tables) {
        if (t.trashed)
            continue;
        if (BrField *f = t.field(id)) {
            if (tableOut)
                *tableOut = &t;
            return f;
        }
    }
    return nullptr;
}

BrView *BaserowData::view(qint64 id, BrTable **tableOut)
{
    for (auto &[tid, t] : tables) {
        if (t.trashed)
            continue;
        if (BrView *v = t.view(id)) {
            if (tableOut)
                *tableOut = &t;
            return v;
        }
    }
    return nullptr;
}

BrView *BaserowData::viewBySlug(const QString &slug, BrTable **tableOut)
{
    for (auto &[tid, t] : tables) {
        if (t.trashed)
            continue;
        for (auto &v : t.views) {
            if (v.slug == slug) {
                if (tableOut)
                    *tableOut = &t;
                return &v;
            }
        }
    }
    return nullptr;
}

bool BaserowData::isMember(qint64 workspaceId, qint64 userId) const
{
    auto it = workspaces.find(workspaceId);
    if (it == workspaces.end())
        return false;
    return std::any_of(it->second.members.begin(), it->second.members.end(),
            [userId](const BrMember &m) { return m.userId == userId; });
}

QList<qint64> BaserowData::memberUserIds(qint64 workspaceId) const
{
    QList<qint64> ids;
    auto it = workspaces.find(workspaceId);
    if (it != workspaces.end()) {
        for (const auto &m : it->second.members)
            ids << m.userId;
    }
    return ids;
}

QList<qint64> BaserowData::workspacesOf(qint64 userId) const
{
    QList<qint64> ids;
    for (const auto &[id, w] : workspaces) {
        if (isMember(id, userId))
            ids << id;
    }
    return ids;
}

OValue BaserowData::workspace(const BrWorkspace &w) const
{
    return OValue::object({{u"id"_s, w.id}, {u"name"_s, w.name},
            {u"generative_ai_models_enabled"_s, OValue::object()}});
}

OValue BaserowData::workspaceUser(const BrWorkspace &w, const BrMember &m) const
{
    const BrUser *u = const_cast<BaserowData *>(this)->userById(m.userId);
    return OValue::object({{u"id"_s, m.id}, {u"name"_s, u ? u->firstName : QString()},
            {u"email"_s, u ? u->email : QString()}, {u"workspace"_s, w.id},
            {u"permissions"_s, m.permissions}, {u"created_on"_s, m.createdOn},
            {u"user_id"_s, m.userId}, {u"to_be_deleted"_s, u && u->toBeDeleted}});
}

OValue BaserowData::workspaceForUser(const BrWorkspace &w, qint64 userId) const
{
    OValue users = OValue::array();
    QString permissions = u"MEMBER"_s;
    for (const auto &m : w.members) {
        users.append(workspaceUser(w, m));
        if (m.userId == userId)
            permissions = m.permissions;
    }
    return OValue::object(
            {{u"id"_s, w.id}, {u"name"_s, w.name}, {u"users"_s, users}, {u"order"_s, w.order},
                    {u"permissions"_s, permissions}, {u"unread_notifications_count"_s, 0},
                    {u"generative_ai_models_enabled"_s, OValue::object()}});
}

OValue BaserowData::application(const BrApplication &a) const
{
    auto ws = workspaces.find(a.workspaceId);
    OValue o = OValue::object(
            {{u"id"_s, a.id}, {u"name"_s, a.name}, {u"order"_s, a.order}, {u"type"_s, a.type},
                    {u"workspace"_s, ws != workspaces.end() ? workspace(ws->second) : OValue()},
                    {u"created_on"_s, a.createdOn}});
    if (a.type == u"database") {
        OValue list = OValue::array();
        for (qint64 id : a.tableIds) {
            auto it = tables.find(id);
            if (it != tables.end() && !it->second.trashed)
                list.append(tableObject(it->second));
        }
        o.insert(u"tables"_s, list);
    }
    return o;
}

OValue BaserowData::tableObject(const BrTable &t, bool withDataSync) const
{
    OValue o = OValue::object({{u"id"_s, t.id}, {u"name"_s, t.name}, {u"order"_s, t.order},
            {u"database_id"_s, t.databaseId}});
    if (withDataSync)
        o.insert(u"data_sync"_s, OValue());
    return o;
}

OValue BaserowData::fieldObject(const BrTable &t, const BrField &f) const
{
    qint64 wsId = 0;
    if (auto it = applications.find(t.databaseId); it != applications.end())
        wsId = it->second.workspaceId;
    OValue o = OValue::object({{u"id"_s, f.id}, {u"table_id"_s, t.id}, {u"name"_s, f.name},
            {u"order"_s, f.order}, {u"type"_s, f.type}, {u"primary"_s, f.primary},
            {u"read_only"_s, false}, {u"immutable_type"_s, false},
            {u"immutable_properties"_s, false}, {u"description"_s, OValue()},
            {u"database_id"_s, t.databaseId}, {u"workspace_id"_s, wsId}, {u"db_index"_s, false},
            {u"field_constraints"_s, OValue::array()}});
    for (const auto &[k, v] : f.extra.members())
        o.insert(k, v);
    return o;
}

OValue BaserowData::viewObject(const BrTable &t, const BrView &v, bool full) const
{
    OValue o = OValue::object({{u"id"_s, v.id}, {u"table_id"_s, t.id}, {u"name"_s, v.name},
            {u"order"_s, v.order}, {u"type"_s, v.type}, {u"table"_s, tableObject(t, false)},
            {u"filter_type"_s, v.filterType}});
    if (full) {
        auto list = [](const QList<OValue> &items) {
            return OValue(OValue::Array(items.begin(), items.end()));
        };
        o.insert(u"filters"_s, list(v.filters));
        o.insert(u"filter_groups"_s, list(v.filterGroups));
        o.insert(u"sortings"_s, list(v.sortings));
        o.insert(u"group_bys"_s, list(v.groupBys));
        o.insert(u"decorations"_s, list(v.decorations));
    }
    o.insert(u"filters_disabled"_s, v.filtersDisabled);
    o.insert(u"public_view_has_password"_s, false);
    o.insert(u"show_logo"_s, true);
    o.insert(u"allow_public_export"_s, false);
    o.insert(u"ownership_type"_s, v.ownership);
    o.insert(u"owned_by_id"_s, v.ownedBy);
    if (v.type == u"gallery") {
        o.insert(u"card_cover_image_field"_s, OValue());
    } else if (v.type == u"grid") {
        o.insert(u"row_identifier_type"_s, u"id"_s);
        o.insert(u"row_height_size"_s, u"small"_s);
    }
    if (v.type != u"form") {
        o.insert(u"public"_s, v.isPublic);
        o.insert(u"slug"_s, v.slug);
    }
    return o;
}

OValue BaserowData::rowObject(const BrTable &t, const BrRow &r) const
{
    OValue::Object members;
    members.reserve(t.fields.size() + 2);
    members.emplace_back(u"id"_s, r.id);
    members.emplace_back(u"order"_s, r.order);
    for (const auto &f : t.fields) {
        auto it = r.cells.constFind(f.id);
        members.emplace_back(u"field_"_s + QString::number(f.id),
                it == r.cells.constEnd() ? defaultCell(f) : *it);
    }
    return OValue(std::move(members));
}

OValue BaserowData::publicUser(const BrUser &u) const
{
    return OValue::object(
            {{u"id"_s, u.id}, {u"username"_s, u.email}, {u"first_name"_s, u.firstName}});
}

OValue BaserowData::userObject(const BrUser &u) const
{
    return OValue::object({{u"first_name"_s, u.firstName}, {u"username"_s, u.email},
            {u"is_staff"_s, false}, {u"id"_s, u.id}, {u"language"_s, u"en"_s},
            {u"email_notification_frequency"_s, u"instant"_s}, {u"email_verified"_s, true},
            {u"completed_onboarding"_s, true}, {u"completed_guided_tours"_s, OValue::array()}});
}

OValue BaserowData::defaultCell(const BrField &f) const
{
    if (f.type == u"boolean")
        return f.extra.value(u"boolean_default").toBool();
    if (f.type == u"rating")
        return 0;
    if (f.type == u"text") {
        const QString text = f.extra.value(u"text_default").toString();
        return text.isEmpty() ? OValue() : OValue(text);
    }
    if (f.type == u"number")
        return normaliseCell(f, f.extra.value(u"number_default"));
    if (f.type == u"single_select")
        return normaliseCell(f, f.extra.value(u"single_select_default"));
    return OValue();
}

OValue BaserowData::normaliseCell(const BrField &f, const OValue &value) const
{
    if (value.isNull())
        return OValue();
    if (f.type == u"number") {
        const int places = int(f.extra.value(u"number_decimal_places").toInt());
        const double d = value.isString() ? value.toString().toDouble() : value.toDouble();
        return QString::number(d, 'f', places);
    }
    if (f.type == u"boolean")
        return value.isBool() ? value : OValue(value.toInt() != 0 || value.toString() == u"true");
    if (f.type == u"single_select") {
        const qint64 id = value.isObject() ? value.value(u"id").toInt() : value.toInt();
        for (const OValue &opt : f.extra.value(u"select_options").items()) {
            if (opt.value(u"id").toInt() == id)
                return opt;
        }
        return OValue();
    }
    if (f.type == u"text" || f.type == u"long_text")
        return value.isString() ? value : OValue(QString::fromUtf8(value.toJson()));
    return value;
}

} // namespace Feedscope::Server
