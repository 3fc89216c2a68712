// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowprotocol.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "baserowkinds.h"
#include "json/jsondom.h"
#include "json/jsonreader.h"
#include "json/ovalue.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::BaserowProtocol)
};

using Json::Array;
using Json::Element;
using Json::Object;

struct BaserowProtocol::Context
{
    const Frame &frame;
    DecodeResult &out;
    DecodedMessage &msg;
    qint64 selfUserId;

    Change &add(Change c)
    {
        c.seq = frame.seq;
        c.wallMs = frame.wallMs;
        out.changes.push_back(std::move(c));
        return out.changes.back();
    }
    void invalid(const QString &why)
    {
        if (msg.status != MessageStatus::Invalid) {
            msg.status = MessageStatus::Invalid;
            msg.error = why;
        }
    }
    void event(SessionEvent e) { out.events.push_back(std::move(e)); }
};

namespace {

using Ctx = BaserowProtocol::Context;

QString missing(std::string_view type, std::string_view key)
{
    return Tr::tr("%1: missing or wrongly typed \"%2\"").arg(Json::qstr(type), Json::qstr(key));
}

// The first present of a new-style key and its pre-1.27 "group" twin.
std::optional<Element> either(Object o, std::string_view key, std::string_view legacy)
{
    if (auto e = Json::member(o, key))
        return e;
    return Json::member(o, legacy);
}

RawObject stripped(Object o, std::initializer_list<std::string_view> keys)
{
    RawObject raw = Json::toRaw(o);
    for (auto k : keys)
        raw = raw.without(Json::bytes(k));
    return raw;
}

NodeRef ref(Kind kind, const EntityId &id, const EntityId &scope = {})
{
    return NodeRef {kind, id, scope};
}

// --- entity builders ------------------------------------------------------------------------

void upsertUser(Object member, const EntityId &workspaceId, Ctx &c)
{
    auto id = Json::entityId(member, "id");
    if (!id) {
        c.invalid(Tr::tr("workspace member without an id"));
        return;
    }
    c.add(makeUpsert(BaserowKind::User, *id, {}, ref(BaserowKind::Workspace, workspaceId),
            Json::toRaw(member), c.frame));
}

void upsertWorkspace(Object ws, Ctx &c)
{
    auto id = Json::entityId(ws, "id");
    if (!id) {
        c.invalid(Tr::tr("workspace without an id"));
        return;
    }
    c.add(makeUpsert(BaserowKind::Workspace, *id, {}, {}, stripped(ws, {"users"}), c.frame));
    if (auto users = Json::array(ws, "users")) {
        for (Element u : *users) {
            Object uo;
            if (!u.get_object().get(uo))
                upsertUser(uo, *id, c);
        }
    }
}

void upsertTable(Object t, Ctx &c, bool onlyIfKnown = false)
{
    auto id = Json::entityId(t, "id");
    if (!id) {
        c.invalid(Tr::tr("table without an id"));
        return;
    }
    NodeRef parent;
    if (auto db = Json::entityId(t, "database_id"))
        parent = ref(BaserowKind::Application, *db);
    Change &ch = c.add(makeUpsert(BaserowKind::Table, *id, {}, parent, Json::toRaw(t), c.frame));
    if (onlyIfKnown)
        ch.op = Change::Op::Update;
}

void upsertApplication(Object app, Ctx &c)
{
    auto id = Json::entityId(app, "id");
    if (!id) {
        c.invalid(Tr::tr("application without an id"));
        return;
    }
    NodeRef parent;
    if (auto ws = either(app, "workspace", "group")) {
        Object wso;
        if (!ws->get_object().get(wso)) {
            if (auto wsId = Json::entityId(wso, "id"))
                parent = ref(BaserowKind::Workspace, *wsId);
        } else if (auto wsId = Json::entityId(*ws)) {
            parent = ref(BaserowKind::Workspace, *wsId);
        }
    }
    c.add(makeUpsert(
            BaserowKind::Application, *id, {}, parent, stripped(app, {"tables"}), c.frame));
    if (auto tables = Json::array(app, "tables")) {
        for (Element t : *tables) {
            Object to;
            if (t.get_object().get(to))
                continue;
            // Tables listed under an application belong to it even without database_id.
            auto tid = Json::entityId(to, "id");
            if (!tid)
                continue;
            c.add(makeUpsert(BaserowKind::Table, *tid, {}, ref(BaserowKind::Application, *id),
                    Json::toRaw(to), c.frame));
        }
    }
}

void upsertViewChild(Kind kind, Object o, Ctx &c, const EntityId &viewIdHint = {})
{
    auto id = Json::entityId(o, "id");
    EntityId viewId = viewIdHint;
    if (auto v = Json::entityId(o, "view"))
        viewId = *v;
    if (!id || viewId.isEmpty()) {
        c.invalid(Tr::tr("%1 without id or view").arg(baserowKinds().name(kind)));
        return;
    }
    c.add(makeUpsert(kind, *id, {}, ref(BaserowKind::View, viewId), Json::toRaw(o), c.frame));
}

void upsertViewChildren(Object holder, const EntityId &viewId, Ctx &c)
{
    static const std::pair<std::string_view, Kind> lists[] = {{"filters", BaserowKind::ViewFilter},
            {"filter_groups", BaserowKind::ViewFilterGroup}, {"sortings", BaserowKind::ViewSort},
            {"group_bys", BaserowKind::ViewGroupBy}, {"decorations", BaserowKind::ViewDecoration}};
    for (auto [key, kind] : lists) {
        auto arr = Json::array(holder, key);
        if (!arr)
            continue;
        for (Element e : *arr) {
            Object o;
            if (!e.get_object().get(o))
                upsertViewChild(kind, o, c, viewId);
        }
    }
}

void upsertView(Object v, Ctx &c)
{
    auto id = Json::entityId(v, "id");
    if (!id) {
        c.invalid(Tr::tr("view without an id"));
        return;
    }
    NodeRef parent;
    if (auto t = Json::entityId(v, "table_id"))
        parent = ref(BaserowKind::Table, *t);
    c.add(makeUpsert(BaserowKind::View, *id, {}, parent,
            stripped(v, {"filters", "filter_groups", "sortings", "group_bys", "decorations"}),
            c.frame));
    upsertViewChildren(v, *id, c);
}

void upsertField(Object f, Ctx &c, bool onlyIfKnown)
{
    auto id = Json::entityId(f, "id");
    if (!id) {
        c.invalid(Tr::tr("field without an id"));
        return;
    }
    NodeRef parent;
    if (auto t = Json::entityId(f, "table_id"))
        parent = ref(BaserowKind::Table, *t);
    Change ch = makeUpsert(BaserowKind::Field, *id, {}, parent,
            stripped(f, {"filters", "sortings", "group_bys"}), c.frame);
    if (auto db = Json::entityId(f, "database_id"))
        ch.grandparent = ref(BaserowKind::Application, *db);
    if (onlyIfKnown)
        ch.op = Change::Op::Update;
    c.add(std::move(ch));
    // field_restored brings the field's filters, sorts and group-bys back with it.
    static const std::pair<std::string_view, Kind> lists[] = {{"filters", BaserowKind::ViewFilter},
            {"sortings", BaserowKind::ViewSort}, {"group_bys", BaserowKind::ViewGroupBy}};
    for (auto [key, kind] : lists) {
        if (auto arr = Json::array(f, key)) {
            for (Element e : *arr) {
                Object o;
                if (!e.get_object().get(o))
                    upsertViewChild(kind, o, c);
            }
        }
    }
}

void relatedFields(Object msg, Ctx &c)
{
    if (auto arr = Json::array(msg, "related_fields")) {
        for (Element e : *arr) {
            Object o;
            if (!e.get_object().get(o))
                upsertField(o, c, true);
        }
    }
}

void upsertRow(Object row, const EntityId &tableId, Ctx &c)
{
    auto id = Json::entityId(row, "id");
    if (!id) {
        c.invalid(Tr::tr("row without an id"));
        return;
    }
    c.add(makeUpsert(BaserowKind::Row, *id, tableId, ref(BaserowKind::Table, tableId),
            Json::toRaw(row), c.frame));
}

void upsertComment(Object comment, Ctx &c)
{
    auto id = Json::entityId(comment, "id");
    auto table = Json::entityId(comment, "table_id");
    auto row = Json::entityId(comment, "row_id");
    if (!id || !table || !row) {
        c.invalid(Tr::tr("row comment without id, table_id or row_id"));
        return;
    }
    Change ch = makeUpsert(BaserowKind::RowComment, *id, {}, ref(BaserowKind::Row, *row, *table),
            Json::toRaw(comment), c.frame);
    ch.grandparent = ref(BaserowKind::Table, *table);
    c.add(std::move(ch));
}

// --- message handlers -----------------------------------------------------------------------

using Handler = void (*)(Object, std::string_view, Ctx &);

std::optional<Object> needObject(Object m, std::string_view type, std::string_view key, Ctx &c)
{
    auto o = Json::object(m, key);
    if (!o)
        c.invalid(missing(type, key));
    return o;
}

std::optional<EntityId> needId(
        Object m, std::string_view type, std::string_view key, Ctx &c, std::string_view legacy = {})
{
    auto v = Json::entityId(m, key);
    if (!v && !legacy.empty())
        v = Json::entityId(m, legacy);
    if (!v)
        c.invalid(missing(type, key));
    return v;
}

std::optional<Array> needArray(Object m, std::string_view type, std::string_view key, Ctx &c)
{
    auto a = Json::array(m, key);
    if (!a)
        c.invalid(missing(type, key));
    return a;
}

QString pageKeyFrom(Object m, Ctx *c, std::string_view type)
{
    auto page = Json::string(m, "page");
    auto params = Json::object(m, "parameters");
    if (!page || !params) {
        if (c)
            c->invalid(missing(type, page ? "parameters" : "page"));
        return {};
    }
    QList<QPair<QString, QString>> list;
    for (auto field : *params) {
        auto v = Json::idText(field.value);
        list.append({Json::qstr(field.key), v.value_or(QString())});
    }
    return BaserowProtocol::pageKey(Json::qstr(*page), list);
}

void onAuthentication(Object m, std::string_view type, Ctx &c)
{
    c.msg.status = MessageStatus::Control;
    auto ok = Json::boolean(m, "success");
    if (!ok) {
        c.invalid(missing(type, "success"));
        return;
    }
    SessionEvent e(
            *ok ? SessionEvent::Type::Authenticated : SessionEvent::Type::AuthenticationRefused);
    if (auto id = Json::string(m, "web_socket_id"))
        e.id = Json::qstr(*id);
    if (!*ok)
        e.text = Tr::tr("authentication refused");
    c.event(std::move(e));
}

void onPageAdd(Object m, std::string_view type, Ctx &c)
{
    c.msg.status = MessageStatus::Control;
    const QString key = pageKeyFrom(m, &c, type);
    if (!key.isEmpty())
        c.event(SessionEvent(SessionEvent::Type::SubscriptionConfirmed, key));
}

void onPageDiscard(Object m, std::string_view type, Ctx &c)
{
    c.msg.status = MessageStatus::Control;
    const QString key = pageKeyFrom(m, &c, type);
    if (!key.isEmpty())
        c.event(SessionEvent(SessionEvent::Type::SubscriptionDiscarded, key));
}

void onForceDisconnect(Object, std::string_view, Ctx &c)
{
    c.msg.status = MessageStatus::Control;
    c.event(SessionEvent(SessionEvent::Type::ForceDisconnect, {},
            Tr::tr("the server ended the session (force_disconnect: the password was changed)")));
}

Change userWhere(Change::Op op, const EntityId &userId, RawObject data, const Ctx &c)
{
    Change ch;
    ch.op = op;
    ch.node = ref(BaserowKind::User, {});
    ch.matchKey = "user_id";
    ch.matchValue = userId.toString().toUtf8();
    ch.data = std::move(data);
    ch.seq = c.frame.seq;
    ch.wallMs = c.frame.wallMs;
    return ch;
}

void onUserUpdated(Object m, std::string_view type, Ctx &c)
{
    auto user = needObject(m, type, "user", c);
    if (!user)
        return;
    auto id = needId(*user, type, "id", c);
    if (!id)
        return;
    RawObject::Builder b;
    if (type == "user_updated") {
        if (auto name = Json::member(*user, "first_name"))
            b.add("name", Json::compact(*name));
    } else {
        b.add("to_be_deleted", type == "user_deleted" ? "true" : "false");
    }
    c.add(userWhere(Change::Op::UpdateWhere, *id, b.finish(), c));
}

void onUserPermanentlyDeleted(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "user_id", c))
        c.add(userWhere(Change::Op::RemoveWhere, *id, {}, c));
}

