// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Feedscope {

// The policies a connection and a store follow: plain values that a feed's defaults, the
// settings and the command line fill in.

struct ReconnectPolicy
{
    bool enabled = true;
    int initialDelayMs = 1000;
    int maxDelayMs = 30000;
    double multiplier = 2.0;
    double jitter = 0.2; // each delay is spread over ±jitter of its nominal value
    int maxAttempts = 0; // 0: no limit
    int stableAfterMs = 10000; // an open connection this old resets the backoff
};

struct KeepalivePolicy
{
    bool enabled = false;
    int intervalMs = 30000;
    int timeoutMs = 10000;
};

struct StoreLimits
{
    int historyPerNode = 50; // previous versions kept per entity
    // Previous versions in the store's history log: the ones kept and, until the log's tail
    // reaches them, the ones the per-entity cap already dropped.
    int historyTotal = 500000;
    int touchedPerNode = 50; // frame sequence numbers kept per entity
    bool keepTombstones = true; // deleted entities stay (greyed) until cleared
    int resetThreshold = 2000; // a batch with more new entities resets models instead
    // Members one entity may hold. Each change to an entity copies its members, so a feed that
    // patched one entity with new keys without end would make every change slower than the
    // last; a change that would take an entity past this is refused and counted. Baserow
    // allows 1 500 fields a table, so a row stays well under it.
    int membersPerNode = 4096;
};

} // namespace Feedscope
