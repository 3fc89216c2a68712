// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include "model/subscriptionmodel.h"
#include "session/feeddescriptor.h"
#include "session/feedsession.h"
#include "settings/settings.h"
#include "util/secrets.h"
#include "widgetutil.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

SubscriptionPanel::SubscriptionPanel(FeedSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"subscriptionPanel"_s);
    const FeedDescriptor *feed = session->config().feed;
    if (feed && feed->multilineSubscriptions) {
        m_document = new QPlainTextEdit(this);
        m_document->setObjectName(u"subscriptionDocument"_s);
        m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_document->setTabChangesFocus(true);
        m_document->setMaximumHeight(m_document->fontMetrics().lineSpacing() * 7);
    } else {
        m_spec = new QLineEdit(this);
        m_spec->setObjectName(u"subscriptionSpec"_s);
    }
    m_add->setObjectName(u"subscriptionAdd"_s);
    m_remove->setObjectName(u"subscriptionRemove"_s);
    m_view->setObjectName(u"subscriptionView"_s);
    m_view->setModel(session->subscriptions());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 200);
    m_note->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(problemStyle(m_error));
    auto *row = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    if (m_spec) {
        row->addWidget(m_spec, 1);
    } else {
        layout->addWidget(m_document);
        row->addStretch(1);
    }
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    const bool enabled = session->protocol()->hasSubscriptions();
    editor()->setEnabled(enabled);
    m_add->setEnabled(enabled);
    m_remove->setEnabled(enabled);
    retranslate();
    connect(m_add, &QPushButton::clicked, this, &SubscriptionPanel::addFromEdit);
    if (m_spec) {
        connect(m_spec, &QLineEdit::returnPressed, this, &SubscriptionPanel::addFromEdit);
    } else {
        m_document->installEventFilter(this);
    }
    connect(m_remove, &QPushButton::clicked, this, &SubscriptionPanel::removeSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    connect(del, &QShortcut::activated, this, &SubscriptionPanel::removeSelected);
}

void SubscriptionPanel::retranslate()
{
    m_add->setText(tr("Subscribe"));
    m_remove->setText(tr("Unsubscribe"));
    if (m_spec) {
        m_spec->setPlaceholderText(m_session->protocol()->subscriptionSyntax());
    } else {
        m_document->setPlaceholderText(m_session->protocol()->subscriptionSyntax());
        m_add->setToolTip(tr("Subscribe to the document (Ctrl+Return)"));
    }
    m_note->setText(m_readOnly
                    ? tr("The subscriptions as they stood at this moment of the recording.")
                    : m_session->protocol()->subscriptionNote(
                            m_session->config().subscriptionTimeoutMs));
}

void SubscriptionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SubscriptionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Return (or Ctrl+Enter) in the document subscribes; a plain Return is a new line.
    if (watched == m_document && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & Qt::ControlModifier)) {
            addFromEdit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *SubscriptionPanel::editor() const
{
    return m_spec ? static_cast<QWidget *>(m_spec) : m_document;
}

QString SubscriptionPanel::specText() const
{
    return m_spec ? m_spec->text() : m_document->toPlainText();
}

void SubscriptionPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (QWidget *e = editor())
        e->setEnabled(!readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    retranslate();
}

bool SubscriptionPanel::addFromEdit()
{
    if (m_readOnly)
        return false;
    QString error;
    if (!m_session->subscribe(specText(), &error)) {
        m_error->setText(error);
        return false;
    }
    m_error->clear();
    if (m_spec)
        m_spec->clear();
    else
        m_document->clear();
    return true;
}

void SubscriptionPanel::removeSelected()
{
    if (m_readOnly)
        return;
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid())
        return;
    m_session->unsubscribe(idx.siblingAtColumn(SubscriptionModel::KeyColumn).data().toString());
}