void onGroupCreatedOrUpdated(Object m, std::string_view type, Ctx &c)
{
    auto ws = either(m, "workspace", "group");
    Object wso;
    if (!ws || ws->get_object().get(wso)) {
        c.invalid(missing(type, "workspace"));
        return;
    }
    upsertWorkspace(wso, c);
}

void onGroupDeleted(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "workspace_id", c, "group_id"))
        c.add(makeRemove(BaserowKind::Workspace, *id, {}, c.frame));
}

void onGroupRestored(Object m, std::string_view type, Ctx &c)
{
    onGroupCreatedOrUpdated(m, type, c);
    if (auto apps = Json::array(m, "applications")) {
        for (Element e : *apps) {
            Object o;
            if (!e.get_object().get(o))
                upsertApplication(o, c);
        }
    }
}

void onGroupsReordered(Object m, std::string_view type, Ctx &c)
{
    auto ids = either(m, "workspace_ids", "group_ids");
    Array arr;
    if (!ids || ids->get_array().get(arr)) {
        c.invalid(missing(type, "workspace_ids"));
        return;
    }
    Change ch;
    ch.op = Change::Op::Reorder;
    ch.node = ref(Kind::Root, {});
    ch.childKind = BaserowKind::Workspace;
    for (Element e : arr) {
        if (auto v = Json::idText(e))
            ch.ids << *v;
    }
    c.add(std::move(ch));
}

