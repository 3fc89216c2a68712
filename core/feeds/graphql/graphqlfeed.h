// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Feedscope {

struct FeedDescriptor;

// GraphQL subscriptions over WebSocket (graphql-transport-ws, the graphql-ws library's
// protocol).
const FeedDescriptor &graphQlFeed();

} // namespace Feedscope
