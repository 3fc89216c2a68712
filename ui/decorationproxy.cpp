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

QIcon kindIcon(int kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(kind);
    if (it != cache.constEnd())
        return *it;
    static const QColor colors[] = {QColor(0x88, 0x88, 0x88), QColor(0x4c, 0x6e, 0xf5),
            QColor(0x8e, 0x8e, 0x93), QColor(0x20, 0x96, 0xf3), QColor(0x00, 0x96, 0x88),
            QColor(0x79, 0x55, 0x48), QColor(0x9c, 0x27, 0xb0), QColor(0xab, 0x47, 0xbc),
            QColor(0xba, 0x68, 0xc8), QColor(0xce, 0x93, 0xd8), QColor(0xe1, 0xbe, 0xe7),
            QColor(0xf0, 0x62, 0x92), QColor(0x43, 0xa0, 0x47), QColor(0xff, 0x98, 0x00),
            QColor(0xff, 0xb3, 0x00), QColor(0x60, 0x7d, 0x8b), QColor(0x3f, 0x51, 0xb5),
            QColor(0x00, 0xbc, 0xd4), QColor(0x8b, 0xc3, 0x4a)};
    const QColor color = colors[size_t(kind) % (sizeof colors / sizeof colors[0])];
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    if (Kind(kind) == Kind::Directory || Kind(kind) == Kind::Workspace
            || Kind(kind) == Kind::Application)
        p.drawRoundedRect(QRectF(1.5, 3.5, 13, 10), 2, 2);
    else if (Kind(kind) == Kind::Row || Kind(kind) == Kind::File || Kind(kind) == Kind::Page)
        p.drawRect(QRectF(3, 2, 10, 12));
    else
        p.drawEllipse(QRectF(3, 3, 10, 10));
    p.end();
    return *cache.insert(kind, QIcon(pm));
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
            if (kind.isValid())
                return kindIcon(kind.toInt());
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
