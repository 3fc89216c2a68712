// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedview.h"

#include <functional>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDataStream>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "decorationproxy.h"
#include "detailpane.h"
#include "diffview.h"
#include "logpanel.h"
#include "model/entitystore.h"
#include "model/filterproxies.h"
#include "model/livetreemodel.h"
#include "model/roles.h"
#include "model/tablerowsmodel.h"
#include "record/recording.h"
#include "record/sessionrecorder.h"
#include "record/statediff.h"
#include "record/timemachine.h"
#include "session/feedsession.h"
#include "subscriptionpanel.h"
#include "timelinebar.h"
#include "util/secrets.h"
#include "widgetutil.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

FeedView::FeedView(FeedSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_treeModel(new LiveTreeModel(session->store(), this))
    , m_treeFilter(new TreeFilterProxy(this))
    , m_treeDecoration(new DecorationProxy(this))
    , m_rowsModel(new TableRowsModel(session->store(), this))
    , m_rowsFilter(new RowsFilterProxy(this))
    , m_rowsDecoration(new DecorationProxy(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_regex(new QCheckBox(this))
    , m_hideDeleted(new QCheckBox(this))
    , m_clearTombstones(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_side(new QTabWidget(this))
    , m_details(new DetailPane(session, this))
    , m_rowsPage(new QWidget(this))
    , m_rowsFilterEdit(new QLineEdit(this))
    , m_rowsTitle(new QLabel(this))
    , m_rowsView(new QTableView(this))
    , m_subscriptions(new SubscriptionPanel(session, this))
    , m_statsView(new QTableView(this))
    , m_statsKey(new QLineEdit(this))
    , m_statsPage(new QWidget(this))
    , m_composer(new ComposerPanel(session, this))
    , m_log(new LogPanel(session, this))
    , m_outer(new QSplitter(Qt::Vertical, this))
    , m_inner(new QSplitter(Qt::Horizontal, this))
{
    session->setParent(this);
    setObjectName(u"feedView"_s);
    m_tree->setObjectName(u"tree"_s);
    m_filter->setObjectName(u"treeFilter"_s);
    m_rowsView->setObjectName(u"rowsView"_s);
    m_rowsFilterEdit->setObjectName(u"rowsFilter"_s);
    m_side->setObjectName(u"sideTabs"_s);

    // Tree: store → LiveTreeModel → filter → decoration → view.
    auto clock = [store = session->store()] { return store->nowMs(); };
    m_treeFilter->setSourceModel(m_treeModel);
    m_treeDecoration->setSourceModel(m_treeFilter);
    m_treeDecoration->setClock(clock);
    m_treeDecoration->setKinds(&m_session->store()->schema().kinds());
    m_tree->setModel(m_treeDecoration);
    m_treeDecoration->setTreeView(m_tree);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The name takes the room; kind, id and count stay narrow (no ResizeToContents: it would
    // measure every row of a big tree).
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(36);
    m_tree->header()->setSectionResizeMode(LiveTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(LiveTreeModel::KindColumn, 72);
    m_tree->setColumnWidth(LiveTreeModel::IdColumn, 56);
    m_tree->setColumnWidth(LiveTreeModel::CountColumn, 50);
    m_tree->setMinimumWidth(360);
    m_filter->setClearButtonEnabled(true);

    // Rows grid: store → TableRowsModel → filter/sort → decoration (cells) → view.
    m_rowsFilter->setSourceModel(m_rowsModel);
    m_rowsDecoration->setSourceModel(m_rowsFilter);
    m_rowsDecoration->setClock(clock);
    m_rowsDecoration->setCellMode(true);
    m_rowsView->setModel(m_rowsDecoration);
    m_rowsView->setSortingEnabled(true);
    m_rowsView->sortByColumn(
            -1, Qt::AscendingOrder); // the table's own order until a header is clicked
    m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 6);
    m_rowsView->horizontalHeader()->setDefaultSectionSize(140);
    m_rowsView->setWordWrap(false);
    m_rowsFilterEdit->setClearButtonEnabled(true);
    auto *rowsLayout = new QVBoxLayout(m_rowsPage);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *rowsBar = new QHBoxLayout;
    rowsBar->addWidget(m_rowsTitle, 1);
    rowsBar->addWidget(m_rowsFilterEdit, 1);
    rowsLayout->addLayout(rowsBar);
    rowsLayout->addWidget(m_rowsView);

    // Statistics: messages by type (the raw feed: by a chosen key).
    auto *stats = new QSortFilterProxyModel(this);
    stats->setSourceModel(session->statistics());
    stats->setSortRole(SortRole);
    m_statsView->setModel(stats);
    m_statsView->setSortingEnabled(true);
    m_statsView->sortByColumn(1, Qt::DescendingOrder);
    m_statsView->verticalHeader()->hide();
    m_statsView->horizontalHeader()->setStretchLastSection(true);
    auto *statsLayout = new QVBoxLayout(m_statsPage);
    statsLayout->setContentsMargins(0, 0, 0, 0);
    statsLayout->addWidget(m_statsKey);
    statsLayout->addWidget(m_statsView);
    // A feed whose messages have no fixed type lets the user say what to count them by.
    m_statsKey->setVisible(session->config().feed->setting(u"statsKey"));
    m_statsKey->setText(session->config().option(u"statsKey"_s));
    connect(m_statsKey, &QLineEdit::editingFinished, this,
            [this] { m_session->setStatisticsKey(m_statsKey->text()); });

    m_side->addTab(m_details, QString());
    m_side->addTab(m_rowsPage, QString());
    m_side->addTab(m_subscriptions, QString());
    m_side->addTab(m_statsPage, QString());
    m_side->addTab(m_composer, QString());

    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_regex);
    treeLayout->addLayout(filterRow);
    treeLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_hideDeleted);
    treeButtons->addStretch();
    treeButtons->addWidget(m_clearTombstones);
    treeButtons->addWidget(m_reload);
    treeLayout->addLayout(treeButtons);

    m_inner->addWidget(treeBox);
    m_inner->addWidget(m_side);
    m_inner->setStretchFactor(0, 1);
    m_inner->setStretchFactor(1, 1);
    m_outer->addWidget(m_inner);
    m_outer->addWidget(m_log);
    m_outer->setStretchFactor(0, 3);
    m_outer->setStretchFactor(1, 2);
    m_inner->setSizes({460, 540});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_outer);
    retranslate();

    connect(m_filter, &QLineEdit::textChanged, this, &FeedView::applyTreeFilter);
    connect(m_regex, &QCheckBox::toggled, this, &FeedView::applyTreeFilter);
    connect(m_hideDeleted, &QCheckBox::toggled, m_treeFilter, &TreeFilterProxy::setHideDeleted);
    connect(m_clearTombstones, &QPushButton::clicked, session->store(),
            &EntityStore::clearTombstones);
    connect(m_reload, &QPushButton::clicked, session, &FeedSession::reloadSnapshot);
    clearOnEscape(m_filter, m_tree);
    clearOnEscape(m_rowsFilterEdit, m_rowsView);
    connect(m_rowsFilterEdit, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_rowsFilter->setText(t, false); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FeedView::onCurrentChanged);
    connect(m_details, &DetailPane::frameLinkActivated, this,
            [this](quint64 seq) { m_log->showSeq(seq); });
    connect(m_log, &LogPanel::frameEntities, this, &FeedView::selectNodes);
    connect(m_log, &LogPanel::showEntitiesRequested, this, [this](const std::vector<quint32> &n) {
        selectNodes(n);
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_tree->indexAt(pos);
        if (!idx.isValid())
            return;
        std::unique_ptr<QMenu> menu(buildTreeMenu(idx));
        menu->exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(session, &FeedSession::batchApplied, this, &FeedView::onBatch);
    // The first snapshot opens the top two levels; later ones (a reload, a reconnect, a
    // subscription's) leave the tree as the user has it (QTreeView::expandToDepth would close
    // every deeper branch).
    connect(session, &FeedSession::snapshotFinished, this, [this] {
        if (m_openedOnce || !m_filter->text().isEmpty())
            return;
        m_openedOnce = true;
        expandLevels(1);
    });
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this,
            &FeedView::rememberExpanded);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &FeedView::restoreExpanded);
    // New top-level entities open one level, so the demo shows something at once.
    connect(m_treeDecoration, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first) {
                if (!parent.isValid() && m_treeDecoration->rowCount() <= 10)
                    QMetaObject::invokeMethod(
                            this,
                            [this, first] { m_tree->expand(m_treeDecoration->index(first, 0)); },
                            Qt::QueuedConnection);
            });
    m_journal = new SessionRecorder(session, this);
    m_journal->startJournal();
    // Highlights fade: repaint while any is younger than the highlight duration.
    m_repaint.setInterval(100);
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        m_tree->viewport()->update();
        m_rowsView->viewport()->update();
        if (m_session->store()->nowMs() - m_lastChangeMs > m_treeDecoration->highlightMs() + 200)
            m_repaint.stop();
    });
}

