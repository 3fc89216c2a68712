// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QList>
#include <QPointer>
#include <QTimer>

#include "server/imitation.h"
#include "server/serverfront.h"

class QWebSocket;

namespace Feedscope::Server {

// A small GraphQL server over WebSocket, speaking graphql-transport-ws as graphql-ws's
// useServer does: the subprotocol or 4406, connection_init within 3 s or 4408, one init or
// 4429, subscribe only after the ack or 4401, a unique id or 4409, anything unparsable 4400;
// ping answered with pong. Its schema has two lists, prices (id, symbol, price, change) and
// orders (id, symbol, quantity, status), as subscriptions and as queries (a query answers once,
// then completes). Unlike a real server it sends a subscription's current value at once, so
// that a client sees something before the first change. Also unlike graphql-ws, which keeps
// as many as a client asks for, one connection holds at most MaxSubscriptions: past it a
// subscribe is answered with an error for its id (the test server's memory is bounded per
// connection, docs/architecture.md).
class GraphQlImitation : public Imitation
{
    Q_OBJECT
public:
    static constexpr int MaxSubscriptions = 1000;
    // How deep a query's selections may nest (graphql-js has no limit but its stack).
    static constexpr int MaxSelectionDepth = 64;
    GraphQlImitation(ServerContext *context, QObject *parent = nullptr);
    ~GraphQlImitation() override;

    QString feedId() const override;
    QString title() const override;
    bool load(const OValue &section, QString *error) override;
    void install(ServerFront &front) override;
    int connectionCount() const override;
    QString describe(const QUrl &url) const override;
    // A price moves (and now and then an order changes, a symbol comes or goes).
    void randomAction() override;
    QList<Action> actions() override;
    // As a client that connected with the subprotocol; it logs in with connection_init.
    int readAsClient(const QString &account, const QList<QString> &frames) override;

    // The lists as they are now.
    const QList<OValue> &prices() const { return m_lists.at(0); }
    const QList<OValue> &orders() const { return m_lists.at(1); }
    // Changes one list entry (merging members) and tells the subscribers.
    void updatePrice(qint64 id, double price);
    void addSymbol(const QString &symbol, double price);
    bool removeSymbol(qint64 id);
    // Ends every subscription from the server's side (complete).
    void completeAll();
    // The token connection_init must carry ("Authorization": "Bearer TOKEN"); empty: none.
    void setRequiredToken(const QString &token) { m_token = token; }
    void setInitTimeoutMs(int ms) { m_initTimeoutMs = ms; }

    // What a query asks for: its operation, its top-level fields and their selections.
    struct Selection
    {
        QString name; // the field
        QString alias; // the key in the result
        QList<Selection> fields; // empty: a leaf
        int line = 0;
        int column = 0;
    };
    struct Operation
    {
        QString type; // "query", "subscription" or "mutation"
        QString name;
        QList<Selection> fields;
    };
    // Parses the parts of GraphQL this server understands; on failure, error is graphql-js's
    // kind of message.
    static std::optional<Operation> parse(
            const QString &query, QString *error, int *line, int *column);

private:
    struct Subscription
    {
        QString id;
        Operation operation;
    };
    struct Client
    {
        QPointer<QWebSocket> ws;
        bool initReceived = false;
        bool acknowledged = false;
        std::map<QString, Subscription> subscriptions;
        bool ended = false; // closed by a handler (its socket may still be closing)
    };

    void onSocket(QWebSocket *ws);
    void onText(Client *c, const QString &text);
    // graphql-ws ends a connection with a close code of its own (4400 and up).
    static void closeClient(Client *c, int code, const QString &reason);
    void subscribe(Client *c, const OValue &message);
    void send(Client *c, const OValue &message);
    // The result of an operation's fields now, or the errors that keep it from running.
    std::optional<OValue> execute(const Operation &op, OValue *errors) const;
    // A list has changed: every subscription on it hears its new value.
    void publish(int list);
    int listOf(const QString &field) const;

    QList<QList<OValue>> m_lists; // prices, orders
    QList<Client *> m_clients;
    QString m_token;
    int m_initTimeoutMs = 3000;
    qint64 m_nextId = 1;
    quint64 m_demoSteps = 0;
};

} // namespace Feedscope::Server
