// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Feedscope {
class FeedSession;
}

namespace Feedscope::Ui {

// Add and remove subscriptions (Baserow pages, ContentServer paths, GraphQL documents) and see
// each one's state as the session reports it. A feed whose subscriptions are documents gets a
// multi-line editor (Ctrl+Return subscribes); the others a line (Return subscribes).
class SubscriptionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionPanel(FeedSession *session, QWidget *parent = nullptr);
    // The line editor, or null for a feed whose subscriptions are documents.
    QLineEdit *specEdit() const { return m_spec; }
    // The multi-line editor, or null.
    QPlainTextEdit *documentEdit() const { return m_document; }
    QWidget *editor() const;
    QString specText() const;
    QTableView *view() const { return m_view; }
    bool addFromEdit();
    void removeSelected();
    // A recording's tab: the states as recorded, nothing to add or remove.
    void setReadOnly(bool readOnly);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    FeedSession *m_session;
    QLineEdit *m_spec = nullptr;
    QPlainTextEdit *m_document = nullptr;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableView *m_view;
    QLabel *m_note;
    QLabel *m_error;
    bool m_readOnly = false;
};

// Frames typed by hand (the raw feed's composer, and a debugging aid for the others), with a
// history of what was sent.
class ComposerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPanel(FeedSession *session, QWidget *parent = nullptr);
    bool sendCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    FeedSession *m_session;
    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QListWidget *m_history;
    QLabel *m_status;
    QLabel *m_historyLabel;
};

} // namespace Feedscope::Ui
