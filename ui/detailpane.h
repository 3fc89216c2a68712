// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "model/storeobserver.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Feedscope {
class FeedSession;
}

namespace Feedscope::Ui {

class JsonView;

// What the store knows of the selected entity: its JSON, its history with a diff between any
// two versions, and the frames that touched it (each a link into the log).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(FeedSession *session, QWidget *parent = nullptr);
    void showNode(NodeId id);
    NodeId node() const { return m_node; }
    // Re-reads the entity if it changed (called once per batch).
    void refreshIfChanged();
    QListWidget *versions() const { return m_versions; }
    QListWidget *frames() const { return m_frames; }
    JsonView *diffView() const { return m_diff; }
    JsonView *jsonView() const { return m_json; }
    // The numbers that changed, each with its recent values drawn (shown when there are any).
    QWidget *numbers() const { return m_numbers; }

Q_SIGNALS:
    void frameLinkActivated(quint64 seq);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void showDiff();
    void fillNumbers(const QHash<QString, QString> &names);

    FeedSession *m_session;
    NodeId m_node = NoNode;
    quint64 m_shownSeq = ~quint64(0);
    QLabel *m_title;
    QLabel *m_meta;
    QWidget *m_numbers;
    QTabWidget *m_tabs;
    JsonView *m_json;
    QWidget *m_contentPage;
    JsonView *m_content;
    QPushButton *m_load;
    QListWidget *m_versions;
    JsonView *m_diff;
    QListWidget *m_frames;
};

} // namespace Feedscope::Ui
