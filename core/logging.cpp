// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include "util/secrets.h"

Q_LOGGING_CATEGORY(lcNet, "feedscope.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "feedscope.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "feedscope.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "feedscope.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "feedscope.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "feedscope.ui", QtInfoMsg)

namespace Feedscope {

namespace {
QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString masked = Secrets::redactText(message);
    if (g_previousHandler)
        g_previousHandler(type, context, masked);
}
} // namespace

void installRedactingMessageHandler()
{
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace Feedscope
