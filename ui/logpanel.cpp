// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpanel.h"

#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "jsonview.h"
#include "model/entitystore.h"
#include "model/filterproxies.h"
#include "model/messagelogmodel.h"
#include "model/roles.h"
#include "session/feedsession.h"
#include "util/secrets.h"
#include "widgetutil.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
// A recording's log: the frame the timeline stands on in bold on a band, the ones after it
// (not happened yet at that moment) greyed.
class MomentDelegate : public QStyledItemDelegate
{
public:
    MomentDelegate(const quint64 *current, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_current(current)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // The connection's story between the frames: in italics, its problems in red.
        const bool event = Direction(index.data(DirectionRole).toInt()) == Direction::Event;
        if (event) {
            option->font.setItalic(true);
            if (MessageStatus(index.data(StatusRole).toInt()) == MessageStatus::Error)
                option->palette.setColor(QPalette::Text, problemColor(option->palette));
        }
        if (*m_current == 0)
            return;
        const quint64 seq = index.data(SeqRole).toULongLong();
        if (seq == *m_current && !event) {
            option->font.setBold(true);
            option->backgroundBrush = option->palette.brush(QPalette::AlternateBase);
            option->backgroundBrush.setColor(
                    option->palette.color(QPalette::Highlight).lighter(170));
        } else if (seq > *m_current) {
            option->palette.setColor(
                    QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }

private:
    const quint64 *m_current;
};
} // namespace

LogPanel::LogPanel(FeedSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MessageLogModel(session->log(), this))
    , m_proxy(new MessageLogFilterProxy(this))
    , m_view(new QTableView(this))
    , m_json(new JsonView(this))
    , m_filter(new QLineEdit(this))
    , m_regex(new QCheckBox(this))
    , m_type(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_problems(new QCheckBox(this))
    , m_pause(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("logPanel"));
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_json->setObjectName(QStringLiteral("logJson"));
    m_filter->setClearButtonEnabled(true);
    m_type->setObjectName(QStringLiteral("logType"));
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_pause->setObjectName(QStringLiteral("logPause"));
    m_pause->setCheckable(true);
    FeedProtocol *protocol = session->protocol();
    m_model->setSummarizer([protocol](QByteArrayView bytes, const MessageLog::Entry &) {
        return Secrets::redactText(protocol->summarize(bytes));
    });
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(MessageLogModel::SeqColumn, 50);
    m_view->setColumnWidth(MessageLogModel::TimeColumn, 100);
    m_view->setColumnWidth(MessageLogModel::DirectionColumn, 55);
    m_view->setColumnWidth(MessageLogModel::TypeColumn, 150);
    m_view->setColumnWidth(MessageLogModel::SizeColumn, 50);
    m_view->setItemDelegate(new MomentDelegate(&m_currentSeq, this));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LogPanel::showMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_regex);
    filters->addWidget(m_type, 2);
    filters->addWidget(m_direction);
    filters->addWidget(m_problems);
    filters->addWidget(m_pause);
    filters->addWidget(m_copy);
    filters->addWidget(m_counts);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_json);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 260});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1); // the filters keep their height when the log grows
    retranslate();

    connect(m_filter, &QLineEdit::textChanged, this, &LogPanel::applyFilters);
    connect(m_regex, &QCheckBox::toggled, this, &LogPanel::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LogPanel::applyFilters);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &LogPanel::applyFilters);
    connect(m_problems, &QCheckBox::toggled, this, &LogPanel::applyFilters);
    connect(m_pause, &QPushButton::toggled, this, &LogPanel::setPaused);
    clearOnEscape(m_filter, m_view);
    // Space pauses and resumes while the log has focus (the window's key is Ctrl+Shift+P).
    auto *pause = new QAction(m_view);
    pause->setObjectName(u"logPauseKey"_s);
    pause->setShortcut(QKeySequence(Qt::Key_Space));
    pause->setShortcutContext(Qt::WidgetShortcut);
    connect(pause, &QAction::triggered, m_pause, &QPushButton::toggle);
    m_view->addAction(pause);
    connect(m_copy, &QPushButton::clicked, this, &LogPanel::copySelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPanel::showSelected);
    // Follow the tail only while the user is at the bottom.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum() - 2;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atBottom)
            m_view->scrollToBottom();
    });
    connect(m_model, &MessageLogModel::flushed, this, &LogPanel::updatePauseLabel);
    auto *types = new QTimer(this);
    connect(types, &QTimer::timeout, this, &LogPanel::refreshTypes);
    connect(types, &QTimer::timeout, this, &LogPanel::updatePauseLabel);
    types->start(1000);
}

void LogPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter messages (text or regular expression)…"));
    m_json->setPlaceholderText(tr("Select a message to read it in full."));
    m_regex->setText(tr("Regex"));
    m_problems->setText(tr("Problems only"));
    m_problems->setToolTip(
            tr("Only frames that were malformed, invalid, of unknown type or errors"));
    const int dir = m_direction->currentIndex();
    m_direction->clear();
    // In the order of MessageLogFilterProxy::Directions.
    m_direction->addItems(
            {tr("Everything"), tr("In"), tr("Out"), tr("Connection"), tr("Frames only")});
    m_direction->setItemData(3,
            tr("Only the connection's story: connect, close, reconnect, "
               "login, snapshot, subscriptions"),
            Qt::ToolTipRole);
    m_direction->setItemData(
            4, tr("Frames in and out, without the connection's story"), Qt::ToolTipRole);
    m_direction->setCurrentIndex(std::max(0, dir));
    if (m_type->count() == 0)
        m_type->addItem(tr("All types"));
    else
        m_type->setItemText(0, tr("All types"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected frame (secrets masked)"));
    updatePauseLabel();
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogPanel::applyFilters()
{
    m_proxy->setText(m_filter->text(), m_regex->isChecked());
    QSet<QString> types;
    if (m_type->currentIndex() > 0)
        types.insert(m_type->currentText());
    m_proxy->setTypes(types);
    m_proxy->setDirections(MessageLogFilterProxy::Directions(m_direction->currentIndex()));
    m_proxy->setProblemsOnly(m_problems->isChecked());
    const QString error = m_regex->isChecked() && !QRegularExpression(m_filter->text()).isValid()
            ? QRegularExpression(m_filter->text()).errorString()
            : QString();
    m_filter->setToolTip(error);
    m_filter->setStyleSheet(error.isEmpty() ? QString() : problemStyle(m_filter));
}

void LogPanel::refreshTypes()
{
    QStringList known;
    for (const QByteArray &t : m_session->log()->types()) {
        if (!t.isEmpty())
            known << QString::fromUtf8(t);
    }
    known.sort();
    if (known.size() == m_type->count() - 1)
        return;
    const QString current = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    QSignalBlocker block(m_type);
    while (m_type->count() > 1)
        m_type->removeItem(1);
    m_type->addItems(known);
    if (!current.isEmpty())
        m_type->setCurrentText(current);
}

void LogPanel::showSelected()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid()) {
        m_json->clear();
        return;
    }
    const QByteArray bytes =
            Secrets::maskRemembered(Secrets::redactJson(idx.data(JsonRole).toByteArray()));
    const qint64 logIndex = m_model->logIndex(m_proxy->mapToSource(idx).row());
    const QString error = m_session->log()->error(logIndex);
    m_json->showJson(bytes);
    if (!error.isEmpty())
        m_json->appendPlainText(u"\n\n// "_s + error);
    // The link to the tree: what this frame changed, listed here and selected there.
    const std::vector<NodeId> nodes = m_session->nodesOfFrame(logIndex);
    if (!nodes.empty()) {
        const EntityStore *store = m_session->store();
        QStringList names;
        for (NodeId n : nodes) {
            if (names.size() == 20) {
                names << tr("… %n more", nullptr, int(nodes.size()) - 20);
                break;
            }
            names << u"%1 %2"_s.arg(
                    store->schema().kinds().name(store->node(n).kind), store->label(n));
        }
        m_json->appendPlainText(u"\n\n// "_s + tr("Changed: %1").arg(names.join(u", "_s)));
    }
    Q_EMIT frameEntities(nodes);
}

void LogPanel::setCurrentSeq(quint64 seq)
{
    if (seq == m_currentSeq)
        return;
    m_currentSeq = seq;
    m_view->viewport()->update();
    // Keep the current frame in sight, without selecting it (a selection moves the tree).
    const qint64 index = seq ? m_session->log()->indexOfSeq(seq) : -1;
    if (index < 0)
        return;
    m_model->flush();
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOfLogIndex(index), 0));
    if (at.isValid())
        m_view->scrollTo(at, QAbstractItemView::EnsureVisible);
}

bool LogPanel::isFiltered() const
{
    return m_proxy->rowCount() != m_model->rowCount();
}

