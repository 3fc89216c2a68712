// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>

#include "json/ovalue.h"

namespace Feedscope::Server {

// The Baserow imitation's in-memory database, and its serialisers, which produce the exact
// key order of Baserow 1.35 (specs/baserow.md §3.2, fixtures/baserow/).
struct BrUser
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString password;
    bool active = true;
    bool toBeDeleted = false;
    qint64 passwordChangedAt = 0; // seconds; tokens issued before are refused
};

struct BrMember
{
    qint64 id = 0; // the membership id
    qint64 userId = 0;
    QString permissions = QStringLiteral("MEMBER");
    QString createdOn;
};

struct BrWorkspace
{
    qint64 id = 0;
    QString name;
    QList<BrMember> members;
    int order = 1;
};

struct BrField
{
    qint64 id = 0;
    qint64 tableId = 0;
    QString name;
    int order = 0;
    QString type = QStringLiteral("text");
    bool primary = false;
    OValue extra = OValue::object(); // type-specific keys, in wire order
};

struct BrView
{
    qint64 id = 0;
    qint64 tableId = 0;
    QString name;
    int order = 0;
    QString type = QStringLiteral("grid");
    QString filterType = QStringLiteral("AND");
    bool filtersDisabled = false;
    QString ownership = QStringLiteral("collaborative");
    qint64 ownedBy = 0;
    bool isPublic = false;
    QString slug;
    QList<OValue> filters, filterGroups, sortings, groupBys, decorations;
    OValue fieldOptions = OValue::object();
};

// A row order's value (orders are decimals with 20 places).
double orderValue(const QString &order);

struct BrRow
{
    qint64 id = 0;
    QString order; // decimal with 20 places
    QHash<qint64, OValue> cells;
};

struct BrTable
{
    qint64 id = 0;
    QString name;
    int order = 1;
    qint64 databaseId = 0;
    std::vector<BrField> fields;
    std::vector<BrView> views;
    std::vector<BrRow> rows;
    QHash<qint64, size_t> rowIndex;
    bool trashed = false;

    BrField *field(qint64 id);
    BrView *view(qint64 id);
    BrRow *row(qint64 id);
    void reindex();
    QString nextOrder() const; // after the last row
    QString orderBefore(qint64 rowId) const; // just below that row's order
};

struct BrApplication
{
    qint64 id = 0;
    QString name;
    int order = 1;
    QString type = QStringLiteral("database");
    qint64 workspaceId = 0;
    QString createdOn;
    QList<qint64> tableIds;
};

class BaserowData
{
public:
    // Loads the "baserow" section of a data file (docs/test-server.md); false + error if bad.
    bool load(const OValue &section, QString *error);

    std::vector<BrUser> users;
    std::map<qint64, BrWorkspace> workspaces;
    std::map<qint64, BrApplication> applications;
    std::map<qint64, BrTable> tables;

    BrUser *userById(qint64 id);
    BrUser *userByEmail(const QString &email);
    BrTable *table(qint64 id);
    BrApplication *application(qint64 id);
    BrWorkspace *workspaceOfTable(qint64 tableId);
    BrWorkspace *workspaceOfApplication(qint64 appId);
    BrField *field(qint64 id, BrTable **table = nullptr);
    BrView *view(qint64 id, BrTable **table = nullptr);
    BrView *viewBySlug(const QString &slug, BrTable **table = nullptr);
    bool isMember(qint64 workspaceId, qint64 userId) const;
    QList<qint64> memberUserIds(qint64 workspaceId) const;
    QList<qint64> workspacesOf(qint64 userId) const;
    qint64 nextId(const char *kind);

    // Serialisers (wire key order).
    OValue workspace(const BrWorkspace &w) const;
    OValue workspaceUser(const BrWorkspace &w, const BrMember &m) const;
    OValue workspaceForUser(const BrWorkspace &w, qint64 userId) const;
    OValue application(const BrApplication &a) const;
    OValue tableObject(const BrTable &t, bool withDataSync = true) const;
    OValue fieldObject(const BrTable &t, const BrField &f) const;
    OValue viewObject(const BrTable &t, const BrView &v, bool full) const;
    OValue rowObject(const BrTable &t, const BrRow &r) const;
    OValue publicUser(const BrUser &u) const;
    OValue userObject(const BrUser &u) const;
    // A cell value as Baserow serialises it for the field type (decimals as strings, select
    // options as objects).
    OValue normaliseCell(const BrField &f, const OValue &value) const;
    // The cell of a row that was given no value for the field (a new row, or a row from before
    // the field): the field's default, as Baserow's column has it. A boolean is never null, a
    // rating is 0, an empty text default is null.
    OValue defaultCell(const BrField &f) const;

    static QString nowIso();
    static OValue fieldDefaults(const QString &type);

private:
    QHash<QByteArray, qint64> m_nextIds;
};

} // namespace Feedscope::Server
