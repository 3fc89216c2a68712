// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include <cmath>

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "json/jsontext.h"
#include "jsonview.h"
#include "model/entitystore.h"
#include "session/feedsession.h"
#include "sparkline.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
QString when(qint64 wallMs)
{
    return wallMs > 0
            ? QDateTime::fromMSecsSinceEpoch(wallMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)
            : QString();
}
} // namespace

DetailPane::DetailPane(FeedSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_numbers(new QWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_json(new JsonView(this))
    , m_contentPage(new QWidget(this))
    , m_content(new JsonView(this))
    , m_load(new QPushButton(this))
    , m_versions(new QListWidget(this))
    , m_diff(new JsonView(this))
    , m_frames(new QListWidget(this))
{
    setObjectName(u"detailPane"_s);
    m_numbers->setObjectName(u"numbers"_s);
    auto *grid = new QGridLayout(m_numbers);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(1, 1);
    m_numbers->hide();
    m_versions->setObjectName(u"versions"_s);
    m_frames->setObjectName(u"frames"_s);
    m_load->setObjectName(u"loadContent"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *contentLayout = new QVBoxLayout(m_contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_load);
    contentLayout->addWidget(m_content);
    auto *history = new QSplitter(Qt::Horizontal, this);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    history->addWidget(m_versions);
    history->addWidget(m_diff);
    history->setStretchFactor(1, 3);
    m_tabs->addTab(m_json, QString());
    m_tabs->addTab(m_contentPage, QString());
    m_tabs->addTab(history, QString());
    m_tabs->addTab(m_frames, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_numbers);
    layout->addWidget(m_tabs);
    retranslate();
    connect(m_versions, &QListWidget::itemSelectionChanged, this, &DetailPane::showDiff);
    connect(m_frames, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT frameLinkActivated(item->data(Qt::UserRole).toULongLong());
    });
    connect(m_load, &QPushButton::clicked, this, [this] { m_session->loadDetails(m_node); });
    showNode(NoNode);
}

void DetailPane::retranslate()
{
    m_tabs->setTabText(0, tr("JSON"));
    m_tabs->setTabText(1, tr("Content"));
    m_tabs->setTabText(2, tr("History"));
    m_tabs->setTabText(3, tr("Frames"));
    m_load->setText(tr("Content not loaded — load it over REST"));
    m_versions->setToolTip(
            tr("Select two versions to compare them; one to compare it with the current version"));
    m_frames->setToolTip(
            tr("Frames that touched this entity: double-click to show one in the log"));
    fill();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailPane::showNode(NodeId id)
{
    m_node = id;
    m_shownSeq = ~quint64(0);
    fill();
}

void DetailPane::refreshIfChanged()
{
    EntityStore *store = m_session->store();
    if (m_node == NoNode || !store->isValid(m_node)) {
        if (m_node != NoNode) {
            m_node = NoNode;
            fill();
        }
        return;
    }
    const auto &n = store->node(m_node);
    const quint64 seq = n.touched.empty() ? n.updatedSeq : n.touched.back();
    if (seq != m_shownSeq || store->historySize(m_node) + 1 != size_t(m_versions->count()))
        fill();
}

void DetailPane::fill()
{
    EntityStore *store = m_session->store();
    if (m_node == NoNode || !store->isValid(m_node)) {
        m_title->setText(tr("Select an entity in the tree"));
        m_meta->clear();
        m_json->clear();
        m_content->clear();
        m_versions->clear();
        m_diff->clear();
        m_frames->clear();
        m_tabs->setTabEnabled(1, false);
        fillNumbers({});
        return;
    }
    const auto &n = store->node(m_node);
    m_shownSeq = n.touched.empty() ? n.updatedSeq : n.touched.back();
    m_title->setText(store->label(m_node));
    QStringList meta {store->schema().kinds().name(n.kind) + u' ' + n.ref.id.toString()};
    if (!n.ref.scope.isEmpty())
        meta << tr("in %1").arg(n.ref.scope.toString());
    if (n.createdMs)
        meta << tr("first seen %1").arg(when(n.createdMs));
    if (n.updatedMs)
        meta << tr("changed %1").arg(when(n.updatedMs));
    if (n.deleted)
        meta << tr("deleted %1").arg(when(n.deletedMs));
    if (n.placeholder)
        meta << tr("placeholder: referenced, not announced yet");
    if (n.stale)
        meta << tr("stale: the server asked for a reload");
    m_meta->setText(meta.join(u" · "_s));
    // Members by their names where the table's fields are known (the key on hover).
    const QHash<QString, QString> names = store->memberNames(m_node);
    m_json->setKeyNames(names);
    m_diff->setKeyNames(names);
    m_json->showJson(n.data.json());
    fillNumbers(names);

    // A member with a tab of its own (a ContentServer file's content): as text, or as JSON
    // when it parses.
    const KindInfo *info = m_session->store()->schema().kinds().info(n.kind);
    const char *member = info ? info->textMember : nullptr;
    m_tabs->setTabEnabled(1, member);
    if (member) {
        const auto content = n.data.string(member);
        m_load->setVisible(!content.has_value());
        if (content)
            m_content->showText(JsonText::prettyIfJson(*content));
        else
            m_content->showText(tr("(not loaded: the feed sends it on request only)"));
    }

    // Versions: the current one first, then the older ones.
    const int selected = m_versions->currentRow();
    QSignalBlocker block(m_versions);
    m_versions->clear();
    auto *current = new QListWidgetItem(tr("current · frame %1").arg(n.updatedSeq), m_versions);
    current->setData(Qt::UserRole, -1);
    for (int i = int(store->historySize(m_node)) - 1; i >= 0; --i) {
        const auto h = store->historyEntry(m_node, size_t(i));
        auto *item = new QListWidgetItem(
                tr("before frame %1 · %2").arg(h.seq).arg(when(h.wallMs)), m_versions);
        item->setData(Qt::UserRole, i);
    }
    if (selected >= 0 && selected < m_versions->count())
        m_versions->setCurrentRow(selected);
    showDiff();

    m_frames->clear();
    for (size_t i = n.touched.size(); i-- > 0;) {
        const quint64 seq = n.touched[i];
        const qint64 index = m_session->log()->indexOfSeq(seq);
        QString text = tr("frame %1").arg(seq);
        if (index >= 0)
            text += u" · "_s + m_session->log()->typeName(m_session->log()->entry(index).type)
                    + u" · "_s + when(m_session->log()->entry(index).wallMs);
        else
            text += u" · "_s + tr("(no longer in the log)");
        auto *item = new QListWidgetItem(text, m_frames);
        item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(seq));
    }
}

void DetailPane::fillNumbers(const QHash<QString, QString> &names)
{
    // Rows of: the member's name, its values drawn, now / lowest / highest.
    auto *grid = static_cast<QGridLayout *>(m_numbers->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const EntityStore *store = m_session->store();
    std::vector<EntityStore::NumericSeries> series;
    if (m_node != NoNode && store->isValid(m_node))
        series = store->numericHistory(m_node);
    int row = 0;
    for (EntityStore::NumericSeries &s : series) {
        double lo = INFINITY, hi = -INFINITY;
        int count = 0;
        for (double v : s.values) {
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                ++count;
            }
        }
        if (count < 2 || lo == hi)
            continue; // nothing moved: nothing to draw
        const QString key = QString::fromUtf8(s.key);
        const QString name = names.value(key, key);
        auto *label = new QLabel(name, m_numbers);
        label->setToolTip(key);
        auto *line = new Sparkline(m_numbers);
        line->setObjectName(u"sparkline:"_s + key);
        QStringList tip;
        for (size_t i = s.values.size(); i-- > 0 && tip.size() < 20;) {
            const QString value = std::isfinite(s.values[i]) ? QString::number(s.values[i], 'g', 12)
                                                             : tr("(not a number)");
            tip << (s.sinceMs[i] >= 0 ? tr("%1 since %2").arg(value, when(s.sinceMs[i])) : value);
        }
        line->setToolTip(tip.join(u'\n'));
        const double now = s.values.back();
        auto *range = new QLabel(
                tr("%1 · lowest %2 · highest %3")
                        .arg(std::isfinite(now) ? QString::number(now, 'g', 12) : QString(u"–"_s),
                                QString::number(lo, 'g', 12), QString::number(hi, 'g', 12)),
                m_numbers);
        range->setForegroundRole(QPalette::PlaceholderText);
        line->setValues(std::move(s.values));
        grid->addWidget(label, row, 0);
        grid->addWidget(line, row, 1);
        grid->addWidget(range, row, 2);
        ++row;
    }
    m_numbers->setVisible(row > 0);
}

void DetailPane::showDiff()
{
    EntityStore *store = m_session->store();
    if (m_node == NoNode || !store->isValid(m_node)) {
        m_diff->clear();
        return;
    }
    const auto &n = store->node(m_node);
    auto version = [&](int historyIndex) {
        const RawObject data =
                historyIndex < 0 ? n.data : store->version(m_node, size_t(historyIndex));
        return JsonText::pretty(data.json());
    };
    QList<QListWidgetItem *> items = m_versions->selectedItems();
    int from = int(store->historySize(m_node)) - 1; // the previous version (or -1)…
    int to = -1; // …against the current one
    if (items.size() == 1) {
        from = items.front()->data(Qt::UserRole).toInt();
    } else if (items.size() >= 2) {
        from = items[0]->data(Qt::UserRole).toInt();
        to = items[1]->data(Qt::UserRole).toInt();
        // Older first: a higher history index is newer, -1 is the newest.
        auto age = [](int i) { return i < 0 ? INT_MAX : i; };
        if (age(from) > age(to))
            std::swap(from, to);
    }
    m_diff->showDiff(JsonText::diff(version(from), version(to)));
}

} // namespace Feedscope::Ui
