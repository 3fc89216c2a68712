// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Feedscope {

// What became of one message: what the decoder made of it, or that it went out.
enum class MessageStatus : quint8 {
    Pending, // not decoded (yet)
    Ok, // decoded, changed or confirmed something
    Control, // connection-level: authentication, subscription answers, greetings
    Unknown, // valid JSON of a type the decoder does not know: kept and counted
    Invalid, // a known type with missing or wrongly typed fields
    Malformed, // not JSON, or not an object
    Error, // the server reported an error
    Outgoing, // sent by us
};

QString statusName(MessageStatus s);

} // namespace Feedscope
