// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace Feedscope {

// The last few items of a sequence, oldest first, in a ring: appending to a full ring drops the
// oldest in O(1), without shifting the others (an entity's versions and frame numbers, updated
// on every message of a flood). Grows on demand up to the cap it is given.
//
// The first Inline items live in the ring itself, so an entity with few versions (most rows of a
// large table under a flood) has no separate buffer: no allocation, and no other page for an
// update to reach. Past that the items move to the heap.
template<typename T, size_t Inline = 2>
class BoundedRing
{
    static_assert(std::is_trivially_copyable_v<T>, "items are copied as bytes between buffers");
    static_assert(Inline > 0);

public:
    BoundedRing() = default;
    BoundedRing(const BoundedRing &o) { *this = o; }
    BoundedRing(BoundedRing &&o) noexcept { *this = std::move(o); }
    BoundedRing &operator=(const BoundedRing &o)
    {
        if (this == &o)
            return *this;
        m_heap.reset();
        m_capacity = Inline;
        m_head = 0;
        m_count = 0;
        if (o.m_count > Inline) {
            m_heap = std::make_unique<T[]>(o.m_count);
            m_capacity = std::uint32_t(o.m_count);
        }
        for (size_t i = 0; i < o.m_count; ++i)
            buffer()[i] = o[i];
        m_count = o.m_count;
        return *this;
    }
    BoundedRing &operator=(BoundedRing &&o) noexcept
    {
        if (this == &o)
            return *this;
        std::copy(std::begin(o.m_inline), std::end(o.m_inline), std::begin(m_inline));
        m_heap = std::move(o.m_heap);
        m_capacity = std::exchange(o.m_capacity, Inline);
        m_head = std::exchange(o.m_head, 0);
        m_count = std::exchange(o.m_count, 0);
        return *this;
    }

    size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }
    const T &operator[](size_t i) const { return buffer()[wrap(m_head + i)]; }
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
        if (m_count == m_capacity) {
            // No free slot: move the items, oldest first, into a larger buffer. Start at a few
            // slots: growing 1, 2, 4… costs a reallocation (cold memory, under a flood) every
            // other push while an entity's first versions come in.
            const size_t capacity = std::min(cap, std::max<size_t>(MinHeap, m_capacity * 2));
            auto grown = std::make_unique<T[]>(capacity);
            for (size_t i = 0; i < m_count; ++i)
                grown[i] = (*this)[i];
            m_heap = std::move(grown);
            m_capacity = std::uint32_t(capacity);
            m_head = 0;
        }
        buffer()[wrap(m_head + m_count)] = item;
        ++m_count;
        return dropped;
    }

    // The slot the next push writes (at cap, the item it drops), for prefetching; null when the
    // push has to grow the ring first.
    const T *nextSlot(size_t cap) const
    {
        if (m_count > 0 && m_count >= cap)
            return &buffer()[m_head];
        return m_count < m_capacity ? &buffer()[wrap(m_head + m_count)] : nullptr;
    }

    void popFront()
    {
        if (m_count == 0)
            return;
        buffer()[m_head] = T();
        m_head = std::uint32_t(wrap(m_head + 1));
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
    static constexpr size_t MinHeap = std::max<size_t>(4, Inline * 2);
    size_t wrap(size_t i) const { return i < m_capacity ? i : i - m_capacity; }
    T *buffer() { return m_heap ? m_heap.get() : m_inline; }
    const T *buffer() const { return m_heap ? m_heap.get() : m_inline; }

    T m_inline[Inline] {};
    std::unique_ptr<T[]> m_heap;
    std::uint32_t m_capacity = Inline;
    std::uint32_t m_head = 0;
    std::uint32_t m_count = 0;
};

} // namespace Feedscope
