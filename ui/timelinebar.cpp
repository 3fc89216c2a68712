// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebar.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>

#include "record/timemachine.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
// A click on the groove goes to that moment (not a page towards it), as in a media player.
class JumpSlider : public QSlider
{
public:
    using QSlider::QSlider;

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            QStyleOptionSlider opt;
            initStyleOption(&opt);
            const QRect handle =
                    style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
            if (!handle.contains(event->position().toPoint())) {
                const QRect groove = style()->subControlRect(
                        QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
                const int span = std::max(1, groove.width() - handle.width());
                const int x = int(event->position().x()) - groove.x() - handle.width() / 2;
                setValue(QStyle::sliderValueFromPosition(minimum(), maximum(), x, span));
                event->accept();
                return;
            }
        }
        QSlider::mousePressEvent(event);
    }
};
} // namespace

TimelineBar::TimelineBar(TimeMachine *machine, QWidget *parent)
    : QWidget(parent)
    , m_machine(machine)
    , m_back(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_slider(new JumpSlider(Qt::Horizontal, this))
    , m_position(new QLabel(this))
    , m_markAButton(new QToolButton(this))
    , m_markBButton(new QToolButton(this))
    , m_diff(new QToolButton(this))
    , m_marks(new QLabel(this))
    , m_live(new QToolButton(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"timeline"_s);
    m_slider->setObjectName(u"timelineSlider"_s);
    m_play->setObjectName(u"timelinePlay"_s);
    m_diff->setObjectName(u"timelineDiff"_s);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_play->setCheckable(true);
    m_slider->setTracking(true);
    m_slider->setRange(0, 0);
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The slider keeps room to be dragged however narrow the window.
    m_slider->setMinimumWidth(160);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    for (QToolButton *b : {m_markAButton, m_markBButton, m_diff})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_diff->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_position);
    layout->addWidget(m_markAButton);
    layout->addWidget(m_markBButton);
    layout->addWidget(m_marks);
    layout->addWidget(m_diff);
    layout->addWidget(m_live);
    m_live->setObjectName(u"backToLive"_s);
    m_live->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_live->hide();
    connect(m_live, &QToolButton::clicked, this, &TimelineBar::backToLiveRequested);
    retranslate();
    m_speed->setCurrentIndex(0);

    m_seekSoon.setSingleShot(true);
    m_seekSoon.setInterval(0);
    connect(&m_seekSoon, &QTimer::timeout, this, [this] { m_machine->seek(m_slider->value()); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (v != m_machine->position())
            m_seekSoon.start();
    });
    connect(m_back, &QToolButton::clicked, this, [this] {
        m_machine->pause();
        m_machine->step(-1);
    });
    connect(m_forward, &QToolButton::clicked, this, [this] {
        m_machine->pause();
        m_machine->step(1);
    });
    connect(m_play, &QToolButton::clicked, this, [this] { togglePlay(); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_machine->isPlaying())
            m_machine->play(speed());
    });
    connect(m_markAButton, &QToolButton::clicked, this,
            [this] { setMark(0, m_machine->position()); });
    connect(m_markBButton, &QToolButton::clicked, this,
            [this] { setMark(1, m_machine->position()); });
    connect(m_diff, &QToolButton::clicked, this,
            [this] { Q_EMIT diffRequested(m_markA, m_markB); });
    connect(machine, &TimeMachine::buildProgress, this, [this](qsizetype done, qsizetype total) {
        m_progress->setRange(0, int(std::max<qsizetype>(1, total)));
        m_progress->setValue(int(done));
    });
    connect(machine, &TimeMachine::built, this, &TimelineBar::onBuilt);
    connect(machine, &TimeMachine::positionChanged, this, &TimelineBar::onPosition);
    connect(machine, &TimeMachine::playingChanged, this, [this](bool playing) {
        m_play->setChecked(playing);
        m_play->setIcon(
                style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    const bool built = machine->isBuilt();
    for (QWidget *w : std::initializer_list<QWidget *> {
                 m_back, m_play, m_forward, m_slider, m_markAButton, m_markBButton})
        w->setEnabled(built);
    m_slider->setVisible(built);
    m_progress->setVisible(!built);
    if (built)
        onBuilt();
}

void TimelineBar::retranslate()
{
    m_back->setToolTip(tr("One frame back (Alt+Left)"));
    m_play->setToolTip(tr("Play or pause (Alt+Space)"));
    m_forward->setToolTip(tr("One frame forward (Alt+Right)"));
    const int speed = m_speed->currentIndex();
    m_speed->clear();
    m_speed->addItems({tr("1×"), tr("10×"), tr("100×"), tr("Fastest")});
    m_speed->setToolTip(tr("Playing speed, against the recorded time"));
    m_speed->setCurrentIndex(std::max(0, speed));
    m_slider->setToolTip(tr("Drag to any moment of the recording"));
    m_markAButton->setText(tr("Mark A"));
    m_markAButton->setToolTip(tr("Mark this moment as A, the earlier side of a diff"));
    m_markBButton->setText(tr("Mark B"));
    m_markBButton->setToolTip(tr("Mark this moment as B, the later side of a diff"));
    m_diff->setText(tr("Diff A → B"));
    m_diff->setToolTip(tr("The entities created, deleted and changed between A and B"));
    m_progress->setFormat(tr("Reading the recording… %p%"));
    m_live->setText(tr("Back to live"));
    m_live->setToolTip(tr("Leave this look back: the tab shows the live state again (Ctrl+B)"));
    updateMarks();
    onPosition(m_machine->position());
}

void TimelineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineBar::onBuilt()
{
    for (QWidget *w : std::initializer_list<QWidget *> {
                 m_back, m_play, m_forward, m_slider, m_markAButton, m_markBButton})
        w->setEnabled(true);
    m_progress->hide();
    m_slider->show();
    m_slider->setRange(0, int(m_machine->frameCount()));
    // Room for the longest position and both marks of this recording from the start, so the
    // slider does not move under the mouse.
    const QString digits(QString::number(m_machine->frameCount()).size(), u'8');
    const QString widest = QLocale().toString(digits.toLongLong());
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(
            tr("Frame %1 of %2").arg(widest, widest) + u" · #%1 · 22:00:00.000"_s.arg(digits)));
    m_marks->setMinimumWidth(
            m_marks->fontMetrics().horizontalAdvance(u"A: #%1  B: #%1"_s.arg(digits)));
    m_slider->setPageStep(std::max(1, int(m_machine->frameCount() / 50)));
    onPosition(m_machine->position());
}

double TimelineBar::speed() const
{
    static constexpr double speeds[] = {1, 10, 100, 0};
    return speeds[std::clamp(m_speed->currentIndex(), 0, 3)];
}

void TimelineBar::setSpeedIndex(int index)
{
    m_speed->setCurrentIndex(index);
}

void TimelineBar::togglePlay()
{
    if (!m_machine->isBuilt())
        return;
    if (m_machine->isPlaying())
        m_machine->pause();
    else
        m_machine->play(speed());
}

QString TimelineBar::momentText(qsizetype position) const
{
    if (position <= 0)
        return tr("before the first frame");
    const auto &info = m_machine->recording().frameInfo(position - 1);
    return tr("#%1 at %2")
            .arg(info.seq)
            .arg(QDateTime::fromMSecsSinceEpoch(info.wallMs).toString(u"HH:mm:ss.zzz"_s));
}

QString TimelineBar::positionText() const
{
    const QLocale locale;
    const qsizetype p = m_machine->position();
    QString text = tr("Frame %1 of %2")
                           .arg(locale.toString(qint64(p)),
                                   locale.toString(qint64(m_machine->frameCount())));
    if (p > 0) {
        const auto &info = m_machine->recording().frameInfo(p - 1);
        text += u" · #%1 · "_s.arg(info.seq)
                + QDateTime::fromMSecsSinceEpoch(info.wallMs).toString(u"HH:mm:ss.zzz"_s);
    }
    return text;
}

void TimelineBar::onPosition(qsizetype position)
{
    if (m_slider->value() != position && !m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(position));
    }
    m_position->setText(positionText());
    m_position->setToolTip(position > 0 ? momentText(position)
                            + QDateTime::fromMSecsSinceEpoch(
                                    m_machine->recording().frameInfo(position - 1).wallMs)
                                      .toString(u" (yyyy-MM-dd t)"_s)
                                        : QString());
    m_back->setEnabled(m_machine->isBuilt() && position > 0);
    m_forward->setEnabled(m_machine->isBuilt() && position < m_machine->frameCount());
}

void TimelineBar::setBackToLive(bool shown)
{
    m_live->setVisible(shown);
}

void TimelineBar::setMark(int which, qsizetype position)
{
    (which == 0 ? m_markA : m_markB) = position;
    updateMarks();
}

void TimelineBar::updateMarks()
{
    QStringList parts, tips;
    auto shortText = [this](qsizetype p) {
        return p <= 0 ? tr("start") : u"#%1"_s.arg(m_machine->recording().frameInfo(p - 1).seq);
    };
    if (m_markA >= 0) {
        parts << tr("A: %1").arg(shortText(m_markA));
        tips << tr("A: %1").arg(momentText(m_markA));
    }
    if (m_markB >= 0) {
        parts << tr("B: %1").arg(shortText(m_markB));
        tips << tr("B: %1").arg(momentText(m_markB));
    }
    m_marks->setText(parts.join(u"  "_s));
    m_marks->setToolTip(tips.join(u"\n"_s));
    m_diff->setEnabled(m_markA >= 0 && m_markB >= 0);
}

} // namespace Feedscope::Ui
