// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numericindex.h"

#include <bit>
#include <utility>

namespace Feedscope {

void NumericIndex::insert(const Key &key, NodeId id)
{
    Q_ASSERT(id != NoNode);
    // At most half full: probes stay short.
    if ((m_size + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    for (size_t i = home(key);; i = (i + 1) & m_mask) {
        Slot &s = m_slots[i];
        if (s.id == NoNode) {
            s.key = key;
            s.id = id;
            ++m_size;
            return;
        }
        if (s.key == key) {
            s.id = id;
            return;
        }
    }
}

void NumericIndex::remove(const Key &key)
{
    if (m_size == 0)
        return;
    size_t i = home(key);
    while (true) {
        if (m_slots[i].id == NoNode)
            return;
        if (m_slots[i].key == key)
            break;
        i = (i + 1) & m_mask;
    }
    // Shift back the entries after the hole that may move into it (their home is not in the
    // cyclic range (hole, their slot]).
    size_t hole = i;
    for (size_t j = (i + 1) & m_mask; m_slots[j].id != NoNode; j = (j + 1) & m_mask) {
        const size_t h = home(m_slots[j].key);
        const bool between = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
        if (!between) {
            m_slots[hole] = m_slots[j];
            hole = j;
        }
    }
    m_slots[hole] = Slot();
    --m_size;
}

void NumericIndex::clear()
{
    m_slots.clear();
    m_mask = 0;
    m_shift = 64;
    m_size = 0;
}

void NumericIndex::rehash(size_t capacity)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    m_mask = capacity - 1;
    m_shift = 64 - std::countr_zero(capacity);
    m_size = 0;
    for (const Slot &s : old) {
        if (s.id != NoNode)
            insert(s.key, s.id);
    }
}

} // namespace Feedscope