FeedView::~FeedView() = default;

void FeedView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter the tree (Ctrl+F)…"));
    m_regex->setText(tr("Regex"));
    m_hideDeleted->setText(tr("Hide deleted"));
    m_clearTombstones->setText(tr("Clear tombstones"));
    m_clearTombstones->setToolTip(tr("Forget the entities the feed said were deleted"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Load the state again over REST"));
    m_reload->setEnabled(m_session->config().feed->snapshot);
    m_rowsFilterEdit->setPlaceholderText(tr("Filter rows…"));
    m_statsKey->setPlaceholderText(
            tr("Count messages by this key (default: type, event or action)"));
    m_side->setTabText(0, tr("Details"));
    m_side->setTabText(1, tr("Rows"));
    m_side->setTabText(2, tr("Subscriptions"));
    m_side->setTabText(3, tr("Statistics"));
    m_side->setTabText(4, tr("Composer"));
    if (m_rowsModel->table().isRoot())
        m_rowsTitle->setText(tr("Select a table (or one of its rows) in the tree"));
}

void FeedView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FeedView::setSettings(Settings *settings)
{
    m_composer->setSettings(settings);
}

void FeedView::setHighlight(bool enabled, int durationMs)
{
    m_treeDecoration->setHighlight(enabled, durationMs);
    m_rowsDecoration->setHighlight(enabled, durationMs);
}

void FeedView::applyTreeFilter()
{
    const QString text = m_filter->text();
    const bool regex = m_regex->isChecked();
    m_treeFilter->setText(text, regex);
    const bool bad = regex && !m_treeFilter->matcher().isValid();
    m_filter->setStyleSheet(bad ? problemStyle(m_filter) : QString());
    m_filter->setToolTip(bad ? m_treeFilter->matcher().errorString() : QString());
    // A filter opens the way to its matches; cleared, the tree is back as it was before.
    if (!text.isEmpty() && !m_beforeFilter)
        m_beforeFilter = treeState();
    if (!text.isEmpty()) {
        m_tree->expandToDepth(5);
    } else if (m_beforeFilter) {
        m_tree->collapseAll();
        applyTreeState(*m_beforeFilter);
        m_beforeFilter.reset();
    }
}

void FeedView::expandLevels(int depth)
{
    // Opens every entry down to depth (0: the top level) and closes none.
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int level) {
        const int n = m_treeDecoration->rowCount(parent);
        for (int i = 0; i < n; ++i) {
            const QModelIndex idx = m_treeDecoration->index(i, 0, parent);
            m_tree->expand(idx);
            if (level < depth)
                walk(idx, level + 1);
        }
    };
    walk({}, 0);
}

