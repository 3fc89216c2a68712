// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decorationproxy.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTreeView>

#include "model/entitystore.h"
#include "model/roles.h"

namespace Feedscope::Ui {

QColor markColor(int mark, qint64 ageMs, int durationMs)
{
    if (ageMs < 0 || ageMs >= durationMs || durationMs <= 0)
        return {};
    QColor c;
    switch (EntityStore::Mark(mark)) {
    case EntityStore::Mark::Created:
        c = QColor(46, 160, 67);
        break;
    case EntityStore::Mark::Updated:
        c = QColor(227, 160, 8);
        break;
    case EntityStore::Mark::Deleted:
        c = QColor(215, 58, 73);
        break;
    case EntityStore::Mark::None:
        return {};
    }
    // Strong at first, then fading out; translucent so it reads on light and dark palettes.
    const double left = 1.0 - double(ageMs) / double(durationMs);
    c.setAlphaF(float(0.55 * left));
    return c;
}

QIcon kindIcon(const QString &icon)
{
    // Drawn, not loaded: a shape and a colour per icon id of the feeds' kind tables.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(icon);
    if (it != cache.constEnd())
        return *it;
    struct Look
    {
        const char *id;
        QColor color;
        enum Shape { Folder, Sheet, Dot, Bar, Grid, Funnel, Lines } shape;
    };
    static const Look looks[] = {
            {"folder", QColor(0x4c, 0x6e, 0xf5), Look::Folder},
            {"table", QColor(0x00, 0x96, 0x88), Look::Grid},
            {"item", QColor(0x43, 0xa0, 0x47), Look::Sheet},
            {"document", QColor(0x60, 0x7d, 0x8b), Look::Sheet},
            {"column", QColor(0x79, 0x55, 0x48), Look::Bar},
            {"view", QColor(0x9c, 0x27, 0xb0), Look::Lines},
            {"filter", QColor(0xab, 0x47, 0xbc), Look::Funnel},
            {"sort", QColor(0xce, 0x93, 0xd8), Look::Lines},
            {"person", QColor(0x8e, 0x8e, 0x93), Look::Dot},
            {"comment", QColor(0xff, 0x98, 0x00), Look::Sheet},
            {"event", QColor(0x3f, 0x51, 0xb5), Look::Dot},
            {"subscription", QColor(0x00, 0xbc, 0xd4), Look::Lines},
    };
    Look look {"entity", QColor(0x88, 0x88, 0x88), Look::Dot};
    for (const Look &l : looks) {
        if (icon == QLatin1StringView(l.id))
            look = l;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(look.color);
    switch (look.shape) {
    case Look::Folder:
        p.drawRoundedRect(QRectF(1.5, 3.5, 13, 10), 2, 2);
        break;
    case Look::Sheet:
        p.drawRect(QRectF(3, 2, 10, 12));
        break;
    case Look::Bar:
        p.drawRect(QRectF(6, 2, 4, 12));
        break;
    case Look::Grid:
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c)
                p.drawRect(QRectF(2 + c * 4.3, 2.5 + r * 4, 3.4, 3));
        }
        break;
    case Look::Funnel:
        p.drawPolygon(QPolygonF({QPointF(2, 3), QPointF(14, 3), QPointF(9, 9), QPointF(9, 14),
                QPointF(7, 14), QPointF(7, 9)}));
        break;
    case Look::Lines:
        for (int r = 0; r < 3; ++r)
            p.drawRect(QRectF(2, 3 + r * 4, 12, 2.2));
        break;
    case Look::Dot:
        p.drawEllipse(QRectF(3, 3, 10, 10));
        break;
    }
    p.end();
    return *cache.insert(icon, QIcon(pm));
}

DecorationProxy::DecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void DecorationProxy::setTreeView(QTreeView *view)
{
    m_view = view;
}

void DecorationProxy::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this, nullptr);
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    // Replace QIdentityProxyModel's own forwarding of dataChanged with one that knows the view.
    disconnect(source, &QAbstractItemModel::dataChanged, this, nullptr);
    connect(source, &QAbstractItemModel::dataChanged, this, &DecorationProxy::onSourceDataChanged);
}

void DecorationProxy::onSourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const QModelIndex first = mapFromSource(topLeft);
    const QModelIndex last = mapFromSource(bottomRight);
    if (!first.isValid() || !last.isValid())
        return;
    if (m_view) {
        for (QModelIndex p = first.parent(); p.isValid(); p = p.parent()) {
            if (!m_view->isExpanded(p))
                return;
        }
    }
    Q_EMIT dataChanged(first, last, roles);
}

void DecorationProxy::setHighlight(bool enabled, int durationMs)
{
    m_enabled = enabled;
    m_durationMs = durationMs;
}

QVariant DecorationProxy::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::BackgroundRole: {
        if (!m_enabled || !m_now)
            break;
        const int mark = index.data(MarkRole).toInt();
        if (mark == int(EntityStore::Mark::None))
            break;
        if (m_cells && mark == int(EntityStore::Mark::Updated) && !index.data(ChangedRole).toBool())
            break;
        const QColor c =
                markColor(mark, m_now() - index.data(MarkTimeRole).toLongLong(), m_durationMs);
        if (c.isValid())
            return c;
        break;
    }
    case Qt::ForegroundRole:
        if (index.data(DeletedRole).toBool() || index.data(PlaceholderRole).toBool())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole: {
        const bool deleted = index.data(DeletedRole).toBool();
        const bool italic = index.data(PlaceholderRole).toBool() || index.data(StaleRole).toBool()
                || index.data(IsFolderRole).toBool();
        if (!deleted && !italic)
            break;
        QFont f;
        f.setStrikeOut(deleted);
        f.setItalic(italic);
        return f;
    }
    case Qt::DecorationRole:
        if (index.column() == 0 && !m_cells) {
            const QVariant kind = index.data(KindRole);
            if (kind.isValid() && m_kinds)
                return kindIcon(m_kinds->icon(Kind(kind.toInt())));
        }
        break;
    case Qt::ToolTipRole: {
        QStringList notes;
        if (index.data(DeletedRole).toBool())
            notes << tr("deleted (kept as a tombstone until cleared)");
        if (index.data(PlaceholderRole).toBool())
            notes << tr("placeholder: referenced before it was announced");
        if (index.data(StaleRole).toBool())
            notes << tr("stale: the server asked for a reload");
        if (!notes.isEmpty())
            return QString(
                    QIdentityProxyModel::data(index, role).toString() + u'\n' + notes.join(u'\n'));
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Feedscope::Ui