void onGroupUser(Object m, std::string_view type, Ctx &c)
{
    auto wsId = needId(m, type, "workspace_id", c, "group_id");
    auto member = either(m, "workspace_user", "group_user");
    Object mo;
    if (!wsId)
        return;
    if (!member || member->get_object().get(mo)) {
        c.invalid(missing(type, "workspace_user"));
        return;
    }
    if (type == "group_user_deleted") {
        auto id = Json::entityId(m, "id");
        if (!id)
            id = Json::entityId(mo, "id");
        if (!id) {
            c.invalid(missing(type, "id"));
            return;
        }
        c.add(makeRemove(BaserowKind::User, *id, {}, c.frame));
        if (auto uid = Json::integer(mo, "user_id"); uid && c.selfUserId && *uid == c.selfUserId)
            c.add(makeRemove(BaserowKind::Workspace, *wsId, {}, c.frame));
        return;
    }
    upsertUser(mo, *wsId, c);
}

void onApplicationCreatedOrUpdated(Object m, std::string_view type, Ctx &c)
{
    if (auto app = needObject(m, type, "application", c))
        upsertApplication(*app, c);
}

void onApplicationDeleted(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "application_id", c))
        c.add(makeRemove(BaserowKind::Application, *id, {}, c.frame));
}

void reorder(
        Ctx &c, Kind parentKind, const EntityId &parentId, Kind childKind, Array order, bool hashed)
{
    Change ch;
    ch.op = Change::Op::Reorder;
    ch.node = ref(parentKind, parentId);
    ch.childKind = childKind;
    ch.hashedIds = hashed;
    for (Element e : order) {
        if (auto v = Json::idText(e))
            ch.ids << *v;
    }
    c.add(std::move(ch));
}

