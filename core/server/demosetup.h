// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUrl>

#include "session/feedconfig.h"

namespace Feedscope::Server {

// The demo's connections to an embedded server at url: Baserow as demo@example.com on the
// Products table, ContentServer as admin listening to /ui, and the "API page" feed.
QList<FeedConfig> demoFeeds(const QUrl &url);
// The text printed by `feedscope serve` and the headless demo: URL, endpoints, accounts.
QString describeServer(const QUrl &url, bool baserow, bool contentServer, bool apiPage);

} // namespace Feedscope::Server
