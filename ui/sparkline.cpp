// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparkline.h"

#include <cmath>

#include <QPainter>
#include <QPainterPath>

namespace Feedscope::Ui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(std::vector<double> values)
{
    m_values = std::move(values);
    update();
}

QSize Sparkline::sizeHint() const
{
    return {160, fontMetrics().height() + 6};
}

QSize Sparkline::minimumSizeHint() const
{
    return {60, fontMetrics().height() + 6};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : m_values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo))
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    const qsizetype n = qsizetype(m_values.size());
    auto point = [&](qsizetype i) {
        const double x = n > 1 ? r.left() + r.width() * double(i) / double(n - 1) : r.center().x();
        const double t = hi > lo ? (m_values[size_t(i)] - lo) / (hi - lo) : 0.5;
        return QPointF(x, r.bottom() - t * r.height());
    };
    // A faint baseline at the lowest value, the line, the newest value a dot.
    QColor faint = palette().color(QPalette::Mid);
    p.setPen(QPen(faint, 1, Qt::DotLine));
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    QPainterPath path;
    bool open = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (!std::isfinite(m_values[size_t(i)])) {
            open = false;
            continue;
        }
        if (open)
            path.lineTo(point(i));
        else
            path.moveTo(point(i));
        open = true;
    }
    const QColor line = palette().color(QPalette::Highlight);
    p.setPen(QPen(line, 1.5));
    p.drawPath(path);
    if (std::isfinite(m_values.back())) {
        p.setPen(Qt::NoPen);
        p.setBrush(line);
        p.drawEllipse(point(n - 1), 2.5, 2.5);
    }
}

} // namespace Feedscope::Ui
