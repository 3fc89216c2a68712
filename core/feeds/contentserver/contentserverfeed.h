// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Feedscope {

struct FeedDescriptor;

// ActiveViam ContentServer's WebSocket v5 (specs/contentserver.md).
const FeedDescriptor &contentServerFeed();

} // namespace Feedscope
