// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include "baserowdetail.h"
#include "baserowimitation.h"
#include "logging.h"
#include "server/servercontext.h"

using namespace Qt::StringLiterals;

// The Baserow imitation's mutations: each changes the data and broadcasts what Baserow would,
// to whom it would (specs/baserow.md §3). The REST handlers, the demo scenario and the server
// panel all go through these.
namespace Feedscope::Server {

using namespace BaserowDetail;

std::optional<OValue> BaserowImitation::createRow(qint64 tableId, const OValue &values,
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

std::optional<OValue> BaserowImitation::updateRow(qint64 tableId, qint64 rowId,
        const OValue &values, const QString &origin, qint64 actingUser, QString *err)
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

bool BaserowImitation::deleteRow(qint64 tableId, qint64 rowId, const QString &origin)
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

std::optional<OValue> BaserowImitation::createField(
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

std::optional<OValue> BaserowImitation::updateField(
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

bool BaserowImitation::deleteField(qint64 fieldId, const QString &origin)
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

std::optional<OValue> BaserowImitation::createTable(
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

std::optional<OValue> BaserowImitation::updateTable(
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

bool BaserowImitation::deleteTable(qint64 tableId, const QString &origin)
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

std::optional<OValue> BaserowImitation::createView(
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

std::optional<OValue> BaserowImitation::updateView(
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

bool BaserowImitation::deleteView(qint64 viewId, const QString &origin)
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

std::optional<OValue> BaserowImitation::createFilter(qint64 viewId, qint64 fieldId,
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

bool BaserowImitation::deleteFilter(qint64 viewId, qint64 filterId, const QString &origin)
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

bool BaserowImitation::removeMember(qint64 membershipId, const QString &origin)
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

bool BaserowImitation::changePassword(
        qint64 userId, const QString &newPassword, const QString &origin)
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

} // namespace Feedscope::Server