void onApplicationsReordered(Object m, std::string_view type, Ctx &c)
{
    auto ws = needId(m, type, "workspace_id", c, "group_id");
    auto order = needArray(m, type, "order", c);
    if (ws && order)
        reorder(c, BaserowKind::Workspace, *ws, BaserowKind::Application, *order, true);
}

void onTableCreatedOrUpdated(Object m, std::string_view type, Ctx &c)
{
    auto table = needObject(m, type, "table", c);
    if (!table)
        return;
    upsertTable(*table, c);
    if (Json::boolean(m, "force_table_refresh").value_or(false)) {
        if (auto id = Json::entityId(*table, "id")) {
            Change ch;
            ch.op = Change::Op::MarkStale;
            ch.node = ref(BaserowKind::Table, *id);
            c.add(std::move(ch));
            c.event(SessionEvent(SessionEvent::Type::Stale, u"table:"_s + id->toString()));
        }
    }
}

void onTableDeleted(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "table_id", c))
        c.add(makeRemove(BaserowKind::Table, *id, {}, c.frame));
}

void onTablesReordered(Object m, std::string_view type, Ctx &c)
{
    auto db = needId(m, type, "database_id", c);
    auto order = needArray(m, type, "order", c);
    if (db && order)
        reorder(c, BaserowKind::Application, *db, BaserowKind::Table, *order, true);
}

void onFieldCreatedOrUpdated(Object m, std::string_view type, Ctx &c)
{
    auto field = needObject(m, type, "field", c);
    if (!field)
        return;
    upsertField(*field, c, false);
    relatedFields(m, c);
}

void onFieldDeleted(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "field_id", c))
        c.add(makeRemove(BaserowKind::Field, *id, {}, c.frame));
    relatedFields(m, c);
}

void onRowsCreatedOrUpdated(Object m, std::string_view type, Ctx &c)
{
    auto table = needId(m, type, "table_id", c);
    auto rows = needArray(m, type, "rows", c);
    if (!table || !rows)
        return;
    for (Element e : *rows) {
        Object o;
        if (e.get_object().get(o)) {
            c.invalid(Tr::tr("%1: a row is not an object").arg(Json::qstr(type)));
            continue;
        }
        upsertRow(o, *table, c);
    }
}

void onRowsDeleted(Object m, std::string_view type, Ctx &c)
{
    auto table = needId(m, type, "table_id", c);
    auto ids = needArray(m, type, "row_ids", c);
    if (!table || !ids)
        return;
    for (Element e : *ids) {
        if (auto id = Json::entityId(e))
            c.add(makeRemove(BaserowKind::Row, *id, *table, c.frame));
        else
            c.invalid(Tr::tr("rows_deleted: a row id is not a number"));
    }
}

void onTableStale(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "table_id", c)) {
        Change ch;
        ch.op = Change::Op::MarkStale;
        ch.node = ref(BaserowKind::Table, *id);
        c.add(std::move(ch));
        c.event(SessionEvent(SessionEvent::Type::Stale, u"table:"_s + id->toString()));
    }
}

void onRowHistoryUpdated(Object m, std::string_view type, Ctx &c)
{
    auto table = needId(m, type, "table_id", c);
    auto row = needId(m, type, "row_id", c);
    if (!needObject(m, type, "row_history_entry", c) || !table || !row)
        return;
    // The entry is not an entity of the tree; the row records that this frame touched it.
    Change ch;
    ch.op = Change::Op::Update;
    ch.node = ref(BaserowKind::Row, *row, *table);
    c.add(std::move(ch));
}

void onRowComment(Object m, std::string_view type, Ctx &c)
{
    auto comment = needObject(m, type, "row_comment", c);
    if (!comment)
        return;
    upsertComment(*comment, c);
    if (type == "row_comment_deleted") {
        if (auto id = Json::entityId(*comment, "id"))
            c.add(makeRemove(BaserowKind::RowComment, *id, {}, c.frame));
    }
}

void onViewCreatedOrUpdated(Object m, std::string_view type, Ctx &c)
{
    if (auto view = needObject(m, type, "view", c))
        upsertView(*view, c);
}

void onViewDeleted(Object m, std::string_view type, Ctx &c)
{
    if (auto id = needId(m, type, "view_id", c))
        c.add(makeRemove(BaserowKind::View, *id, {}, c.frame));
}

void onViewsReordered(Object m, std::string_view type, Ctx &c)
{
    auto table = needId(m, type, "table_id", c);
    auto order = needArray(m, type, "order", c);
    if (table && order)
        reorder(c, BaserowKind::Table, *table, BaserowKind::View, *order, false);
}

struct ViewChildType
{
    std::string_view object; // "view_filter"
    Kind kind;
};

