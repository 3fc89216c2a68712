// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apipageprotocol.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>

#include "json/jsondom.h"
#include "json/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::ApiPageProtocol)
};

using Json::Element;
using Json::Object;

namespace {
constexpr QByteArrayView ZeroTime = "\"0001-01-01T00:00:00Z\"";

// The object without a zero createdAt (Go's zero time in updates: keep the previous one).
RawObject withoutZeroCreatedAt(RawObject raw)
{
    if (auto v = raw.value("createdAt"); v && *v == ZeroTime)
        return raw.without("createdAt");
    return raw;
}

void upsertEvent(
        Object event, const Frame &frame, DecodedMessage &msg, Changes &out, bool withFields)
{
    auto id = Json::entityId(event, "id");
    if (!id) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("event without an id");
        return;
    }
    out.push_back(makeUpsert(ApiPageKind::Event, *id, {}, {},
            withoutZeroCreatedAt(Json::toRaw(event).without("fields")), frame));
    if (!withFields)
        return;
    auto fieldsEl = Json::member(event, "fields");
    QStringList keep;
    if (fieldsEl && !fieldsEl->is_null()) {
        Json::Array fields;
        if (fieldsEl->get_array().get(fields)) {
            msg.status = MessageStatus::Invalid;
            msg.error = Tr::tr("event %1: fields is not a list").arg(id->toString());
            return;
        }
        int position = 0;
        for (Element f : fields) {
            Object fo;
            if (f.get_object().get(fo)) {
                msg.status = MessageStatus::Invalid;
                msg.error = Tr::tr("event %1: a field is not an object").arg(id->toString());
                ++position;
                continue;
            }
            const QString pos = QString::number(position++);
            Change c = makeUpsert(ApiPageKind::EventField, pos, *id,
                    NodeRef {ApiPageKind::Event, *id, {}}, withoutZeroCreatedAt(Json::toRaw(fo)),
                    frame);
            c.replace = true;
            out.push_back(std::move(c));
            keep << pos;
        }
    }
    // Fields past the new list's end are gone.
    Change trim;
    trim.op = Change::Op::RemoveChildren;
    trim.node = NodeRef {ApiPageKind::Event, *id, {}};
    trim.childKind = ApiPageKind::EventField;
    trim.ids = keep;
    trim.seq = frame.seq;
    trim.wallMs = frame.wallMs;
    out.push_back(std::move(trim));
}

void upsertPage(Object page, const Frame &frame, DecodedMessage &msg, Changes &out)
{
    auto id = Json::entityId(page, "id");
    if (!id) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("page without an id");
        return;
    }
    out.push_back(makeUpsert(
            ApiPageKind::Page, *id, {}, {}, withoutZeroCreatedAt(Json::toRaw(page)), frame));
}
} // namespace

ApiPageProtocol::ApiPageProtocol()
    : m_reader(std::make_unique<JsonReader>())
{ }

ApiPageProtocol::~ApiPageProtocol() = default;

void ApiPageProtocol::decode(const Frame &frame, DecodeResult &out)
{
    if (frame.binary) {
        out.messages.push_back({QByteArray(), MessageStatus::Malformed, Tr::tr("binary frame")});
        return;
    }
    // The server joins queued messages with "\n" in one frame (ws/client.go writePump).
    const QByteArrayView bytes(frame.bytes);
    qsizetype start = 0;
    bool any = false;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView piece = bytes.sliced(start, end - start).trimmed();
        if (!piece.isEmpty()) {
            decodeMessage(piece, frame, out);
            any = true;
        }
        start = end + 1;
    }
    if (!any)
        out.messages.push_back({QByteArray(), MessageStatus::Malformed, Tr::tr("empty frame")});
}

