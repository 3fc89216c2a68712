// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Feedscope {

// In and Out are frames; Event is a row of the connection's story in the message log
// (connect, close, login, a subscription's answer), never a frame on the wire.
enum class Direction : quint8 { In, Out, Event };

// One WebSocket message as it crossed the wire. Plain value: it is what every later stage
// (log, decoder, recorder) receives.
struct Frame
{
    quint64 seq = 0; // per connection, in and out frames share one sequence
    qint64 monotonicNs = 0; // from the connection's clock
    qint64 wallMs = 0; // ms since the epoch, UTC
    QByteArray bytes;
    bool binary = false;
    Direction dir = Direction::In;
};

} // namespace Feedscope

Q_DECLARE_METATYPE(Feedscope::Frame)
