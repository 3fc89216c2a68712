// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "protocol/feedprotocol.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Feedscope {
class FeedSession;
class Settings;
} // namespace Feedscope

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
// Frames typed by hand: start from one of the feed's messages or a frame saved by name (per
// feed), see at once whether it is JSON, send (Ctrl+Return), and pick up what was sent.
class ComposerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPanel(FeedSession *session, QWidget *parent = nullptr);
    // Where the user's named frames for this feed are kept (none: the feed's own only).
    void setSettings(Settings *settings);
    // Sends the text; on a JSON feed, text that is not JSON is sent only when asked twice
    // (the first time says what is wrong). True when it went.
    bool sendCurrent();
    QPlainTextEdit *editor() const { return m_edit; }
    QComboBox *templates() const { return m_templates; }
    // Puts a template's text in the editor (undoable); index as in templates().
    void useTemplate(int index);
    // Keeps the editor's text under this name for this feed (replacing one of that name).
    bool saveTemplate(const QString &name);
    bool deleteTemplate(const QString &name);
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTemplates();
    void check();
    void setArmed(bool armed);
    void askTemplateName();
    FeedSession *m_session;
    Settings *m_settings = nullptr;
    QComboBox *m_templates;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QListWidget *m_history;
    QLabel *m_status;
    QLabel *m_historyLabel;
    QTimer *m_checkTimer;
    QString m_problem;
    bool m_armed = false; // the next Send sends despite m_problem
    QList<FrameTemplate> m_user;
};

} // namespace Feedscope::Ui
