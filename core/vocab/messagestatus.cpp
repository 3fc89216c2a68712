// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestatus.h"

#include <QCoreApplication>

namespace Feedscope {

QString statusName(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Pending:
        return QCoreApplication::translate("Feedscope::MessageStatus", "pending");
    case MessageStatus::Ok:
        return QCoreApplication::translate("Feedscope::MessageStatus", "ok");
    case MessageStatus::Control:
        return QCoreApplication::translate("Feedscope::MessageStatus", "control");
    case MessageStatus::Unknown:
        return QCoreApplication::translate("Feedscope::MessageStatus", "unknown type");
    case MessageStatus::Invalid:
        return QCoreApplication::translate("Feedscope::MessageStatus", "invalid");
    case MessageStatus::Malformed:
        return QCoreApplication::translate("Feedscope::MessageStatus", "malformed");
    case MessageStatus::Error:
        return QCoreApplication::translate("Feedscope::MessageStatus", "error");
    case MessageStatus::Outgoing:
        return QCoreApplication::translate("Feedscope::MessageStatus", "sent");
    }
    return {};
}

} // namespace Feedscope
