// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "json/ovalue.h"

namespace Feedscope {

class EntityStore;

// What changed between two states of one feed (two moments of a recording): the entities
// created, deleted and changed, by identity (kind, id, scope), each changed one with its
// members old → new. A tombstone counts as gone; a placeholder as there.
struct StateDiff
{
    struct Member
    {
        QString key;
        QString name; // what the feed calls it ("Price" for field_1001), empty when unknown
        std::optional<OValue> before; // nullopt: the member was not there
        std::optional<OValue> after;
    };
    struct Entity
    {
        enum class Change : quint8 { Created, Deleted, Changed };
        Change change = Change::Changed;
        QString kind; // the schema's name ("row")
        QString id;
        QString label;
        QString path; // labels from the top, " / " between them
        std::vector<Member> members;
    };
    std::vector<Entity> entities; // in tree order (the later state's, then the earlier's)
    int created = 0;
    int deleted = 0;
    int changed = 0;

    static QString changeId(Entity::Change c); // "created", "deleted", "changed"
    // {"created": n, …, "entities": [{"change", "kind", "id", "label", "path",
    //  "members": {key: {"old": …, "new": …, "name"?}}}]} (docs/recording-format.md)
    OValue toJson() const;
};

StateDiff diffStates(const EntityStore &before, const EntityStore &after);

} // namespace Feedscope
