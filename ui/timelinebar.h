// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;
class QToolButton;

namespace Feedscope {
class TimeMachine;
}

namespace Feedscope::Ui {

// A recording's timeline, under its tab: play and pause, the speed (1×, 10×, 100×, as fast as
// possible), a frame back or forward, a slider to any moment, where it stands (frame, number,
// time), and two marks, A and B, to diff. While the recording is read, a progress bar.
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineBar(TimeMachine *machine, QWidget *parent = nullptr);

    TimeMachine *machine() const { return m_machine; }
    QSlider *slider() const { return m_slider; }
    // Marks are positions (frames applied); -1: none.
    qsizetype mark(int which) const { return which == 0 ? m_markA : m_markB; }
    void setMark(int which, qsizetype position);
    // The speed chosen: 1, 10, 100, or 0 for as fast as possible.
    double speed() const;
    void setSpeedIndex(int index);
    void togglePlay();
    QString positionText() const;
    // A look back at a live tab: a "Back to live" button.
    void setBackToLive(bool shown);

Q_SIGNALS:
    void diffRequested(qsizetype a, qsizetype b);
    void backToLiveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onBuilt();
    void onPosition(qsizetype position);
    void updateMarks();
    QString momentText(qsizetype position) const;

    TimeMachine *m_machine;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_position;
    QToolButton *m_markAButton;
    QToolButton *m_markBButton;
    QToolButton *m_diff;
    QLabel *m_marks;
    QToolButton *m_live;
    QProgressBar *m_progress;
    QTimer m_seekSoon; // slider moves coalesced into one seek per event-loop turn
    qsizetype m_markA = -1;
    qsizetype m_markB = -1;
};

} // namespace Feedscope::Ui
