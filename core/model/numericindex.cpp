// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numericindex.h"

#include <bit>
#include <utility>

namespace Feedscope {

namespace {
// A group stays an array while its largest id is below this many slots per entry, plus a floor
// (a table's first rows may have any ids up to it): 64 Ki ids cost 256 KiB.
constexpr quint64 SlotsPerEntry = 4;
constexpr quint64 DenseFloor = 65536;
constexpr quint64 DenseMaxId = quint64(1) << 26;
} // namespace

NumericIndex::NumericIndex() = default;
NumericIndex::~NumericIndex() = default;

NumericIndex::NumericIndex(const NumericIndex &other)
{
    *this = other;
}

NumericIndex &NumericIndex::operator=(const NumericIndex &other)
{
    if (this == &other)
        return *this;
    m_groups = other.m_groups;
    m_lastGroupKey = 0;
    m_lastGroup = nullptr;
    m_slots = other.m_slots;
    m_mask = other.m_mask;
    m_shift = other.m_shift;
    m_hashSize = other.m_hashSize;
    m_size = other.m_size;
    return *this;
}

const NumericIndex::Group *NumericIndex::group(const Key &key) const
{
    const quint64 g = groupOf(key);
    if (m_lastGroup && m_lastGroupKey == g)
        return m_lastGroup;
    const auto it = m_groups.find(g);
    if (it == m_groups.end())
        return nullptr;
    m_lastGroupKey = g;
    m_lastGroup = &it->second;
    return m_lastGroup;
}

void NumericIndex::insert(const Key &key, NodeId id)
{
    Q_ASSERT(id != NoNode);
    Group &g = m_groups[groupOf(key)]; // unordered_map: references stay valid
    if (g.dense) {
        const quint64 i = idOf(key);
        if (i < DenseMaxId && i < (quint64(g.count) + 1) * SlotsPerEntry + DenseFloor) {
            if (i >= g.byId.size())
                g.byId.resize(std::max<size_t>(size_t(i) + 1, g.byId.size() * 3 / 2), NoNode);
            NodeId &slot = g.byId[size_t(i)];
            if (slot == NoNode) {
                ++g.count;
                ++m_size;
            }
            slot = id;
            return;
        }
        // Too sparse for an array: the group's entries move to the hash table for good.
        const quint64 family = key.familyAndId & ~IdMask;
        for (size_t j = 0; j < g.byId.size(); ++j) {
            if (g.byId[j] != NoNode)
                hashInsert(Key {family | j, key.scope}, g.byId[j]);
        }
        g.dense = false;
        g.count = 0;
        std::vector<NodeId>().swap(g.byId);
    }
    if (hashInsert(key, id))
        ++m_size;
}

void NumericIndex::remove(const Key &key)
{
    const auto it = m_groups.find(groupOf(key));
    if (it == m_groups.end())
        return;
    Group &g = it->second;
    if (g.dense) {
        const quint64 i = idOf(key);
        if (i < g.byId.size() && g.byId[size_t(i)] != NoNode) {
            g.byId[size_t(i)] = NoNode;
            --g.count;
            --m_size;
        }
        return;
    }
    if (hashRemove(key))
        --m_size;
}

void NumericIndex::clear()
{
    m_groups.clear();
    m_lastGroup = nullptr;
    m_slots.clear();
    m_mask = 0;
    m_shift = 64;
    m_hashSize = 0;
    m_size = 0;
}

size_t NumericIndex::denseGroups() const
{
    return size_t(std::count_if(
            m_groups.begin(), m_groups.end(), [](const auto &g) { return g.second.dense; }));
}

bool NumericIndex::hashInsert(const Key &key, NodeId id)
{
    // At most half full: probes stay short.
    if ((m_hashSize + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    for (size_t i = home(key);; i = (i + 1) & m_mask) {
        Slot &s = m_slots[i];
        if (s.id == NoNode) {
            s.key = key;
            s.id = id;
            ++m_hashSize;
            return true;
        }
        if (s.key == key) {
            s.id = id;
            return false;
        }
    }
}

bool NumericIndex::hashRemove(const Key &key)
{
    if (m_hashSize == 0)
        return false;
    size_t i = home(key);
    while (true) {
        if (m_slots[i].id == NoNode)
            return false;
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
    --m_hashSize;
    return true;
}

void NumericIndex::rehash(size_t capacity)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    m_mask = capacity - 1;
    m_shift = 64 - std::countr_zero(capacity);
    m_hashSize = 0;
    for (const Slot &s : old) {
        if (s.id != NoNode)
            hashInsert(s.key, s.id);
    }
}

} // namespace Feedscope
