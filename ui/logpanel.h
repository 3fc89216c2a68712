// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Feedscope {
class FeedSession;
class MessageLogModel;
class MessageLogFilterProxy;
} // namespace Feedscope

namespace Feedscope::Ui {

class JsonView;

// The message log: every frame with time, direction, type, size and a summary; filters that
// also apply to frames arriving later; pause while capture goes on; the view follows the tail
// only while scrolled to the bottom; the selected frame in a JSON viewer.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(FeedSession *session, QWidget *parent = nullptr);

    MessageLogModel *model() const { return m_model; }
    MessageLogFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Selects the frame with this sequence number (clearing filters that hide it).
    bool showSeq(quint64 seq);
    void copySelected();
    void setPaused(bool paused);
    void focusFilter();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void refreshTypes();
    void showSelected();
    void updatePauseLabel();

    FeedSession *m_session;
    MessageLogModel *m_model;
    MessageLogFilterProxy *m_proxy;
    QTableView *m_view;
    JsonView *m_json;
    QLineEdit *m_filter;
    QCheckBox *m_regex;
    QComboBox *m_type;
    QComboBox *m_direction;
    QCheckBox *m_problems;
    QPushButton *m_pause;
    QPushButton *m_copy;
    QLabel *m_counts;
    bool m_atBottom = true;
};

} // namespace Feedscope::Ui
