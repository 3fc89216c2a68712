// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>

#include "protocol/feedprotocol.h"

namespace Feedscope::GraphQlKind {
inline constexpr Kind Subscription = kindNumber(1);
inline constexpr Kind Object = kindNumber(2);
} // namespace Feedscope::GraphQlKind

namespace Feedscope {

class JsonReader;

// A GraphQL subscription is an entity whose data is its latest result; the objects with an "id"
// in the result's lists are its children (a grid of rows, with their history).
class GraphQlSchema final : public NodeSchema
{
public:
    const KindTable &kinds() const override;
    QString label(const NodeLookup &tree, NodeId id) const override;
    QByteArray sortKey(Kind kind, const RawObject &data) const override;
    GridKinds grid() const override;
};

// GraphQL over WebSocket, the graphql-transport-ws protocol of the graphql-ws library (Apollo,
// Hasura, GraphQL Yoga and others speak it): connection_init first (its payload carries the
// credentials), connection_ack, then subscribe with an id and next, error or complete for it;
// ping and pong both ways. Subscriptions are typed by hand: a query, or a JSON object with its
// query, variables and operationName.
class GraphQlProtocol final : public FeedProtocol
{
public:
    GraphQlProtocol();
    ~GraphQlProtocol() override;

    const NodeSchema &schema() const override { return m_schema; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;

    bool hasSubscriptions() const override { return true; }
    std::optional<SubscriptionRequest> subscription(const QString &spec, QString *error) override;
    std::vector<FrameTemplate> frameTemplates() const override;
    QString subscriptionSyntax() const override;
    QString subscriptionNote(int timeoutMs) const override;
    bool answersSubscriptions() const override { return false; }
    std::vector<QByteArray> openingFrames() const override;

    // The connection_init payload (a JSON object's text), or none.
    void setInitPayload(const QByteArray &payload) { m_initPayload = payload; }
    // Variables given for every subscription whose spec has none (the command line's
    // --variables), a JSON object's text.
    void setDefaultVariables(const QByteArray &variables) { m_defaultVariables = variables; }

    // The operation a spec names: "OnPrice" for "subscription OnPrice { … }", else its first
    // field ("prices").
    static QString operationLabel(const QString &query, const QString &operationName);

private:
    GraphQlSchema m_schema;
    std::unique_ptr<JsonReader> m_reader;
    QByteArray m_initPayload;
    QByteArray m_defaultVariables;
    QHash<QString, QString> m_ids; // spec → its subscription id, the same one when asked again
    int m_nextId = 1;
};

} // namespace Feedscope
