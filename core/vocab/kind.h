// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QByteArrayView>
#include <QString>

namespace Feedscope {

// The kind of an entity, local to its feed: 0 is the root, a feed numbers its own kinds from 1
// in the order their groups appear under a parent (a Baserow table shows its fields, then its
// views, then its rows). A store holds one feed's entities, so the numbers never meet another
// feed's; the feed's KindTable names them. Fewer than 32 kinds a feed (the tree keeps a bit
// per kind for its group folders).
enum class Kind : quint8 { Root = 0 };

constexpr Kind kindNumber(int n)
{
    return Kind(n);
}

// What the rest of the program knows of a kind.
struct KindInfo
{
    Kind kind = Kind::Root;
    const char *name = ""; // in the state dump and on the command line: "view_filter"
    const char *groupTitle = ""; // plural, for group folders: "Filters" (translated, context
                                 // "Feedscope::Kind")
    const char *icon = "entity"; // the UI's icon for it: folder, item, entity, document, …
    Kind family = Kind::Root; // kinds that share one key space (a ContentServer path is a
                              // directory or a file); Root: its own
    const char *textMember = nullptr; // a member holding text worth a tab of its own
                                      // (a ContentServer file's "content"), loaded on request
};

// Kinds that make a grid: the rows of a table, a column per member. A Baserow table's rows get
// a column per field entity (the member is the prefix and the field's id: field_1002); a
// GraphQL subscription's listed objects get a column per key their rows have.
struct GridKinds
{
    Kind table = Kind::Root;
    Kind row = Kind::Root;
    Kind column = Kind::Root; // entities naming the columns; Root: the rows' own keys
    const char *columnPrefix = ""; // the member a column entity stands for: prefix + its id
    bool isValid() const { return row != Kind::Root; }
};

// A feed's kinds, indexed by their number. Lookups are array reads.
class KindTable
{
public:
    constexpr KindTable() = default;
    explicit constexpr KindTable(std::span<const KindInfo> kinds)
        : m_kinds(kinds)
    { }

    int count() const { return int(m_kinds.size()) + 1; } // the root included
    const KindInfo *info(Kind kind) const
    {
        const int i = int(kind) - 1;
        return i >= 0 && i < int(m_kinds.size()) ? &m_kinds[size_t(i)] : nullptr;
    }
    QString name(Kind kind) const;
    QString groupTitle(Kind kind) const;
    QString icon(Kind kind) const;
    // The kind whose keys this kind shares (itself unless told otherwise).
    Kind family(Kind kind) const
    {
        const KindInfo *k = info(kind);
        return k && k->family != Kind::Root ? k->family : kind;
    }
    // Kind::Root when no kind has this name.
    Kind byName(QStringView name) const;
    std::span<const KindInfo> all() const { return m_kinds; }

private:
    std::span<const KindInfo> m_kinds;
};

} // namespace Feedscope