const ViewChildType *viewChildType(std::string_view type, std::string_view *suffix)
{
    static const ViewChildType types[] = {{"view_filter_group", BaserowKind::ViewFilterGroup},
            {"view_filter", BaserowKind::ViewFilter}, {"view_sort", BaserowKind::ViewSort},
            {"view_group_by", BaserowKind::ViewGroupBy},
            {"view_decoration", BaserowKind::ViewDecoration}};
    for (const auto &t : types) {
        if (type.size() > t.object.size() + 1 && type.substr(0, t.object.size()) == t.object
                && type[t.object.size()] == '_') {
            *suffix = type.substr(t.object.size() + 1);
            if (*suffix == "created" || *suffix == "updated" || *suffix == "deleted")
                return &t;
        }
    }
    return nullptr;
}

void onViewChild(Object m, std::string_view type, Ctx &c)
{
    std::string_view suffix;
    const ViewChildType *t = viewChildType(type, &suffix);
    if (!t)
        return;
    if (suffix == "deleted") {
        const std::string idKey = std::string(t->object) + "_id";
        auto id = needId(m, type, idKey, c);
        if (id)
            c.add(makeRemove(t->kind, *id, {}, c.frame));
        return;
    }
    if (auto o = needObject(m, type, t->object, c))
        upsertViewChild(t->kind, *o, c);
}

void onViewFieldOptions(Object m, std::string_view type, Ctx &c)
{
    auto view = needId(m, type, "view_id", c);
    auto options = Json::member(m, "field_options");
    if (!view)
        return;
    if (!options || !options->is_object()) {
        c.invalid(missing(type, "field_options"));
        return;
    }
    RawObject::Builder b;
    b.add("field_options", Json::compact(*options));
    Change ch = makeUpsert(BaserowKind::View, *view, {}, {}, b.finish(), c.frame);
    ch.op = Change::Op::Update;
    c.add(std::move(ch));
}

void informational(Object, std::string_view, Ctx &)
{
    // Known types that change nothing in the tree (notifications, jobs, licences, widgets…).
}

const QHash<QByteArray, Handler> &handlers()
{
    static const QHash<QByteArray, Handler> table = [] {
        QHash<QByteArray, Handler> h;
        h.insert("authentication", onAuthentication);
        h.insert("page_add", onPageAdd);
        h.insert("page_discard", onPageDiscard);
        h.insert("force_disconnect", onForceDisconnect);
        h.insert("user_updated", onUserUpdated);
        h.insert("user_deleted", onUserUpdated);
        h.insert("user_restored", onUserUpdated);
        h.insert("user_permanently_deleted", onUserPermanentlyDeleted);
        h.insert("group_created", onGroupCreatedOrUpdated);
        h.insert("group_updated", onGroupCreatedOrUpdated);
        h.insert("group_deleted", onGroupDeleted);
        h.insert("group_restored", onGroupRestored);
        h.insert("groups_reordered", onGroupsReordered);
        h.insert("group_user_added", onGroupUser);
        h.insert("group_user_updated", onGroupUser);
        h.insert("group_user_deleted", onGroupUser);
        h.insert("application_created", onApplicationCreatedOrUpdated);
        h.insert("application_updated", onApplicationCreatedOrUpdated);
        h.insert("application_deleted", onApplicationDeleted);
        h.insert("applications_reordered", onApplicationsReordered);
        h.insert("table_created", onTableCreatedOrUpdated);
        h.insert("table_updated", onTableCreatedOrUpdated);
        h.insert("table_deleted", onTableDeleted);
        h.insert("tables_reordered", onTablesReordered);
        h.insert("field_created", onFieldCreatedOrUpdated);
        h.insert("field_updated", onFieldCreatedOrUpdated);
        h.insert("field_restored", onFieldCreatedOrUpdated);
        h.insert("field_deleted", onFieldDeleted);
        h.insert("rows_created", onRowsCreatedOrUpdated);
        h.insert("rows_updated", onRowsCreatedOrUpdated);
        h.insert("rows_deleted", onRowsDeleted);
        h.insert("row_orders_recalculated", onTableStale);
        h.insert("row_history_updated", onRowHistoryUpdated);
        h.insert("row_comment_created", onRowComment);
        h.insert("row_comment_updated", onRowComment);
        h.insert("row_comment_deleted", onRowComment);
        h.insert("row_comment_restored", onRowComment);
        h.insert("view_created", onViewCreatedOrUpdated);
        h.insert("view_updated", onViewCreatedOrUpdated);
        h.insert("view_deleted", onViewDeleted);
        h.insert("views_reordered", onViewsReordered);
        for (const char *t : {"view_filter", "view_filter_group", "view_sort", "view_group_by",
                     "view_decoration"}) {
            for (const char *s : {"_created", "_updated", "_deleted"})
                h.insert(QByteArray(t) + s, onViewChild);
        }
        h.insert("view_field_options_updated", onViewFieldOptions);
        for (const char *t :
                {"rows_ai_values_generation_error", "row_comments_notification_mode_updated",
                        "force_view_rows_refresh", "force_view_refresh",
                        "workspace_invitation_updated_or_created", "workspace_invitation_accepted",
                        "workspace_invitation_rejected", "job_started", "notifications_created",
                        "notifications_fetch_required", "notification_marked_as_read",
                        "all_notifications_marked_as_read", "all_notifications_cleared",
                        "user_data_updated", "permissions_updated", "field_permissions_updated",
                        "field_rule_created", "field_rule_updated", "field_rule_deleted",
                        "widget_created", "widget_updated", "widget_deleted", "data_source_updated",
                        "page_created", "page_updated", "page_deleted", "pages_reordered",
                        "element_created", "elements_created", "element_updated", "element_moved",
                        "elements_moved", "element_deleted", "element_orders_recalculated",
                        "domain_created", "domain_updated", "domain_deleted", "domains_reordered",
                        "automation_nodes_reordered", "automation_workflows_reordered"})
            h.insert(t, informational);
        return h;
    }();
    return table;
}

