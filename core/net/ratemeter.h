// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QtGlobal>

namespace Feedscope {

// Events and bytes per second over the last second, in ten 100 ms buckets: O(1) per event.
class RateMeter
{
public:
    void add(qint64 nowMs, qint64 bytes = 0);
    double eventsPerSecond(qint64 nowMs) const;
    double bytesPerSecond(qint64 nowMs) const;
    void reset();

private:
    static constexpr int Buckets = 10;
    static constexpr qint64 BucketMs = 100;
    struct Bucket
    {
        qint64 slot = -1;
        qint64 events = 0;
        qint64 bytes = 0;
    };
    std::array<Bucket, Buckets> m_buckets {};
};

} // namespace Feedscope
