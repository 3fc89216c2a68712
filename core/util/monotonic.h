// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QtGlobal>

namespace Feedscope {

// The process's one monotonic clock in nanoseconds (std::chrono::steady_clock, whose origin is
// unspecified: only differences mean something). The connection stamps frames with it and the
// session its other events, so a recording's times of both kinds compare.
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace Feedscope
