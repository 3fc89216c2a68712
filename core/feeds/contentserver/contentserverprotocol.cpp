// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentserverprotocol.h"

#include <QCoreApplication>
#include <QDateTime>

#include "json/jsondom.h"
#include "json/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

// Translation context for the free functions of this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::ContentServerProtocol)
};

using Json::Element;
using Json::Object;

namespace {
void ensureAncestors(const QString &path, const Frame &frame, Changes &out)
{
    // From the top down, so each placeholder's parent exists when it is made. ContentServer
    // creates the missing folders of a deep path: a removed one exists again.
    QStringList chain;
    for (QString p = ContentServerProtocol::parentPath(path); !p.isEmpty();
            p = ContentServerProtocol::parentPath(p))
        chain.prepend(p);
    QString parent;
    for (const QString &p : chain) {
        Change c;
        c.op = Change::Op::Ensure;
        c.node = NodeRef {ContentServerKind::Directory, p, {}};
        c.revive = true;
        if (!parent.isEmpty())
            c.parent = NodeRef {ContentServerKind::Directory, parent, {}};
        c.seq = frame.seq;
        c.wallMs = frame.wallMs;
        out.push_back(std::move(c));
        parent = p;
    }
}

NodeRef parentRef(const QString &path)
{
    const QString p = ContentServerProtocol::parentPath(path);
    return p.isEmpty() ? NodeRef {} : NodeRef {ContentServerKind::Directory, p, {}};
}

void upsertEntry(const QString &path, Object entry, const Frame &frame, Changes &out)
{
    ensureAncestors(path, frame, out);
    const bool dir = Json::boolean(entry, "isDirectory").value_or(false);
    Change c = makeUpsert(dir ? ContentServerKind::Directory : ContentServerKind::File, path, {},
            parentRef(path), Json::toRaw(entry), frame);
    c.replace = true; // an ADD without content means "not loaded", not "unchanged"
    out.push_back(std::move(c));
}

void walkTree(const QString &path, Object node, const Frame &frame, Changes &out)
{
    if (!ContentServerProtocol::pathProblem(path).isEmpty())
        return; // a tree deeper than the bounds: what is within them is kept
    if (auto entry = Json::object(node, "entry"))
        upsertEntry(path, *entry, frame, out);
    if (auto children = Json::object(node, "children")) {
        for (auto field : *children) {
            Object child;
            if (field.value.get_object().get(child))
                continue;
            const QString name = Json::qstr(field.key);
            walkTree(ContentServerProtocol::normalisePath(QString(path + u'/' + name)), child,
                    frame, out);
        }
    }
}

QString jsonString(const QString &s)
{
    QByteArray out;
    writeJsonString(out, s, OValue::Style::Compact);
    return QString::fromUtf8(out.sliced(1, out.size() - 2));
}
} // namespace

ContentServerProtocol::ContentServerProtocol()
    : m_reader(std::make_unique<JsonReader>())
    , m_subscribe(uR"({"id":"${id}","action":"LISTEN","path":"${path}"})"_s)
    , m_unsubscribe(uR"({"id":"${id}","action":"UNLISTEN","path":"${path}"})"_s)
{ }

ContentServerProtocol::~ContentServerProtocol() = default;

ContentServerProtocol::Action ContentServerProtocol::parseAction(QStringView action)
{
    const QString a = action.toString().toUpper();
    if (a == u"ADD" || a == u"ADDED" || a == u"CREATE" || a == u"CREATED")
        return Action::Added;
    if (a == u"UPDATE" || a == u"UPDATED")
        return Action::Updated;
    if (a == u"REMOVE" || a == u"REMOVED" || a == u"DELETE" || a == u"DELETED")
        return Action::Removed;
    return Action::None;
}

QString ContentServerProtocol::normalisePath(QStringView path)
{
    QString out;
    out.reserve(path.size() + 1);
    for (QStringView seg : path.split(u'/', Qt::SkipEmptyParts)) {
        out += u'/';
        out += seg;
    }
    return out.isEmpty() ? u"/"_s : out;
}

QString ContentServerProtocol::pathProblem(const QString &normalised)
{
    if (const qsizetype segments = normalised.count(u'/'); segments > MaxPathSegments)
        return Tr::tr("a path %1 folders deep (the limit is %2)")
                .arg(segments)
                .arg(MaxPathSegments);
    if (normalised.size() > MaxPathChars)
        return Tr::tr("a path of %1 characters (the limit is %2)")
                .arg(normalised.size())
                .arg(MaxPathChars);
    return {};
}

QString ContentServerProtocol::parentPath(const QString &normalised)
{
    const qsizetype slash = normalised.lastIndexOf(u'/');
    if (slash <= 0)
        return {};
    return normalised.left(slash);
}

