// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentserverimitation.h"

#include <random>

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <QWebSocket>

#include "logging.h"
#include "net/jwt.h"
#include "server/servercontext.h"
#include "server/serversecret.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
QStringList strings(const OValue &list)
{
    QStringList out;
    for (const OValue &v : list.items())
        out << v.toString();
    return out;
}

OValue stringArray(const QStringList &list)
{
    OValue a = OValue::array();
    for (const QString &s : list)
        a.append(s);
    return a;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

QByteArray envelope(const OValue &data)
{
    return OValue::object({{u"status"_s, u"success"_s}, {u"data"_s, data}}).toJson();
}
} // namespace

ContentServerImitation::ContentServerImitation(ServerContext *context, QObject *parent)
    : Imitation(context, parent)
{
    // Stable across restarts, as a real backend's key is (ServerSecret).
    m_secret = ServerSecret::keyFor(m_ctx->options.signingSecret, "contentserver");
}

ContentServerImitation::~ContentServerImitation()
{
    qDeleteAll(m_conns);
    qDeleteAll(m_closed);
}

QString ContentServerImitation::normalise(const QString &path)
{
    QString out;
    for (QStringView seg : QStringView(path).split(u'/', Qt::SkipEmptyParts))
        out += u'/' + seg.toString();
    return out.isEmpty() ? u"/"_s : out;
}

