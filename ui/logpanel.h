// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
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
    // Selects the frames with these sequence numbers (those the log still has), the last one
    // current.
    void showSeqs(const std::vector<quint64> &seqs);
    void copySelected();
    // The frame's right-click menu: copy the line or the JSON, show the entities it changed,
    // clear the log (a live tab) or the time actions (a recording).
    QMenu *buildMenu(const QModelIndex &index);
    void clearLog();
    void setPaused(bool paused);
    void focusFilter();
    // A recording's tab: the frame the timeline stands on (0: none) is marked, the frames
    // after it greyed; the menu offers to go to a frame and to mark it A or B.
    void setCurrentSeq(quint64 seq);
    quint64 currentSeq() const { return m_currentSeq; }
    void setTimeActions(bool enabled) { m_timeActions = enabled; }
    // The log indexes the filters show, in order (an export of what the filter shows).
    std::vector<qint64> shownIndexes() const;
    bool isFiltered() const;

Q_SIGNALS:
    // The entities the selected frame changed (to select them in the tree).
    void frameEntities(const std::vector<quint32> &nodes);
    // The user asked to see these entities in the tree.
    void showEntitiesRequested(const std::vector<quint32> &nodes);
    void seekRequested(quint64 seq);
    void markRequested(quint64 seq, int which);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void refreshTypes();
    void showSelected();
    void updatePauseLabel();
    void showMenu(const QPoint &pos);

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
    quint64 m_currentSeq = 0;
    bool m_timeActions = false;
};

} // namespace Feedscope::Ui
