// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "util/secrets.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
enum Column { ChangeColumn, KindColumn, EntityColumn, OldColumn, NewColumn, ColumnCount };

QString valueText(const std::optional<OValue> &v)
{
    if (!v)
        return QCoreApplication::translate("Feedscope::Ui::DiffView", "(absent)");
    if (v->isString())
        return v->toString();
    return QString::fromUtf8(v->toJson());
}
} // namespace

DiffView::DiffView(StateDiff diff, const QString &fromText, const QString &toText, QWidget *parent)
    : QDialog(parent)
    , m_diff(std::move(diff))
    , m_from(fromText)
    , m_to(toText)
    , m_summary(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_change(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"diffView"_s);
    setWindowTitle(tr("Diff: %1 → %2").arg(fromText, toText));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 600);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("From %1 to %2: <b>%3 created</b>, <b>%4 deleted</b>, <b>%5 changed</b>.")
                               .arg(fromText.toHtmlEscaped(), toText.toHtmlEscaped())
                               .arg(m_diff.created)
                               .arg(m_diff.deleted)
                               .arg(m_diff.changed));
    m_kind->addItem(tr("All kinds"), QString());
    QStringList kinds;
    for (const auto &e : m_diff.entities) {
        if (!kinds.contains(e.kind))
            kinds << e.kind;
    }
    kinds.sort();
    for (const QString &k : std::as_const(kinds))
        m_kind->addItem(k, k);
    m_change->addItem(tr("Every change"), -1);
    m_change->addItem(tr("Created"), int(StateDiff::Entity::Change::Created));
    m_change->addItem(tr("Deleted"), int(StateDiff::Entity::Change::Deleted));
    m_change->addItem(tr("Changed"), int(StateDiff::Entity::Change::Changed));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
            {tr("Change"), tr("Kind"), tr("Entity / member"), tr("Old"), tr("New")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ChangeColumn, 90);
    m_tree->setColumnWidth(KindColumn, 90);
    m_tree->setColumnWidth(EntityColumn, 260);
    m_tree->setColumnWidth(OldColumn, 200);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_change);
    filters->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save as JSON…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(save, &QPushButton::clicked, this, &DiffView::save);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DiffView::applyFilter);
    connect(m_change, &QComboBox::currentIndexChanged, this, &DiffView::applyFilter);
    fill();
}

void DiffView::fill()
{
    m_tree->clear();
    const QColor created(0x2e, 0x9e, 0x4f), deleted(0xc0, 0x39, 0x2b), changed(0xd3, 0x8b, 0x0a);
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(m_diff.entities.size()));
    for (const auto &e : m_diff.entities) {
        auto *item = new QTreeWidgetItem;
        const QColor color = e.change == StateDiff::Entity::Change::Created ? created
                : e.change == StateDiff::Entity::Change::Deleted            ? deleted
                                                                            : changed;
        item->setText(ChangeColumn,
                e.change == StateDiff::Entity::Change::Created           ? tr("created")
                        : e.change == StateDiff::Entity::Change::Deleted ? tr("deleted")
                                                                         : tr("changed"));
        item->setForeground(ChangeColumn, color);
        item->setText(KindColumn, e.kind);
        item->setText(EntityColumn, e.label.isEmpty() ? e.id : e.label);
        item->setToolTip(EntityColumn,
                tr("%1 %2 in %3").arg(e.kind, e.id, e.path.isEmpty() ? u"/"_s : e.path));
        if (e.change == StateDiff::Entity::Change::Changed) {
            QStringList keys;
            for (const auto &m : e.members)
                keys << (m.name.isEmpty() ? m.key : m.name);
            item->setText(OldColumn,
                    tr("%n member(s): %1", nullptr, int(e.members.size())).arg(keys.join(u", "_s)));
        }
        for (const auto &m : e.members) {
            auto *child = new QTreeWidgetItem(item);
            // The field's name where the table's fields are known, its key on hover.
            child->setText(EntityColumn, m.name.isEmpty() ? m.key : m.name);
            child->setToolTip(EntityColumn, m.key);
            child->setText(OldColumn, valueText(m.before));
            child->setText(NewColumn, valueText(m.after));
            child->setToolTip(OldColumn, valueText(m.before));
            child->setToolTip(NewColumn, valueText(m.after));
        }
        items << item;
    }
    m_tree->addTopLevelItems(items);
    // A short diff opens on its members at once.
    if (m_diff.entities.size() <= 20)
        m_tree->expandAll();
}

void DiffView::applyFilter()
{
    const QString kind = m_kind->currentData().toString();
    const int change = m_change->currentData().toInt();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const auto &e = m_diff.entities[size_t(i)];
        const bool show =
                (kind.isEmpty() || e.kind == kind) && (change < 0 || int(e.change) == change);
        m_tree->topLevelItem(i)->setHidden(!show);
    }
}

int DiffView::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += m_tree->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

void DiffView::save()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the diff"), u"diff.json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    OValue json = m_diff.toJson();
    json.insert(u"from"_s, m_from);
    json.insert(u"to"_s, m_to);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(Secrets::redactJson(json.toJson(OValue::Style::Indented)) + '\n') < 0)
        QMessageBox::warning(
                this, tr("Save the diff"), tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace Feedscope::Ui
