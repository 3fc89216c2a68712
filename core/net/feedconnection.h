// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QAbstractSocket>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "backoff.h"
#include "certificateinfo.h"
#include "feedtransport.h"
#include "proxysetting.h"
#include "ratemeter.h"
#include "util/secrets.h"

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Feedscope {

class TimerSource;

struct ConnectionOptions
{
    QUrl url;
    QList<QPair<QString, QString>> query; // added to url's own query
    QList<Secrets::Header> headers; // on the upgrade request
    ReconnectPolicy reconnect;
    KeepalivePolicy keepalive;
    QStringList subprotocols; // offered in Sec-WebSocket-Protocol
    ProxySetting proxy;
    qint64 maxFrameBytes = 16 * 1024 * 1024;
    // Bytes the client has queued to send but the server has not taken (pongs to a ping
    // flood from a peer that never reads): past this the connection fails.
    qint64 maxUnsentBytes = 8 * 1024 * 1024;
    int closeTimeoutMs = 3000; // close() waits this long for the server's close, then aborts
    // From the first attempt to reach the server until the upgrade's answer is complete.
    int connectTimeoutMs = 20000;
    QList<QByteArray> pinnedCertificates; // SHA-256 hex of certificates accepted despite errors
    QList<int> finalHttpStatuses = {401, 403}; // handshake answers that end the retries
    QList<int> finalCloseCodes; // close codes that end the retries (GraphQL's 4403 Forbidden)

    QUrl effectiveUrl() const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);
    void setQueryItem(const QString &name, const QString &value);
};

struct ConnectionStats
{
    quint64 framesIn = 0;
    quint64 framesOut = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 errors = 0;
    quint64 reconnects = 0;
    quint64 oversizeFrames = 0;
    double framesPerSecond = 0;
    double bytesPerSecond = 0;
    qint64 roundTripMs = -1;
};

// A dependable WebSocket feed on QWebSocket: states, reconnect with backoff and jitter,
// keepalive, frame limits, TLS pinning, proxies, and counters. Every frame leaves as a Frame
// value.
//
// QWebSocket (Qt 6.4 to 6.8) leaves a failed upgrade half done: after a refused or broken
// answer it reports an error but keeps the TCP connection and may never emit disconnected();
// it has no handshake timeout, and an answer that never ends grows its buffer. So every error
// before the upgrade completes ends the attempt here (abort, then a reconnect unless the
// refusal is final), the connect timer bounds the wait, and the socket's read buffer bounds
// what an unanswered handshake may hold. docs/architecture.md lists where QWebSocket departs
// from RFC 6455.
class FeedConnection final : public FeedTransport
{
    Q_OBJECT
public:
    // Called before every connection attempt (the first and each reconnect), e.g. to refresh a
    // token; it may change options() and must call done() exactly once.
    struct PrepareResult
    {
        bool ok = true;
        QString error;
        bool final = false;
    };
    using PrepareHook = std::function<void(std::function<void(PrepareResult)> done)>;

    explicit FeedConnection(QObject *parent = nullptr);
    ~FeedConnection() override;

    void setOptions(const ConnectionOptions &options);
    const ConnectionOptions &options() const { return m_options; }
    ConnectionOptions &mutableOptions() { return m_options; }
    void setTimerSource(std::shared_ptr<TimerSource> timers);
    TimerSource &timers() const { return *m_timers; }
    void setPrepareHook(PrepareHook hook) { m_prepare = std::move(hook); }
    void setBackoffSeed(unsigned seed);

    State state() const override { return m_state; }
    void open() override;
    void close() override;
    void reconnectNow() override;
    void fail(const QString &reason) override;
    bool sendText(const QByteArray &utf8) override;
    QString lastError() const override { return m_lastError; }
    QString displayUrl() const override;

    ConnectionStats stats() const;
    // The subprotocol the server chose in its 101 answer (while open; empty when none).
    QString subprotocol() const;
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    // The HTTP status of a refused upgrade's answer (0 when none came, or it was accepted).
    int handshakeStatus() const { return m_handshakeStatus; }
    qint64 roundTripMs() const { return m_rttMs; }
    bool isFinal() const { return m_final; }
    // While WaitingToReconnect: when the next attempt starts, on timers()'s clock.
    qint64 reconnectDeadlineMs() const { return m_reconnectDeadline; }
    int reconnectAttempt() const { return m_backoff.attempts(); }
    const CertificateInfo &refusedCertificate() const { return m_refusedCert; }
    quint64 nextSequence() const { return m_seq + 1; }

Q_SIGNALS:
    void reconnectScheduled(int attempt, int delayMs);
    void roundTripMeasured(qint64 ms);
    void certificateRefused(const Feedscope::CertificateInfo &info);
    void closed(int code, const QString &reason);
    void pingSent();

private:
    void setState(State s);
    void setError(const QString &message);
    void startAttempt();
    void openSocket();
    void onConnected();
    void deliver(QByteArray bytes, bool binary);
    void onSocketError(QAbstractSocket::SocketError error);
    QString describeSocketError(QAbstractSocket::SocketError error, const QString &text) const;
    // Ends an attempt whose upgrade failed: QWebSocket may never end it by itself.
    void endFailedAttempt(quint64 generation);
    void attemptEnded();
    void scheduleReconnect();
    void scheduleKeepalive();
    void sendPing();
    void onPong(quint64 elapsedMs);
    void cancelTimer(int &id);
    void dropSocket();

    ConnectionOptions m_options;
    std::shared_ptr<TimerSource> m_timers;
    PrepareHook m_prepare;
    Backoff m_backoff;
    QPointer<QWebSocket> m_socket;
    QPointer<QAbstractSocket> m_wire; // QWebSocket's own TCP (or TLS) socket, its child
    void onWireReadable();
    State m_state = State::Disconnected;
    QString m_lastError;
    int m_closeCode = 0;
    QString m_closeReason;
    int m_handshakeStatus = 0;
    bool m_userClosed = false;
    bool m_final = false;
    bool m_attemptLive = false;
    bool m_abnormal = false; // the TCP connection ended without a close frame
    quint64 m_generation = 0;
    quint64 m_seq = 0;
    // The clocks are read once per event-loop turn that delivers messages: a socket read's
    // messages (hundreds under a flood) share them. m_stampValid is cleared by a queued call.
    bool m_stampValid = false;
    qint64 m_readMonotonicNs = 0;
    qint64 m_readWallMs = 0;
    qint64 m_openedAt = -1;
    qint64 m_rttMs = -1;
    qint64 m_reconnectDeadline = -1;
    int m_reconnectTimer = 0;
    int m_pingTimer = 0;
    int m_pongTimer = 0;
    int m_closeTimer = 0;
    int m_connectTimer = 0;
    ConnectionStats m_stats;
    RateMeter m_inRate;
    CertificateInfo m_refusedCert;
};

} // namespace Feedscope
