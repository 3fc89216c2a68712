// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowschema.h"

#include <QCoreApplication>

#include "baserowkinds.h"
#include "json/ovalue.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::BaserowProtocol)
};

using namespace BaserowKind;
constexpr KindInfo Kinds[] = {
        {Workspace, "workspace", QT_TRANSLATE_NOOP("Feedscope::Kind", "Workspaces"), "folder"},
        {User, "user", QT_TRANSLATE_NOOP("Feedscope::Kind", "Members"), "person"},
        {Application, "application", QT_TRANSLATE_NOOP("Feedscope::Kind", "Applications"),
                "folder"},
        {Table, "table", QT_TRANSLATE_NOOP("Feedscope::Kind", "Tables"), "table"},
        {Field, "field", QT_TRANSLATE_NOOP("Feedscope::Kind", "Fields"), "column"},
        {View, "view", QT_TRANSLATE_NOOP("Feedscope::Kind", "Views"), "view"},
        {ViewFilterGroup, "view_filter_group",
                QT_TRANSLATE_NOOP("Feedscope::Kind", "Filter groups"), "filter"},
        {ViewFilter, "view_filter", QT_TRANSLATE_NOOP("Feedscope::Kind", "Filters"), "filter"},
        {ViewSort, "view_sort", QT_TRANSLATE_NOOP("Feedscope::Kind", "Sorts"), "sort"},
        {ViewGroupBy, "view_group_by", QT_TRANSLATE_NOOP("Feedscope::Kind", "Group-bys"), "sort"},
        {ViewDecoration, "view_decoration", QT_TRANSLATE_NOOP("Feedscope::Kind", "Decorations"),
                "entity"},
        {Row, "row", QT_TRANSLATE_NOOP("Feedscope::Kind", "Rows"), "item"},
        {RowComment, "row_comment", QT_TRANSLATE_NOOP("Feedscope::Kind", "Comments"), "comment"},
};
} // namespace

const KindTable &baserowKinds()
{
    static const KindTable table {Kinds};
    return table;
}

const KindTable &BaserowSchema::kinds() const
{
    return baserowKinds();
}

namespace {
QString fieldName(const NodeLookup &tree, const std::optional<qint64> &fieldId)
{
    if (!fieldId)
        return {};
    const NodeId f = tree.lookup(NodeRef {BaserowKind::Field, QString::number(*fieldId), {}});
    if (f != NoNode) {
        if (auto name = tree.dataOf(f).string("name"))
            return *name;
    }
    return u"field %1"_s.arg(*fieldId);
}

// The plain text of a ProseMirror document (row comments).
void proseText(QStringList &out, const OValue &node)
{
    if (node.value(u"type").toString() == u"text")
        out << node.value(u"text").toString();
    for (const OValue &child : node.value(u"content").items())
        proseText(out, child);
}
} // namespace

QString BaserowSchema::label(const NodeLookup &tree, NodeId id) const
{
    const Kind kind = tree.kindOf(id);
    const NodeRef &ref = tree.refOf(id);
    const RawObject &d = tree.dataOf(id);
    const QString name = d.string("name").value_or(QString());
    switch (int(kind)) { // int: feed kinds are numbers of the feed
    case int(BaserowKind::Workspace):
    case int(BaserowKind::Table):
        return name.isEmpty() ? u"%1 %2"_s.arg(baserowKinds().name(kind), ref.id.toString()) : name;
    case int(BaserowKind::Application): {
        const QString type = d.string("type").value_or(QString());
        const QString base = name.isEmpty() ? u"application %1"_s.arg(ref.id.toString()) : name;
        return type.isEmpty() || type == u"database" ? base : u"%1 (%2)"_s.arg(base, type);
    }
    case int(BaserowKind::Field):
    case int(BaserowKind::View): {
        const QString type = d.string("type").value_or(QString());
        const QString base = name.isEmpty()
                ? u"%1 %2"_s.arg(baserowKinds().name(kind), ref.id.toString())
                : name;
        return type.isEmpty() ? base : u"%1 (%2)"_s.arg(base, type);
    }
    case int(BaserowKind::User): {
        const QString email = d.string("email").value_or(QString());
        QString s = name.isEmpty() ? email : name;
        if (!email.isEmpty() && !name.isEmpty())
            s += u" <"_s + email + u'>';
        if (auto perm = d.string("permissions"))
            s += u" · "_s + *perm;
        if (d.boolean("to_be_deleted").value_or(false))
            s += u" · "_s + Tr::tr("scheduled for deletion");
        return s.isEmpty() ? u"member %1"_s.arg(ref.id.toString()) : s;
    }
    case int(BaserowKind::ViewFilter):
        return u"%1 %2 \"%3\""_s.arg(fieldName(tree, d.integer("field")),
                d.string("type").value_or(QString()), d.string("value").value_or(QString()));
    case int(BaserowKind::ViewFilterGroup):
        return Tr::tr("%1 group").arg(d.string("filter_type").value_or(u"AND"_s));
    case int(BaserowKind::ViewSort):
    case int(BaserowKind::ViewGroupBy):
        return u"%1 %2"_s.arg(
                fieldName(tree, d.integer("field")), d.string("order").value_or(QString()));
    case int(BaserowKind::ViewDecoration):
        return u"%1 %2"_s.arg(d.string("type").value_or(QString()),
                d.string("value_provider_type").value_or(QString()));
    case int(BaserowKind::Row): {
        QString label = u"#"_s + ref.id.toString();
        if (const NodeId parent = tree.parentOf(id); parent != NoNode) {
            for (NodeId field : tree.childrenOf(parent, BaserowKind::Field)) {
                if (tree.dataOf(field).boolean("primary").value_or(false)) {
                    const QByteArray key = "field_" + tree.refOf(field).id.toString().toLatin1();
                    if (auto v = d.value(key)) {
                        const QString text = jsonValueText(*v);
                        if (!text.isEmpty() && text != u"null")
                            label += u' ' + text;
                    }
                    break;
                }
            }
        }
        return label;
    }
    case int(BaserowKind::RowComment): {
        QString who = d.string("first_name").value_or(QString());
        QStringList text;
        if (auto msg = d.value("message")) {
            if (auto doc = OValue::fromJson(*msg))
                proseText(text, *doc);
        }
        QString body = text.join(u' ');
        if (body.size() > 60)
            body = body.left(59) + u'…';
        if (d.boolean("trashed").value_or(false))
            body = Tr::tr("(deleted)");
        return who.isEmpty() ? body : who + u": "_s + body;
    }
    default:
        return NodeSchema::label(tree, id);
    }
}

QByteArray BaserowSchema::sortKey(Kind kind, const RawObject &data) const
{
    switch (int(kind)) { // int: feed kinds are numbers of the feed
    case int(BaserowKind::Row):
    case int(BaserowKind::Application):
    case int(BaserowKind::Table):
    case int(BaserowKind::Field):
    case int(BaserowKind::View):
    case int(BaserowKind::Workspace):
        if (auto order = data.value("order"))
            return decimalSortKey(*order);
        return {};
    default:
        return {};
    }
}

bool BaserowSchema::sameSortKey(Kind, const RawObject &a, const RawObject &b) const
{
    // Every kind sorts by its order field alone (or by nothing).
    return a.value("order") == b.value("order");
}

bool BaserowSchema::groupsChildren(Kind kind) const
{
    return kind == BaserowKind::Workspace || kind == BaserowKind::Table
            || kind == BaserowKind::View;
}

GridKinds BaserowSchema::grid() const
{
    return {BaserowKind::Table, BaserowKind::Row, BaserowKind::Field, "field_"};
}

} // namespace Feedscope
