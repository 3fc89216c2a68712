// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QTimer>

#include "feedconfig.h"
#include "json/ovalue.h"
#include "model/entitystore.h"
#include "model/messagelog.h"
#include "model/statisticsmodel.h"
#include "model/subscriptionmodel.h"
#include "net/feedtransport.h"
#include "net/ratemeter.h"
#include "net/restclient.h"
#include "protocol/feedprotocol.h"

namespace Feedscope {

class FeedConnection;
class FeedTransport;
class FeedDriver;

struct SessionCounters
{
    quint64 framesIn = 0;
    quint64 framesOut = 0;
    quint64 messages = 0;
    quint64 changes = 0; // decoded
    quint64 applied = 0; // applied to the store
    quint64 unknown = 0;
    quint64 invalid = 0;
    quint64 malformed = 0;
    quint64 serverErrors = 0;
    quint64 bufferDropped = 0; // live changes dropped while a snapshot loaded (cap reached)
    quint64 logDropped = 0;
    quint64 historyDropped = 0;
    quint64 refused = 0; // subscriptions refused
    quint64 capped = 0; // changes refused: they would take an entity past its member cap
    // Each frame received once, by what became of it (framesIn = their sum, replays aside):
    // its changes applied or queued (or a control message handled), refused as malformed or
    // invalid, of an unknown type only, or its changes dropped by the snapshot buffer's cap.
    quint64 framesApplied = 0;
    quint64 framesMalformed = 0;
    quint64 framesUnknown = 0;
    quint64 framesDropped = 0;
    double messagesPerSecond = 0;
};

// One feed, live: ties the connection, the protocol adapter, the entity store, the message
// log, the subscriptions and the REST snapshot together. Data flows one way (frame → log →
// decoder → store, in batches); control flows through here (subscribe, reconnect, reload).
class FeedSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Connecting, Ready, Reconnecting, Failed, Stopped };
    Q_ENUM(Phase)

    // With no transport the session creates a FeedConnection; pass a fake to test without
    // sockets, or call ingest() directly (replay) and never start().
    explicit FeedSession(const FeedConfig &config, QObject *parent = nullptr,
            FeedTransport *transport = nullptr);
    ~FeedSession() override;

    const FeedConfig &config() const { return m_config; }
    FeedConfig &mutableConfig() { return m_config; }
    FeedProtocol *protocol() const { return m_protocol.get(); }
    EntityStore *store() const { return m_store; }
    MessageLog *log() const { return m_log; }
    SubscriptionModel *subscriptions() const { return m_subs; }
    StatisticsModel *statistics() const { return m_stats; }
    FeedTransport *transport() const { return m_transport; }
    FeedConnection *connection() const; // null when the transport is not a FeedConnection
    RestClient *rest() const { return m_rest; }

    void start();
    void stop();
    // Stops and lets the Close frame go out (a bounded wait in a local event loop, for the
    // server's answer or timeoutMs), so that the peer sees a normal close, not 1006: before
    // the app or the monitor ends. True when the connection closed within the time.
    bool stopAndWait(int timeoutMs = 1000);
    // The same for several sessions at once, one wait for all.
    static bool stopAndWait(const QList<FeedSession *> &sessions, int timeoutMs = 1000);
    void reconnectNow();
    Phase phase() const { return m_phase; }
    QString phaseText() const;
    QString lastError() const { return m_lastError; }
    bool isFinal() const { return m_phase == Phase::Failed; }
    QString connectionId() const { return m_connectionId; }
    bool isReady() const { return m_phase == Phase::Ready; }

    bool subscribe(const QString &spec, QString *error = nullptr);
    void unsubscribe(const QString &key);
    // What the session subscribes to after every reconnect, as the user gave it (to open
    // the same connection again).
    QStringList wantedSubscriptions() const;
    // Sends a frame typed by hand (any feed; the raw feed's composer).
    bool sendFrame(const QByteArray &utf8, QString *error = nullptr);
    // What is wrong with a frame typed by hand before it goes: on a JSON feed, text that is not
    // JSON (the parser's reason, and where: "line 2, column 7"). Empty when it looks right.
    QString checkFrame(const QByteArray &utf8) const;
    QStringList sentHistory() const { return m_sentHistory; }

    void reloadSnapshot();
    // Loads what the feed only sends on request (a ContentServer file's content, an "API
    // page" event's fields) and applies it.
    bool loadDetails(NodeId node);
    bool snapshotLoading() const { return m_snapshotInFlight > 0; }
    // New credentials after a refusal (GUI prompt), then reconnect.
    void setCredentials(const QString &user, const QString &password, const QString &token);

    // The decoding path, also used by replay: log, decode, queue the changes. ApplyOnly
    // leaves the log and the statistics alone (a time machine going over frames it has logged).
    enum class Ingest { LogAndApply, ApplyOnly };
    void ingest(const Frame &frame, Ingest mode = Ingest::LogAndApply);

    // Replay: the session makes no REST calls of its own; a recording's snapshot and answers
    // are handed in where they happened, and the snapshot is applied as it was live (first,
    // then the changes that arrived while it loaded).
    void setReplay(bool replay) { m_replay = replay; }
    // REST is there to call: a live session whose driver has a REST session.
    bool canLoadRest() const;
    bool isReplay() const { return m_replay; }
    void replaySnapshot(const std::vector<RestCall> &calls);
    void replayRestAnswer(const RestCall &call, int status, const QByteArray &body,
            const QString &error, qint64 wallMs);
    // A whole state recorded at once (a recording started on a session that held some).
    void replayState(const Changes &changes);
    // A recording that ends while its snapshot loads: applies what it has.
    void finishReplay();
    // Forgets what waits (queued changes, a snapshot loading): the time machine, before it
    // puts the store back to a checkpoint.
    void resetReplayQueue();
    // Whether nothing waits: no snapshot loading, no change queued (a state worth keeping).
    bool isQuiescent() const { return m_snapshotInFlight == 0 && pendingChanges() == 0; }
    // Applies queued changes now (normally once per event-loop turn).
    void flush();
    // Changes decoded but not applied yet (a snapshot's backlog is applied a slice per turn).
    qsizetype pendingChanges() const
    {
        return qsizetype(m_pending.size() - m_pendingHead + m_buffered.size());
    }
    SessionCounters counters() const;
    // The entities a logged frame changed, as they are in the store now (the frame decoded
    // again): the log's link to the tree.
    std::vector<NodeId> nodesOfFrame(qint64 logIndex) const;
    void setFlushDelay(int ms) { m_flushDelayMs = ms; }

    // A row of the connection's story in the log (Direction::Event), between the frames: kind
    // is its type there ("connect", "open", "close", "reconnect", "login", "refresh",
    // "snapshot", "subscription", "error", "phase"); text is what it says, secrets masked;
    // details go into its JSON beside "event" and "text". wallMs -1: now.
    void tell(QLatin1StringView kind, const QString &text, bool problem = false,
            OValue details = {}, qint64 wallMs = -1);

    // For the raw feed: recount statistics by this key ("" = type/event/action).
    void setStatisticsKey(const QString &key);