std::vector<qint64> LogPanel::shownIndexes() const
{
    m_model->flush();
    std::vector<qint64> indexes;
    const int rows = m_proxy->rowCount();
    indexes.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r)
        indexes.push_back(m_model->logIndex(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    return indexes;
}

void LogPanel::showMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    std::unique_ptr<QMenu> menu(buildMenu(idx));
    menu->exec(m_view->viewport()->mapToGlobal(pos));
}

QMenu *LogPanel::buildMenu(const QModelIndex &idx)
{
    auto *menu = new QMenu(this);
    const quint64 seq = idx.data(SeqRole).toULongLong();
    const int row = idx.row();
    QAction *line = menu->addAction(tr("Copy the line"), this, [this, row] {
        // The row as the log shows it: number, time, direction, type, size, summary.
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(row, c).data().toString();
        QApplication::clipboard()->setText(QString::fromUtf8(
                Secrets::maskRemembered(Secrets::redactText(cells.join(u'\t')).toUtf8())));
    });
    line->setObjectName(u"logCopyLine"_s);
    QAction *json = menu->addAction(tr("Copy the frame as JSON"), this, &LogPanel::copySelected);
    json->setObjectName(u"logCopyJson"_s);
    const qint64 logIndex = m_model->logIndex(m_proxy->mapToSource(idx).row());
    const std::vector<NodeId> nodes = m_session->nodesOfFrame(logIndex);
    QAction *show =
            menu->addAction(tr("Show the %n entit(ies) it changed", nullptr, int(nodes.size())),
                    this, [this, nodes] { Q_EMIT showEntitiesRequested(nodes); });
    show->setObjectName(u"logShowEntities"_s);
    show->setEnabled(!nodes.empty());
    if (m_timeActions) {
        menu->addSeparator();
        menu->addAction(tr("Go to this moment"), this, [this, seq] { Q_EMIT seekRequested(seq); });
        menu->addAction(tr("Mark as A"), this, [this, seq] { Q_EMIT markRequested(seq, 0); });
        menu->addAction(tr("Mark as B"), this, [this, seq] { Q_EMIT markRequested(seq, 1); });
    } else {
        menu->addSeparator();
        // A live tab's log: what was received so far goes (counted as dropped).
        QAction *clear = menu->addAction(tr("Clear the log"), this, &LogPanel::clearLog);
        clear->setObjectName(u"logClear"_s);
    }
    return menu;
}

void LogPanel::clearLog()
{
    m_session->log()->clear();
    m_json->clear();
}

void LogPanel::copySelected()
{
    const QModelIndex idx = m_view->currentIndex();
    if (idx.isValid())
        QApplication::clipboard()->setText(QString::fromUtf8(
                Secrets::maskRemembered(Secrets::redactJson(idx.data(JsonRole).toByteArray()))));
}

void LogPanel::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_model->setPaused(paused);
    updatePauseLabel();
}

void LogPanel::updatePauseLabel()
{
    const qint64 pending = m_model->pendingCount();
    m_pause->setText(m_model->isPaused() ? tr("Resume (%1 new)").arg(pending) : tr("Pause"));
    const quint64 dropped = m_session->log()->dropped();
    QString counts = tr("%1 shown").arg(m_proxy->rowCount());
    if (dropped)
        counts += u" · "_s + tr("%1 dropped (log cap)").arg(dropped);
    m_counts->setText(counts);
}

void LogPanel::showSeqs(const std::vector<quint64> &seqs)
{
    quint64 last = 0;
    for (quint64 seq : seqs) {
        if (m_session->log()->indexOfSeq(seq) >= 0)
            last = seq;
    }
    if (last == 0 || !showSeq(last)) // clears the filters that hide it
        return;
    QItemSelection selection;
    for (quint64 seq : seqs) {
        const qint64 index = m_session->log()->indexOfSeq(seq);
        const int row = index < 0 ? -1 : m_model->rowOfLogIndex(index);
        const QModelIndex p =
                row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (p.isValid())
            selection.select(p, p.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

bool LogPanel::showSeq(quint64 seq)
{
    const qint64 index = m_session->log()->indexOfSeq(seq);
    if (index < 0)
        return false;
    m_model->flush();
    const int row = m_model->rowOfLogIndex(index);
    if (row < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by the filters: clear them to show it.
        m_filter->clear();
        m_type->setCurrentIndex(0);
        m_direction->setCurrentIndex(0);
        m_problems->setChecked(false);
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

void LogPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace Feedscope::Ui
