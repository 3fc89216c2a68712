// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include <QtGlobal>

#include "storeobserver.h"
#include "util/prefetch.h"

namespace Feedscope {

// The store's index of entities with numeric ids: (kind family and id, scope) → node. Open
// addressing with linear probing in one flat array, so that a batch can prefetch the slot of a
// change it will apply a few changes later (a QHash lookup is a chain of dependent cache misses
// that nothing can start early). Removal shifts the following entries back: no tombstones.
class NumericIndex
{
public:
    struct Key
    {
        quint64 familyAndId = 0;
        quint64 scope = 0; // 0: none, else the scope's number + 1
        bool operator==(const Key &o) const = default;
    };

    NodeId value(const Key &key) const
    {
        if (m_size == 0)
            return NoNode;
        for (size_t i = home(key);; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.id == NoNode)
                return NoNode;
            if (s.key == key)
                return s.id;
        }
    }
    // Starts loading the slot where a lookup of key begins.
    void prefetch(const Key &key) const
    {
        if (m_size != 0)
            prefetchRange(&m_slots[home(key)], sizeof(Slot)); // a slot may straddle two lines
    }
    // Adds or replaces.
    void insert(const Key &key, NodeId id);
    void remove(const Key &key);
    void clear();
    size_t size() const { return m_size; }

private:
    struct Slot
    {
        Key key;
        NodeId id = NoNode;
    };
    size_t home(const Key &key) const
    {
        // A multiplicative mix of both halves; the high bits pick the slot.
        const quint64 h =
                (key.familyAndId ^ (key.scope * 0x9e3779b97f4a7c15ULL)) * 0xbf58476d1ce4e5b9ULL;
        return size_t(h >> m_shift) & m_mask;
    }
    void rehash(size_t capacity);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    size_t m_size = 0;
};

} // namespace Feedscope