Q_SIGNALS:
    void phaseChanged(Feedscope::FeedSession::Phase phase);
    void errorOccurred(const QString &message); // for the status bar and the log
    void authenticated(const QString &connectionId);
    void credentialsNeeded(const QString &reason); // refresh failed: ask the user
    void batchApplied(int changes);
    void snapshotFinished(const QString &scope, bool ok);
    void frameSent(const QString &text);
    // What a recording keeps, as it happens: every frame that crossed the wire (in and out),
    // a snapshot's calls as it starts, each REST answer as it arrives (before it is decoded).
    void frameCrossed(const Feedscope::Frame &frame);
    void snapshotStarted(const std::vector<Feedscope::RestCall> &calls);
    void restAnswered(const Feedscope::RestCall &call, int status, const QByteArray &body,
            const QString &error);

private:
    void setPhase(Phase p);
    void fail(const QString &message);
    void reportError(const QString &message);
    void onTransportState(int state);
    void tellTransportState(FeedTransport::State state);
    void tellTransportError(const QString &message);
    void tellClosed(int code, const QString &reason);
    void tellSubscription(const QString &key, SubscriptionState state);
    void onFrame(const Frame &frame);
    void onFrameSent(const Frame &frame);
    void handleEvent(const SessionEvent &e);
    void becomeReady();
    void sendSubscription(const QString &key);
    void scheduleFlush();
    void flushSome();
    void takeAppliedFront(); // erases the applied changes before m_pendingHead
    void applyBatch(const Changes &batch);
    void queueChanges(Changes &changes);
    void startSnapshot(const std::vector<RestCall> &calls);
    void runRestCall(const RestCall &call);
    void onRestAnswer(const RestCall &call, int status, const QByteArray &body,
            const QString &error, qint64 wallMs);
    void finishSnapshotCall();

    FeedConfig m_config;
    std::unique_ptr<FeedProtocol> m_protocol;
    std::unique_ptr<FeedDriver> m_driver;
    FeedTransport *m_transport = nullptr;
    EntityStore *m_store;
    MessageLog *m_log;
    SubscriptionModel *m_subs;
    StatisticsModel *m_stats;
    RestClient *m_rest;
    QTimer m_flushTimer;
    int m_flushDelayMs = 0;
    // Past this many decoded changes waiting, ingest applies a slice before it returns.
    static constexpr size_t MaxPendingChanges = 32768;
    Phase m_phase = Phase::Idle;
    QString m_lastError;
    QString m_connectionId;
    QString m_statsKey;
    Changes m_pending;
    Changes m_slice; // flushSome()'s, kept for its capacity
    size_t m_pendingHead = 0; // m_pending's changes before this one are applied
    Changes m_buffered; // live changes while a snapshot loads
    Changes m_snapshotChanges; // the snapshot itself, applied first
    int m_snapshotInFlight = 0;
    int m_snapshotCalls = 0; // made by the snapshot loading now
    bool m_snapshotCapped = false;
    bool m_snapshotFailed = false;
    DecodeResult m_decode;
    QByteArray m_lastType; // and its name, for the statistics
    QString m_lastTypeName;
    SessionCounters m_counters;
    RateMeter m_rate;
    QElapsedTimer m_clock;
    QStringList m_sentHistory;
    QHash<QString, int> m_refusalTimers;
    int m_nextCorrelation = 1;
    bool m_everReady = false;
    // The story: whether the socket is open (an error then ends it, and is told with its
    // close), and that error.
    bool m_storyOpen = false;
    QString m_storyCloseError;
    bool m_replay = false;
};

} // namespace Feedscope