void FeedView::onCurrentChanged()
{
    const QModelIndex idx = m_tree->currentIndex();
    if (!idx.isValid())
        return;
    const NodeId node = idx.data(NodeIdRole).toUInt();
    const bool folder = idx.data(IsFolderRole).toBool();
    EntityStore *store = m_session->store();
    if (!folder)
        m_details->showNode(node);
    // A table, its rows folder or one of its rows: the grid shows that table.
    const GridKinds grid = store->schema().grid();
    NodeId table = NoNode;
    if (store->isValid(node) && grid.isValid()) {
        const Kind kind = store->node(node).kind;
        if (kind == grid.table)
            table = node;
        else if (kind == grid.row && store->isValid(store->node(node).parent))
            table = store->node(node).parent;
    }
    if (table != NoNode) {
        if (!(store->node(table).ref == m_rowsModel->table())) {
            m_rowsModel->setTable(store->node(table).ref);
            m_rowsTitle->setText(tr("Rows of %1").arg(store->label(table)));
        }
        if (folder)
            m_side->setCurrentWidget(m_rowsPage);
        if (store->node(node).kind == grid.row) {
            const int row = m_rowsModel->rowOf(node);
            const QModelIndex rowIdx = m_rowsDecoration->mapFromSource(
                    m_rowsFilter->mapFromSource(m_rowsModel->index(row, 0)));
            if (rowIdx.isValid())
                m_rowsView->scrollTo(rowIdx);
        }
    }
    if (!folder && m_side->currentWidget() != m_rowsPage)
        m_side->setCurrentWidget(m_details);
    // A member worth a tab of its own that the feed sends only on request (a ContentServer
    // file's content, which an ADD does not carry): load it.
    if (!folder && store->isValid(node)) {
        const KindInfo *info = store->schema().kinds().info(store->node(node).kind);
        if (info && info->textMember && !store->node(node).data.contains(info->textMember))
            m_session->loadDetails(node);
    }
}

