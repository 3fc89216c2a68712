// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "protocol/feedprotocol.h"

namespace Feedscope {

struct FeedConfig;

// The adapter for a feed, configured from the session's settings.
std::unique_ptr<FeedProtocol> createProtocol(const FeedConfig &config);
void setProtocolStatisticsKey(FeedProtocol *protocol, const QString &key);

} // namespace Feedscope