void ApiPageProtocol::decodeMessage(QByteArrayView text, const Frame &frame, DecodeResult &out)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    Element root;
    if (auto err = Json::parse(m_reader->parser(), text, root)) {
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
    auto event = Json::string(m, "event");
    if (!event) {
        msg.status = MessageStatus::Unknown;
        msg.error = Tr::tr("no \"event\"");
        return;
    }
    msg.type = QByteArray(event->data(), qsizetype(event->size()));
    auto data = Json::object(m, "data");
    const std::string_view e = *event;
    const bool known = e == "ap_event_created" || e == "ap_event_updated" || e == "ap_event_deleted"
            || e == "ap_page_created" || e == "ap_page_updated" || e == "ap_page_deleted";
    if (!known) {
        msg.status = MessageStatus::Unknown;
        return;
    }
    if (!data) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("%1 without data").arg(QString::fromUtf8(msg.type));
        return;
    }
    if (e == "ap_event_deleted" || e == "ap_page_deleted") {
        auto id = Json::entityId(*data, "id");
        if (!id) {
            msg.status = MessageStatus::Invalid;
            msg.error = Tr::tr("%1 without an id").arg(QString::fromUtf8(msg.type));
            return;
        }
        out.changes.push_back(makeRemove(
                e == "ap_event_deleted" ? ApiPageKind::Event : ApiPageKind::Page, *id, {}, frame));
        return;
    }
    const bool isEvent = e.substr(0, 8) == "ap_event";
    auto obj = Json::object(*data, isEvent ? "event" : "page");
    if (!obj) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("%1 without data.%2")
                            .arg(QString::fromUtf8(msg.type), isEvent ? u"event"_s : u"page"_s);
        return;
    }
    if (isEvent)
        upsertEvent(*obj, frame, msg, out.changes, true);
    else
        upsertPage(*obj, frame, msg, out.changes);
}

QString ApiPageProtocol::summarize(QByteArrayView frame)
{
    // A batch is one message a line. The summary is one line of the log: the first
    // SummaryMessages messages, each cut to SummaryChars, then how many more there are.
    constexpr int SummaryMessages = 20;
    constexpr qsizetype SummaryChars = 160;
    QStringList parts;
    qsizetype start = 0;
    while (start <= frame.size() && parts.size() < SummaryMessages) {
        qsizetype end = frame.indexOf('\n', start);
        if (end < 0)
            end = frame.size();
        const QByteArrayView piece = frame.sliced(start, end - start);
        start = end + 1;
        Element root;
        Object m;
        if (Json::parse(m_reader->parser(), piece, root) || root.get_object().get(m)) {
            parts << QString::fromUtf8(piece.first(std::min<qsizetype>(piece.size(), 80)));
            continue;
        }
        QString s = Json::qstr(Json::string(m, "event").value_or(""));
        if (auto data = Json::object(m, "data")) {
            if (auto ev = Json::object(*data, "event"))
                s += u' ' + Json::idText(*ev, "id").value_or(QString()) + u' '
                        + Json::qstr(Json::string(*ev, "constant").value_or(""));
            else if (auto pg = Json::object(*data, "page"))
                s += u' ' + Json::idText(*pg, "id").value_or(QString()) + u" \""_s
                        + Json::qstr(Json::string(*pg, "title").value_or("")) + u'"';
            else if (auto id = Json::idText(*data, "id"))
                s += u' ' + *id;
        }
        if (s.size() > SummaryChars)
            s = s.first(SummaryChars - 1) + u'\u2026';
        parts << s;
    }
    if (start <= frame.size()) {
        const auto rest = frame.sliced(start);
        const int more = int(std::min<qsizetype>(
                std::count(rest.begin(), rest.end(), '\n') + 1, std::numeric_limits<int>::max()));
        parts << Tr::tr("… %n more", nullptr, more);
    }
    return parts.join(u"  |  "_s);
}

std::vector<RestCall> ApiPageProtocol::initialSnapshot() const
{
    return {RestCall::get(u"events"_s, u"/api/events?limit=-1"_s, u"initial"_s),
            RestCall::get(u"pages"_s, u"/api/pages?limit=-1"_s, u"initial"_s)};
}