void FeedView::onBatch()
{
    m_lastChangeMs = m_session->store()->nowMs();
    if (m_treeDecoration->highlightEnabled() && !m_repaint.isActive())
        m_repaint.start();
    m_details->refreshIfChanged();
}

void FeedView::focusTreeFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void FeedView::focusLog()
{
    m_log->focusFilter();
}

void FeedView::focusSubscribe()
{
    m_side->setCurrentWidget(m_subscriptions);
    m_subscriptions->editor()->setFocus();
}

void FeedView::selectNode(quint32 node)
{
    const QModelIndex src = m_treeModel->indexOfNode(node);
    const QModelIndex idx = m_treeDecoration->mapFromSource(m_treeFilter->mapFromSource(src));
    if (!idx.isValid())
        return;
    m_tree->scrollTo(idx);
    m_tree->setCurrentIndex(idx);
}

bool FeedView::openFirstTable()
{
    const EntityStore *store = m_session->store();
    const GridKinds grid = store->schema().grid();
    if (!grid.isValid())
        return false;
    NodeId table = NoNode;
    std::function<void(NodeId)> walk = [&](NodeId id) {
        for (NodeId c : store->node(id).children) {
            if (table != NoNode)
                return;
            if (store->node(c).kind == grid.table && !store->node(c).deleted)
                table = c;
            else
                walk(c);
        }
    };
    walk(RootNode);
    if (table == NoNode || m_details->node() != NoNode)
        return false;
    m_side->setCurrentWidget(m_rowsPage);
    selectNode(table);
    return true;
}

void FeedView::openFirstTableWhenLoaded()
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto attempt = [this, connection] {
        if (openFirstTable() || m_details->node() != NoNode)
            disconnect(*connection);
    };
    if (m_session->config().snapshot)
        *connection = connect(m_session, &FeedSession::snapshotFinished, this, attempt);
    else
        *connection = connect(m_session, &FeedSession::batchApplied, this, attempt);
}

void FeedView::rememberExpanded()
{
    m_expanded.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int n = m_treeDecoration->rowCount(parent);
        for (int i = 0; i < n; ++i) {
            const QModelIndex idx = m_treeDecoration->index(i, 0, parent);
            if (m_tree->isExpanded(idx)) {
                m_expanded.insert(idx.data(NodeKeyRole).toString());
                walk(idx);
            }
        }
    };
    walk({});
}

void FeedView::restoreExpanded()
{
    if (m_expanded.isEmpty())
        return;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int n = m_treeDecoration->rowCount(parent);
        for (int i = 0; i < n; ++i) {
            const QModelIndex idx = m_treeDecoration->index(i, 0, parent);
            if (m_expanded.contains(idx.data(NodeKeyRole).toString())) {
                m_tree->expand(idx);
                walk(idx);
            }
        }
    };
    walk({});
}

FeedView::TreeState FeedView::treeState() const
{
    TreeState state;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int n = m_treeDecoration->rowCount(parent);
        for (int i = 0; i < n; ++i) {
            const QModelIndex idx = m_treeDecoration->index(i, 0, parent);
            if (m_tree->isExpanded(idx)) {
                state.expanded.insert(idx.data(NodeKeyRole).toString());
                walk(idx);
            }
        }
    };
    walk({});
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        state.current = current.siblingAtColumn(0).data(NodeKeyRole).toString();
    state.sideTab = m_side->currentIndex();
    return state;
}

void FeedView::applyTreeState(const TreeState &state)
{
    QModelIndex current;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int n = m_treeDecoration->rowCount(parent);
        for (int i = 0; i < n; ++i) {
            const QModelIndex idx = m_treeDecoration->index(i, 0, parent);
            const QString key = idx.data(NodeKeyRole).toString();
            if (!state.current.isEmpty() && key == state.current)
                current = idx;
            if (state.expanded.contains(key)) {
                m_tree->expand(idx);
                walk(idx);
            }
        }
    };
    walk({});
    if (current.isValid()) {
        m_tree->setCurrentIndex(current);
        m_tree->scrollTo(current);
    }
    if (state.sideTab >= 0 && m_side->widget(state.sideTab)->isEnabled())
        m_side->setCurrentIndex(state.sideTab);
}

