// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphqlprotocol.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "json/jsondom.h"
#include "json/jsonreader.h"
#include "json/ovalue.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::GraphQlProtocol)
};

using Json::Array;
using Json::Element;
using Json::Object;

// The objects of the lists in a result, with their ids: every array whose items are all
// objects with an "id" (a string or a number), however deep.
void findListedObjects(Element e, std::vector<std::pair<EntityId, Object>> &out)
{
    Array array;
    Object object;
    if (!e.get_array().get(array)) {
        std::vector<std::pair<EntityId, Object>> items;
        bool all = array.size() > 0;
        for (Element item : array) {
            Object o;
            std::optional<EntityId> id;
            if (item.get_object().get(o) || !(id = Json::entityId(o, "id"))) {
                all = false;
                break;
            }
            items.emplace_back(*id, o);
        }
        if (all) {
            std::move(items.begin(), items.end(), std::back_inserter(out));
            return;
        }
        for (Element item : array)
            findListedObjects(item, out);
    } else if (!e.get_object().get(object)) {
        for (auto field : object)
            findListedObjects(field.value, out);
    }
}

QString errorMessages(Element payload)
{
    QStringList messages;
    Array errors;
    if (!payload.get_array().get(errors)) {
        for (Element e : errors) {
            Object o;
            if (!e.get_object().get(o))
                messages << Json::qstr(Json::string(o, "message").value_or("(no message)"));
        }
    }
    return messages.isEmpty() ? Tr::tr("an error without a message") : messages.join(u"; "_s);
}

constexpr KindInfo Kinds[] = {
        {GraphQlKind::Subscription, "subscription",
                QT_TRANSLATE_NOOP("Feedscope::Kind", "Subscriptions"), "subscription"},
        {GraphQlKind::Object, "object", QT_TRANSLATE_NOOP("Feedscope::Kind", "Objects"), "item"},
};
} // namespace

// --- schema ---------------------------------------------------------------------------------

const KindTable &GraphQlSchema::kinds() const
{
    static const KindTable table {Kinds};
    return table;
}

QString GraphQlSchema::label(const NodeLookup &tree, NodeId id) const
{
    const RawObject &data = tree.dataOf(id);
    if (tree.kindOf(id) == GraphQlKind::Subscription) {
        // "#1 prices": its id and the fields of its latest result.
        QStringList fields;
        for (qsizetype i = 0; i < data.size(); ++i)
            fields << QString::fromUtf8(data.keyAt(i));
        return u"#"_s + tree.refOf(id).id.toString()
                + (fields.isEmpty() ? QString() : u' ' + fields.join(u", "_s));
    }
    for (QByteArrayView key : {"name", "title", "label", "symbol"}) {
        if (auto s = data.string(key); s && !s->isEmpty())
            return *s;
    }
    return tree.refOf(id).id.toString();
}

QByteArray GraphQlSchema::sortKey(Kind, const RawObject &) const
{
    return {}; // by id: the store pads numeric ids so that they compare as numbers
}

GridKinds GraphQlSchema::grid() const
{
    // A subscription's listed objects as rows, a column per member they have.
    return {GraphQlKind::Subscription, GraphQlKind::Object, Kind::Root, ""};
}

// --- protocol -------------------------------------------------------------------------------

GraphQlProtocol::GraphQlProtocol()
    : m_reader(std::make_unique<JsonReader>())
{ }

GraphQlProtocol::~GraphQlProtocol() = default;

std::vector<QByteArray> GraphQlProtocol::openingFrames() const
{
    QByteArray init = "{\"type\":\"connection_init\"";
    if (!m_initPayload.isEmpty())
        init += ",\"payload\":" + m_initPayload;
    init += '}';
    return {init};
}