ComposerPanel::ComposerPanel(FeedSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_templates(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_history(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(u"composer"_s);
    m_templates->setObjectName(u"composerTemplates"_s);
    m_save->setObjectName(u"composerSaveTemplate"_s);
    m_delete->setObjectName(u"composerDeleteTemplate"_s);
    m_edit->setObjectName(u"composerEdit"_s);
    m_send->setObjectName(u"composerSend"_s);
    m_status->setObjectName(u"composerStatus"_s);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(16);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_templates, 1);
    top->addWidget(m_save);
    top->addWidget(m_delete);
    layout->addLayout(top);
    layout->addWidget(m_edit, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_send, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    retranslate(); // fills the templates too
    connect(m_send, &QPushButton::clicked, this, &ComposerPanel::sendCurrent);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
    connect(shortcut, &QShortcut::activated, this, &ComposerPanel::sendCurrent);
    connect(m_history, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_edit->setPlainText(item->text()); });
    connect(session, &FeedSession::frameSent, this, [this] {
        m_history->clear();
        m_history->addItems(m_session->sentHistory());
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        setArmed(false);
        m_checkTimer->start();
    });
    connect(m_checkTimer, &QTimer::timeout, this, &ComposerPanel::check);
    connect(m_templates, &QComboBox::activated, this, &ComposerPanel::useTemplate);
    connect(m_save, &QPushButton::clicked, this, &ComposerPanel::askTemplateName);
    connect(m_delete, &QPushButton::clicked, this,
            [this] { deleteTemplate(m_templates->currentData().toString()); });
    connect(m_templates, &QComboBox::currentIndexChanged, this,
            [this] { m_delete->setEnabled(!m_templates->currentData().toString().isEmpty()); });
}

void ComposerPanel::setSettings(Settings *settings)
{
    m_settings = settings;
    m_user = settings ? settings->composerTemplates(m_session->config().feed->id)
                      : QList<FrameTemplate>();
    fillTemplates();
}

void ComposerPanel::retranslate()
{
    m_send->setToolTip(tr("Send the frame (Ctrl+Return)"));
    setArmed(m_armed);
    m_edit->setPlaceholderText(tr("A frame to send, e.g. {\"type\": \"ping\"}"));
    m_historyLabel->setText(tr("Sent (double-click to edit again):"));
    m_save->setText(tr("Save as…"));
    m_save->setToolTip(tr("Keep this frame under a name, for this feed"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Forget the saved frame chosen on the left"));
    m_templates->setToolTip(tr("Start from one of the feed's messages, or a frame you saved"));
    fillTemplates();
}

void ComposerPanel::fillTemplates()
{
    // The feed's own messages first, then the user's (their data: the name, to delete).
    const QString current = m_templates->currentText();
    QSignalBlocker block(m_templates);
    m_templates->clear();
    m_templates->addItem(tr("Start from…"));
    for (const FrameTemplate &t : m_session->protocol()->frameTemplates())
        m_templates->addItem(t.name);
    if (!m_user.isEmpty()) {
        m_templates->insertSeparator(m_templates->count());
        for (const FrameTemplate &t : std::as_const(m_user))
            m_templates->addItem(t.name, t.name);
    }
    const int at = m_templates->findText(current);
    m_templates->setCurrentIndex(std::max(0, at));
    m_delete->setEnabled(!m_templates->currentData().toString().isEmpty());
}

void ComposerPanel::useTemplate(int index)
{
    QByteArray text;
    const auto builtIn = m_session->protocol()->frameTemplates();
    if (index >= 1 && index <= int(builtIn.size())) {
        text = builtIn[size_t(index - 1)].text;
    } else {
        const QString name = m_templates->itemData(index).toString();
        for (const FrameTemplate &t : std::as_const(m_user)) {
            if (t.name == name)
                text = t.text;
        }
    }
    if (text.isEmpty())
        return;
    m_templates->setCurrentIndex(index);
    // Replaced as an edit, so that Ctrl+Z brings back what was there.
    QTextCursor cursor(m_edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(text));
    m_edit->setFocus();
    check();
}

bool ComposerPanel::saveTemplate(const QString &nameIn)
{
    const QString name = nameIn.trimmed();
    const QByteArray text = m_edit->toPlainText().toUtf8();
    if (name.isEmpty() || text.trimmed().isEmpty())
        return false;
    const QByteArray kept = Secrets::maskRemembered(text);
    auto it = std::find_if(m_user.begin(), m_user.end(),
            [&name](const FrameTemplate &t) { return t.name == name; });
    if (it != m_user.end())
        it->text = kept;
    else
        m_user.append({name, kept});
    if (m_settings)
        m_settings->setComposerTemplates(m_session->config().feed->id, m_user);
    fillTemplates();
    m_templates->setCurrentIndex(m_templates->findData(name));
    m_status->setStyleSheet(QString());
    m_status->setText(kept == text ? tr("Saved as “%1”").arg(name)
                                   : tr("Saved as “%1”, its secrets masked").arg(name));
    return true;
}

bool ComposerPanel::deleteTemplate(const QString &name)
{
    const auto removed =
            m_user.removeIf([&name](const FrameTemplate &t) { return t.name == name; });
    if (!removed)
        return false;
    if (m_settings)
        m_settings->setComposerTemplates(m_session->config().feed->id, m_user);
    fillTemplates();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Deleted “%1”").arg(name));
    return true;
}

void ComposerPanel::askTemplateName()
{
    const QString suggested =
            m_templates->currentIndex() > 0 ? m_templates->currentText() : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the frame"),
            tr("Name (for this feed; an existing name is replaced):"), QLineEdit::Normal, suggested,
            &ok);
    if (ok)
        saveTemplate(name);
}

QString ComposerPanel::statusText() const
{
    return m_status->text();
}

void ComposerPanel::check()
{
    m_checkTimer->stop();
    const QByteArray text = m_edit->toPlainText().trimmed().toUtf8();
    m_problem = text.isEmpty() ? QString() : m_session->checkFrame(text);
    if (!m_problem.isEmpty()) {
        m_status->setStyleSheet(u"color: %1"_s.arg(problemColor(palette()).name()));
        m_status->setText(
                m_armed ? tr("%1 — Send again to send it anyway").arg(m_problem) : m_problem);
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(text.isEmpty() || !m_session->protocol()->framesAreJson()
                        ? QString()
                        : tr("Valid JSON"));
    }
}

void ComposerPanel::setArmed(bool armed)
{
    m_armed = armed;
    m_send->setText(armed ? tr("Send anyway") : tr("Send"));
}

void ComposerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ComposerPanel::sendCurrent()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty())
        return false;
    check();
    if (!m_problem.isEmpty() && !m_armed) {
        // Said once; the next Send sends it as it is (a feed may take what Feedscope does not).
        setArmed(true);
        check();
        return false;
    }
    QString error;
    if (!m_session->sendFrame(text.toUtf8(), &error)) {
        m_status->setStyleSheet(u"color: %1"_s.arg(problemColor(palette()).name()));
        m_status->setText(error);
        return false;
    }
    setArmed(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("sent %n byte(s)", nullptr, int(text.toUtf8().size())));
    return true;
}

} // namespace Feedscope::Ui
