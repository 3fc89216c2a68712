// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace Feedscope {

class FeedDriver;
class FeedSession;

// Baserow's I/O: the REST login (token-auth), the refresh of the access token before each
// attempt, the jwt_token query item, ready on the authentication message.
std::unique_ptr<FeedDriver> createBaserowDriver(FeedSession &session);

} // namespace Feedscope
