// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include "model/entitystore.h"
#include "recording.h"
#include "session/feedconfig.h"
#include "session/feedsession.h"

namespace Feedscope {

// A recording's state at any moment. Its session (replay mode, no connection) holds the state
// at position() — the frames applied so far, 0 to frameCount() — and the recording's whole
// log. build() reads the recording once, applies it and keeps checkpoints of the store (whole
// states, sharing entity data) spaced to a memory budget; seek() then puts the nearest one back
// and applies the frames from there, so any moment is a checkpoint plus at most one spacing
// of frames away. Seeking replays quietly (the views see one reset) and applies the frame it
// lands on as a batch of its own, so that frame's changes are highlighted; play() moves
// forward in recorded time at a speed.
class TimeMachine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 checkpointBudget = 384ll * 1024 * 1024; // bytes, all checkpoints together
        qsizetype minSpacing = 2000; // frames between checkpoints, at least
        bool logFrames = true; // the session's log holds the recording's frames
        int sliceMs = 25; // build(): work per event-loop turn
    };

    TimeMachine(std::shared_ptr<const Recording> recording, const FeedConfig &config,
            QObject *parent = nullptr);
    TimeMachine(std::shared_ptr<const Recording> recording, const FeedConfig &config,
            const Options &options, QObject *parent = nullptr);
    ~TimeMachine() override;

    FeedSession *session() const { return m_session; }
    const Recording &recording() const { return *m_recording; }
    std::shared_ptr<const Recording> recordingPtr() const { return m_recording; }

    // Reads the recording once, a slice per event-loop turn (buildProgress, then built()).
    // The store is quiet meanwhile (its observers see one reset at the end), so attach views
    // once it is built, or build with buildNow() before they exist.
    void build();
    // The same, at once; progress(done, total frames) may cancel by returning false.
    bool buildNow(const std::function<bool(qsizetype, qsizetype)> &progress = {});
    bool isBuilt() const { return m_built; }

    qsizetype frameCount() const { return m_recording->frameCount(); }
    qsizetype position() const { return m_position; }
    // The frame the position stands on (the last one applied), or -1 at 0.
    qsizetype currentFrame() const { return m_position - 1; }
    quint64 currentSeq() const;
    qint64 currentWallMs() const;
    // The recorded wall time at a position (its last frame's; the first frame's at 0).
    qint64 frameWallMs(qsizetype position) const;

    void seek(qsizetype position);
    void step(qsizetype frames) { seek(m_position + frames); }
    void seekToEnd() { seek(frameCount()); }

    // Plays forward at speed × recorded time (pauses longer than 2 s shortened to 2 s);
    // speed 0: as fast as the event loop allows.
    void play(double speed);
    void pause();
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }

    // The state at a position in a session of its own (a diff's side), this one untouched.
    std::unique_ptr<FeedSession> sessionAt(qsizetype position) const;

    int checkpointCount() const { return int(m_checkpoints.size()); }
    qint64 checkpointBytes() const { return m_checkpointBytes; }
    qsizetype checkpointSpacing() const { return m_spacing; }

    // The subscriptions' recorded states at the position: key → (state id, note).
    struct SubscriptionAt
    {
        QString key;
        QString state;
        QString note;
    };
    QList<SubscriptionAt> subscriptionsAt(qsizetype position) const;

Q_SIGNALS:
    void buildProgress(qsizetype done, qsizetype total);
    void built();
    void positionChanged(qsizetype position);
    void playingChanged(bool playing);

private:
    struct Checkpoint
    {
        qsizetype position = 0;
        qsizetype nextEvent = 0; // the first event not in it
        std::shared_ptr<const EntityStore::Checkpoint> store;
        qint64 bytes = 0;
    };
    // The event index that ends position p (exclusive).
    qsizetype endEvent(qsizetype p) const;
    // Applies events [nextEvent, end) to a session.
    void applyEvents(FeedSession &session, qsizetype &nextEvent, qsizetype end,
            FeedSession::Ingest mode) const;
    // Puts a session at position p from the nearest checkpoint (or from where it stands,
    // when that is nearer): quietly, then the last frame as a batch of its own when
    // highlightLast.
    void moveTo(FeedSession &session, qsizetype &at, qsizetype &nextEvent, qsizetype p,
            bool highlightLast) const;
    bool buildSlice(qint64 budgetNs);
    void keepCheckpoint();
    const Checkpoint &checkpointAtOrBefore(qsizetype position) const;
    void syncSubscriptions();
    void playTick();

    std::shared_ptr<const Recording> m_recording;
    FeedConfig m_config;
    Options m_options;
    FeedSession *m_session;
    std::vector<Checkpoint> m_checkpoints; // by position; the first one is position 0
    std::vector<qsizetype> m_subscriptionEvents; // the events that are subscription outcomes
    qint64 m_checkpointBytes = 0;
    qsizetype m_spacing = 0;
    qsizetype m_position = 0;
    qsizetype m_nextEvent = 0;
    qsizetype m_sinceCheckpoint = 0;
    qsizetype m_buildPosition = 0;
    bool m_built = false;
    bool m_building = false;
    QTimer m_buildTimer;
    // Playing: recorded time not yet spent on frames, and the wall time since the last tick.
    QTimer m_playTimer;
    QElapsedTimer m_playClock;
    double m_playCreditMs = 0;
    double m_speed = 1;
    bool m_playing = false;
};

} // namespace Feedscope