void ContentServerProtocol::decode(const Frame &frame, DecodeResult &out)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    Element root;
    if (frame.binary) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("binary frame");
        return;
    }
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
    if (auto action = Json::string(m, "action")) {
        msg.type = QByteArray(action->data(), qsizetype(action->size())).toUpper();
        const Action a = parseAction(Json::qstr(*action));
        auto rawPath = Json::string(m, "path");
        if (!rawPath) {
            msg.status = MessageStatus::Invalid;
            msg.error = Tr::tr("%1 without a path").arg(QString::fromUtf8(msg.type));
            return;
        }
        if (a == Action::None) {
            msg.status = MessageStatus::Unknown;
            msg.error = Tr::tr("unknown action %1").arg(Json::qstr(*action));
            return;
        }
        const QString path = normalisePath(Json::qstr(*rawPath));
        if (const QString problem = pathProblem(path); !problem.isEmpty()) {
            msg.status = MessageStatus::Invalid;
            msg.error = Tr::tr("%1 refused: %2").arg(QString::fromUtf8(msg.type), problem);
            return;
        }
        if (a == Action::Removed) {
            Change c = makeRemove(ContentServerKind::Directory, path, {}, frame);
            c.dropChildren = true;
            out.changes.push_back(std::move(c));
            return;
        }
        auto entry = Json::object(m, "entry");
        if (!entry) {
            msg.status = MessageStatus::Invalid;
            msg.error = Tr::tr("%1 of %2 without an entry").arg(QString::fromUtf8(msg.type), path);
            return;
        }
        upsertEntry(path, *entry, frame, out.changes);
        return;
    }
    if (auto code = Json::integer(m, "statusCode")) {
        msg.type = "status " + QByteArray::number(*code);
        msg.status = *code >= 400 ? MessageStatus::Error : MessageStatus::Control;
        SessionEvent e(SessionEvent::Type::Status);
        e.code = int(*code);
        e.correlationId = Json::idText(m, "id").value_or(QString());
        e.text = Json::qstr(Json::string(m, "instruction").value_or(std::string_view()));
        if (*code >= 400)
            msg.error = u"%1 %2"_s.arg(*code).arg(e.text);
        out.events.push_back(std::move(e));
        return;
    }
    msg.status = MessageStatus::Unknown;
    msg.error = Tr::tr("neither action nor statusCode");
}

QString ContentServerProtocol::subscriptionSpecFor(const NodeLookup &tree, NodeId node) const
{
    return tree.kindOf(node) == ContentServerKind::Directory ? tree.refOf(node).id.toString()
                                                             : QString();
}

QString ContentServerProtocol::summarize(QByteArrayView frame)
{
    Element root;
    Object m;
    if (Json::parse(m_reader->parser(), frame, root) || root.get_object().get(m))
        return QString::fromUtf8(frame.first(std::min<qsizetype>(frame.size(), 160)));
    if (auto action = Json::string(m, "action")) {
        QString s = Json::qstr(*action) + u' ' + Json::qstr(Json::string(m, "path").value_or(""));
        if (auto entry = Json::object(m, "entry")) {
            if (auto editor = Json::string(*entry, "lastEditor"))
                s += Tr::tr(" by %1").arg(Json::qstr(*editor));
            if (Json::member(*entry, "content"))
                s += Tr::tr(" (with content)");
        }
        return s;
    }
    if (auto code = Json::integer(m, "statusCode"))
        return u"%1 %2 %3"_s.arg(*code).arg(Json::qstr(Json::string(m, "instruction").value_or("")),
                Json::idText(m, "id").value_or(QString()));
    return QString::fromUtf8(Json::compact(root)).left(160);
}

void ContentServerProtocol::setTemplates(const QString &subscribe, const QString &unsubscribe)
{
    m_subscribe = subscribe;
    m_unsubscribe = unsubscribe;
}

QString ContentServerProtocol::subscriptionSyntax() const
{
    return Tr::tr("a directory path, e.g. /ui/dashboards (assumed LISTEN/UNLISTEN protocol)");
}

std::optional<SubscriptionRequest> ContentServerProtocol::subscription(
        const QString &spec, QString *error)
{
    QString path = spec.trimmed();
    if (path.startsWith(u"path:"_s))
        path = path.mid(5);
    if (path.isEmpty()) {
        if (error)
            *error = Tr::tr("a path is needed, e.g. /ui/dashboards");
        return std::nullopt;
    }
    path = normalisePath(path);
    SubscriptionRequest r;
    r.key = u"path:"_s + path;
    r.correlationId = u"sub-%1"_s.arg(m_nextId++);
    auto fill = [&](QString t) {
        t.replace(u"${path}"_s, jsonString(path));
        t.replace(u"${id}"_s, jsonString(r.correlationId));
        return t.toUtf8();
    };
    if (!m_subscribe.isEmpty())
        r.subscribeFrame = fill(m_subscribe);
    if (!m_unsubscribe.isEmpty())
        r.unsubscribeFrame = fill(m_unsubscribe);
    return r;
}