QString GraphQlProtocol::operationLabel(const QString &query, const QString &operationName)
{
    if (!operationName.isEmpty())
        return operationName;
    static const QRegularExpression named(u"^\\s*subscription\\s+([_A-Za-z][_0-9A-Za-z]*)"_s);
    if (const auto m = named.match(query); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression firstField(u"\\{\\s*([_A-Za-z][_0-9A-Za-z]*)"_s);
    if (const auto m = firstField.match(query); m.hasMatch())
        return m.captured(1);
    return u"subscription"_s;
}

std::vector<FrameTemplate> GraphQlProtocol::frameTemplates() const
{
    // graphql-transport-ws (PROTOCOL.md): the client's messages.
    return {{Tr::tr("Subscribe"),
                    R"({"id": "9", "type": "subscribe", "payload": {"query": "subscription { prices { id symbol price } }"}})"},
            {Tr::tr("Complete (unsubscribe)"), R"({"id": "9", "type": "complete"})"},
            {Tr::tr("Ping"), R"({"type": "ping"})"}, {Tr::tr("Pong"), R"({"type": "pong"})"}};
}

std::optional<SubscriptionRequest> GraphQlProtocol::subscription(
        const QString &specText, QString *error)
{
    const QString spec = specText.trimmed();
    QString query;
    QString operationName;
    OValue variables;
    // A JSON object with its query ({"query": …, "variables": …, "operationName": …}), or the
    // query itself (GraphQL text is never a JSON object).
    if (auto o = spec.startsWith(u'{') ? OValue::fromJson(spec.toUtf8()) : std::nullopt;
            o && o->isObject()) {
        if (!o->value(u"query").isString()) {
            if (error)
                *error = Tr::tr("a subscription is a GraphQL query, or a JSON object with its "
                                "\"query\" (and \"variables\", \"operationName\")");
            return std::nullopt;
        }
        query = o->value(u"query").toString();
        operationName = o->value(u"operationName").toString();
        variables = o->value(u"variables");
        if (!variables.isNull() && !variables.isObject()) {
            if (error)
                *error = Tr::tr("\"variables\" must be a JSON object");
            return std::nullopt;
        }
    } else {
        query = spec;
    }
    if (!query.contains(u'{')) {
        if (error)
            *error = Tr::tr("not a GraphQL query: \"%1\"").arg(query.left(60));
        return std::nullopt;
    }
    if (variables.isNull() && !m_defaultVariables.isEmpty()) {
        auto v = OValue::fromJson(m_defaultVariables);
        if (!v || !v->isObject()) {
            if (error)
                *error = Tr::tr("the variables must be a JSON object");
            return std::nullopt;
        }
        variables = *v;
    }
    QString id = m_ids.value(spec);
    if (id.isEmpty()) {
        id = QString::number(m_nextId++);
        m_ids.insert(spec, id);
    }
    OValue payload = OValue::object({{u"query"_s, query}});
    if (!variables.isNull())
        payload.insert(u"variables"_s, variables);
    if (!operationName.isEmpty())
        payload.insert(u"operationName"_s, operationName);
    SubscriptionRequest r;
    r.key = u"#%1 %2"_s.arg(id, operationLabel(query, operationName));
    r.correlationId = id;
    r.subscribeFrame =
            OValue::object({{u"id"_s, id}, {u"type"_s, u"subscribe"_s}, {u"payload"_s, payload}})
                    .toJson();
    r.unsubscribeFrame = OValue::object({{u"id"_s, id}, {u"type"_s, u"complete"_s}}).toJson();
    return r;
}

QString GraphQlProtocol::subscriptionSyntax() const
{
    return Tr::tr("a GraphQL subscription, e.g. subscription { prices { id symbol price } }");
}

QString GraphQlProtocol::subscriptionNote(int) const
{
    return Tr::tr("A GraphQL subscription is pending until its first result (next), refused by "
                  "an error, and ended when the server completes it. Its result's lists of "
                  "objects with an id become its rows.");
}

void GraphQlProtocol::decode(const Frame &frame, DecodeResult &out)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    if (frame.binary) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("binary frame");
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
    const auto type = Json::string(m, "type");
    if (!type) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("a message without a type");
        return;
    }
    msg.type = QByteArray(type->data(), qsizetype(type->size()));
    if (*type == "connection_ack") {
        msg.status = MessageStatus::Control;
        out.events.emplace_back(SessionEvent::Type::Authenticated);
        return;
    }
    if (*type == "ping") {
        // Answered at once (the protocol says "as soon as possible").
        msg.status = MessageStatus::Control;
        out.replies.push_back(QByteArrayLiteral("{\"type\":\"pong\"}"));
        return;
    }
    if (*type == "pong") {
        msg.status = MessageStatus::Control;
        return;
    }
    if (*type != "next" && *type != "error" && *type != "complete") {
        msg.status = MessageStatus::Unknown;
        msg.error = Tr::tr("unknown message type %1").arg(Json::qstr(*type));
        return;
    }
    const auto id = Json::idText(m, "id");
    if (!id) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("%1 without an id").arg(Json::qstr(*type));
        return;
    }
    if (*type == "complete") {
        msg.status = MessageStatus::Control;
        SessionEvent e(SessionEvent::Type::SubscriptionEnded);
        e.correlationId = *id;
        out.events.push_back(std::move(e));
        return;
    }
    const auto payload = Json::member(m, "payload");
    if (*type == "error") {
        msg.status = MessageStatus::Error;
        msg.error = payload ? errorMessages(*payload) : Tr::tr("an error without a payload");
        SessionEvent e(SessionEvent::Type::SubscriptionError);
        e.correlationId = *id;
        e.text = msg.error;
        out.events.push_back(std::move(e));
        return;
    }
    // next: the latest result of the subscription.
    Object result;
    if (!payload || payload->get_object().get(result)) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("next without a result object");
        return;
    }
    SessionEvent confirmed(SessionEvent::Type::SubscriptionConfirmed);
    confirmed.correlationId = *id;
    out.events.push_back(std::move(confirmed));
    if (auto errors = Json::member(result, "errors"))
        msg.error = errorMessages(*errors); // a partial result still carries its data
    const auto dataElement = Json::member(result, "data");
    Object data;
    if (!dataElement || dataElement->get_object().get(data)) {
        if (!msg.error.isEmpty())
            msg.status = MessageStatus::Error;
        return;
    }
    const NodeRef subscription {GraphQlKind::Subscription, *id, {}};
    Change c = makeUpsert(GraphQlKind::Subscription, *id, {}, {}, Json::toRaw(data), frame);
    c.replace = true; // the latest result, whole
    out.changes.push_back(std::move(c));
    std::vector<std::pair<EntityId, Object>> objects;
    findListedObjects(*dataElement, objects);
    if (objects.empty())
        return;
    QStringList ids;
    ids.reserve(qsizetype(objects.size()));
    for (auto &[objectId, object] : objects) {
        Change o = makeUpsert(
                GraphQlKind::Object, objectId, *id, subscription, Json::toRaw(object), frame);
        o.replace = true; // an object in the latest list is its whole state
        out.changes.push_back(std::move(o));
        ids << objectId.toString();
    }
    // An object gone from the latest lists is deleted.
    Change gone;
    gone.op = Change::Op::RemoveChildren;
    gone.node = subscription;
    gone.childKind = GraphQlKind::Object;
    gone.ids = ids;
    gone.seq = frame.seq;
    gone.wallMs = frame.wallMs;
    out.changes.push_back(std::move(gone));
}

