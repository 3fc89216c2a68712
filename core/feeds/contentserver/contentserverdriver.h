// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace Feedscope {

class FeedDriver;
class FeedSession;

// ContentServer's I/O: Basic, a session cookie or a JWT on the upgrade and on REST calls, the
// JWT fetched from /jwt/rest/v1/token with the user's password when it is missing or expired.
std::unique_ptr<FeedDriver> createContentServerDriver(FeedSession &session);

} // namespace Feedscope
