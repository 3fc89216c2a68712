// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Feedscope {

struct FeedDescriptor;

// The "API page" events/pages feed (specs/ap.md).
const FeedDescriptor &apiPageFeed();

} // namespace Feedscope
