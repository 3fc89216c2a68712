// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include <QtGlobal>

#include "util/prefetch.h"
#include "vocab/nodeschema.h"

namespace Feedscope {

// The store's index of entities with numeric ids: (kind family and id, scope) → node.
//
// Ids of one kind in one scope (the rows of a table, the tables) are mostly small and dense, so
// each such group starts as an array indexed by id: a row's lookup reads four bytes of an
// array a few hundred kilobytes long, which stays in the cache. A group whose ids turn out
// sparse (an id far above what its count would need) moves to a shared hash table: open
// addressing with linear probing in one flat array, removal shifting the following entries
// back (no tombstones). Either way a batch can prefetch where a lookup will read a few changes
// before it needs it, which a QHash's chain of dependent loads does not allow.
class NumericIndex
{
public:
    struct Key
    {
        quint64 familyAndId = 0; // the kind family in the top 12 bits, the id below
        quint64 scope = 0; // 0: none, else the scope's number + 1
        bool operator==(const Key &o) const = default;
    };

    NumericIndex();
    ~NumericIndex();
    // Copies (a store's checkpoint): the copy starts without the last lookup's group.
    NumericIndex(const NumericIndex &other);
    NumericIndex &operator=(const NumericIndex &other);

    NodeId value(const Key &key) const
    {
        if (const Group *g = group(key); g && g->dense) {
            const quint64 id = idOf(key);
            return id < g->byId.size() ? g->byId[size_t(id)] : NoNode;
        }
        return hashValue(key);
    }
    // Starts loading where a lookup of key reads.
    void prefetch(const Key &key) const
    {
        if (const Group *g = group(key); g && g->dense) {
            const quint64 id = idOf(key);
            if (id < g->byId.size())
                Feedscope::prefetch(&g->byId[size_t(id)]);
        } else if (m_hashSize != 0) {
            prefetchRange(&m_slots[home(key)], sizeof(Slot)); // a slot may straddle two lines
        }
    }
    // Adds or replaces.
    void insert(const Key &key, NodeId id);
    void remove(const Key &key);
    void clear();
    size_t size() const { return m_size; }
    // How many groups are arrays (for tests).
    size_t denseGroups() const;

private:
    static constexpr quint64 IdMask = (quint64(1) << 52) - 1;
    static quint64 idOf(const Key &key) { return key.familyAndId & IdMask; }
    static quint64 groupOf(const Key &key) { return (key.familyAndId & ~IdMask) | key.scope; }

    struct Group
    {
        bool dense = true;
        size_t count = 0; // entries, while dense
        std::vector<NodeId> byId; // while dense
    };
    const Group *group(const Key &key) const;

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
    NodeId hashValue(const Key &key) const
    {
        if (m_hashSize == 0)
            return NoNode;
        for (size_t i = home(key);; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.id == NoNode)
                return NoNode;
            if (s.key == key)
                return s.id;
        }
    }
    // Returns whether the key was new.
    bool hashInsert(const Key &key, NodeId id);
    bool hashRemove(const Key &key);
    void rehash(size_t capacity);

    std::unordered_map<quint64, Group> m_groups;
    // The group of the last lookup: a flood of row updates stays in one table.
    mutable quint64 m_lastGroupKey = 0;
    mutable const Group *m_lastGroup = nullptr;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    size_t m_hashSize = 0;
    size_t m_size = 0;
};

} // namespace Feedscope
