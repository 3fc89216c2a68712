// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "json/ovalue.h"
#include "protocol/feedprotocol.h"
#include "util/secrets.h"
#include "vocab/frame.h"

namespace Feedscope {

class EntityStore;
class JsonReader;
struct FeedConfig;

// A recording is JSON Lines: a header line, then one line per event in the order they
// happened (docs/recording-format.md). Every writer below masks secrets; readers accept the
// format's earlier forms too (frame lines without a header, and fixture transcripts).
namespace RecordingFormat {

inline constexpr int Version = 1;
// A subscription line's state when the subscription was taken out of the list.
inline constexpr QLatin1StringView RemovedState {"removed"};

struct Header
{
    int version = Version;
    QString feed; // a feed id (core/feeds/registry.h)
    QString app; // the Feedscope version that wrote it
    QString qt;
    qint64 startedMs = 0; // wall clock, ms since the epoch
    OValue connection; // the connection's settings, secrets removed
    bool present = false; // false: a file of bare frame lines, no header
};

// The connection settings a header keeps: addresses (credentials in them masked), the feed,
// its authentication mode and user, its own settings and subscriptions; never a password, a
// token, a refresh token or a cookie.
OValue connectionSettings(const FeedConfig &config);
// And back: a configuration to replay with (secrets empty; the feed must be known).
bool applyConnectionSettings(const OValue &settings, FeedConfig &config);

QByteArray headerLine(const Header &header);
// The secrets a connection's settings hold (password, tokens, cookie, secret headers' values,
// the URL's password), to mask wherever frames are written.
Secrets::KnownValues knownSecrets(const FeedConfig &config);

// ns: monotonic nanoseconds since the recording started.
QByteArray frameLine(const Frame &frame, qint64 ns);
QByteArray snapshotLine(const std::vector<RestCall> &calls, qint64 wallMs, qint64 ns);
QByteArray restLine(const RestCall &call, int status, QByteArrayView body, const QString &error,
        qint64 wallMs, qint64 ns);
QByteArray subscriptionLine(
        const QString &key, const QString &state, const QString &note, qint64 wallMs, qint64 ns);
QByteArray phaseLine(const QString &phase, const QString &text, qint64 wallMs, qint64 ns);
// The whole state of a store, for a recording started on a session that already holds some:
// every entity in tree order (parents first) with its parent, data and flags.
QByteArray stateLine(const EntityStore &store, qint64 wallMs, qint64 ns);

OValue restCallJson(const RestCall &call);
RestCall restCallFrom(const OValue &json);

// One line, read.
struct Event
{
    enum class Type : quint8 { Header, Frame, Snapshot, Rest, Subscription, Phase, State, Unknown };
    Type type = Type::Unknown;
    qint64 wallMs = 0;
    qint64 ns = -1; // -1: the line has none (an older recording)
    Frame frame; // Frame (frame.seq numbered in order when the line has none)
    std::vector<RestCall> calls; // Snapshot
    RestCall call; // Rest
    int status = 0;
    QByteArray body;
    QString error; // Rest: the transport's error
    QString key; // Subscription: its key; Phase: the phase
    QString state; // Subscription: its state; Phase: its text
    QString note;
    Header header; // Header
    Changes changes; // State: upserts in tree order, then the removals
};

// Reads one line into event; false (and *error) for a line that is not an event. lastSeq
// numbers frames without a "seq" (fixture transcripts) after the one before.
bool parseLine(JsonReader &reader, QByteArrayView line, Event &event, quint64 &lastSeq,
        QString *error = nullptr);

} // namespace RecordingFormat
} // namespace Feedscope