std::vector<FrameTemplate> ContentServerProtocol::frameTemplates() const
{
    // The connection's own subscription frames (a setting), filled with an example.
    auto fill = [](QString t) {
        t.replace(u"${path}"_s, jsonString(u"/ui/dashboards"_s));
        t.replace(u"${id}"_s, jsonString(u"sub-1"_s));
        return t.toUtf8();
    };
    std::vector<FrameTemplate> out;
    if (!m_subscribe.isEmpty())
        out.push_back({Tr::tr("Listen to a folder"), fill(m_subscribe)});
    if (!m_unsubscribe.isEmpty())
        out.push_back({Tr::tr("Stop listening to a folder"), fill(m_unsubscribe)});
    return out;
}

std::vector<RestCall> ContentServerProtocol::subscriptionSnapshot(const QString &key) const
{
    if (!key.startsWith(u"path:"_s))
        return {};
    const QString path = normalisePath(key.mid(5));
    return {RestCall::get(u"tree"_s,
            u"/content/rest/v5/files"_s + (path == u"/" ? QString() : path) + u"?recursive=-1"_s,
            key, path)};
}

std::optional<RestCall> ContentServerProtocol::detailsCall(
        const NodeLookup &tree, NodeId node) const
{
    if (tree.kindOf(node) != ContentServerKind::File)
        return std::nullopt;
    const QString path = tree.refOf(node).id.toString();
    return RestCall::get(
            u"tree"_s, u"/content/rest/v5/files"_s + path + u"?recursive=0"_s, u"details"_s, path);
}

void ContentServerProtocol::decodeRest(const RestCall &call, int status, QByteArrayView body,
        DecodeResult &out, std::vector<RestCall> &)
{
    out.messages.emplace_back();
    DecodedMessage &msg = out.messages.back();
    msg.type = call.tag.toUtf8();
    Element root;
    Object m;
    if (status < 200 || status >= 300) {
        msg.status = MessageStatus::Error;
        msg.error = Tr::tr("%1 answered HTTP %2").arg(call.path).arg(status);
        if (!Json::parse(m_reader->parser(), body, root) && !root.get_object().get(m)) {
            if (auto err = Json::object(m, "error")) {
                if (auto chain = Json::array(*err, "errorChain")) {
                    for (Element e : *chain) {
                        Object eo;
                        if (!e.get_object().get(eo)) {
                            msg.error +=
                                    u": "_s + Json::qstr(Json::string(eo, "message").value_or(""));
                            break;
                        }
                    }
                }
            }
        }
        return;
    }
    if (auto err = Json::parse(m_reader->parser(), body, root)) {
        msg.status = MessageStatus::Malformed;
        msg.error = Tr::tr("%1: not JSON: %2").arg(call.path, Json::errorText(err));
        return;
    }
    std::optional<Object> data;
    if (!root.get_object().get(m))
        data = Json::object(m, "data");
    if (!data) {
        msg.status = MessageStatus::Invalid;
        msg.error = Tr::tr("%1: no data").arg(call.path);
        return;
    }
    Frame snapshot;
    walkTree(normalisePath(call.target), *data, snapshot, out.changes);
}

QString ContentServerProtocol::subscriptionNote(int) const
{
    return Tr::tr("ContentServer's subscription messages are not public: Feedscope sends an "
                  "assumed LISTEN/UNLISTEN protocol (configurable per connection, or none when "
                  "the server streams everything).");
}

// --- schema ---------------------------------------------------------------------------------

namespace {
constexpr KindInfo Kinds[] = {
        {ContentServerKind::Directory, "directory",
                QT_TRANSLATE_NOOP("Feedscope::Kind", "Directories"), "folder"},
        // A path is a directory or a file: both share its key, and one can turn into the other.
        {ContentServerKind::File, "file", QT_TRANSLATE_NOOP("Feedscope::Kind", "Files"), "document",
                ContentServerKind::Directory, "content"},
};
} // namespace

const KindTable &ContentServerSchema::kinds() const
{
    static const KindTable table {Kinds};
    return table;
}

QString ContentServerSchema::label(const NodeLookup &tree, NodeId id) const
{
    const QString path = tree.refOf(id).id.toString();
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString name = slash >= 0 ? path.mid(slash + 1) : path;
    return name.isEmpty() ? path : name;
}

} // namespace Feedscope