QMenu *FeedView::buildTreeMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QModelIndex idx = index.siblingAtColumn(0);
    const NodeId node = idx.data(NodeIdRole).toUInt();
    const bool folder = idx.data(IsFolderRole).toBool();
    EntityStore *store = m_session->store();
    const bool entity = !folder && store->isValid(node) && node != RootNode;
    auto add = [&](const QString &text, const char *name, std::function<void()> fn) {
        QAction *a = menu->addAction(text, this, std::move(fn));
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    auto copy = [](const QString &text) { QApplication::clipboard()->setText(text); };
    if (entity) {
        add(tr("Copy the id"), "treeCopyId",
                [node, store, copy] { copy(store->node(node).ref.id.toString()); });
        add(tr("Copy the path"), "treeCopyPath", [node, store, copy] {
            QStringList labels;
            for (NodeId n = node; n != NoNode && n != RootNode; n = store->node(n).parent)
                labels.prepend(store->label(n));
            copy(labels.join(u" / "_s));
        });
        add(tr("Copy the JSON"), "treeCopyJson", [node, store, copy] {
            copy(QString::fromUtf8(Secrets::maskRemembered(
                    Secrets::redactJson(QByteArray(store->node(node).data.json())))));
        });
        menu->addSeparator();
        const QString spec =
                m_machine ? QString() : m_session->protocol()->subscriptionSpecFor(*store, node);
        const bool already = !spec.isEmpty() && m_session->subscriptions()->find(spec);
        const QString text = spec.isEmpty() ? tr("Subscribe to this")
                : already                   ? tr("Already subscribed to %1").arg(spec)
                                            : tr("Subscribe to %1").arg(spec);
        QAction *subscribe = add(text, "treeSubscribe", [this, spec] {
            // Refusals (a spec the feed cannot take) show in the panel's note.
            m_session->subscribe(spec);
            m_side->setCurrentWidget(m_subscriptions);
        });
        subscribe->setEnabled(!spec.isEmpty() && !already);
        const auto &touched = store->node(node).touched;
        std::vector<quint64> seqs;
        seqs.reserve(touched.size());
        for (size_t i = 0; i < touched.size(); ++i)
            seqs.push_back(touched[i]);
        QAction *frames = add(tr("Show its %n frame(s) in the log", nullptr, int(seqs.size())),
                "treeShowFrames", [this, seqs] { m_log->showSeqs(seqs); });
        frames->setEnabled(!seqs.empty());
    }
    add(tr("Expand all below"), "treeExpandBelow", [this, idx] { m_tree->expandRecursively(idx); });
    QAction *hide = add(tr("Hide deleted"), "treeHideDeleted",
            [this] { m_hideDeleted->setChecked(!m_hideDeleted->isChecked()); });
    hide->setCheckable(true);
    hide->setChecked(m_hideDeleted->isChecked());
    return menu;
}

void FeedView::selectNodes(const std::vector<quint32> &nodes)
{
    if (nodes.empty())
        return;
    QItemSelection selection;
    QModelIndex first;
    for (quint32 node : nodes) {
        const QModelIndex idx = m_treeDecoration->mapFromSource(
                m_treeFilter->mapFromSource(m_treeModel->indexOfNode(node)));
        if (!idx.isValid())
            continue;
        if (!first.isValid())
            first = idx;
        selection.select(idx, idx.siblingAtColumn(m_treeDecoration->columnCount(idx.parent()) - 1));
    }
    if (!first.isValid())
        return;
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The first one becomes the current entity (its details show), the others selected too.
    const QSignalBlocker block(m_log);
    m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(first);
    onCurrentChanged();
}

qsizetype FeedView::positionOfSeq(quint64 seq) const
{
    if (!m_machine)
        return -1;
    const qsizetype frame = m_machine->recording().frameOfSeq(seq);
    return frame < 0 ? -1 : frame + 1;
}

QByteArray FeedView::lookBackRecording(QString *error) const
{
    if (m_machine) {
        if (error)
            *error = tr("this tab is a recording already");
        return {};
    }
    return m_journal->journalRecording(error);
}

void FeedView::showLookBack(FeedView *view)
{
    // After the view's own first look (queued when its machine was built): where we stood.
    QMetaObject::invokeMethod(
            view, [view, state = treeState()] { view->applyTreeState(state); },
            Qt::QueuedConnection);
    if (m_lookBack)
        delete m_lookBack.data();
    m_lookBack = view;
    view->setParent(this);
    if (view->timeline())
        view->timeline()->setBackToLive(true);
    connect(view, &FeedView::backToLiveRequested, this, &FeedView::backToLive,
            Qt::QueuedConnection); // the button that asks is the look back's own
    m_outer->hide();
    layout()->addWidget(view);
    view->show();
    view->m_tree->setFocus();
    Q_EMIT lookBackChanged(true);
}