bool isInformationalFamily(std::string_view type)
{
    return type.substr(0, 20) == "automation_workflow_" || type.substr(0, 16) == "automation_node_";
}

} // namespace

BaserowProtocol::BaserowProtocol()
    : m_reader(std::make_unique<JsonReader>())
{ }

BaserowProtocol::~BaserowProtocol() = default;

void BaserowProtocol::decode(const Frame &frame, DecodeResult &out)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    if (frame.binary) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("binary frame: Baserow sends text frames only");
        return;
    }
    Element root;
    if (auto err = Json::parse(m_reader->parser(), frame.bytes, root)) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("not JSON: %1").arg(Json::errorText(err));
        return;
    }
    Object m;
    if (root.get_object().get(m)) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("not a JSON object");
        return;
    }
    auto type = Json::string(m, "type");
    if (!type) {
        msg.status = MessageStatus::Unknown;
        msg.error = Tr::tr("no \"type\"");
        return;
    }
    // Looked up without a copy; a known type is then the table's key (shared, no allocation).
    const auto &h = handlers();
    auto it = h.constFind(QByteArray::fromRawData(type->data(), qsizetype(type->size())));
    if (it == h.constEnd()) {
        msg.type = QByteArray(type->data(), qsizetype(type->size()));
        if (isInformationalFamily(*type))
            return;
        msg.status = MessageStatus::Unknown;
        return;
    }
    msg.type = it.key();
    Context c {frame, out, msg, m_selfUserId};
    (*it)(m, *type, c);
}

namespace {
// How many rows an array holds, and the first ids ("205, 206, …"), for a summary.
struct IdCount
{
    int n = 0;
    QString ids;
};

IdCount countIds(Object m, std::string_view key, std::string_view idKey)
{
    QStringList ids;
    qsizetype n = 0;
    if (auto arr = Json::array(m, key)) {
        for (Element e : *arr) {
            ++n;
            std::optional<QString> id;
            Object o;
            if (!e.get_object().get(o))
                id = Json::idText(o, idKey);
            else
                id = Json::idText(e);
            if (id && ids.size() < 5)
                ids << *id;
        }
    }
    QString s = ids.join(u", "_s);
    if (n > ids.size())
        s += u", …"_s;
    return {int(std::min<qsizetype>(n, INT_MAX)), s};
}

QString nameOf(Object m, std::string_view key)
{
    if (auto o = Json::object(m, key)) {
        auto id = Json::idText(*o, "id").value_or(QString());
        if (auto name = Json::string(*o, "name"))
            return u"%1 \"%2\""_s.arg(id, Json::qstr(*name));
        if (auto name = Json::string(*o, "first_name"))
            return u"%1 %2"_s.arg(id, Json::qstr(*name));
        return id;
    }
    return {};
}
} // namespace

QString BaserowProtocol::subscriptionSpecFor(const NodeLookup &tree, NodeId node) const
{
    const NodeRef &ref = tree.refOf(node);
    switch (int(tree.kindOf(node))) {
    case int(BaserowKind::Table):
        return u"table:"_s + ref.id.toString();
    case int(BaserowKind::Row):
        return u"row:%1:%2"_s.arg(ref.scope.toString(), ref.id.toString());
    case int(BaserowKind::View):
        // A public view's page is named by its slug.
        if (auto slug = tree.dataOf(node).string("slug"); slug && !slug->isEmpty())
            return u"view:"_s + *slug;
        return {};
    default:
        return {};
    }
}

