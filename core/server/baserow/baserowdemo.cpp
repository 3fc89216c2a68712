// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <random>

#include <QCoreApplication>

#include "baserowimitation.h"
#include "server/servercontext.h"

using namespace Qt::StringLiterals;

// The Baserow imitation for people: what `serve` prints, the demo scenario's step, the server
// panel's buttons.
namespace Feedscope::Server {

QString BaserowImitation::feedId() const
{
    return u"baserow"_s;
}

QString BaserowImitation::title() const
{
    return u"Baserow"_s;
}

QString BaserowImitation::describe(const QUrl &url) const
{
    QString ws = url.toString();
    ws.replace(u"http://"_s, u"ws://"_s);
    return u"  Baserow:       %1/ws/core/?jwt_token=…   REST %2/api/   users demo@example.com/demo, other@example.com/other"_s
            .arg(ws, url.toString());
}

void BaserowImitation::randomAction()
{
    BaserowData &d = m_data;
    ++m_demoSteps;
    // The Demo workspace's database: its tables change, "Other" stays private.
    std::vector<qint64> tables;
    for (const auto &[id, t] : d.tables) {
        if (!t.trashed && d.workspaceOfTable(id) && d.workspaceOfTable(id)->id == 1)
            tables.push_back(id);
    }
    if (tables.empty())
        return;
    auto pick = [&](size_t n) {
        return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(m_ctx->rng));
    };
    BrTable *t = d.table(tables[pick(tables.size())]);
    const int roll = std::uniform_int_distribution<int>(0, 99)(m_ctx->rng);
    if (roll < 60 && !t->rows.empty()) {
        const BrRow &r = t->rows[pick(t->rows.size())];
        const BrField &f = t->fields[pick(t->fields.size())];
        OValue patch = OValue::object();
        const QString key = u"field_"_s + QString::number(f.id);
        if (f.type == u"number")
            patch.insert(
                    key, double(std::uniform_int_distribution<int>(1, 20000)(m_ctx->rng)) / 100.0);
        else if (f.type == u"boolean")
            patch.insert(key, !r.cells.value(f.id).toBool());
        else if (f.type == u"single_select") {
            const auto &opts = f.extra.value(u"select_options").items();
            if (!opts.empty())
                patch.insert(key, opts[pick(opts.size())].value(u"id").toInt());
        } else {
            static const QStringList words = {u"Blue"_s, u"Quick"_s, u"Heavy"_s, u"Compact"_s,
                    u"Pro"_s, u"Mini"_s, u"Classic"_s, u"Smart"_s};
            patch.insert(key,
                    QString(words[int(pick(size_t(words.size())))] + u' ' + QString::number(r.id)));
        }
        updateRow(t->id, r.id, patch, {}, 3);
    } else if (roll < 72) {
        OValue values = OValue::object();
        for (const auto &f : t->fields) {
            const QString key = u"field_"_s + QString::number(f.id);
            if (f.primary)
                values.insert(key, u"New item %1"_s.arg(d.nextId("label")));
            else if (f.type == u"number")
                values.insert(key,
                        double(std::uniform_int_distribution<int>(1, 9999)(m_ctx->rng)) / 100.0);
        }
        std::optional<qint64> before;
        if (!t->rows.empty() && std::uniform_int_distribution<int>(0, 3)(m_ctx->rng) == 0)
            before = t->rows[pick(t->rows.size())].id;
        createRow(t->id, values, before);
    } else if (roll < 82 && t->rows.size() > 6) {
        deleteRow(t->id, t->rows[pick(t->rows.size())].id);
    } else if (roll < 87) {
        BrField &f = t->fields[pick(t->fields.size())];
        const QString base = f.name.section(u" ("_s, 0, 0);
        updateField(
                f.id, OValue::object({{u"name"_s, u"%1 (%2)"_s.arg(base).arg(m_demoSteps % 10)}}));
    } else if (roll < 93 && !t->views.empty()) {
        BrView &v = t->views[pick(t->views.size())];
        if (v.filters.isEmpty() && !t->fields.empty())
            createFilter(v.id, t->fields[pick(t->fields.size())].id, u"contains"_s, u"a"_s);
        else if (!v.filters.isEmpty())
            deleteFilter(v.id, v.filters.front().value(u"id").toInt());
    } else if (roll < 97 && !t->views.empty()) {
        BrView &v = t->views[pick(t->views.size())];
        const QString base = v.name.section(u" ·"_s, 0, 0);
        updateView(
                v.id, OValue::object({{u"name"_s, u"%1 · %2"_s.arg(base).arg(m_demoSteps % 100)}}));
    } else {
        const QString base = t->name.section(u" ·"_s, 0, 0);
        updateTable(t->id,
                OValue::object({{u"name"_s, u"%1 · v%2"_s.arg(base).arg(m_demoSteps % 100)}}));
    }
}

QList<Imitation::Action> BaserowImitation::actions()
{
    auto pick = [this](size_t n) {
        return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(m_ctx->rng));
    };
    // Table 100 (Products) of the demo data.
    auto products = [this] { return m_data.table(100); };
    return {
            {u"add-row"_s, tr("Add a row"),
                    [this, products] {
                        if (products())
                            createRow(100,
                                    OValue::object({{u"field_1001"_s, tr("Added by hand")},
                                            {u"field_1002"_s, 9.99}}),
                                    std::nullopt);
                    }},
            {u"update-row"_s, tr("Update a row"),
                    [this, products, pick] {
                        BrTable *t = products();
                        if (!t || t->rows.empty())
                            return;
                        const auto &r = t->rows[pick(t->rows.size())];
                        updateRow(100, r.id,
                                OValue::object({{u"field_1002"_s, double(pick(10000)) / 100.0}}),
                                {}, 1);
                    }},
            {u"delete-row"_s, tr("Delete a row"),
                    [this, products] {
                        BrTable *t = products();
                        if (t && !t->rows.empty())
                            deleteRow(100, t->rows.back().id);
                    }},
            {u"add-field"_s, tr("Add a field"),
                    [this, products] {
                        if (BrTable *t = products())
                            createField(100,
                                    OValue::object(
                                            {{u"name"_s, tr("Field %1").arg(t->fields.size() + 1)},
                                                    {u"type"_s, u"text"_s}}));
                    }},
            {u"rename-table"_s, tr("Rename a table"),
                    [this, products, pick] {
                        if (products())
                            updateTable(100,
                                    OValue::object(
                                            {{u"name"_s, tr("Products %1").arg(pick(100))}}));
                    }},
    };
}

} // namespace Feedscope::Server
