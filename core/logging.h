// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per layer; users pick with --log-rules "feedscope.net.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace Feedscope {
// Installs a Qt message handler that masks secrets (JWTs, Authorization values, passwords)
// in every message before it reaches stderr, then chains to the previous handler.
void installRedactingMessageHandler();
} // namespace Feedscope
