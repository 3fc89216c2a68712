// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedump.h"

#include "json/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
OValue dumpNode(const EntityStore &store, NodeId id, JsonReader &reader)
{
    const auto &n = store.node(id);
    OValue node = OValue::object();
    node.insert(u"kind"_s, store.schema().kinds().name(n.kind));
    node.insert(u"id"_s, n.ref.id.toString());
    node.insert(u"label"_s, store.label(id));
    node.insert(u"deleted"_s, n.deleted);
    auto data = reader.parseOValue(n.data.json());
    node.insert(u"data"_s, data ? std::move(*data) : OValue::object());
    OValue::Array children;
    children.reserve(n.children.size());
    for (NodeId c : n.children)
        children.push_back(dumpNode(store, c, reader));
    node.insert(u"children"_s, OValue(std::move(children)));
    return node;
}
} // namespace

OValue nodeDump(const EntityStore &store, NodeId id)
{
    JsonReader reader;
    return dumpNode(store, id, reader);
}

OValue stateDump(const EntityStore &store, const QString &feed)
{
    JsonReader reader;
    OValue::Array roots;
    for (NodeId c : store.node(RootNode).children)
        roots.push_back(dumpNode(store, c, reader));
    return OValue::object({{u"feed"_s, feed}, {u"roots"_s, OValue(std::move(roots))}});
}

QByteArray stateDumpJson(const EntityStore &store, const QString &feed)
{
    QByteArray out = stateDump(store, feed).toJson(OValue::Style::Indented);
    out.append('\n');
    return out;
}

} // namespace Feedscope