QString BaserowProtocol::summarize(QByteArrayView frame)
{
    Element root;
    if (Json::parse(m_reader->parser(), frame, root))
        return QString::fromUtf8(frame.first(std::min<qsizetype>(frame.size(), 160)));
    Object m;
    if (root.get_object().get(m))
        return QString::fromUtf8(Json::compact(root)).left(160);
    const std::string_view type = Json::string(m, "type").value_or(std::string_view());
    auto id = [&](std::string_view k) { return Json::idText(m, k).value_or(u"?"_s); };
    // Our own frames (they have no type): page subscriptions.
    for (auto [key, verb] : {std::pair {"page", "subscribe"}, {"remove_page", "unsubscribe"}}) {
        if (auto page = Json::string(m, key); page && type.empty()) {
            QList<QPair<QString, QString>> params;
            for (auto field : m) {
                if (field.key != key)
                    params.append(
                            {Json::qstr(field.key), Json::idText(field.value).value_or(QString())});
            }
            return Tr::tr(verb) + u' ' + pageKey(Json::qstr(*page), params);
        }
    }
    if (type == "authentication") {
        const bool ok = Json::boolean(m, "success").value_or(false);
        return ok ? Tr::tr("authenticated, connection id %1")
                            .arg(Json::qstr(Json::string(m, "web_socket_id").value_or("")))
                  : Tr::tr("authentication refused");
    }
    // The server's answers: the page and its parameters ("table:100"), and the verb.
    if (type == "page_add")
        return Tr::tr("subscribed %1").arg(pageKeyFrom(m, nullptr, type));
    if (type == "page_discard")
        return Tr::tr("unsubscribed %1").arg(pageKeyFrom(m, nullptr, type));
    if (type == "rows_created" || type == "rows_updated") {
        const IdCount rows = countIds(m, "rows", "id");
        return (type == "rows_created"
                        ? Tr::tr("table %1: %n row(s) created (%2)", nullptr, rows.n)
                        : Tr::tr("table %1: %n row(s) updated (%2)", nullptr, rows.n))
                .arg(id("table_id"), rows.ids);
    }
    if (type == "rows_deleted") {
        const IdCount rows = countIds(m, "row_ids", "id");
        return Tr::tr("table %1: %n row(s) deleted (%2)", nullptr, rows.n)
                .arg(id("table_id"), rows.ids);
    }
    if (type == "row_history_updated")
        return Tr::tr("table %1 row %2: history entry").arg(id("table_id"), id("row_id"));
    for (std::string_view key : {"workspace", "group", "application", "table", "field", "view",
                 "view_filter", "view_sort", "view_group_by", "view_decoration",
                 "view_filter_group", "row_comment", "user", "workspace_user"}) {
        const QString n = nameOf(m, key);
        if (!n.isEmpty())
            return Json::qstr(key) + u' ' + n;
    }
    for (std::string_view key :
            {"table_id", "field_id", "view_id", "workspace_id", "application_id", "user_id"}) {
        if (auto v = Json::idText(m, key))
            return Json::qstr(key) + u' ' + *v;
    }
    QString compact = QString::fromUtf8(Json::compact(root));
    return compact.left(160);
}

// --- subscriptions ------------------------------------------------------------------------

QString BaserowProtocol::pageKey(QStringView page, const QList<QPair<QString, QString>> &params)
{
    auto value = [&](const QString &name) {
        for (const auto &p : params) {
            if (p.first == name)
                return p.second;
        }
        return QString();
    };
    if (page == u"table")
        return u"table:"_s + value(u"table_id"_s);
    if (page == u"row")
        return u"row:"_s + value(u"table_id"_s) + u':' + value(u"row_id"_s);
    if (page == u"view")
        return u"view:"_s + value(u"slug"_s);
    if (page == u"dashboard")
        return u"dashboard:"_s + value(u"dashboard_id"_s);
    QStringList parts {page.toString()};
    for (const auto &p : params)
        parts << p.second;
    return parts.join(u':');
}

QString BaserowProtocol::subscriptionSyntax() const
{
    return Tr::tr("table:ID, row:TABLE:ROW, view:SLUG[:TOKEN], dashboard:ID");
}

std::optional<SubscriptionRequest> BaserowProtocol::subscription(
        const QString &spec, QString *error)
{
    const QStringList parts = spec.trimmed().split(u':');
    auto fail = [&](const QString &why) -> std::optional<SubscriptionRequest> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto number = [](const QString &s, qint64 *out) {
        bool ok = false;
        *out = s.toLongLong(&ok);
        return ok && *out > 0;
    };
    const QString page = parts.value(0).toLower();
    OValue sub = OValue::object({{u"page"_s, page}});
    OValue unsub = OValue::object({{u"remove_page"_s, page}});
    SubscriptionRequest r;
    if (page == u"table" && parts.size() == 2) {
        qint64 id;
        if (!number(parts[1], &id))
            return fail(Tr::tr("table:ID needs a positive number"));
        sub.insert(u"table_id"_s, id);
        unsub.insert(u"table_id"_s, id);
        r.key = u"table:%1"_s.arg(id);
    } else if (page == u"row" && parts.size() == 3) {
        qint64 table, row;
        if (!number(parts[1], &table) || !number(parts[2], &row))
            return fail(Tr::tr("row:TABLE:ROW needs two positive numbers"));
        for (OValue *o : {&sub, &unsub}) {
            o->insert(u"table_id"_s, table);
            o->insert(u"row_id"_s, row);
        }
        r.key = u"row:%1:%2"_s.arg(table).arg(row);
    } else if (page == u"view" && (parts.size() == 2 || parts.size() == 3) && !parts[1].isEmpty()) {
        sub.insert(u"slug"_s, parts[1]);
        unsub.insert(u"slug"_s, parts[1]);
        if (parts.size() == 3 && !parts[2].isEmpty()) {
            sub.insert(u"token"_s, parts[2]);
            unsub.insert(u"token"_s, parts[2]);
        }
        r.key = u"view:"_s + parts[1];
    } else if (page == u"dashboard" && parts.size() == 2) {
        qint64 id;
        if (!number(parts[1], &id))
            return fail(Tr::tr("dashboard:ID needs a positive number"));
        sub.insert(u"dashboard_id"_s, id);
        unsub.insert(u"dashboard_id"_s, id);
        r.key = u"dashboard:%1"_s.arg(id);
    } else {
        return fail(Tr::tr("unknown subscription \"%1\"; use %2").arg(spec, subscriptionSyntax()));
    }
    r.subscribeFrame = sub.toJson();
    r.unsubscribeFrame = unsub.toJson();
    return r;
}

