// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionpanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "model/subscriptionmodel.h"
#include "session/feeddescriptor.h"
#include "session/feedsession.h"

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
    m_error->setStyleSheet(u"color: #c0392b"_s);
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
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_history(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_historyLabel(new QLabel(this))
{
    setObjectName(u"composer"_s);
    m_edit->setObjectName(u"composerEdit"_s);
    m_send->setObjectName(u"composerSend"_s);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_send);
    layout->addLayout(row);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    retranslate();
    connect(m_send, &QPushButton::clicked, this, &ComposerPanel::sendCurrent);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
    connect(shortcut, &QShortcut::activated, this, &ComposerPanel::sendCurrent);
    connect(m_history, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_edit->setPlainText(item->text()); });
    connect(session, &FeedSession::frameSent, this, [this] {
        m_history->clear();
        m_history->addItems(m_session->sentHistory());
    });
}

void ComposerPanel::retranslate()
{
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the frame (Ctrl+Return)"));
    m_edit->setPlaceholderText(tr("A frame to send, e.g. {\"type\": \"ping\"}"));
    m_historyLabel->setText(tr("Sent (double-click to edit again):"));
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
    QString error;
    if (!m_session->sendFrame(text.toUtf8(), &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("sent %1 bytes").arg(text.toUtf8().size()));
    return true;
}

} // namespace Feedscope::Ui
