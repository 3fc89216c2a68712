// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocolfactory.h"

#include "feedconfig.h"
#include "protocol/approtocol.h"
#include "protocol/baserowprotocol.h"
#include "protocol/contentserverprotocol.h"
#include "protocol/rawprotocol.h"

namespace Feedscope {

std::unique_ptr<FeedProtocol> createProtocol(const FeedConfig &config)
{
    switch (config.feed) {
    case FeedKind::Baserow: {
        auto p = std::make_unique<BaserowProtocol>();
        p->setRowSnapshotCap(config.rowSnapshotCap);
        return p;
    }
    case FeedKind::ContentServer: {
        auto p = std::make_unique<ContentServerProtocol>();
        p->setTemplates(config.csSubscribeTemplate, config.csUnsubscribeTemplate);
        return p;
    }
    case FeedKind::ApiPage:
        return std::make_unique<ApProtocol>();
    case FeedKind::Raw: {
        auto p = std::make_unique<RawProtocol>();
        p->setStatisticsKey(config.rawStatsKey);
        return p;
    }
    }
    return std::make_unique<RawProtocol>();
}

void setProtocolStatisticsKey(FeedProtocol *protocol, const QString &key)
{
    if (auto *raw = dynamic_cast<RawProtocol *>(protocol))
        raw->setStatisticsKey(key);
}

} // namespace Feedscope