bool ContentServerImitation::load(const OValue &section, QString *error)
{
    for (const OValue &u : section.value(u"users").items()) {
        CsUser user {u.value(u"name").toString(), u.value(u"password").toString(),
                strings(u.value(u"roles"))};
        if (user.name.isEmpty()) {
            if (error)
                *error = u"contentserver: a user needs a name"_s;
            return false;
        }
        m_users.append(user);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_entries[u"/"_s] = CsEntry {true, {}, {u"ROLE_CS_ROOT"_s}, {u"ROLE_USER"_s}, now, u"admin"_s};
    for (const OValue &e : section.value(u"entries").items()) {
        const QString path = normalise(e.value(u"path").toString());
        CsEntry entry;
        entry.directory = e.value(u"isDirectory").toBool() || !e.contains(u"content");
        entry.content = e.value(u"content").isString()
                ? e.value(u"content").toString()
                : QString::fromUtf8(e.value(u"content").toJson());
        if (entry.directory)
            entry.content.clear();
        entry.owners = strings(e.value(u"owners"));
        entry.readers = strings(e.value(u"readers"));
        entry.timestamp = e.value(u"timestamp").toInt(now);
        entry.lastEditor = e.value(u"lastEditor").toString(u"admin"_s);
        // Parents the file names but does not list: directories owned like their child.
        for (QString p = parentOf(path); p != u"/" && !m_entries.count(p); p = parentOf(p))
            m_entries[p] = CsEntry {
                    true, {}, entry.owners, entry.readers, entry.timestamp, entry.lastEditor};
        m_entries[path] = entry;
    }
    return true;
}

int ContentServerImitation::connectionCount() const
{
    return int(m_conns.size());
}

QStringList ContentServerImitation::paths() const
{
    QStringList out;
    for (const auto &[p, e] : m_entries)
        out << p;
    return out;
}

const CsEntry *ContentServerImitation::entry(const QString &path) const
{
    auto it = m_entries.find(normalise(path));
    return it == m_entries.end() ? nullptr : &it->second;
}

const CsUser *ContentServerImitation::user(const QString &name) const
{
    for (const auto &u : m_users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

bool ContentServerImitation::canRead(const QString &name, const CsEntry &e) const
{
    const CsUser *u = user(name);
    if (!u)
        return false;
    if (u->roles.contains(u"ROLE_CS_ROOT"_s))
        return true;
    for (const QString &who : e.readers + e.owners) {
        if (who == u->name || u->roles.contains(who))
            return true;
    }
    return false;
}

bool ContentServerImitation::canWrite(const QString &name, const CsEntry &e) const
{
    const CsUser *u = user(name);
    if (!u)
        return false;
    if (u->roles.contains(u"ROLE_CS_ROOT"_s))
        return true;
    for (const QString &who : e.owners) {
        if (who == u->name || u->roles.contains(who))
            return true;
    }
    return false;
}

QByteArray ContentServerImitation::jwtFor(const QString &name) const
{
    const CsUser *u = user(name);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return Jwt::signHs256(OValue::object({{u"sub"_s, name},
                                  {u"authorities"_s, stringArray(u ? u->roles : QStringList())},
                                  {u"iat"_s, now}, {u"exp"_s, now + 12 * 3600}}),
            m_secret);
}

std::optional<QString> ContentServerImitation::authenticate(
        const HttpRequest &r, int *status, bool *fromCookie) const
{
    *status = 401;
    *fromCookie = false;
    QString name;
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Basic ")) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        const qsizetype colon = pair.indexOf(u':');
        const CsUser *u = colon > 0 ? user(pair.left(colon)) : nullptr;
        if (!u || u->password != pair.mid(colon + 1))
            return std::nullopt;
        name = u->name;
    } else if (auth.startsWith("Jwt ")) {
        auto claims = Jwt::verifyHs256(auth.mid(4).trimmed(), m_secret);
        if (!claims || claims->value(u"exp").toInt() <= QDateTime::currentSecsSinceEpoch())
            return std::nullopt;
        name = claims->value(u"sub").toString();
    } else {
        for (QByteArray part : r.header("cookie").split(';')) {
            part = part.trimmed();
            if (part.startsWith("JSESSIONID=")) {
                name = m_sessions.value(QString::fromLatin1(part.mid(11)));
                *fromCookie = !name.isEmpty();
            }
        }
    }
    const CsUser *u = user(name);
    if (!u)
        return std::nullopt;
    if (!u->roles.contains(u"ROLE_USER"_s)) {
        *status = 403;
        return std::nullopt;
    }
    *status = 200;
    return name;
}

OValue ContentServerImitation::entryJson(
        const QString &user, const CsEntry &e, bool withContent) const
{
    const bool readable = canRead(user, e);
    OValue o = OValue::object();
    if (withContent && !e.directory && readable)
        o.insert(u"content"_s, e.content);
    o.insert(u"isDirectory"_s, e.directory);
    o.insert(u"owners"_s, stringArray(e.owners));
    o.insert(u"readers"_s, stringArray(e.readers));
    o.insert(u"timestamp"_s, e.timestamp);
    o.insert(u"lastEditor"_s, e.lastEditor);
    o.insert(u"canRead"_s, readable);
    o.insert(u"canWrite"_s, canWrite(user, e));
    return o;
}

OValue ContentServerImitation::treeNode(const QString &user, const QString &path, int depth) const
{
    const CsEntry &e = m_entries.at(path);
    OValue node = OValue::object({{u"entry"_s, entryJson(user, e, true)}});
    if (!e.directory || depth == 0)
        return node;
    OValue children = OValue::object();
    const QString prefix = path == u"/" ? u"/"_s : path + u'/';
    for (auto it = m_entries.lower_bound(prefix);
            it != m_entries.end() && it->first.startsWith(prefix); ++it) {
        const QString rest = it->first.mid(prefix.size());
        if (rest.isEmpty() || rest.contains(u'/'))
            continue;
        children.insert(rest, treeNode(user, it->first, depth < 0 ? -1 : depth - 1));
    }
    if (children.size() > 0)
        node.insert(u"children"_s, children);
    return node;
}

void ContentServerImitation::notify(const QString &path, Action action, const CsEntry &e)
{
    for (Conn *c : std::as_const(m_conns)) {
        if (!c->ws || !canRead(c->user, e))
            continue;
        bool listening = m_ctx->options.csStreamAll;
        for (const QString &root : std::as_const(c->listening)) {
            if (root == u"/" || path == root || path.startsWith(root + u'/'))
                listening = true;
        }
        if (!listening)
            continue;
        OValue msg = OValue::object({{u"path"_s, path}});
        switch (action) {
        case Action::Add:
            msg.insert(u"action"_s, u"ADD"_s);
            msg.insert(u"entry"_s, entryJson(c->user, e, false)); // an ADD carries metadata only
            break;
        case Action::Updated:
            msg.insert(u"action"_s, u"UPDATED"_s);
            msg.insert(u"entry"_s, entryJson(c->user, e, true));
            break;
        case Action::Remove:
            msg.insert(u"action"_s, m_ctx->options.csRemoveAction);
            break;
        }
        m_ctx->send(c->ws, msg.toJson());
    }
}

int ContentServerImitation::put(const QString &rawPath, const std::optional<QString> &content,
        const QStringList &owners, const QStringList &readers, const QString &user, bool overwrite,
        bool recursive, QString *error)
{
    const QString path = normalise(rawPath);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto existing = m_entries.find(path);
    if (existing != m_entries.end()) {
        if (!overwrite) {
            if (error)
                *error = u"Entry %1 already exists"_s.arg(path);
            return 400;
        }
        if (!canWrite(user, existing->second)) {
            if (error)
                *error = u"User %1 cannot write %2"_s.arg(user, path);
            return 403;
        }
        CsEntry &e = existing->second;
        if (content)
            e.content = *content;
        if (!owners.isEmpty())
            e.owners = owners;
        if (!readers.isEmpty())
            e.readers = readers;
        e.timestamp = now;
        e.lastEditor = user;
        notify(path, e.directory ? Action::Add : Action::Updated, e);
        Q_EMIT changed(u"updated "_s + path);
        return 200;
    }
    // The nearest existing ancestor must be writable; missing ones are created when recursive.
    QStringList missing;
    QString p = parentOf(path);
    while (!m_entries.count(p)) {
        missing.prepend(p);
        p = parentOf(p);
    }
    if (!missing.isEmpty() && !recursive) {
        if (error)
            *error = u"No entry at path %1"_s.arg(missing.front());
        return 404;
    }
    if (!canWrite(user, m_entries.at(p))) {
        if (error)
            *error = u"User %1 cannot write %2"_s.arg(user, p);
        return 403;
    }
    for (const QString &dir : std::as_const(missing)) {
        CsEntry d {true, {}, owners, readers, now, user};
        m_entries[dir] = d;
        notify(dir, Action::Add, d);
    }
    CsEntry e {!content.has_value(), content.value_or(QString()), owners, readers, now, user};
    m_entries[path] = e;
    notify(path, Action::Add, e);
    Q_EMIT changed(u"created "_s + path);
    return 201;
}

int ContentServerImitation::remove(const QString &rawPath, const QString &user, QString *error)
{
    const QString path = normalise(rawPath);
    auto it = m_entries.find(path);
    if (it == m_entries.end() || path == u"/") {
        if (error)
            *error = u"No entry at path %1"_s.arg(path);
        return 404;
    }
    if (!canWrite(user, it->second)) {
        if (error)
            *error = u"User %1 cannot delete %2"_s.arg(user, path);
        return 403;
    }
    const CsEntry removed = it->second;
    const QString prefix = path + u'/';
    for (auto child = m_entries.lower_bound(prefix);
            child != m_entries.end() && child->first.startsWith(prefix);)
        child = m_entries.erase(child);
    m_entries.erase(path);
    notify(path, Action::Remove, removed);
    Q_EMIT changed(u"removed "_s + path);
    return 200;
}

// --- WebSocket -------------------------------------------------------------------------------

void ContentServerImitation::install(ServerFront &front)
{
    front.addWebSocket(
            u"/content/ws/v5"_s,
            [this](const HttpRequest &r) {
                // Spring: an Origin outside the allowed list is refused; no Origin passes.
                const QByteArray origin = r.header("origin");
                const QStringList &allowed = m_ctx->options.csAllowedOrigins;
                if (!origin.isEmpty() && !allowed.isEmpty()
                        && !allowed.contains(QString::fromUtf8(origin)))
                    return UpgradeDecision::reject(403, "Forbidden");
                int status = 0;
                bool cookie = false;
                if (!authenticate(r, &status, &cookie)) {
                    if (status == 403)
                        return UpgradeDecision::reject(403, "Forbidden");
                    return UpgradeDecision::reject(
                            401, "Unauthorized", {{"WWW-Authenticate", "Basic realm=\"Realm\""}});
                }
                return UpgradeDecision::accept();
            },
            [this](QWebSocket *ws, const HttpRequest &r) { onSocket(ws, r); });
    installRest(front);
}

void ContentServerImitation::onSocket(QWebSocket *ws, const HttpRequest &r)
{
    int status = 0;
    bool cookie = false;
    auto name = authenticate(r, &status, &cookie);
    if (!name) {
        ws->abort();
        return;
    }
    auto *c = new Conn {ws, *name, {}};
    m_conns.append(c);
    Q_EMIT m_ctx->clientsChanged();
    connect(ws, &QWebSocket::textMessageReceived, this, [this, c](const QString &t) {
        onText(c, t);
        ++m_ctx->framesHandled;
    });
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
    if (m_ctx->options.csGreeting) {
        m_ctx->send(ws,
                OValue::object({{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {u"statusCode"_s, 202}, {u"instruction"_s, u"Connected"_s}})
                        .toJson());
    }
}

int ContentServerImitation::readAsClient(const QString &account, const QList<QString> &frames)
{
    if (!user(account))
        return 0;
    Conn c {nullptr, account, {}};
    return readUntilEnded(c, frames, [this](Conn *conn, const QString &t) { onText(conn, t); });
}

void ContentServerImitation::onText(Conn *c, const QString &text)
{
    auto reply = [&](const OValue &id, int code, const QString &instruction) {
        m_ctx->send(c->ws,
                OValue::object(
                        {{u"id"_s, id}, {u"statusCode"_s, code}, {u"instruction"_s, instruction}})
                        .toJson());
    };
    auto msg = OValue::fromJson(text.toUtf8());
    if (!msg || !msg->isObject()) {
        reply(OValue(), 400, u"Malformed message"_s);
        return;
    }
    const OValue id = msg->value(u"id");
    const QString action = msg->value(u"action").toString().toUpper();
    if (!msg->value(u"path").isString()) {
        reply(id, 400, u"Missing path"_s);
        return;
    }
    const QString path = normalise(msg->value(u"path").toString());
    if (action == u"LISTEN") {
        auto it = m_entries.find(path);
        if (it == m_entries.end()) {
            reply(id, 404, u"No entry at path "_s + path);
            return;
        }
        if (!canRead(c->user, it->second)) {
            reply(id, 403, u"User %1 cannot read %2"_s.arg(c->user, path));
            return;
        }
        if (!c->listening.contains(path))
            c->listening.append(path);
        reply(id, 202, u"Listening"_s);
    } else if (action == u"UNLISTEN") {
        c->listening.removeAll(path);
        reply(id, 202, u"Stopped"_s);
    } else {
        reply(id, 400, u"Unknown action "_s + msg->value(u"action").toString());
    }
}

// --- REST ----------------------------------------------------------------------------------

HttpReply ContentServerImitation::errorReply(
        int status, const QString &type, const QString &message) const
{
    return HttpReply::json(
            OValue::object({{u"status"_s, u"error"_s},
                                   {u"error"_s,
                                           OValue::object({{u"errorChain"_s,
                                                   OValue::array({OValue::object({{u"type"_s, type},
                                                           {u"message"_s, message}})})}})}})
                    .toJson(),
            status);
}

void ContentServerImitation::installRest(ServerFront &front)
{
    using M = QRegularExpressionMatch;
    // Runs fn for an authenticated user, and hands out a session cookie as Spring does.
    auto authed = [this](const HttpRequest &r,
                          const std::function<HttpReply(const QString &)> &fn) {
        int status = 0;
        bool cookie = false;
        auto name = authenticate(r, &status, &cookie);
        if (!name) {
            HttpReply reply = status == 403
                    ? errorReply(403, u"ForbiddenAccessException"_s, u"Access is denied"_s)
                    : errorReply(
                            401, u"UnauthorizedException"_s, u"Full authentication is required"_s);
            if (status != 403)
                reply.headers.append(Header("WWW-Authenticate", "Basic realm=\"Realm\""));
            return reply;
        }
        HttpReply reply = fn(*name);
        if (!cookie) {
            const QString sid = QUuid::createUuid().toString(QUuid::Id128).toUpper();
            m_sessions.insert(sid, *name);
            reply.headers.append(
                    Header("Set-Cookie", "JSESSIONID=" + sid.toLatin1() + "; Path=/; HttpOnly"));
        }
        return reply;
    };
    auto statusReply = [this](int status, const QString &err) {
        if (status >= 200 && status < 300)
            return HttpReply::json(envelope(OValue()), status);
        const QString type = status == 403 ? u"ForbiddenAccessException"_s
                : status == 404            ? u"NoSuchEntryException"_s
                                           : u"IllegalArgumentException"_s;
        return errorReply(status, type, err);
    };
    front.addRoute(
            "GET", u"^/jwt/rest/v1/token/?$"_s, [this, authed](const HttpRequest &r, const M &) {
                return authed(r, [this](const QString &name) {
                    return HttpReply::json(envelope(
                            OValue::object({{u"token"_s, QString::fromLatin1(jwtFor(name))}})));
                });
            });
    front.addRoute("GET", u"^/versions/rest/?$"_s, [](const HttpRequest &, const M &) {
        return HttpReply::json(
                R"({"version":1,"serverVersion":"5.9.4","apis":{"jwt":{"versions":[{"id":"1","restPath":"/jwt/rest/v1"}]},"content":{"versions":[{"id":"5","restPath":"/content/rest/v5","wsPath":"/content/ws/v5"}]}}})");
    });
    const QString filesPattern = u"^/content/rest/v5/files(/.*)?$"_s;
    front.addRoute("GET", filesPattern, [this, authed](const HttpRequest &r, const M &m) {
        return authed(r, [&](const QString &name) {
            const QString path = normalise(m.captured(1));
            auto it = m_entries.find(path);
            if (it == m_entries.end())
                return errorReply(404, u"NoSuchEntryException"_s, u"No entry at path "_s + path);
            if (!canRead(name, it->second))
                return errorReply(403, u"ForbiddenAccessException"_s,
                        u"User %1 cannot read %2"_s.arg(name, path));
            bool ok = false;
            int depth = r.query.queryItemValue(u"recursive"_s).toInt(&ok);
            if (!ok)
                depth = -1;
            return HttpReply::json(envelope(treeNode(name, path, depth)));
        });
    });
    front.addRoute(
            "PUT", filesPattern, [this, authed, statusReply](const HttpRequest &r, const M &m) {
                return authed(r, [&](const QString &name) {
                    auto body = OValue::fromJson(r.body);
                    if (!body || !body->isObject())
                        return errorReply(400, u"IllegalArgumentException"_s, u"Malformed body"_s);
                    if (r.query.hasQueryItem(u"permissions"_s)) {
                        const QString path = normalise(m.captured(1));
                        auto it = m_entries.find(path);
                        if (it == m_entries.end())
                            return statusReply(404, u"No entry at path "_s + path);
                        if (!canWrite(name, it->second))
                            return statusReply(403, u"User %1 cannot write %2"_s.arg(name, path));
                        it->second.owners = strings(body->value(u"owners"));
                        it->second.readers = strings(body->value(u"readers"));
                        it->second.timestamp = QDateTime::currentMSecsSinceEpoch();
                        notify(path, it->second.directory ? Action::Add : Action::Updated,
                                it->second);
                        return statusReply(200, {});
                    }
                    QString err;
                    std::optional<QString> content;
                    if (body->contains(u"content"))
                        content = body->value(u"content").isString()
                                ? body->value(u"content").toString()
                                : QString::fromUtf8(body->value(u"content").toJson());
                    QStringList owners = strings(body->value(u"owners"));
                    QStringList readers = strings(body->value(u"readers"));
                    if (owners.isEmpty())
                        owners = {name};
                    if (readers.isEmpty())
                        readers = {name};
                    const int status = put(m.captured(1), content, owners, readers, name,
                            body->value(u"overwrite").toBool(), body->value(u"recursive").toBool(),
                            &err);
                    return statusReply(status, err);
                });
            });
    front.addRoute(
            "POST", filesPattern, [this, authed, statusReply](const HttpRequest &r, const M &m) {
                return authed(r, [&](const QString &name) {
                    auto body = OValue::fromJson(r.body);
                    if (!body || !body->isObject())
                        return errorReply(400, u"IllegalArgumentException"_s, u"Malformed body"_s);
                    const QString dir = normalise(m.captured(1));
                    if (r.query.hasQueryItem(u"deleteAll"_s)) {
                        for (const OValue &p : body->value(u"paths").items()) {
                            QString err;
                            const int status = remove(dir + u'/' + p.toString(), name, &err);
                            if (status >= 300)
                                return statusReply(status, err);
                        }
                        return statusReply(200, {});
                    }
                    // Create with a server-chosen name; the Location header tells it.
                    const QString child = QUuid::createUuid().toString(QUuid::Id128).left(8);
                    const QString path = (dir == u"/" ? QString() : dir) + u'/' + child;
                    std::optional<QString> content;
                    if (body->contains(u"content"))
                        content = body->value(u"content").toString();
                    QString err;
                    const int status = put(path, content, strings(body->value(u"owners")),
                            strings(body->value(u"readers")), name, false, false, &err);
                    HttpReply reply = statusReply(status, err);
                    if (status < 300)
                        reply.headers.append(Header(
                                "Location", QString(u"/content/rest/v5/files"_s + path).toUtf8()));
                    return reply;
                });
            });
    front.addRoute(
            "DELETE", filesPattern, [this, authed, statusReply](const HttpRequest &r, const M &m) {
                return authed(r, [&](const QString &name) {
                    QString err;
                    return statusReply(remove(m.captured(1), name, &err), err);
                });
            });
}

// --- for people: what serve prints, the demo's step, the server panel's buttons -----------

QString ContentServerImitation::feedId() const
{
    return u"contentserver"_s;
}

QString ContentServerImitation::title() const
{
    return u"ContentServer"_s;
}

QString ContentServerImitation::describe(const QUrl &url) const
{
    QString ws = url.toString();
    ws.replace(u"http://"_s, u"ws://"_s);
    return u"  ContentServer: %1/content/ws/v5   REST %2/content/rest/v5/files/   users admin/admin, alice/alice"_s
            .arg(ws, url.toString());
}

void ContentServerImitation::randomAction()
{
    ++m_demoSteps;
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_ctx->rng);
    const QString content = u"/ui/dashboards/content/"_s;
    QStringList dashboards;
    for (const QString &p : paths()) {
        if (p.startsWith(content) && p.count(u'/') == 4)
            dashboards << p;
    }
    if (roll < 60 && !dashboards.isEmpty()) {
        const QString path = dashboards[int(
                std::uniform_int_distribution<qsizetype>(0, dashboards.size() - 1)(m_ctx->rng))];
        const QString editor = entry(path)->owners.contains(u"alice"_s) ? u"alice"_s : u"admin"_s;
        put(path,
                u"{\"pages\":{\"p-0\":{\"name\":\"Page 1\",\"content\":{\"0\":{\"widgetKey\":\"pivot-table\",\"revision\":%1}}}},\"pagesOrder\":[\"p-0\"],\"filters\":[]}"_s
                        .arg(m_demoSteps),
                {}, {}, editor, true, false);
    } else if (roll < 80) {
        const QString id = u"d%1"_s.arg(++m_dashboards, 2, 10, QLatin1Char('0'));
        put(content + id, u"{\"pages\":{},\"pagesOrder\":[],\"filters\":[]}"_s, {u"alice"_s},
                {u"alice"_s, u"ROLE_USER"_s}, u"alice"_s, false, true);
        put(u"/ui/dashboards/structure/%1/%1_metadata"_s.arg(id),
                u"{\"name\":\"Dashboard %1\"}"_s.arg(id), {u"alice"_s},
                {u"alice"_s, u"ROLE_USER"_s}, u"alice"_s, false, true);
    } else {
        // Remove one generated dashboard (never the seeded ones).
        for (const QString &p : std::as_const(dashboards)) {
            const QString id = p.mid(content.size());
            if (id.startsWith(u'd')) {
                remove(u"/ui/dashboards/structure/"_s + id, u"admin"_s);
                remove(p, u"admin"_s);
                break;
            }
        }
    }
}

QList<Imitation::Action> ContentServerImitation::actions()
{
    const QString dir = u"/ui/dashboards/content/"_s;
    auto pick = [this](int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_ctx->rng); };
    return {
            {u"add"_s, tr("Add a dashboard"),
                    [this, dir, pick] {
                        put(dir + u"hand%1"_s.arg(pick(1000)), u"{\"pages\":{}}"_s, {u"alice"_s},
                                {u"alice"_s, u"ROLE_USER"_s}, u"alice"_s, true, true);
                    }},
            {u"edit"_s, tr("Edit a dashboard"),
                    [this, dir, pick] {
                        put(dir + u"0a1"_s, u"{\"pages\":{},\"edited\":%1}"_s.arg(pick(1000)), {},
                                {}, u"alice"_s, true, false);
                    }},
            {u"remove"_s, tr("Remove a dashboard"),
                    [this, dir] {
                        for (const QString &p : paths()) {
                            if (p.startsWith(dir + u"hand"_s)) {
                                remove(p, u"admin"_s);
                                break;
                            }
                        }
                    }},
    };
}

void ContentServerImitation::mergeUsers(OValue &cs, const OValue &users) const
{
    // Users by name.
    for (const OValue &u : users.value(u"users").items()) {
        auto &items = cs[u"users"].items();
        std::erase_if(items, [&](const OValue &x) {
            return x.value(u"name").toString() == u.value(u"name").toString();
        });
        items.push_back(u);
    }
}

} // namespace Feedscope::Server
