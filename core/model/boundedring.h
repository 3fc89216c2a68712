// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace Feedscope {

// The last few items of a sequence, oldest first, in a ring: appending to a full ring drops the
// oldest in O(1), without shifting the others (an entity's versions and frame numbers, updated
// on every message of a flood). Grows on demand up to the cap it is given.
template<typename T>
class BoundedRing
{
public:
    size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    const T &operator[](size_t i) const { return m_slots[wrap(m_head + i)]; }
    const T &front() const { return (*this)[0]; }
    const T &back() const { return (*this)[m_count - 1]; }

    // Appends, first dropping the oldest items while at cap; returns how many it dropped.
    // A cap of 0 keeps nothing (and drops what there was).
    int push(T item, size_t cap)
    {
        int dropped = 0;
        while (m_count > 0 && m_count >= cap) {
            popFront();
            ++dropped;
        }
        if (cap == 0)
            return dropped;
        if (m_count == m_slots.size()) {
            // No free slot: unroll the ring, then grow it.
            std::rotate(m_slots.begin(), m_slots.begin() + std::ptrdiff_t(m_head), m_slots.end());
            m_head = 0;
            // Start at a few slots: growing 1, 2, 4… costs a reallocation (cold memory, under a
            // flood) every other push while an entity's first versions come in.
            if (m_slots.capacity() == m_slots.size())
                m_slots.reserve(std::min(cap, std::max<size_t>(MinCapacity, m_slots.size() * 2)));
            m_slots.push_back(std::move(item));
        } else {
            m_slots[wrap(m_head + m_count)] = std::move(item);
        }
        ++m_count;
        return dropped;
    }

    // The slot the next push writes (at cap, the item it drops), for prefetching; null when the
    // push has to grow the ring first.
    const T *nextSlot(size_t cap) const
    {
        if (m_slots.empty())
            return nullptr;
        if (m_count > 0 && m_count >= cap)
            return &m_slots[m_head];
        return m_count < m_slots.size() ? &m_slots[wrap(m_head + m_count)] : nullptr;
    }

    void popFront()
    {
        if (m_count == 0)
            return;
        m_slots[m_head] = T(); // release what the item holds now
        m_head = wrap(m_head + 1);
        if (--m_count == 0)
            m_head = 0;
    }

    std::vector<T> toVector() const
    {
        std::vector<T> out;
        out.reserve(m_count);
        for (size_t i = 0; i < m_count; ++i)
            out.push_back((*this)[i]);
        return out;
    }

private:
    static constexpr size_t MinCapacity = 4;
    size_t wrap(size_t i) const { return i < m_slots.size() ? i : i - m_slots.size(); }

    std::vector<T> m_slots;
    size_t m_head = 0;
    size_t m_count = 0;
};

} // namespace Feedscope
