// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "vocab/change.h"
#include "vocab/frame.h"
#include "vocab/messagestatus.h"
#include "vocab/nodeschema.h"

namespace Feedscope {

// Something a message says to the session rather than to the entity tree.
struct SessionEvent
{
    enum class Type {
        Authenticated, // id: the connection id the server gave (Baserow web_socket_id)
        AuthenticationRefused, // final: do not retry with the same credentials
        ForceDisconnect, // final: the server ends the session
        SubscriptionConfirmed, // key or correlationId
        SubscriptionDiscarded, // key; text says why
        SubscriptionEnded, // correlationId: the server completed it (a finished stream)
        SubscriptionError, // correlationId; code, text
        Greeting, // text, id
        Status, // a control message: code, text
        ServerError, // code, text
        Stale, // key: the scope to reload (e.g. "table:5101")
    };
    explicit SessionEvent(Type t, QString k = {}, QString message = {})
        : type(t)
        , key(std::move(k))
        , text(std::move(message))
    { }
    Type type;
    QString key;
    QString correlationId;
    QString text;
    QString id;
    int code = 0;
};

// One message inside a frame (most frames hold one; "API page" frames can hold several).
struct DecodedMessage
{
    QByteArray type;
    MessageStatus status = MessageStatus::Ok;
    QString error;
};

struct DecodeResult
{
    Changes changes;
    std::vector<SessionEvent> events;
    std::vector<DecodedMessage> messages;
    // Frames the session must send back at once (a GraphQL pong to the server's ping).
    std::vector<QByteArray> replies;
    void clear()
    {
        changes.clear();
        events.clear();
        messages.clear();
        replies.clear();
    }
};

// A REST call the snapshot needs, described without doing it (protocols do no I/O).
struct RestCall
{
    QString tag; // what the answer is, for decodeRest ("rows", "fields", …)
    QByteArray method = "GET";
    QString path; // relative to the feed's base URL, may carry a query
    QByteArray body;
    QString scope; // the subscription key or "initial" it belongs to
    qint64 page = 0;
    QString target; // e.g. the table id

    static RestCall get(const QString &tag, const QString &path, const QString &scope,
            const QString &target = {})
    {
        RestCall c;
        c.tag = tag;
        c.path = path;
        c.scope = scope;
        c.target = target;
        return c;
    }
};

// A frame the composer offers to start from: one of the feed's own messages, named, with
// example values to edit.
struct FrameTemplate
{
    QString name; // translated
    QByteArray text;
};

struct SubscriptionRequest
{
    QString key;
    QByteArray subscribeFrame;
    QByteArray unsubscribeFrame;
    QString correlationId;
};

// One adapter per feed: decodes frames into changes and session events, encodes the feed's
// subscriptions and describes its REST snapshot; its schema (schema()) names, labels and
// orders its entities. Pure: no sockets, no models, no clocks; everything comes in as bytes.
class FeedProtocol
{
public:
    virtual ~FeedProtocol() = default;
    virtual const NodeSchema &schema() const = 0;

    // Decodes one frame; appends to out. Never throws, never fails: bad input is reported
    // in out.messages with its status and error.
    virtual void decode(const Frame &frame, DecodeResult &out) = 0;
    // A one-line description of a frame for the message log.
    virtual QString summarize(QByteArrayView frame) = 0;

    // Subscriptions. spec is the user's form ("table:5101"); nullopt + error when invalid.
    virtual bool hasSubscriptions() const { return false; }
    virtual std::optional<SubscriptionRequest> subscription(const QString &spec, QString *error);
    virtual QString subscriptionSyntax() const { return {}; }
    // The subscription that watches this entity (a Baserow table's "table:100", a
    // ContentServer folder's path); empty when none does.
    virtual QString subscriptionSpecFor(const NodeLookup &tree, NodeId node) const;
    // What the subscription panel tells the user about this feed's subscriptions.
    virtual QString subscriptionNote(int timeoutMs) const;
    // Why a subscription still unanswered after timeoutMs is shown as refused.
    virtual QString refusalNote(int timeoutMs) const;
    // Whether the server answers every subscription soon (or refuses by staying silent): an
    // unanswered one is then refused after the timeout. A GraphQL subscription is confirmed by
    // its first result, which may come at any time.
    virtual bool answersSubscriptions() const { return true; }
    // What the session sends as soon as the socket opens, before anything else (GraphQL's
    // connection_init). The feed is ready when the protocol reports SessionEvent::Authenticated
    // if the driver says it is not ready on open.
    virtual std::vector<QByteArray> openingFrames() const { return {}; }
    // The frames a user may send by hand, as the server expects them.
    virtual std::vector<FrameTemplate> frameTemplates() const { return {}; }
    // Whether every frame of this feed is JSON: the composer warns before sending other text.
    virtual bool framesAreJson() const { return true; }
    // Counts the statistics by this member of each message instead of its type (raw feed);
    // false when the feed has a fixed notion of type.
    virtual bool setStatisticsKey(const QString &key)
    {
        Q_UNUSED(key);
        return false;
    }

    // Snapshot over REST: the calls to make first, those for a subscription, and the decoding
    // of each answer (which may ask for more, e.g. the next page).
    virtual std::vector<RestCall> initialSnapshot() const { return {}; }
    virtual std::vector<RestCall> subscriptionSnapshot(const QString &key) const;
    virtual void decodeRest(const RestCall &call, int status, QByteArrayView body,
            DecodeResult &out, std::vector<RestCall> &more);
    // The call that loads what an entity lacks (content not sent with an ADD, fields missing
    // from a list), or nullopt.
    virtual std::optional<RestCall> detailsCall(const NodeLookup &tree, NodeId node) const;
};

// Builders shared by the adapters.
Change makeUpsert(Kind kind, const EntityId &id, const EntityId &scope, const NodeRef &parent,
        RawObject data, const Frame &frame);
Change makeRemove(Kind kind, const EntityId &id, const EntityId &scope, const Frame &frame);

} // namespace Feedscope
