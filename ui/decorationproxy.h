// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QIdentityProxyModel>
#include <QPointer>

#include "vocab/kind.h"

class QTreeView;

namespace Feedscope::Ui {

// Colours, fonts and icons for the core models (which have no QtGui): a change mark fades
// from green (created), amber (updated) or red (deleted) over the highlight duration;
// tombstones are grey and struck through, placeholders italic. GammaRay's decoration-id
// pattern: core says what, this says how it looks.
class DecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit DecorationProxy(QObject *parent = nullptr);

    // The store's clock, to age the marks.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    void setHighlight(bool enabled, int durationMs);
    bool highlightEnabled() const { return m_enabled; }
    int highlightMs() const { return m_durationMs; }
    // Cells: flash the ones ChangedRole names, not the whole row.
    void setCellMode(bool cells) { m_cells = cells; }
    // The feed's kinds, whose icon ids choose the icons.
    void setKinds(const KindTable *kinds) { m_kinds = kinds; }

    QVariant data(const QModelIndex &index, int role) const override;
    void setSourceModel(QAbstractItemModel *source) override;
    // A tree view shown through this proxy: changes inside collapsed branches are not passed
    // on (nothing there is painted; QTreeView pays a linear search and a size hint for each).
    // Expanding paints the current data anyway.
    void setTreeView(QTreeView *view);

private:
    void onSourceDataChanged(
            const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    std::function<qint64()> m_now;
    QPointer<QTreeView> m_view;
    bool m_enabled = true;
    int m_durationMs = 2000;
    bool m_cells = false;
    const KindTable *m_kinds = nullptr;
};

// The colour of a mark at an age, or an invalid colour when faded out.
QColor markColor(int mark, qint64 ageMs, int durationMs);
// The icon of a kind's icon id (KindInfo::icon): folder, table, item, document, column, view,
// filter, sort, person, comment, event, subscription; anything else a grey dot.
QIcon kindIcon(const QString &icon);

} // namespace Feedscope::Ui
