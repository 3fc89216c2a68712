// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratemeter.h"

namespace Feedscope {

void RateMeter::add(qint64 nowMs, qint64 bytes)
{
    const qint64 slot = nowMs / BucketMs;
    Bucket &b = m_buckets[size_t(slot % Buckets)];
    if (b.slot != slot) {
        b.slot = slot;
        b.events = 0;
        b.bytes = 0;
    }
    ++b.events;
    b.bytes += bytes;
}

double RateMeter::eventsPerSecond(qint64 nowMs) const
{
    const qint64 slot = nowMs / BucketMs;
    qint64 sum = 0;
    for (const auto &b : m_buckets) {
        if (b.slot > slot - Buckets && b.slot <= slot)
            sum += b.events;
    }
    return double(sum) * 1000.0 / double(Buckets * BucketMs);
}

double RateMeter::bytesPerSecond(qint64 nowMs) const
{
    const qint64 slot = nowMs / BucketMs;
    qint64 sum = 0;
    for (const auto &b : m_buckets) {
        if (b.slot > slot - Buckets && b.slot <= slot)
            sum += b.bytes;
    }
    return double(sum) * 1000.0 / double(Buckets * BucketMs);
}

void RateMeter::reset()
{
    m_buckets = {};
}

} // namespace Feedscope
