// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Feedscope {

struct FeedDescriptor;

// Any WebSocket that speaks JSON: the log and statistics, no tree.
const FeedDescriptor &rawFeed();

} // namespace Feedscope
