// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Feedscope {
class FeedSession;
class Settings;
class SessionRecorder;
class TimeMachine;
class LiveTreeModel;
class TreeFilterProxy;
class TableRowsModel;
class RowsFilterProxy;
} // namespace Feedscope

namespace Feedscope::Ui {

class DecorationProxy;
class DetailPane;
class LogPanel;
class SubscriptionPanel;
class ComposerPanel;
class TimelineBar;

// One connection's tab: the live tree with its filter, the selected entity's details, a table's
// rows, subscriptions, statistics, a composer, and the message log.
class FeedView : public QWidget
{
    Q_OBJECT
public:
    explicit FeedView(FeedSession *session, QWidget *parent = nullptr);
    ~FeedView() override;

    FeedSession *session() const { return m_session; }
    QTreeView *tree() const { return m_tree; }
    LiveTreeModel *treeModel() const { return m_treeModel; }
    TreeFilterProxy *treeFilter() const { return m_treeFilter; }
    DecorationProxy *treeDecoration() const { return m_treeDecoration; }
    QTableView *rowsView() const { return m_rowsView; }
    TableRowsModel *rowsModel() const { return m_rowsModel; }
    RowsFilterProxy *rowsFilter() const { return m_rowsFilter; }
    LogPanel *log() const { return m_log; }
    DetailPane *details() const { return m_details; }
    SubscriptionPanel *subscriptions() const { return m_subscriptions; }
    QLineEdit *treeFilterEdit() const { return m_filter; }
    QTabWidget *sideTabs() const { return m_side; }

    void setHighlight(bool enabled, int durationMs);
    // Where the composer keeps the frames the user saves by name.
    void setSettings(Settings *settings);
    ComposerPanel *composer() const { return m_composer; }
    void focusTreeFilter();
    void focusLog();
    void focusSubscribe();
    void selectNode(quint32 node);
    // Shows the first table of rows in tree order on the Rows tab (the demo's Products, a
    // GraphQL subscription's list), once the snapshot is in (or the first changes, for a feed
    // without one), unless the user has chosen something by then. True when it did.
    bool openFirstTable();
    void openFirstTableWhenLoaded();
    // A recording's tab: read-only, its state the time machine's, a timeline under it, the
    // log marking the current frame. The view takes the machine.
    void setTimeMachine(TimeMachine *machine);
    TimeMachine *timeMachine() const { return m_machine; }
    TimelineBar *timeline() const { return m_timeline; }
    bool isRecordingTab() const { return m_machine != nullptr; }
    // The file a recording tab shows (empty for a live look back).
    void setSourcePath(const QString &path) { m_sourcePath = path; }
    QString sourcePath() const { return m_sourcePath; }
    // Recording this tab's session to a file (File ▸ Record…).
    bool startRecording(const QString &path, QString *error = nullptr);
    bool stopRecording(QString *error = nullptr);
    SessionRecorder *recorder() const { return m_recorder; }
    // A live tab keeps a journal of what is not in its log (snapshot answers, subscription
    // outcomes), so that it can look back: the whole session as a recording.
    QByteArray lookBackRecording(QString *error = nullptr) const;
    SessionRecorder *journal() const { return m_journal; }
    // Looking back inside a live tab: a recording's view of what the tab had received, with its
    // timeline, shown in place of the live one while the session goes on underneath. "Back to
    // live" (or backToLive()) removes it. The tab takes the view.
    void showLookBack(FeedView *view);
    void backToLive();
    FeedView *lookBackView() const { return m_lookBack; }
    // What the tab shows: the look back while there is one, else the tab itself.
    FeedView *shownView() { return m_lookBack ? m_lookBack.data() : this; }
    bool isRecording() const;
    // Opens the diff of two positions of the time machine.
    void showDiff(qsizetype a, qsizetype b);
    // What the user has opened and chosen in the tree, by entity identity (not by row): the
    // expanded entries, the current one, the side tab. A look back starts where the live tab
    // stood.
    struct TreeState
    {
        QSet<QString> expanded;
        QString current;
        int sideTab = -1;
    };
    TreeState treeState() const;
    void applyTreeState(const TreeState &state);
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    // Selects these entities in the tree (the first one current, opened and in view).
    void selectNodes(const std::vector<quint32> &nodes);
    // An entry's right-click menu: copy its id, path or JSON; subscribe to it; show its
    // frames in the log; expand all below; hide deleted entries.
    QMenu *buildTreeMenu(const QModelIndex &index);

Q_SIGNALS:
    void recordingChanged(bool recording);
    void recordingFailed(const QString &error);
    void backToLiveRequested();
    void lookBackChanged(bool lookingBack);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyTreeFilter();
    void onCurrentChanged();
    void onBatch();
    void expandLevels(int depth);
    void rememberExpanded();
    void restoreExpanded();
    qsizetype positionOfSeq(quint64 seq) const;

    FeedSession *m_session;
    LiveTreeModel *m_treeModel;
    TreeFilterProxy *m_treeFilter;
    DecorationProxy *m_treeDecoration;
    TableRowsModel *m_rowsModel;
    RowsFilterProxy *m_rowsFilter;
    DecorationProxy *m_rowsDecoration;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QCheckBox *m_regex;
    QCheckBox *m_hideDeleted;
    QPushButton *m_clearTombstones;
    QPushButton *m_reload;
    QTabWidget *m_side;
    DetailPane *m_details;
    QWidget *m_rowsPage;
    QLineEdit *m_rowsFilterEdit;
    QLabel *m_rowsTitle;
    QTableView *m_rowsView;
    SubscriptionPanel *m_subscriptions;
    QTableView *m_statsView;
    QLineEdit *m_statsKey;
    QWidget *m_statsPage;
    ComposerPanel *m_composer;
    LogPanel *m_log;
    QSplitter *m_outer;
    QSplitter *m_inner;
    QTimer m_repaint;
    qint64 m_lastChangeMs = -1;
    QSet<QString> m_expanded;
    bool m_openedOnce = false; // the first snapshot opened the top levels
    std::optional<TreeState> m_beforeFilter; // the tree as it was before a filter opened it
    TimeMachine *m_machine = nullptr;
    TimelineBar *m_timeline = nullptr;
    SessionRecorder *m_recorder = nullptr;
    SessionRecorder *m_journal = nullptr;
    QPointer<FeedView> m_lookBack;
    QString m_sourcePath;
};

} // namespace Feedscope::Ui
