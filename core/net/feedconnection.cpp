// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrlQuery>

#ifndef QT_NO_SSL
#include <QSslSocket>
#endif

#include "logging.h"
#include "timersource.h"
#include "websocketclient.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

QUrl ConnectionOptions::effectiveUrl() const
{
    if (query.isEmpty())
        return url;
    QUrl u = url;
    QUrlQuery q(u);
    for (const auto &item : query) {
        q.removeAllQueryItems(item.first);
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

void ConnectionOptions::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void ConnectionOptions::removeHeader(const QByteArray &name)
{
    headers.removeIf([&](const Secrets::Header &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void ConnectionOptions::setQueryItem(const QString &name, const QString &value)
{
    query.removeIf([&](const QPair<QString, QString> &p) { return p.first == name; });
    query.append({name, value});
}

FeedConnection::FeedConnection(QObject *parent)
    : FeedTransport(parent)
    , m_timers(std::make_shared<SystemTimerSource>())
{ }

FeedConnection::~FeedConnection()
{
    m_userClosed = true;
    ++m_generation;
    for (int *t : {&m_reconnectTimer, &m_pingTimer, &m_pongTimer, &m_closeTimer, &m_connectTimer})
        cancelTimer(*t);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

void FeedConnection::setOptions(const ConnectionOptions &options)
{
    m_options = options;
    m_backoff.setPolicy(options.reconnect);
}

void FeedConnection::setTimerSource(std::shared_ptr<TimerSource> timers)
{
    m_timers = std::move(timers);
}

void FeedConnection::setBackoffSeed(unsigned seed)
{
    m_backoff = Backoff(m_options.reconnect, seed);
}

QString FeedConnection::displayUrl() const
{
    return Secrets::redactUrl(m_options.effectiveUrl());
}

ConnectionStats FeedConnection::stats() const
{
    ConnectionStats s = m_stats;
    const qint64 now = m_timers->nowMs();
    s.framesPerSecond = m_inRate.eventsPerSecond(now);
    s.bytesPerSecond = m_inRate.bytesPerSecond(now);
    s.roundTripMs = m_rttMs;
    return s;
}

void FeedConnection::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    qCDebug(lcNet) << "state" << stateName(s) << displayUrl();
    Q_EMIT stateChanged(s);
}

void FeedConnection::setError(const QString &message)
{
    m_lastError = Secrets::redactText(message);
    ++m_stats.errors;
    qCWarning(lcNet).noquote() << displayUrl() << m_lastError;
    Q_EMIT errorOccurred(m_lastError);
}

void FeedConnection::cancelTimer(int &id)
{
    if (id) {
        m_timers->cancel(id);
        id = 0;
    }
}

void FeedConnection::open()
{
    m_userClosed = false;
    m_final = false;
    m_refusedCert = {};
    m_backoff.setPolicy(m_options.reconnect);
    m_backoff.reset();
    cancelTimer(m_reconnectTimer);
    if (m_state == State::Open || m_state == State::Connecting)
        return;
    startAttempt();
}

void FeedConnection::reconnectNow()
{
    if (m_state == State::Open || m_state == State::Closing)
        return;
    if (m_state == State::Connecting && m_attemptLive)
        return;
    m_userClosed = false;
    m_final = false;
    cancelTimer(m_reconnectTimer);
    m_reconnectDeadline = -1;
    startAttempt();
}

void FeedConnection::startAttempt()
{
    const quint64 gen = ++m_generation;
    m_handshakeStatus = 0;
    m_closeCode = 0;
    m_closeReason.clear();
    setState(State::Connecting);
    if (!m_prepare) {
        openSocket();
        return;
    }
    m_prepare([this, gen, guard = QPointer<FeedConnection>(this)](PrepareResult r) {
        if (!guard || gen != m_generation || m_userClosed)
            return;
        if (r.ok) {
            openSocket();
            return;
        }
        setError(r.error);
        if (r.final) {
            m_final = true;
            setState(State::Disconnected);
            return;
        }
        scheduleReconnect();
    });
}

void FeedConnection::openSocket()
{
    dropSocket();
    auto *socket = new WebSocketClient(this);
    m_socket = socket;
    m_attemptLive = true;
    socket->setMaxMessageBytes(m_options.maxFrameBytes);
    connect(socket, &WebSocketClient::connected, this, &FeedConnection::onConnected);
    connect(socket, &WebSocketClient::disconnected, this, &FeedConnection::attemptEnded);
    connect(socket, &WebSocketClient::messageReceived, this, &FeedConnection::deliver);
    connect(socket, &WebSocketClient::pong, this,
            [this](qint64 elapsed, const QByteArray &) { onPong(elapsed); });
    connect(socket, &WebSocketClient::errorOccurred, this,
            [this](WebSocketClient::Error error, const QString &message) {
                onSocketError(int(error), message);
            });
#ifndef QT_NO_SSL
    connect(socket, &WebSocketClient::sslErrors, this,
            [this, socket](const QList<QSslError> &errors) {
                QSslCertificate cert;
                for (const auto &e : errors) {
                    if (!e.certificate().isNull()) {
                        cert = e.certificate();
                        break;
                    }
                }
                if (auto *ssl = qobject_cast<QSslSocket *>(socket->socket());
                        cert.isNull() && ssl && !ssl->peerCertificate().isNull())
                    cert = ssl->peerCertificate();
                const QByteArray fp = sha256Fingerprint(cert);
                for (const QByteArray &pinned : std::as_const(m_options.pinnedCertificates)) {
                    if (!cert.isNull() && normaliseFingerprint(pinned) == fp) {
                        qCInfo(lcNet) << "accepting pinned certificate" << fp;
                        socket->ignoreSslErrors(errors);
                        return;
                    }
                }
                m_refusedCert = describeCertificate(cert, errors);
                m_final = true;
                setError(tr("TLS certificate refused: %1").arg(m_refusedCert.describe()));
                Q_EMIT certificateRefused(m_refusedCert);
            });
#endif

    qCInfo(lcNet).noquote() << "connecting to" << displayUrl();
    cancelTimer(m_connectTimer);
    const quint64 gen = m_generation;
    m_connectTimer = m_timers->start(m_options.connectTimeoutMs, this, [this, gen] {
        m_connectTimer = 0;
        if (gen != m_generation || m_state != State::Connecting || !m_socket)
            return;
        setError(
                tr("no answer from the server within %1 s").arg(m_options.connectTimeoutMs / 1000));
        m_socket->abort();
    });
    socket->open(m_options.effectiveUrl(), m_options.headers);
}

void FeedConnection::dropSocket()
{
    if (!m_socket)
        return;
    WebSocketClient *old = m_socket;
    m_socket = nullptr;
    old->disconnect(this);
    old->abort();
    old->deleteLater();
}

void FeedConnection::onConnected()
{
    cancelTimer(m_connectTimer);
    m_openedAt = m_timers->nowMs();
    m_lastError.clear();
    qCInfo(lcNet).noquote() << "open" << displayUrl();
    setState(State::Open);
    scheduleKeepalive();
}

void FeedConnection::deliver(const QByteArray &bytes, bool binary)
{
    // The clocks are read once per socket read: its messages came in together (hundreds of them
    // under a flood), and two clock readings per message were 2-3 % of a flooded monitor's time.
    if (const quint64 read = m_socket ? m_socket->readNumber() : 0;
            read == 0 || read != m_readStamp) {
        m_readStamp = read;
        m_readMonotonicMs = m_timers->nowMs();
        m_readWallMs = QDateTime::currentMSecsSinceEpoch();
    }
    Frame f;
    f.seq = ++m_seq;
    f.monotonicMs = m_readMonotonicMs;
    f.wallMs = m_readWallMs;
    f.binary = binary;
    f.dir = Direction::In;
    ++m_stats.framesIn;
    m_stats.bytesIn += quint64(bytes.size());
    m_inRate.add(f.monotonicMs, bytes.size());
    f.bytes = bytes;
    Q_EMIT frameReceived(f);
}

bool FeedConnection::sendText(const QByteArray &utf8)
{
    if (m_state != State::Open || !m_socket)
        return false;
    m_socket->sendText(utf8);
    Frame f;
    f.seq = ++m_seq;
    f.monotonicMs = m_timers->nowMs();
    f.wallMs = QDateTime::currentMSecsSinceEpoch();
    f.dir = Direction::Out;
    f.bytes = utf8;
    ++m_stats.framesOut;
    m_stats.bytesOut += quint64(utf8.size());
    Q_EMIT frameSent(f);
    return true;
}

void FeedConnection::onSocketError(int error, const QString &message)
{
    if (sender() != m_socket)
        return;
    switch (WebSocketClient::Error(error)) {
    case WebSocketClient::Error::Refused: {
        const int status = m_socket->handshakeStatus();
        m_handshakeStatus = status;
        if (m_options.finalHttpStatuses.contains(status)) {
            m_final = true;
            setError(status == 401
                            ? tr("the server refused the credentials (HTTP 401 Unauthorized)")
                            : status == 403
                            ? tr("the server refused access (HTTP 403 Forbidden)")
                            : tr("the server refused the upgrade (HTTP %1)").arg(status));
        } else {
            setError(tr("the server refused the upgrade (HTTP %1)").arg(status));
        }
        break;
    }
    case WebSocketClient::Error::TooBig:
        ++m_stats.oversizeFrames;
        setError(tr("a frame exceeded the limit of %1 bytes; connection closed")
                         .arg(m_options.maxFrameBytes));
        break;
    case WebSocketClient::Error::Protocol:
        setError(
                tr("the server broke the WebSocket protocol (%1); connection closed").arg(message));
        break;
    case WebSocketClient::Error::Handshake:
    case WebSocketClient::Error::Socket:
    case WebSocketClient::Error::None:
        if (!m_final)
            setError(message);
        break;
    }
}

void FeedConnection::attemptEnded()
{
    if (!m_attemptLive)
        return;
    m_attemptLive = false;
    for (int *t : {&m_pingTimer, &m_pongTimer, &m_closeTimer, &m_connectTimer})
        cancelTimer(*t);
    const bool wasOpen = m_openedAt >= 0;
    if (m_socket) {
        m_closeCode = m_socket->closeCode();
        m_closeReason = m_socket->closeReason();
    }
    if (wasOpen && !m_userClosed && !m_final && m_lastError.isEmpty()) {
        setError(m_closeCode == 1000 || m_closeCode == 1001
                        ? tr("the server closed the connection (code %1%2)")
                                  .arg(m_closeCode)
                                  .arg(m_closeReason.isEmpty() ? QString()
                                                               : u", "_s + m_closeReason)
                        : tr("the connection was lost (code %1)").arg(m_closeCode));
    }
    const qint64 now = m_timers->nowMs();
    if (wasOpen && now - m_openedAt >= m_options.reconnect.stableAfterMs)
        m_backoff.reset();
    m_openedAt = -1;
    dropSocket();
    Q_EMIT closed(m_closeCode, m_closeReason);

    if (m_userClosed || m_final || !m_options.reconnect.enabled) {
        setState(State::Disconnected);
        return;
    }
    if (m_backoff.exhausted()) {
        setError(tr("gave up after %n attempt(s)", nullptr, m_backoff.attempts()));
        setState(State::Disconnected);
        return;
    }
    scheduleReconnect();
}

void FeedConnection::scheduleReconnect()
{
    if (m_backoff.exhausted()) {
        setState(State::Disconnected);
        return;
    }
    const int delay = m_backoff.nextDelayMs();
    const int attempt = m_backoff.attempts();
    m_reconnectDeadline = m_timers->nowMs() + delay;
    cancelTimer(m_reconnectTimer);
    m_reconnectTimer = m_timers->start(delay, this, [this] {
        m_reconnectTimer = 0;
        m_reconnectDeadline = -1;
        ++m_stats.reconnects;
        startAttempt();
    });
    qCInfo(lcNet).noquote() << "reconnecting in" << delay << "ms (attempt" << attempt << ")";
    setState(State::WaitingToReconnect);
    Q_EMIT reconnectScheduled(attempt, delay);
}

void FeedConnection::scheduleKeepalive()
{
    cancelTimer(m_pingTimer);
    if (!m_options.keepalive.enabled || m_state != State::Open)
        return;
    m_pingTimer = m_timers->start(m_options.keepalive.intervalMs, this, [this] {
        m_pingTimer = 0;
        sendPing();
    });
}

void FeedConnection::sendPing()
{
    if (!m_socket || m_state != State::Open)
        return;
    m_socket->ping();
    Q_EMIT pingSent();
    cancelTimer(m_pongTimer);
    m_pongTimer = m_timers->start(m_options.keepalive.timeoutMs, this, [this] {
        m_pongTimer = 0;
        if (!m_socket)
            return;
        setError(tr("no pong within %1 ms; the connection is considered dead")
                         .arg(m_options.keepalive.timeoutMs));
        m_socket->abort();
    });
}

void FeedConnection::onPong(quint64 elapsedMs)
{
    cancelTimer(m_pongTimer);
    m_rttMs = qint64(elapsedMs);
    Q_EMIT roundTripMeasured(m_rttMs);
    scheduleKeepalive();
}

void FeedConnection::close()
{
    m_userClosed = true;
    cancelTimer(m_reconnectTimer);
    m_reconnectDeadline = -1;
    if (!m_socket || m_state == State::WaitingToReconnect || m_state == State::Disconnected) {
        ++m_generation;
        dropSocket();
        m_attemptLive = false;
        setState(State::Disconnected);
        return;
    }
    if (m_state == State::Connecting) {
        m_socket->abort();
        return;
    }
    setState(State::Closing);
    cancelTimer(m_closeTimer);
    // Some servers (the "API page" one) never answer a close: abort after a grace period.
    m_closeTimer = m_timers->start(m_options.closeTimeoutMs, this, [this] {
        m_closeTimer = 0;
        if (m_socket) {
            qCInfo(lcNet) << "no close reply; aborting";
            m_socket->abort();
        }
    });
    m_socket->close(Ws::CloseNormal);
}

void FeedConnection::fail(const QString &reason)
{
    m_final = true;
    setError(reason);
    cancelTimer(m_reconnectTimer);
    if (!m_socket || m_state == State::WaitingToReconnect) {
        setState(State::Disconnected);
        return;
    }
    if (m_state == State::Connecting) {
        m_socket->abort();
        return;
    }
    if (m_state == State::Open) {
        setState(State::Closing);
        cancelTimer(m_closeTimer);
        m_closeTimer = m_timers->start(m_options.closeTimeoutMs, this, [this] {
            m_closeTimer = 0;
            if (m_socket)
                m_socket->abort();
        });
        m_socket->close(Ws::CloseNormal);
    }
}

} // namespace Feedscope
