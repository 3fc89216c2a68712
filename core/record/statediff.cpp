// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statediff.h"

#include <functional>

#include "model/entitystore.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {

bool present(const EntityStore &store, NodeId id)
{
    return id != NoNode && store.isValid(id) && !store.node(id).deleted;
}

QString pathOf(const EntityStore &store, NodeId id)
{
    QStringList parts;
    for (NodeId n = store.node(id).parent; n != NoNode && n != RootNode && store.isValid(n);
            n = store.node(n).parent)
        parts.prepend(store.label(n));
    return parts.join(u" / "_s);
}

std::optional<OValue> member(const RawObject &data, qsizetype i)
{
    if (i < 0)
        return std::nullopt;
    auto v = OValue::fromJson(data.valueAt(i));
    return v ? std::move(*v) : OValue(QString::fromUtf8(data.valueAt(i)));
}

QString keyText(QByteArrayView escaped)
{
    // Keys are kept as escaped JSON text; decode the rare escaped one.
    if (!escaped.contains('\\'))
        return QString::fromUtf8(escaped);
    const QByteArray quoted = "\"" + escaped.toByteArray() + "\"";
    auto v = OValue::fromJson(quoted);
    return v ? v->toString() : QString::fromUtf8(escaped);
}

// Members that differ: in a's order, then b's new ones.
std::vector<StateDiff::Member> members(const RawObject *a, const RawObject *b)
{
    std::vector<StateDiff::Member> out;
    static const RawObject empty;
    const RawObject &x = a ? *a : empty;
    const RawObject &y = b ? *b : empty;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const qsizetype j = y.indexOf(x.keyAt(i));
        if (j >= 0 && x.valueAt(i) == y.valueAt(j))
            continue;
        out.push_back({keyText(x.keyAt(i)), {}, member(x, i), member(y, j)});
    }
    for (qsizetype j = 0; j < y.size(); ++j) {
        if (x.indexOf(y.keyAt(j)) < 0)
            out.push_back({keyText(y.keyAt(j)), {}, std::nullopt, member(y, j)});
    }
    return out;
}

} // namespace

QString StateDiff::changeId(Entity::Change c)
{
    switch (c) {
    case Entity::Change::Created:
        return u"created"_s;
    case Entity::Change::Deleted:
        return u"deleted"_s;
    case Entity::Change::Changed:
        break;
    }
    return u"changed"_s;
}

StateDiff diffStates(const EntityStore &before, const EntityStore &after)
{
    StateDiff diff;
    // Members named by the state that has the entity (its table's fields).
    auto named = [](StateDiff::Entity &e, const EntityStore &store, NodeId id) {
        const QHash<QString, QString> names = store.memberNames(id);
        for (auto &m : e.members)
            m.name = names.value(m.key);
    };
    auto entity = [](const EntityStore &store, NodeId id, StateDiff::Entity::Change change) {
        StateDiff::Entity e;
        e.change = change;
        e.kind = store.schema().kinds().name(store.node(id).kind);
        e.id = store.node(id).ref.id.toString();
        e.label = store.label(id);
        e.path = pathOf(store, id);
        return e;
    };
    // The later state's tree: what is new, changed, or a tombstone now.
    std::function<void(NodeId)> walkAfter = [&](NodeId parent) {
        for (NodeId id : after.node(parent).children) {
            const NodeId old = before.find(after.node(id).ref);
            const bool was = present(before, old);
            const bool is = present(after, id);
            if (is && !was) {
                auto e = entity(after, id, StateDiff::Entity::Change::Created);
                e.members = members(nullptr, &after.node(id).data);
                named(e, after, id);
                diff.entities.push_back(std::move(e));
                ++diff.created;
            } else if (is && was) {
                auto m = members(&before.node(old).data, &after.node(id).data);
                if (!m.empty()) {
                    auto e = entity(after, id, StateDiff::Entity::Change::Changed);
                    e.members = std::move(m);
                    named(e, after, id);
                    diff.entities.push_back(std::move(e));
                    ++diff.changed;
                }
            } else if (!is && was) {
                auto e = entity(before, old, StateDiff::Entity::Change::Deleted);
                e.members = members(&before.node(old).data, nullptr);
                named(e, before, old);
                diff.entities.push_back(std::move(e));
                ++diff.deleted;
            }
            walkAfter(id);
        }
    };
    walkAfter(RootNode);
    // The earlier state's: what the later one does not know at all (an earlier moment's
    // entities, when "after" is the earlier of the two).
    std::function<void(NodeId)> walkBefore = [&](NodeId parent) {
        for (NodeId id : before.node(parent).children) {
            if (present(before, id) && after.find(before.node(id).ref) == NoNode) {
                auto e = entity(before, id, StateDiff::Entity::Change::Deleted);
                e.members = members(&before.node(id).data, nullptr);
                named(e, before, id);
                diff.entities.push_back(std::move(e));
                ++diff.deleted;
            }
            walkBefore(id);
        }
    };
    walkBefore(RootNode);
    return diff;
}

OValue StateDiff::toJson() const
{
    OValue::Array list;
    list.reserve(entities.size());
    for (const Entity &e : entities) {
        OValue m = OValue::object();
        for (const Member &mem : e.members) {
            OValue pair = OValue::object();
            pair.insert(u"old"_s, mem.before ? *mem.before : OValue());
            pair.insert(u"new"_s, mem.after ? *mem.after : OValue());
            if (!mem.before)
                pair.insert(u"added"_s, true);
            if (!mem.after)
                pair.insert(u"removed"_s, true);
            if (!mem.name.isEmpty())
                pair.insert(u"name"_s, mem.name);
            m.insert(mem.key, std::move(pair));
        }
        list.push_back(OValue::object(
                {{u"change"_s, changeId(e.change)}, {u"kind"_s, e.kind}, {u"id"_s, e.id},
                        {u"label"_s, e.label}, {u"path"_s, e.path}, {u"members"_s, std::move(m)}}));
    }
    return OValue::object({{u"created"_s, created}, {u"deleted"_s, deleted},
            {u"changed"_s, changed}, {u"entities"_s, OValue(std::move(list))}});
}

} // namespace Feedscope
