// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Feedscope {

struct FeedDescriptor;

// Baserow's real-time API (specs/baserow.md).
const FeedDescriptor &baserowFeed();

} // namespace Feedscope
