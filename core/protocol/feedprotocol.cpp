// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedprotocol.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Feedscope {

QString feedName(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Baserow:
        return u"baserow"_s;
    case FeedKind::ContentServer:
        return u"contentserver"_s;
    case FeedKind::ApiPage:
        return u"ap"_s;
    case FeedKind::Raw:
        return u"raw"_s;
    }
    return {};
}

QString feedTitle(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Baserow:
        return u"Baserow"_s;
    case FeedKind::ContentServer:
        return u"ContentServer"_s;
    case FeedKind::ApiPage:
        return QCoreApplication::translate("Feedscope::Feed", "API page");
    case FeedKind::Raw:
        return QCoreApplication::translate("Feedscope::Feed", "Raw JSON");
    }
    return {};
}

std::optional<FeedKind> feedFromName(QStringView name)
{
    for (FeedKind k :
            {FeedKind::Baserow, FeedKind::ContentServer, FeedKind::ApiPage, FeedKind::Raw}) {
        if (name.compare(feedName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    if (name.compare(u"apipage", Qt::CaseInsensitive) == 0
            || name.compare(u"api-page", Qt::CaseInsensitive) == 0)
        return FeedKind::ApiPage;
    if (name.compare(u"cs", Qt::CaseInsensitive) == 0)
        return FeedKind::ContentServer;
    return std::nullopt;
}

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

std::optional<RestCall> FeedProtocol::detailsCall(const EntityStore &, NodeId) const
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
