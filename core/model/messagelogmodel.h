// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QTimer>

#include "messagelog.h"

namespace Feedscope {

// The message log as a table, appended in batches: new frames are counted as they arrive and
// shown by one beginInsertRows per flush (every ~16 ms), after one beginRemoveRows for the
// frames the log dropped. Display strings are made in data(), i.e. only for visible rows.
// While paused, capture goes on and rows are only added on resume.
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        DirectionColumn,
        TypeColumn,
        SizeColumn,
        SummaryColumn,
        ColumnCount
    };

    using Summarizer = std::function<QString(QByteArrayView bytes, const MessageLog::Entry &)>;

    explicit MessageLogModel(MessageLog *log, QObject *parent = nullptr);

    MessageLog *log() const { return m_log; }
    void setSummarizer(Summarizer s) { m_summarizer = std::move(s); }
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Frames captured but not shown yet (while paused or before the next flush).
    qint64 pendingCount() const;
    qint64 logIndex(int row) const { return m_first + row; }
    int rowOfLogIndex(qint64 index) const;

    // "↓ in", "↑ out", "● conn" (a row of the connection's story).
    static QString directionText(Direction d);

    // Applies pending appends and drops now (normally done by the timer).
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void flushed(int inserted);

private:
    void schedule();
    QString summary(qint64 index) const;

    MessageLog *m_log;
    Summarizer m_summarizer;
    QTimer m_timer;
    qint64 m_first = 0;
    int m_count = 0;
    bool m_paused = false;
};

} // namespace Feedscope
