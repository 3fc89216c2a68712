// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include "vocab/policies.h"

namespace Feedscope {

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