void FeedView::backToLive()
{
    if (!m_lookBack)
        return;
    delete m_lookBack.data();
    m_outer->show();
    m_tree->setFocus();
    Q_EMIT lookBackChanged(false);
}

void FeedView::setTimeMachine(TimeMachine *machine)
{
    m_journal->stop();
    m_machine = machine;
    machine->setParent(this);
    m_timeline = new TimelineBar(machine, this);
    layout()->addWidget(m_timeline);
    // A recording is read, not driven: nothing to subscribe, send or reload.
    m_reload->setEnabled(false);
    m_subscriptions->setReadOnly(true);
    m_composer->setEnabled(false);
    m_log->setTimeActions(true);
    connect(machine, &TimeMachine::positionChanged, this, [this](qsizetype) {
        m_log->setCurrentSeq(m_machine->currentSeq());
        onBatch(); // highlights fade, the details follow
    });
    connect(m_log, &LogPanel::seekRequested, this, [this](quint64 seq) {
        if (const qsizetype p = positionOfSeq(seq); p >= 0) {
            m_machine->pause();
            m_machine->seek(p);
        }
    });
    connect(m_log, &LogPanel::markRequested, this, [this](quint64 seq, int which) {
        if (const qsizetype p = positionOfSeq(seq); p >= 0)
            m_timeline->setMark(which, p);
    });
    connect(m_timeline, &TimelineBar::diffRequested, this, &FeedView::showDiff);
    connect(m_timeline, &TimelineBar::backToLiveRequested, this, &FeedView::backToLiveRequested);
    auto shortcut = [this](const QKeySequence &keys, std::function<void()> fn) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, std::move(fn));
        addAction(a);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { m_machine->step(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { m_machine->step(1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Space), [this] { m_timeline->togglePlay(); });
    auto whenBuilt = [this] {
        m_log->setCurrentSeq(m_machine->currentSeq());
        if (m_filter->text().isEmpty())
            expandLevels(1);
        openFirstTable();
    };
    if (machine->isBuilt())
        QMetaObject::invokeMethod(this, whenBuilt, Qt::QueuedConnection);
    else
        connect(machine, &TimeMachine::built, this, whenBuilt);
}

void FeedView::showDiff(qsizetype a, qsizetype b)
{
    if (!m_machine || a < 0 || b < 0)
        return;
    if (a > b)
        std::swap(a, b);
    auto before = m_machine->sessionAt(a);
    auto after = m_machine->sessionAt(b);
    auto moment = [this](qsizetype p) {
        if (p <= 0)
            return tr("the start");
        const auto &info = m_machine->recording().frameInfo(p - 1);
        return tr("#%1 (%2)")
                .arg(info.seq)
                .arg(QDateTime::fromMSecsSinceEpoch(info.wallMs).toString(u"HH:mm:ss.zzz"_s));
    };
    auto *view =
            new DiffView(diffStates(*before->store(), *after->store()), moment(a), moment(b), this);
    view->setWindowFlag(Qt::Window);
    view->show();
}

bool FeedView::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

bool FeedView::startRecording(const QString &path, QString *error)
{
    if (!m_recorder) {
        m_recorder = new SessionRecorder(m_session, this);
        connect(m_recorder, &SessionRecorder::failed, this, [this](const QString &e) {
            Q_EMIT recordingFailed(e);
            Q_EMIT recordingChanged(false);
        });
    }
    if (!m_recorder->start(path, error))
        return false;
    Q_EMIT recordingChanged(true);
    return true;
}

bool FeedView::stopRecording(QString *error)
{
    if (!isRecording())
        return true;
    const bool ok = m_recorder->stop(error);
    Q_EMIT recordingChanged(false);
    return ok;
}

QByteArray FeedView::saveLayout() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_outer->saveState() << m_inner->saveState();
    return out;
}

void FeedView::restoreLayout(const QByteArray &state)
{
    QDataStream s(state);
    QByteArray outer, inner;
    s >> outer >> inner;
    if (s.status() == QDataStream::Ok) {
        m_outer->restoreState(outer);
        m_inner->restoreState(inner);
    }
}

} // namespace Feedscope::Ui
