// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingformat.h"

#include <functional>

#include <QDateTime>
#include <QTimeZone>

#include "feeds/registry.h"
#include "json/jsondom.h"
#include "json/jsonreader.h"
#include "model/entitystore.h"
#include "session/feedconfig.h"
#include "util/secrets.h"

using namespace Qt::StringLiterals;

namespace Feedscope::RecordingFormat {

namespace {

void appendTimes(QByteArray &line, qint64 wallMs, qint64 ns)
{
    line.append(",\"t\":");
    line.append(QByteArray::number(wallMs));
    if (ns >= 0) {
        line.append(",\"ns\":");
        line.append(QByteArray::number(ns));
    }
}

// Writes the object o's members after "{" of line (without the braces).
void appendMembers(QByteArray &line, const OValue &o)
{
    const QByteArray json = o.toJson();
    line.append(QByteArrayView(json).sliced(1, json.size() - 2));
}

QString stringOf(Json::Object o, std::string_view key)
{
    return Json::qstr(Json::string(o, key).value_or(std::string_view()));
}

} // namespace

OValue connectionSettings(const FeedConfig &c)
{
    OValue o = OValue::object();
    o.insert(u"name"_s, c.name);
    o.insert(u"feed"_s, c.feedId());
    if (!c.baseUrl.isEmpty())
        o.insert(u"baseUrl"_s, Secrets::redactUrl(c.baseUrl));
    if (!c.webSocketUrl.isEmpty())
        o.insert(u"webSocketUrl"_s, Secrets::redactUrl(c.webSocketUrl));
    o.insert(u"auth"_s, c.auth);
    if (!c.user.isEmpty())
        o.insert(u"user"_s, c.user);
    if (!c.origin.isEmpty())
        o.insert(u"origin"_s, c.origin);
    if (!c.headers.isEmpty()) {
        OValue headers = OValue::array();
        for (const auto &h : c.headers) {
            headers.append(OValue::object({{u"name"_s, QString::fromUtf8(h.first)},
                    {u"value"_s,
                            QString::fromUtf8(Secrets::redactHeaderValue(h.first, h.second))}}));
        }
        o.insert(u"headers"_s, std::move(headers));
    }
    OValue subscriptions = OValue::array();
    for (const QString &s : c.subscriptions)
        subscriptions.append(s);
    o.insert(u"subscriptions"_s, std::move(subscriptions));
    if (!c.options.isEmpty()) {
        OValue options = OValue::object();
        for (auto it = c.options.cbegin(); it != c.options.cend(); ++it) {
            const QString value = Secrets::isSecretName(it.key())
                    ? Secrets::Mask
                    : QString::fromUtf8(Secrets::redactJson(it.value().toUtf8()));
            options.insert(it.key(), Secrets::redactText(value));
        }
        o.insert(u"options"_s, std::move(options));
    }
    o.insert(u"snapshot"_s, c.snapshot);
    return o;
}

bool applyConnectionSettings(const OValue &s, FeedConfig &c)
{
    const FeedDescriptor *feed = Feeds::find(s.value(u"feed").toString());
    if (!feed)
        return false;
    c = FeedConfig::defaults(*feed);
    c.name = s.value(u"name").toString();
    c.baseUrl = QUrl(s.value(u"baseUrl").toString());
    c.webSocketUrl = QUrl(s.value(u"webSocketUrl").toString());
    const QString auth = s.value(u"auth").toString();
    if (feed->authMode(auth))
        c.auth = auth;
    c.user = s.value(u"user").toString();
    c.origin = s.value(u"origin").toString();
    c.subscriptions.clear();
    for (const OValue &v : s.value(u"subscriptions").items())
        c.subscriptions << v.toString();
    for (const auto &[key, value] : s.value(u"options").members())
        c.options.insert(key, value.toString());
    c.snapshot = s.value(u"snapshot").toBool(true);
    return true;
}

Secrets::KnownValues knownSecrets(const FeedConfig &config)
{
    return config.secretValues();
}

QByteArray headerLine(const Header &h)
{
    OValue o = OValue::object({{u"feedscope"_s, u"recording"_s}, {u"version"_s, h.version},
            {u"feed"_s, h.feed}, {u"app"_s, h.app}, {u"qt"_s, h.qt},
            {u"started"_s,
                    QDateTime::fromMSecsSinceEpoch(h.startedMs, QTimeZone::utc())
                            .toString(Qt::ISODateWithMs)},
            {u"startedMs"_s, h.startedMs}});
    if (!h.connection.isNull())
        o.insert(u"connection"_s, h.connection);
    return o.toJson() + '\n';
}

QByteArray frameLine(const Frame &frame, qint64 ns)
{
    QByteArray line;
    line.reserve(frame.bytes.size() + 96);
    line.append("{\"seq\":");
    line.append(QByteArray::number(frame.seq));
    appendTimes(line, frame.wallMs, ns);
    line.append(frame.dir == Direction::In ? ",\"dir\":\"in\"" : ",\"dir\":\"out\"");
    line.append(",\"frame\":");
    if (frame.binary) {
        writeJsonString(line, frame.bytes.toBase64());
        line.append(",\"binary\":true");
    } else {
        writeJsonString(line, Secrets::redactJson(frame.bytes));
    }
    line.append("}\n");
    return line;
}

OValue restCallJson(const RestCall &call)
{
    OValue o = OValue::object({{u"tag"_s, call.tag},
            {u"method"_s, QString::fromLatin1(call.method)}, {u"path"_s, call.path}});
    if (!call.body.isEmpty())
        o.insert(u"body"_s, QString::fromUtf8(Secrets::redactJson(call.body)));
    if (!call.scope.isEmpty())
        o.insert(u"scope"_s, call.scope);
    if (call.page != 0)
        o.insert(u"page"_s, call.page);
    if (!call.target.isEmpty())
        o.insert(u"target"_s, call.target);
    return o;
}

RestCall restCallFrom(const OValue &o)
{
    RestCall c;
    c.tag = o.value(u"tag").toString();
    c.method = o.value(u"method").toString(u"GET"_s).toLatin1();
    c.path = o.value(u"path").toString();
    c.body = o.value(u"body").toString().toUtf8();
    c.scope = o.value(u"scope").toString();
    c.page = o.value(u"page").toInt();
    c.target = o.value(u"target").toString();
    return c;
}

QByteArray snapshotLine(const std::vector<RestCall> &calls, qint64 wallMs, qint64 ns)
{
    OValue list = OValue::array();
    for (const RestCall &c : calls)
        list.append(restCallJson(c));
    QByteArray line = "{\"snapshot\":" + list.toJson();
    appendTimes(line, wallMs, ns);
    line.append("}\n");
    return line;
}

QByteArray restLine(const RestCall &call, int status, QByteArrayView body, const QString &error,
        qint64 wallMs, qint64 ns)
{
    QByteArray line;
    line.reserve(body.size() + 256);
    line.append("{\"rest\":");
    line.append(restCallJson(call).toJson());
    line.append(",\"status\":");
    line.append(QByteArray::number(status));
    if (!error.isEmpty()) {
        line.append(",\"error\":");
        writeJsonString(line, Secrets::redactText(error), OValue::Style::Compact);
    }
    line.append(",\"answer\":");
    writeJsonString(line, Secrets::redactJson(body.toByteArray()));
    appendTimes(line, wallMs, ns);
    line.append("}\n");
    return line;
}

QByteArray subscriptionLine(
        const QString &key, const QString &state, const QString &note, qint64 wallMs, qint64 ns)
{
    OValue o = OValue::object({{u"subscription"_s, key}, {u"state"_s, state}});
    if (!note.isEmpty())
        o.insert(u"note"_s, Secrets::redactText(note));
    QByteArray line = "{";
    appendMembers(line, o);
    appendTimes(line, wallMs, ns);
    line.append("}\n");
    return line;
}

QByteArray phaseLine(const QString &phase, const QString &text, qint64 wallMs, qint64 ns)
{
    OValue o = OValue::object({{u"phase"_s, phase}});
    if (!text.isEmpty())
        o.insert(u"text"_s, Secrets::redactText(text));
    QByteArray line = "{";
    appendMembers(line, o);
    appendTimes(line, wallMs, ns);
    line.append("}\n");
    return line;
}

QByteArray stateLine(const EntityStore &store, qint64 wallMs, qint64 ns)
{
    const KindTable &kinds = store.schema().kinds();
    QByteArray line = "{\"state\":[";
    bool first = true;
    auto refJson = [&](QByteArray &out, const NodeRef &ref) {
        out.append("{\"kind\":");
        out.append(QByteArray::number(int(ref.kind)));
        out.append(",\"id\":");
        writeJsonString(out, ref.id.toString(), OValue::Style::Compact);
        if (!ref.scope.isEmpty()) {
            out.append(",\"scope\":");
            writeJsonString(out, ref.scope.toString(), OValue::Style::Compact);
        }
        out.append('}');
    };
    std::function<void(NodeId)> walk = [&](NodeId parent) {
        for (NodeId id : store.node(parent).children) {
            const EntityStore::Node &n = store.node(id);
            if (!first)
                line.append(',');
            first = false;
            line.append("{\"entity\":");
            refJson(line, n.ref);
            line.append(",\"name\":");
            writeJsonString(line, kinds.name(n.kind), OValue::Style::Compact);
            if (n.parent != RootNode && n.parent != NoNode) {
                line.append(",\"parent\":");
                refJson(line, store.node(n.parent).ref);
            }
            if (n.deleted)
                line.append(",\"deleted\":true");
            if (n.placeholder)
                line.append(",\"placeholder\":true");
            if (!n.placeholder) {
                line.append(",\"data\":");
                line.append(Secrets::redactJson(n.data.json()));
            }
            line.append('}');
            walk(id);
        }
    };
    walk(RootNode);
    line.append(']');
    appendTimes(line, wallMs, ns);
    line.append("}\n");
    return line;
}

namespace {
std::optional<NodeRef> refFrom(Json::Element e)
{
    Json::Object o;
    if (e.get_object().get(o))
        return std::nullopt;
    const auto kind = Json::integer(o, "kind");
    const auto id = Json::entityId(o, "id");
    if (!kind || *kind <= 0 || *kind > 255 || !id)
        return std::nullopt;
    NodeRef r;
    r.kind = Kind(quint8(*kind));
    r.id = *id;
    if (auto scope = Json::entityId(o, "scope"))
        r.scope = *scope;
    return r;
}
} // namespace

bool parseLine(
        JsonReader &reader, QByteArrayView raw, Event &event, quint64 &lastSeq, QString *error)
{
    QByteArrayView line = raw.trimmed();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (line.isEmpty())
        return fail(u"an empty line"_s);
    Json::Element root;
    Json::Object o;
    if (auto e = Json::parse(reader.parser(), line, root))
        return fail(Json::errorText(e));
    if (root.get_object().get(o))
        return fail(u"not a JSON object"_s);
    event = Event();
    event.wallMs = Json::integer(o, "t").value_or(0);
    event.ns = Json::integer(o, "ns").value_or(-1);

    if (auto kind = Json::string(o, "feedscope"); kind && *kind == "recording") {
        event.type = Event::Type::Header;
        Header &h = event.header;
        h.present = true;
        h.version = int(Json::integer(o, "version").value_or(0));
        h.feed = stringOf(o, "feed");
        h.app = stringOf(o, "app");
        h.qt = stringOf(o, "qt");
        h.startedMs = Json::integer(o, "startedMs").value_or(0);
        if (auto c = Json::member(o, "connection"))
            h.connection = Json::toOValue(*c);
        return true;
    }
    const bool hasFrame = Json::member(o, "frame").has_value();
    const bool hasMsg = Json::member(o, "msg").has_value();
    if (hasFrame || hasMsg) {
        event.type = Event::Type::Frame;
        Frame &f = event.frame;
        const auto dir = Json::string(o, "dir");
        f.dir = dir && *dir == "out" ? Direction::Out : Direction::In;
        if (auto s = Json::integer(o, "seq"); s && *s > 0)
            lastSeq = quint64(*s);
        else
            ++lastSeq;
        f.seq = lastSeq;
        f.wallMs = event.wallMs;
        f.monotonicNs = std::max<qint64>(event.ns, 0);
        if (hasFrame) {
            const Json::Element frame = *Json::member(o, "frame");
            if (auto text = Json::string(frame)) {
                f.bytes = QByteArray(text->data(), qsizetype(text->size()));
                if (Json::boolean(o, "binary").value_or(false)) {
                    f.binary = true;
                    f.bytes = QByteArray::fromBase64(f.bytes);
                }
            } else {
                f.bytes = Json::compact(frame); // a frame written as JSON itself
            }
        } else {
            f.bytes = Json::compact(*Json::member(o, "msg")); // a fixture transcript
        }
        return true;
    }
    if (auto calls = Json::array(o, "snapshot")) {
        event.type = Event::Type::Snapshot;
        for (Json::Element c : *calls)
            event.calls.push_back(restCallFrom(Json::toOValue(c)));
        return true;
    }
    if (auto rest = Json::member(o, "rest")) {
        event.type = Event::Type::Rest;
        event.call = restCallFrom(Json::toOValue(*rest));
        event.status = int(Json::integer(o, "status").value_or(0));
        event.error = stringOf(o, "error");
        if (auto answer = Json::string(o, "answer"))
            event.body = QByteArray(answer->data(), qsizetype(answer->size()));
        return true;
    }
    if (auto entities = Json::array(o, "state")) {
        event.type = Event::Type::State;
        Changes removals;
        for (Json::Element e : *entities) {
            Json::Object entity;
            if (e.get_object().get(entity))
                continue;
            const auto ref = Json::member(entity, "entity")
                    ? refFrom(*Json::member(entity, "entity"))
                    : std::nullopt;
            if (!ref)
                continue;
            Change c;
            c.node = *ref;
            if (auto parent = Json::member(entity, "parent")) {
                if (auto p = refFrom(*parent))
                    c.parent = *p;
            }
            c.wallMs = event.wallMs;
            Json::Object data;
            if (auto d = Json::member(entity, "data"); d && !d->get_object().get(data)) {
                c.op = Change::Op::Upsert;
                c.data = Json::toRaw(data);
                c.replace = true;
            } else {
                c.op = Change::Op::Ensure;
            }
            if (Json::boolean(entity, "deleted").value_or(false)) {
                Change r;
                r.op = Change::Op::Remove;
                r.node = c.node;
                r.wallMs = event.wallMs;
                removals.push_back(std::move(r));
            }
            event.changes.push_back(std::move(c));
        }
        std::move(removals.begin(), removals.end(), std::back_inserter(event.changes));
        return true;
    }
    if (auto key = Json::string(o, "subscription")) {
        event.type = Event::Type::Subscription;
        event.key = Json::qstr(*key);
        event.state = stringOf(o, "state");
        event.note = stringOf(o, "note");
        return true;
    }
    if (auto phase = Json::string(o, "phase")) {
        event.type = Event::Type::Phase;
        event.key = Json::qstr(*phase);
        event.state = stringOf(o, "text");
        return true;
    }
    event.type = Event::Type::Unknown;
    return true; // a later version's event: skipped, not an error
}

} // namespace Feedscope::RecordingFormat