QString GraphQlProtocol::summarize(QByteArrayView frame)
{
    Element root;
    Object m;
    if (Json::parse(m_reader->parser(), frame, root) || root.get_object().get(m))
        return QString::fromUtf8(frame.first(std::min<qsizetype>(frame.size(), 160)));
    const QString type = Json::qstr(Json::string(m, "type").value_or("?"));
    const QString id = Json::idText(m, "id").value_or(QString());
    QString s = id.isEmpty() ? type : type + u" #"_s + id;
    const auto payload = Json::member(m, "payload");
    Object o;
    if (type == u"next" && payload && !payload->get_object().get(o)) {
        Object data;
        if (auto d = Json::member(o, "data"); d && !d->get_object().get(data)) {
            QStringList fields;
            for (auto field : data)
                fields << Json::qstr(field.key);
            s += u": "_s + fields.join(u", "_s);
        }
    } else if (type == u"error" && payload) {
        s += u": "_s + errorMessages(*payload);
    } else if (type == u"subscribe" && payload && !payload->get_object().get(o)) {
        s += u": "_s
                + operationLabel(Json::qstr(Json::string(o, "query").value_or("")),
                        Json::qstr(Json::string(o, "operationName").value_or("")));
    }
    return s;
}

} // namespace Feedscope
