// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphqlimitation.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <QWebSocket>

#include "logging.h"
#include "server/servercontext.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
constexpr auto Subprotocol = "graphql-transport-ws";

// The schema: two lists of objects, their members and their GraphQL types.
struct Field
{
    const char *name;
    const char *type;
};
struct ListType
{
    const char *field; // "prices"
    const char *type; // "Price"
    QList<Field> members;
};
const QList<ListType> &schema()
{
    static const QList<ListType> lists = {
            {"prices", "Price",
                    {{"id", "ID!"}, {"symbol", "String!"}, {"price", "Float!"},
                            {"change", "Float!"}}},
            {"orders", "Order",
                    {{"id", "ID!"}, {"symbol", "String!"}, {"quantity", "Int!"},
                            {"status", "String!"}}},
    };
    return lists;
}

OValue errorAt(const QString &message, int line, int column)
{
    return OValue::object({{u"message"_s, message},
            {u"locations"_s,
                    OValue::array({OValue::object({{u"line"_s, line}, {u"column"_s, column}})})}});
}

// GraphQL's lexical rules, as far as this server needs them.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    void skip()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c.isSpace() || c == u',' || c == QChar(0xfeff)) {
                ++m_pos;
            } else if (c == u'#') {
                while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                    ++m_pos;
            } else {
                return;
            }
        }
    }
    bool atEnd()
    {
        skip();
        return m_pos >= m_text.size();
    }
    QChar peek()
    {
        skip();
        return m_pos < m_text.size() ? m_text[m_pos] : QChar();
    }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool takeSpread()
    {
        skip();
        if (m_text.mid(m_pos, 3) != u"...")
            return false;
        m_pos += 3;
        return true;
    }
    QString name()
    {
        skip();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_')
                && (m_pos > start || !m_text[m_pos].isDigit()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // Skips a balanced (…) with the strings in it.
    bool skipParentheses()
    {
        int depth = 0;
        do {
            if (m_pos >= m_text.size())
                return false;
            const QChar c = m_text[m_pos++];
            if (c == u'"') {
                while (m_pos < m_text.size() && m_text[m_pos] != u'"')
                    m_pos += m_text[m_pos] == u'\\' ? 2 : 1;
                ++m_pos;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                --depth;
            }
        } while (depth > 0);
        return true;
    }
    // "Unexpected …" in graphql-js's words.
    QString unexpected()
    {
        skip();
        if (m_pos >= m_text.size())
            return u"Syntax Error: Unexpected <EOF>."_s;
        const QString n = name();
        if (!n.isEmpty())
            return u"Syntax Error: Unexpected Name \"%1\"."_s.arg(n);
        return u"Syntax Error: Unexpected \"%1\"."_s.arg(m_text[m_pos]);
    }
    // The line and column of the next token. The lexer only moves forward, so the lines
    // are counted once, from where the last call left off.
    void position(int *line, int *column)
    {
        skip();
        for (const qsizetype end = std::min(m_pos, m_text.size()); m_counted < end; ++m_counted) {
            if (m_text[m_counted] == u'\n') {
                ++m_line;
                m_lineStart = m_counted + 1;
            }
        }
        *line = m_line;
        *column = int(m_pos - m_lineStart) + 1;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    qsizetype m_counted = 0; // the text before this has been counted into m_line
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

bool parseSelections(Lexer &lex, QList<GraphQlImitation::Selection> &out, QString *error, int *line,
        int *column, int depth = 1)
{
    if (depth > GraphQlImitation::MaxSelectionDepth) {
        lex.position(line, column);
        *error =
                u"Selections nested more than %1 deep are not supported by this test server."_s.arg(
                        GraphQlImitation::MaxSelectionDepth);
        return false;
    }
    if (!lex.take(u'{')) {
        lex.position(line, column);
        *error = lex.unexpected();
        return false;
    }
    while (!lex.take(u'}')) {
        lex.position(line, column);
        if (lex.takeSpread()) {
            *error = u"Fragments are not supported by this test server."_s;
            return false;
        }
        GraphQlImitation::Selection s;
        lex.position(&s.line, &s.column);
        s.name = lex.name();
        if (s.name.isEmpty()) {
            *error = lex.atEnd() ? u"Syntax Error: Expected Name, found <EOF>."_s
                                 : u"Syntax Error: Expected Name, found \"%1\"."_s.arg(lex.peek());
            return false;
        }
        if (lex.take(u':')) {
            s.alias = s.name;
            lex.position(&s.line, &s.column);
            s.name = lex.name();
            if (s.name.isEmpty()) {
                lex.position(line, column);
                *error = lex.unexpected();
                return false;
            }
        } else {
            s.alias = s.name;
        }
        if (lex.peek() == u'(' && !lex.skipParentheses()) {
            lex.position(line, column);
            *error = u"Syntax Error: Expected \")\", found <EOF>."_s;
            return false;
        }
        if (lex.peek() == u'@') {
            lex.position(line, column);
            *error = u"Directives are not supported by this test server."_s;
            return false;
        }
        if (lex.peek() == u'{' && !parseSelections(lex, s.fields, error, line, column, depth + 1))
            return false;
        out << s;
    }
    if (out.isEmpty()) {
        *error = u"Syntax Error: Expected Name, found \"}\"."_s;
        return false;
    }
    return true;
}
} // namespace

std::optional<GraphQlImitation::Operation> GraphQlImitation::parse(
        const QString &query, QString *error, int *line, int *column)
{
    Lexer lex(query);
    Operation op;
    *line = *column = 1;
    if (lex.peek() == u'{') {
        op.type = u"query"_s;
    } else {
        lex.position(line, column);
        op.type = lex.name();
        if (op.type != u"query" && op.type != u"subscription" && op.type != u"mutation") {
            Lexer again(query);
            again.position(line, column);
            *error = again.unexpected();
            return std::nullopt;
        }
        if (lex.peek() != u'{' && lex.peek() != u'(')
            op.name = lex.name();
        if (lex.peek() == u'(' && !lex.skipParentheses()) {
            *error = u"Syntax Error: Expected \")\", found <EOF>."_s;
            return std::nullopt;
        }
    }
    if (!parseSelections(lex, op.fields, error, line, column))
        return std::nullopt;
    if (!lex.atEnd()) {
        lex.position(line, column);
        *error = u"Only one operation a document is supported by this test server."_s;
        return std::nullopt;
    }
    return op;
}

GraphQlImitation::GraphQlImitation(ServerContext *context, QObject *parent)
    : Imitation(context, parent)
{
    m_lists = {{}, {}};
}

GraphQlImitation::~GraphQlImitation()
{
    qDeleteAll(m_clients);
}

QString GraphQlImitation::feedId() const
{
    return u"graphql"_s;
}

QString GraphQlImitation::title() const
{
    return u"GraphQL"_s;
}

bool GraphQlImitation::load(const OValue &section, QString *error)
{
    // The data file's "graphql" section, else a few symbols and orders of its own.
    const OValue prices = section.value(u"prices");
    const OValue orders = section.value(u"orders");
    auto take = [error](const OValue &list, QList<OValue> &out, const char *name) {
        for (const OValue &item : list.items()) {
            if (!item.isObject() || item.value(u"id").isNull()) {
                if (error)
                    *error =
                            u"graphql: every item of %1 needs an id"_s.arg(QLatin1StringView(name));
                return false;
            }
            OValue o = item;
            o.insert(u"id"_s,
                    item.value(u"id").isString() ? item.value(u"id").toString()
                                                 : QString::number(item.value(u"id").toInt()));
            out << o;
        }
        return true;
    };
    if (prices.isArray() || orders.isArray())
        return take(prices, m_lists[0], "prices") && take(orders, m_lists[1], "orders");
    const std::pair<const char *, double> symbols[] = {
            {"ACME", 12.50}, {"GLOBEX", 48.20}, {"INITECH", 7.35}, {"UMBRELLA", 103.10}};
    for (const auto &[symbol, price] : symbols) {
        m_lists[0] << OValue::object(
                {{u"id"_s, QString::number(m_nextId++)}, {u"symbol"_s, QString::fromLatin1(symbol)},
                        {u"price"_s, price}, {u"change"_s, 0.0}});
    }
    for (int i = 0; i < 3; ++i) {
        m_lists[1] << OValue::object(
                {{u"id"_s, QString::number(100 + i)}, {u"symbol"_s, m_lists[0][i].value(u"symbol")},
                        {u"quantity"_s, 10 * (i + 1)}, {u"status"_s, u"open"_s}});
    }
    return true;
}

void GraphQlImitation::install(ServerFront &front)
{
    front.addSubprotocol(QString::fromLatin1(Subprotocol));
    front.addWebSocket(
            u"/graphql"_s, [](const HttpRequest &) { return UpgradeDecision::accept(); },
            [this](QWebSocket *ws, const HttpRequest &) { onSocket(ws); });
}

int GraphQlImitation::connectionCount() const
{
    return int(m_clients.size());
}

QString GraphQlImitation::describe(const QUrl &url) const
{
    QString ws = url.toString();
    ws.replace(u"http://"_s, u"ws://"_s);
    return u"  GraphQL:       %1/graphql (graphql-transport-ws)   subscriptions prices, orders"_s
            .arg(ws);
}

void GraphQlImitation::onSocket(QWebSocket *ws)
{
    auto *c = new Client;
    c->ws = ws;
    m_clients << c;
    connect(ws, &QWebSocket::disconnected, this, [this, c] {
        m_clients.removeOne(c);
        delete c;
        Q_EMIT m_ctx->clientsChanged();
    });
    Q_EMIT m_ctx->clientsChanged();
    if (ws->subprotocol() != QLatin1StringView(Subprotocol)) {
        ws->close(QWebSocketProtocol::CloseCode(4406), u"Subprotocol not acceptable"_s);
        return;
    }
    connect(ws, &QWebSocket::textMessageReceived, this, [this, c](const QString &text) {
        onText(c, text);
        ++m_ctx->framesHandled;
    });
    QTimer::singleShot(m_initTimeoutMs, ws, [c, ws] {
        if (!c->initReceived)
            ws->close(QWebSocketProtocol::CloseCode(4408), u"Connection initialisation timeout"_s);
    });
}

void GraphQlImitation::send(Client *c, const OValue &message)
{
    if (c->ws)
        m_ctx->send(c->ws, message.toJson());
}

void GraphQlImitation::closeClient(Client *c, int code, const QString &reason)
{
    c->ended = true;
    if (c->ws)
        c->ws->close(QWebSocketProtocol::CloseCode(code), reason);
}

int GraphQlImitation::readAsClient(const QString &, const QList<QString> &frames)
{
    Client c;
    return readUntilEnded(
            c, frames, [this](Client *client, const QString &t) { onText(client, t); });
}

void GraphQlImitation::onText(Client *c, const QString &text)
{
    const auto close = [c](int code, const QString &reason) { closeClient(c, code, reason); };
    const auto message = OValue::fromJson(text.toUtf8());
    const QString type = message ? message->value(u"type").toString() : QString();
    if (!message || !message->isObject()
            || (type != u"connection_init" && type != u"ping" && type != u"pong"
                    && type != u"subscribe" && type != u"complete")) {
        close(4400, u"Invalid message received"_s);
        return;
    }
    if (type == u"connection_init") {
        if (c->initReceived) {
            close(4429, u"Too many initialisation requests"_s);
            return;
        }
        c->initReceived = true;
        if (!m_token.isEmpty()
                && message->value(u"payload").value(u"Authorization").toString()
                        != u"Bearer "_s + m_token) {
            close(4403, u"Forbidden"_s);
            return;
        }
        c->acknowledged = true;
        send(c, OValue::object({{u"type"_s, u"connection_ack"_s}}));
    } else if (type == u"ping") {
        OValue pong = OValue::object({{u"type"_s, u"pong"_s}});
        if (message->value(u"payload").isObject())
            pong.insert(u"payload"_s, message->value(u"payload"));
        send(c, pong);
    } else if (type == u"subscribe") {
        subscribe(c, *message);
    } else if (type == u"complete") {
        c->subscriptions.erase(message->value(u"id").toString());
    }
}

int GraphQlImitation::listOf(const QString &field) const
{
    for (int i = 0; i < schema().size(); ++i) {
        if (field == QLatin1StringView(schema()[i].field))
            return i;
    }
    return -1;
}

std::optional<OValue> GraphQlImitation::execute(const Operation &op, OValue *errors) const
{
    // graphql-js's validation, for the rules this schema can break.
    const QString root = op.type == u"subscription" ? u"Subscription"_s : u"Query"_s;
    if (op.type == u"mutation") {
        errors->append(errorAt(u"Schema is not configured to execute mutation operation."_s, 1, 1));
        return std::nullopt;
    }
    if (op.type == u"subscription" && op.fields.size() > 1) {
        errors->append(errorAt(op.name.isEmpty()
                        ? u"Anonymous Subscription must select only one top level field."_s
                        : u"Subscription \"%1\" must select only one top level field."_s.arg(
                                op.name),
                op.fields[1].line, op.fields[1].column));
    }
    OValue data = OValue::object();
    for (const Selection &top : op.fields) {
        if (top.name == u"__typename") {
            data.insert(top.alias, root);
            continue;
        }
        const int list = listOf(top.name);
        if (list < 0) {
            errors->append(
                    errorAt(u"Cannot query field \"%1\" on type \"%2\"."_s.arg(top.name, root),
                            top.line, top.column));
            continue;
        }
        const ListType &type = schema()[list];
        if (top.fields.isEmpty()) {
            errors->append(errorAt(u"Field \"%1\" of type \"[%2!]!\" must have a selection of "
                                   "subfields. Did you mean \"%1 { ... }\"?"_s.arg(
                                           top.name, QLatin1StringView(type.type)),
                    top.line, top.column));
            continue;
        }
        OValue items = OValue::array();
        for (const OValue &item : m_lists[list]) {
            OValue o = OValue::object();
            for (const Selection &f : top.fields) {
                if (f.name == u"__typename") {
                    o.insert(f.alias, QString::fromLatin1(type.type));
                    continue;
                }
                const auto member = std::find_if(type.members.begin(), type.members.end(),
                        [&](const Field &m) { return f.name == QLatin1StringView(m.name); });
                if (member == type.members.end()) {
                    if (&item == &m_lists[list].front())
                        errors->append(errorAt(u"Cannot query field \"%1\" on type \"%2\"."_s.arg(
                                                       f.name, QLatin1StringView(type.type)),
                                f.line, f.column));
                    continue;
                }
                if (!f.fields.isEmpty()) {
                    if (&item == &m_lists[list].front())
                        errors->append(errorAt(u"Field \"%1\" must not have a selection since "
                                               "type \"%2\" has no subfields."_s.arg(
                                                       f.name, QLatin1StringView(member->type)),
                                f.line, f.column));
                    continue;
                }
                o.insert(f.alias, item.value(f.name));
            }
            items.append(o);
        }
        data.insert(top.alias, items);
    }
    if (errors->size() > 0)
        return std::nullopt;
    return data;
}

void GraphQlImitation::subscribe(Client *c, const OValue &message)
{
    if (!c->acknowledged) {
        closeClient(c, 4401, u"Unauthorized"_s);
        return;
    }
    const QString id = message.value(u"id").toString();
    if (id.isEmpty() || !message.value(u"payload").value(u"query").isString()) {
        closeClient(c, 4400, u"Invalid message received"_s);
        return;
    }
    if (c->subscriptions.count(id)) {
        closeClient(c, 4409, u"Subscriber for %1 already exists"_s.arg(id));
        return;
    }
    if (c->subscriptions.size() >= MaxSubscriptions) {
        send(c,
                OValue::object({{u"id"_s, id}, {u"type"_s, u"error"_s},
                        {u"payload"_s,
                                OValue::array({OValue::object({{u"message"_s,
                                        u"Too many subscriptions on this connection (%1)"_s.arg(
                                                MaxSubscriptions)}})})}}));
        return;
    }
    QString error;
    int line = 1, column = 1;
    const auto op =
            parse(message.value(u"payload").value(u"query").toString(), &error, &line, &column);
    OValue errors = OValue::array();
    if (!op)
        errors.append(errorAt(error, line, column));
    const auto data = op ? execute(*op, &errors) : std::nullopt;
    if (!data) {
        send(c, OValue::object({{u"id"_s, id}, {u"type"_s, u"error"_s}, {u"payload"_s, errors}}));
        return;
    }
    send(c,
            OValue::object({{u"id"_s, id}, {u"type"_s, u"next"_s},
                    {u"payload"_s, OValue::object({{u"data"_s, *data}})}}));
    if (op->type == u"query") {
        send(c, OValue::object({{u"id"_s, id}, {u"type"_s, u"complete"_s}}));
        return;
    }
    c->subscriptions[id] = Subscription {id, *op};
}

void GraphQlImitation::publish(int list)
{
    for (Client *c : std::as_const(m_clients)) {
        for (const auto &[id, s] : c->subscriptions) {
            if (s.operation.fields.isEmpty() || listOf(s.operation.fields.front().name) != list)
                continue;
            OValue errors = OValue::array();
            if (auto data = execute(s.operation, &errors))
                send(c,
                        OValue::object({{u"id"_s, id}, {u"type"_s, u"next"_s},
                                {u"payload"_s, OValue::object({{u"data"_s, *data}})}}));
        }
    }
    Q_EMIT changed(QString::fromLatin1(schema()[list].field));
}

void GraphQlImitation::updatePrice(qint64 id, double price)
{
    for (OValue &p : m_lists[0]) {
        if (p.value(u"id").toString() == QString::number(id)) {
            const double rounded = std::round(price * 100) / 100;
            p.insert(u"change"_s, std::round((rounded - p.value(u"price").toDouble()) * 100) / 100);
            p.insert(u"price"_s, rounded);
        }
    }
    publish(0);
}

void GraphQlImitation::addSymbol(const QString &symbol, double price)
{
    m_lists[0] << OValue::object({{u"id"_s, QString::number(m_nextId++)}, {u"symbol"_s, symbol},
            {u"price"_s, price}, {u"change"_s, 0.0}});
    publish(0);
}

bool GraphQlImitation::removeSymbol(qint64 id)
{
    const qsizetype before = m_lists[0].size();
    m_lists[0].removeIf(
            [id](const OValue &p) { return p.value(u"id").toString() == QString::number(id); });
    if (m_lists[0].size() == before)
        return false;
    publish(0);
    return true;
}

void GraphQlImitation::completeAll()
{
    for (Client *c : std::as_const(m_clients)) {
        for (const auto &[id, s] : c->subscriptions)
            send(c, OValue::object({{u"id"_s, id}, {u"type"_s, u"complete"_s}}));
        c->subscriptions.clear();
    }
}

void GraphQlImitation::randomAction()
{
    ++m_demoSteps;
    auto pick = [this](qsizetype n) {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, n - 1)(m_ctx->rng));
    };
    if (m_demoSteps % 7 == 0 && !m_lists[1].isEmpty()) {
        static const QStringList statuses = {u"open"_s, u"filled"_s, u"cancelled"_s};
        OValue &o = m_lists[1][pick(m_lists[1].size())];
        o.insert(u"status"_s, statuses[pick(statuses.size())]);
        publish(1);
        return;
    }
    if (m_demoSteps % 25 == 0) {
        addSymbol(u"NEW%1"_s.arg(m_demoSteps), 10.0 + double(pick(9000)) / 100);
        return;
    }
    if (m_demoSteps % 37 == 0 && m_lists[0].size() > 4) {
        removeSymbol(m_lists[0].back().value(u"id").toString().toLongLong());
        return;
    }
    if (m_lists[0].isEmpty())
        return;
    const OValue &p = m_lists[0][pick(m_lists[0].size())];
    const double step = double(std::uniform_int_distribution<int>(-200, 200)(m_ctx->rng)) / 10000;
    updatePrice(p.value(u"id").toString().toLongLong(), p.value(u"price").toDouble() * (1 + step));
}

QList<Imitation::Action> GraphQlImitation::actions()
{
    return {
            {u"change-price"_s, tr("Change a price"), [this] { randomAction(); }},
            {u"add-symbol"_s, tr("Add a symbol"),
                    [this] { addSymbol(u"HAND%1"_s.arg(m_nextId), 42.0); }},
            {u"remove-symbol"_s, tr("Remove a symbol"),
                    [this] {
                        if (!m_lists[0].isEmpty())
                            removeSymbol(m_lists[0].back().value(u"id").toString().toLongLong());
                    }},
            {u"complete"_s, tr("Complete the subscriptions"), [this] { completeAll(); }},
    };
}

} // namespace Feedscope::Server
