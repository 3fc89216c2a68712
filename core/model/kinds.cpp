// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinds.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Feedscope {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Root:
        return u"root"_s;
    case Kind::Workspace:
        return u"workspace"_s;
    case Kind::User:
        return u"user"_s;
    case Kind::Application:
        return u"application"_s;
    case Kind::Table:
        return u"table"_s;
    case Kind::Field:
        return u"field"_s;
    case Kind::View:
        return u"view"_s;
    case Kind::ViewFilterGroup:
        return u"view_filter_group"_s;
    case Kind::ViewFilter:
        return u"view_filter"_s;
    case Kind::ViewSort:
        return u"view_sort"_s;
    case Kind::ViewGroupBy:
        return u"view_group_by"_s;
    case Kind::ViewDecoration:
        return u"view_decoration"_s;
    case Kind::Row:
        return u"row"_s;
    case Kind::RowComment:
        return u"row_comment"_s;
    case Kind::Directory:
        return u"directory"_s;
    case Kind::File:
        return u"file"_s;
    case Kind::Event:
        return u"event"_s;
    case Kind::EventField:
        return u"field"_s;
    case Kind::Page:
        return u"page"_s;
    case Kind::Count:
        break;
    }
    return {};
}

QString kindGroupTitle(Kind kind)
{
    switch (kind) {
    case Kind::Workspace:
        return QCoreApplication::translate("Feedscope::Kind", "Workspaces");
    case Kind::User:
        return QCoreApplication::translate("Feedscope::Kind", "Members");
    case Kind::Application:
        return QCoreApplication::translate("Feedscope::Kind", "Applications");
    case Kind::Table:
        return QCoreApplication::translate("Feedscope::Kind", "Tables");
    case Kind::Field:
        return QCoreApplication::translate("Feedscope::Kind", "Fields");
    case Kind::View:
        return QCoreApplication::translate("Feedscope::Kind", "Views");
    case Kind::ViewFilterGroup:
        return QCoreApplication::translate("Feedscope::Kind", "Filter groups");
    case Kind::ViewFilter:
        return QCoreApplication::translate("Feedscope::Kind", "Filters");
    case Kind::ViewSort:
        return QCoreApplication::translate("Feedscope::Kind", "Sorts");
    case Kind::ViewGroupBy:
        return QCoreApplication::translate("Feedscope::Kind", "Group-bys");
    case Kind::ViewDecoration:
        return QCoreApplication::translate("Feedscope::Kind", "Decorations");
    case Kind::Row:
        return QCoreApplication::translate("Feedscope::Kind", "Rows");
    case Kind::RowComment:
        return QCoreApplication::translate("Feedscope::Kind", "Comments");
    case Kind::Directory:
        return QCoreApplication::translate("Feedscope::Kind", "Directories");
    case Kind::File:
        return QCoreApplication::translate("Feedscope::Kind", "Files");
    case Kind::Event:
        return QCoreApplication::translate("Feedscope::Kind", "Events");
    case Kind::EventField:
        return QCoreApplication::translate("Feedscope::Kind", "Fields");
    case Kind::Page:
        return QCoreApplication::translate("Feedscope::Kind", "Pages");
    case Kind::Root:
    case Kind::Count:
        break;
    }
    return {};
}

Kind keyFamily(Kind kind)
{
    return kind == Kind::File ? Kind::Directory : kind;
}

} // namespace Feedscope
