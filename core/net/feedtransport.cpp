// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtransport.h"

#include <QCoreApplication>

namespace Feedscope {

QString FeedTransport::stateName(State s)
{
    switch (s) {
    case State::Disconnected:
        return QCoreApplication::translate("Feedscope::FeedTransport", "Disconnected");
    case State::Connecting:
        return QCoreApplication::translate("Feedscope::FeedTransport", "Connecting");
    case State::Open:
        return QCoreApplication::translate("Feedscope::FeedTransport", "Open");
    case State::Closing:
        return QCoreApplication::translate("Feedscope::FeedTransport", "Closing");
    case State::WaitingToReconnect:
        return QCoreApplication::translate("Feedscope::FeedTransport", "Waiting to reconnect");
    }
    return {};
}

} // namespace Feedscope
