// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace Feedscope {

Backoff::Backoff(ReconnectPolicy policy, unsigned seed)
    : m_policy(policy)
    , m_rng(seed)
{ }

int Backoff::nominalDelayMs(int attempt) const
{
    const double d =
            m_policy.initialDelayMs * std::pow(std::max(1.0, m_policy.multiplier), attempt);
    return int(std::min<double>(d, m_policy.maxDelayMs));
}

int Backoff::nextDelayMs()
{
    const int nominal = nominalDelayMs(m_attempts);
    ++m_attempts;
    const double j = std::clamp(m_policy.jitter, 0.0, 1.0);
    std::uniform_real_distribution<double> dist(1.0 - j, 1.0 + j);
    const double d = nominal * dist(m_rng);
    return int(std::clamp<double>(d, 0, m_policy.maxDelayMs));
}

bool Backoff::exhausted() const
{
    return m_policy.maxAttempts > 0 && m_attempts >= m_policy.maxAttempts;
}

} // namespace Feedscope
