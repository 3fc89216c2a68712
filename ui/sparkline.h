// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

namespace Feedscope::Ui {

// A number's recent values as a small line (MQTT Explorer draws one per numeric topic):
// evenly spaced, oldest left, the newest value a dot; the range between the lowest and the
// highest value fills the height. Values that are not numbers (NaN) leave a gap.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(std::vector<double> values);
    const std::vector<double> &values() const { return m_values; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_values;
};

} // namespace Feedscope::Ui
