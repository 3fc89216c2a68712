// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedprotocol.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Feedscope {

std::optional<SubscriptionRequest> FeedProtocol::subscription(const QString &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate(
                "Feedscope::FeedProtocol", "this feed has no subscriptions");
    return std::nullopt;
}

std::vector<RestCall> FeedProtocol::subscriptionSnapshot(const QString &) const
{
    return {};
}

void FeedProtocol::decodeRest(
        const RestCall &, int, QByteArrayView, DecodeResult &, std::vector<RestCall> &)
{ }

QString FeedProtocol::subscriptionSpecFor(const NodeLookup &, NodeId) const
{
    return {};
}

QString FeedProtocol::subscriptionNote(int) const
{
    return QCoreApplication::translate("Feedscope::FeedProtocol",
            "This feed has no subscriptions: the server sends everything to every client.");
}

QString FeedProtocol::refusalNote(int timeoutMs) const
{
    return QCoreApplication::translate("Feedscope::FeedProtocol", "no answer within %1 s")
            .arg(timeoutMs / 1000.0);
}

std::optional<RestCall> FeedProtocol::detailsCall(const NodeLookup &, NodeId) const
{
    return std::nullopt;
}

Change makeUpsert(Kind kind, const EntityId &id, const EntityId &scope, const NodeRef &parent,
        RawObject data, const Frame &frame)
{
    Change c;
    c.op = Change::Op::Upsert;
    c.node = NodeRef {kind, id, scope};
    c.parent = parent;
    c.data = std::move(data);
    c.seq = frame.seq;
    c.wallMs = frame.wallMs;
    return c;
}

Change makeRemove(Kind kind, const EntityId &id, const EntityId &scope, const Frame &frame)
{
    Change c;
    c.op = Change::Op::Remove;
    c.node = NodeRef {kind, id, scope};
    c.seq = frame.seq;
    c.wallMs = frame.wallMs;
    return c;
}

} // namespace Feedscope
