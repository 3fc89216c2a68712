// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>
#include <utility>
#include <vector>

#include <QObject>
#include <QPointer>

#include "model/entitystore.h"
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
    // back). Once the log nears its cap, the journal keeps a base now and then (the store's
    // state, shared not copied, with the subscriptions) so that a look back starts at the
    // oldest base the log still reaches: it covers at least half of what the log holds. Empty,
    // with *error, when the log has dropped frames that no base covers.
    bool startJournal();
    bool isJournaling() const { return m_journaling; }
    QByteArray journalRecording(QString *error = nullptr) const;
    bool stop(QString *error = nullptr);
    bool isRecording() const { return m_writer.isOpen(); }
    QString path() const { return m_writer.path(); }
    qint64 frames() const { return m_frames; }
    // Bases kept (at most three), and journal lines held, for tests and the bounds' docs.
    qsizetype journalBases() const { return qsizetype(m_bases.size()); }
    qsizetype journalLines() const { return qsizetype(m_journal.size()); }
    qint64 journalBytes() const { return m_journalBytes; }
    // Past this, the journal takes a base and forgets the lines before it, however far back
    // the log reaches (a server that reconnects the feed again and again, each time with a
    // large snapshot, would grow it otherwise).
    static constexpr qint64 MaxJournalBytes = 64ll * 1024 * 1024;
    void setMaxJournalBytes(qint64 bytes) { m_maxJournalBytes = bytes; }
    qint64 bytes() const { return m_writer.bytes(); }

Q_SIGNALS:
    void failed(const QString &error);
    void stopped();

private:
    bool begin(); // the header and what the session holds, then every event as it comes
    void maybeTakeBase();
    void write(const QByteArray &line);
    qint64 ns() const;

    QPointer<FeedSession> m_session;
    RecordingWriter m_writer;
    Secrets::KnownValues m_secrets;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_baseNs = 0;
    qint64 m_frames = 0;
    bool m_journaling = false;
    // The journal: the header, then each line with the log's end index when it was written;
    // lines before the oldest base go once the log has dropped the frames before it.
    QByteArray m_journalHeader;
    std::deque<std::pair<qint64, QByteArray>> m_journal;
    qint64 m_journalStart = 0; // the log's end index when the journal began
    qint64 m_journalErased = 0; // lines erased from the front of m_journal
    qint64 m_journalBytes = 0; // what m_journal holds
    bool m_journalForgotStart = false; // lines erased while the log still reached them
    struct Base
    {
        qint64 logIndex = 0; // the state after the frames before this log index
        qint64 journalPos = 0; // absolute position in the journal's lines
        qint64 wallMs = 0;
        std::shared_ptr<const EntityStore::Checkpoint> state;
        QByteArray lines; // the subscriptions and the phase at that moment, masked
    };
    std::deque<Base> m_bases;
    qint64 m_maxJournalBytes = MaxJournalBytes;
};

} // namespace Feedscope
