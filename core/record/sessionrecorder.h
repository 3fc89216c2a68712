// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QObject>
#include <QPointer>

#include "recordingwriter.h"
#include "util/secrets.h"

namespace Feedscope {

class FeedSession;

// Records one session into a recording (docs/recording-format.md): the header, then, as they
// happen, every frame in and out, the snapshot's calls and REST answers, subscription states
// and connection phases. Started on a session that already holds state, it writes that state
// first, so that the file rebuilds what the tab showed. Secrets are masked by name (keys,
// headers, URLs) and by value (the connection's own password, token and cookie).
class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SessionRecorder(FeedSession *session, QObject *parent = nullptr);
    ~SessionRecorder() override;

    bool start(const QString &path, QString *error = nullptr);
    // A journal in memory instead of a file: every event but the frames, which the session's
    // log keeps; journalRecording() then makes a recording of the two (a live tab looking
    // back). Empty, with *error, once the log has dropped frames the journal needs.
    bool startJournal();
    bool isJournaling() const { return m_journaling; }
    QByteArray journalRecording(QString *error = nullptr) const;
    bool stop(QString *error = nullptr);
    bool isRecording() const { return m_writer.isOpen(); }
    QString path() const { return m_writer.path(); }
    qint64 frames() const { return m_frames; }
    qint64 bytes() const { return m_writer.bytes(); }

Q_SIGNALS:
    void failed(const QString &error);
    void stopped();

private:
    bool begin(); // the header and what the session holds, then every event as it comes
    void write(const QByteArray &line);
    qint64 ns() const;

    QPointer<FeedSession> m_session;
    RecordingWriter m_writer;
    Secrets::KnownValues m_secrets;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_baseNs = 0;
    qint64 m_frames = 0;
    bool m_journaling = false;
    // The journal: each line with the log's end index when it was written.
    std::vector<std::pair<qint64, QByteArray>> m_journal;
};

} // namespace Feedscope