std::vector<FrameTemplate> BaserowProtocol::frameTemplates() const
{
    // Baserow's page subscriptions (ws/pages.py): a page type and its parameters.
    return {{Tr::tr("Subscribe to a table"), R"({"page": "table", "table_id": 100})"},
            {Tr::tr("Unsubscribe from a table"), R"({"remove_page": "table", "table_id": 100})"},
            {Tr::tr("Subscribe to a row"), R"({"page": "row", "table_id": 100, "row_id": 1})"},
            {Tr::tr("Subscribe to a public view"), R"({"page": "view", "slug": "SLUG"})"},
            {Tr::tr("Subscribe to a dashboard"), R"({"page": "dashboard", "dashboard_id": 1})"}};
}

// --- REST snapshot ------------------------------------------------------------------------

std::vector<RestCall> BaserowProtocol::initialSnapshot() const
{
    return {RestCall::get(u"workspaces"_s, u"/api/workspaces/"_s, u"initial"_s),
            RestCall::get(u"applications"_s, u"/api/applications/"_s, u"initial"_s)};
}

std::vector<RestCall> BaserowProtocol::subscriptionSnapshot(const QString &key) const
{
    if (!key.startsWith(u"table:"_s))
        return {};
    const QString id = key.mid(6);
    std::vector<RestCall> calls;
    RestCall fields =
            RestCall::get(u"fields"_s, u"/api/database/fields/table/%1/"_s.arg(id), key, id);
    RestCall views = RestCall::get(u"views"_s,
            u"/api/database/views/table/%1/?include=filters,sortings,group_bys,decorations"_s.arg(
                    id),
            key, id);
    RestCall rows = RestCall::get(u"rows"_s,
            u"/api/database/rows/table/%1/?page=1&size=%2"_s.arg(id).arg(m_pageSize), key, id);
    rows.page = 1;
    calls.push_back(fields);
    calls.push_back(views);
    calls.push_back(rows);
    return calls;
}

void BaserowProtocol::decodeRest(const RestCall &call, int status, QByteArrayView body,
        DecodeResult &out, std::vector<RestCall> &more)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    msg.type = call.tag.toUtf8();
    if (status < 200 || status >= 300) {
        msg.status = MessageStatus::Error;
        msg.error = Tr::tr("%1 answered HTTP %2").arg(call.path).arg(status);
        return;
    }
    Element root;
    if (auto err = Json::parse(m_reader->parser(), body, root)) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("%1: not JSON: %2").arg(call.path, Json::errorText(err));
        return;
    }
    Frame snapshotFrame; // snapshot changes carry sequence number 0
    Context c {snapshotFrame, out, msg, m_selfUserId};
    auto eachObject = [&](Element list, auto fn) {
        Array arr;
        if (list.get_array().get(arr)) {
            c.invalid(Tr::tr("%1: expected a list").arg(call.path));
            return;
        }
        for (Element e : arr) {
            Object o;
            if (!e.get_object().get(o))
                fn(o);
        }
    };
    if (call.tag == u"workspaces") {
        eachObject(root, [&](Object o) { upsertWorkspace(o, c); });
    } else if (call.tag == u"applications") {
        eachObject(root, [&](Object o) { upsertApplication(o, c); });
    } else if (call.tag == u"fields") {
        eachObject(root, [&](Object o) { upsertField(o, c, false); });
    } else if (call.tag == u"views") {
        eachObject(root, [&](Object o) { upsertView(o, c); });
    } else if (call.tag == u"rows") {
        Object page;
        if (root.get_object().get(page)) {
            c.invalid(Tr::tr("%1: expected a page object").arg(call.path));
            return;
        }
        auto results = Json::array(page, "results");
        if (!results) {
            c.invalid(missing("rows", "results"));
            return;
        }
        qint64 n = 0;
        for (Element e : *results) {
            Object o;
            if (!e.get_object().get(o)) {
                upsertRow(o, call.target, c);
                ++n;
            }
        }
        const qint64 fetched = (call.page - 1) * m_pageSize + n;
        const bool hasNext = Json::member(page, "next").has_value() && !Json::isNull(page, "next");
        if (hasNext && n > 0 && fetched < m_rowCap) {
            RestCall next = call;
            next.page = call.page + 1;
            next.path = u"/api/database/rows/table/%1/?page=%2&size=%3"_s.arg(call.target)
                                .arg(next.page)
                                .arg(m_pageSize);
            more.push_back(next);
        } else {
            Change done;
            done.op = Change::Op::ClearStale;
            done.node = ref(BaserowKind::Table, call.target);
            c.add(std::move(done));
            if (hasNext && fetched >= m_rowCap) {
                msg.error = Tr::tr("row snapshot capped at %1 rows").arg(m_rowCap);
            }
        }
    }
}

QString BaserowProtocol::subscriptionNote(int timeoutMs) const
{
    return Tr::tr(
            "Baserow answers page_add when it accepts a subscription and says nothing when it "
            "refuses one (no access, no such table or row): a subscription still pending "
            "after %1 s is shown as refused. The server can also discard a page by itself, "
            "e.g. when you lose access.")
            .arg(timeoutMs / 1000.0);
}

QString BaserowProtocol::refusalNote(int timeoutMs) const
{
    return Tr::tr("no page_add within %1 s: Baserow refuses silently (no access, or no such page)")
            .arg(timeoutMs / 1000.0);
}

} // namespace Feedscope