std::optional<RestCall> ApiPageProtocol::detailsCall(const NodeLookup &tree, NodeId node) const
{
    const Kind kind = tree.kindOf(node);
    const QString id = tree.refOf(node).id.toString();
    if (kind == ApiPageKind::Event)
        return RestCall::get(u"event"_s, u"/api/events/"_s + id, u"details"_s);
    if (kind == ApiPageKind::Page)
        return RestCall::get(u"page"_s, u"/api/pages/"_s + id, u"details"_s);
    return std::nullopt;
}

void ApiPageProtocol::decodeRest(const RestCall &call, int status, QByteArrayView body,
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
    Object m;
    if (Json::parse(m_reader->parser(), body, root) || root.get_object().get(m)) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("%1: not a JSON object").arg(call.path);
        return;
    }
    Frame snapshot;
    if (call.tag == u"events" || call.tag == u"pages") {
        auto list = Json::array(m, "data");
        if (!list) {
            msg.status = MessageStatus::Invalid;
            msg.error = Tr::tr("%1: no data list").arg(call.path);
            return;
        }
        const bool events = call.tag == u"events";
        for (Element e : *list) {
            Object o;
            if (e.get_object().get(o))
                continue;
            // The list lacks description and fields (events) or text (pages): fetch each.
            if (events)
                upsertEvent(o, snapshot, msg, out.changes, false);
            else
                upsertPage(o, snapshot, msg, out.changes);
            if (auto id = Json::idText(o, "id"))
                more.push_back(RestCall::get(events ? u"event"_s : u"page"_s,
                        (events ? u"/api/events/"_s : u"/api/pages/"_s) + *id, call.scope));
        }
        return;
    }
    auto data = Json::object(m, "data");
    if (!data) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("%1: no data").arg(call.path);
        return;
    }
    if (call.tag == u"event")
        upsertEvent(*data, snapshot, msg, out.changes, true);
    else
        upsertPage(*data, snapshot, msg, out.changes);
}

// --- schema ---------------------------------------------------------------------------------

namespace {
constexpr KindInfo Kinds[] = {
        {ApiPageKind::Event, "event", QT_TRANSLATE_NOOP("Feedscope::Kind", "Events"), "event"},
        {ApiPageKind::EventField, "field", QT_TRANSLATE_NOOP("Feedscope::Kind", "Fields"),
                "column"},
        {ApiPageKind::Page, "page", QT_TRANSLATE_NOOP("Feedscope::Kind", "Pages"), "document"},
};
} // namespace

const KindTable &ApiPageSchema::kinds() const
{
    static const KindTable table {Kinds};
    return table;
}

QString ApiPageSchema::label(const NodeLookup &tree, NodeId id) const
{
    const NodeRef &ref = tree.refOf(id);
    const RawObject &d = tree.dataOf(id);
    switch (int(tree.kindOf(id))) { // int: feed kinds are numbers of the feed
    case int(ApiPageKind::Event): {
        const QString constant = d.string("constant").value_or(QString());
        const QString label = d.string("label").value_or(QString());
        QString s = constant.isEmpty() ? u"event %1"_s.arg(ref.id.toString()) : constant;
        if (!label.isEmpty())
            s += u" · "_s + label;
        return s;
    }
    case int(ApiPageKind::EventField): {
        const QString key = d.string("key").value_or(QString());
        const QString type = d.string("type").value_or(QString());
        QString s = key.isEmpty() ? Tr::tr("(field %1)").arg(ref.id.toString().toInt() + 1) : key;
        if (!type.isEmpty())
            s += u": "_s + type;
        if (d.boolean("required").value_or(false))
            s += u" *"_s;
        return s;
    }
    case int(ApiPageKind::Page): {
        const QString title = d.string("title").value_or(QString());
        return title.isEmpty() ? u"page %1"_s.arg(ref.id.toString()) : title;
    }
    default:
        return NodeSchema::label(tree, id);
    }
}

} // namespace Feedscope
