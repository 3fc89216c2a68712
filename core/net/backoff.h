// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

namespace Feedscope {

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

// Exponential backoff with jitter: nominal delay = initial × multiplier^n, capped; the actual
// delay is drawn uniformly from nominal × [1 − jitter, 1 + jitter], never above the cap.
class Backoff
{
public:
    explicit Backoff(ReconnectPolicy policy = {}, unsigned seed = std::random_device {}());
    void setPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    const ReconnectPolicy &policy() const { return m_policy; }

    int nominalDelayMs(int attempt) const;
    // Delay before the next attempt; counts the attempt.
    int nextDelayMs();
    int attempts() const { return m_attempts; }
    bool exhausted() const;
    void reset() { m_attempts = 0; }

private:
    ReconnectPolicy m_policy;
    std::mt19937 m_rng;
    int m_attempts = 0;
};

} // namespace Feedscope
