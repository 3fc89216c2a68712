// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include "logging.h"
#include "timersource.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
// What the socket may hold while the upgrade's answer is read. Qt refuses an answer whose
// headers pass 800 KB ("Header is too large"); the buffer is a little larger so that its check
// can fire, and an answer without line ends stops here until the connect timer ends it.
constexpr qint64 HandshakeReadBytes = 1024 * 1024;
// Once open, what the socket reads from the kernel per event-loop turn: about 240 frames of a
// flood. The rest waits in the kernel and TCP slows the sender, rather than piling up here.
// Below glibc's 128 KiB mmap threshold: QTcpSocket allocates its buffer per read.
constexpr qint64 OpenReadBytes = 96 * 1024;

// Qt 6.4 to 6.8 report a refused upgrade only in the error string ("…Unhandled http status
// code: 403 (Forbidden)."); Qt 6.6 and later answer a 401 themselves and name no number, and a
// 400 is "Unknown error condition". This is the one place that reads those strings.
int httpStatusFromError(const QString &error)
{
    static const QRegularExpression re(
            u"status code:?\\s*(\\d{3})"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto m = re.match(error); m.hasMatch())
        return m.captured(1).toInt();
    if (error.contains(u"WWW-Authenticate"_s) || error.contains(u"requires authentication"_s))
        return 401;
    if (error.contains(u"Unknown error condition"_s)
            || error.contains(u"version that we don't support"_s))
        return 400;
    return 0;
}
} // namespace

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

QString FeedConnection::subprotocol() const
{
    return m_socket && m_state == State::Open ? m_socket->subprotocol() : QString();
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
    m_abnormal = false;
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
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    m_attemptLive = true;
    socket->setMaxAllowedIncomingMessageSize(quint64(std::max<qint64>(0, m_options.maxFrameBytes)));
    socket->setMaxAllowedIncomingFrameSize(quint64(std::max<qint64>(0, m_options.maxFrameBytes)));
    socket->setReadBufferSize(HandshakeReadBytes);
    const QUrl url = m_options.effectiveUrl();
    socket->setProxy(m_options.proxy.proxyFor(url));
    connect(socket, &QWebSocket::connected, this, &FeedConnection::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &FeedConnection::attemptEnded);
    // Text comes as a QString: converted once, into the frame.
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { deliver(text.toUtf8(), false); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &bytes) { deliver(bytes, true); });
    connect(socket, &QWebSocket::pong, this,
            [this](quint64 elapsed, const QByteArray &) { onPong(elapsed); });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &FeedConnection::onSocketError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &FeedConnection::onSocketError);
#endif
#ifndef QT_NO_SSL
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        QSslCertificate cert;
        for (const auto &e : errors) {
            if (!e.certificate().isNull()) {
                cert = e.certificate();
                break;
            }
        }
        if (cert.isNull())
            cert = socket->sslConfiguration().peerCertificate();
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

    QNetworkRequest request(url);
    for (const auto &h : std::as_const(m_options.headers))
        request.setRawHeader(h.first, h.second);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols(m_options.subprotocols);

    qCInfo(lcNet).noquote() << "connecting to" << displayUrl()
                            << (m_options.proxy.mode == ProxySetting::Mode::Manual
                                               ? u"through "_s + m_options.proxy.displayText()
                                               : QString());
    cancelTimer(m_connectTimer);
    const quint64 gen = m_generation;
    m_connectTimer = m_timers->start(m_options.connectTimeoutMs, this, [this, gen] {
        m_connectTimer = 0;
        if (gen != m_generation || m_state != State::Connecting || !m_socket)
            return;
        const int s = m_options.connectTimeoutMs / 1000;
        // A local port means the TCP connection (and TLS) came up: the upgrade is what stalled.
        setError(m_socket->localPort() != 0
                        ? tr("the server accepted the connection but did not complete the "
                             "WebSocket upgrade within %1 s")
                                  .arg(s)
                        : tr("no answer from the server within %1 s").arg(s));
        endFailedAttempt(gen);
    });
    socket->open(request, handshake);
    // QWebSocket's own TCP (or TLS) socket, its child once open() has made it: what waits in
    // it unsent (a ping flood's pongs) is bounded.
    m_wire = socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (m_wire)
        connect(m_wire, &QIODevice::readyRead, this, &FeedConnection::onWireReadable);
}

void FeedConnection::onWireReadable()
{
    if (!m_wire || !m_socket || !m_attemptLive)
        return;
    const qint64 unsent = m_wire->bytesToWrite();
    if (m_options.maxUnsentBytes > 0 && unsent > m_options.maxUnsentBytes) {
        setError(tr("the server does not read what it is sent (%1 KiB unsent, the limit is "
                    "%2 KiB; a flood of pings?); connection closed")
                         .arg(unsent / 1024)
                         .arg(m_options.maxUnsentBytes / 1024));
        m_abnormal = true;
        endFailedAttempt(m_generation);
        return;
    }
    // QWebSocket reads a frame only once its whole payload is in the socket's buffer: a frame
    // larger than the bounded buffer would wait for ever. Qt has just read what it could (its
    // slot runs first); a buffer still full means it waits for more: let the socket hold a
    // whole frame (the frame limit bounds it), and bound it again once the frame has gone.
    if (m_state != State::Open)
        return;
    const qint64 held = m_wire->bytesAvailable();
    const qint64 bound = m_socket->readBufferSize();
    if (bound > 0 && held >= bound) {
        const qint64 whole = m_options.maxFrameBytes > 0 ? m_options.maxFrameBytes + 14 : 0;
        if (whole == 0 || whole > bound)
            m_socket->setReadBufferSize(whole);
    } else if ((bound == 0 || bound > OpenReadBytes) && held < OpenReadBytes / 2) {
        m_socket->setReadBufferSize(OpenReadBytes);
    }
}

void FeedConnection::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *old = m_socket;
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
    if (m_socket)
        m_socket->setReadBufferSize(OpenReadBytes);
    qCInfo(lcNet).noquote() << "open" << displayUrl();
    setState(State::Open);
    scheduleKeepalive();
}

void FeedConnection::deliver(QByteArray bytes, bool binary)
{
    // The clocks are read once per event-loop turn: one turn's messages came in one socket read
    // (hundreds of them under a flood), and two clock readings per message were 2-3 % of a
    // flooded monitor's time. A queued call marks the end of the turn.
    if (!m_stampValid) {
        m_stampValid = true;
        m_readMonotonicNs = m_timers->nowNs();
        m_readWallMs = QDateTime::currentMSecsSinceEpoch();
        QMetaObject::invokeMethod(
                this, [this] { m_stampValid = false; }, Qt::QueuedConnection);
    }
    Frame f;
    f.seq = ++m_seq;
    f.monotonicNs = m_readMonotonicNs;
    f.wallMs = m_readWallMs;
    f.binary = binary;
    f.dir = Direction::In;
    ++m_stats.framesIn;
    m_stats.bytesIn += quint64(bytes.size());
    m_inRate.add(f.monotonicNs / 1'000'000, bytes.size());
    f.bytes = std::move(bytes);
    Q_EMIT frameReceived(f);
}

bool FeedConnection::sendText(const QByteArray &utf8)
{
    if (m_state != State::Open || !m_socket)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(utf8));
    Frame f;
    f.seq = ++m_seq;
    f.monotonicNs = m_timers->nowNs();
    f.wallMs = QDateTime::currentMSecsSinceEpoch();
    f.dir = Direction::Out;
    f.bytes = utf8;
    ++m_stats.framesOut;
    m_stats.bytesOut += quint64(utf8.size());
    Q_EMIT frameSent(f);
    return true;
}

void FeedConnection::onSocketError(QAbstractSocket::SocketError error)
{
    auto *socket = qobject_cast<QWebSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    const QString text = socket->errorString();
    // Qt reports close code 1000 also when no close frame came; this error tells them apart.
    if (error == QAbstractSocket::RemoteHostClosedError)
        m_abnormal = true;
    if (m_openedAt >= 0) {
        // Open: the socket went. disconnected() follows, and attemptEnded() says how it ended.
        if (error != QAbstractSocket::RemoteHostClosedError && !m_final)
            setError(describeSocketError(error, text));
        return;
    }
    // The upgrade failed: say why, then end the attempt, since Qt may never end it.
    if (const int status = httpStatusFromError(text)) {
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
    } else if (!m_final) {
        if (error == QAbstractSocket::UnsupportedSocketOperationError)
            m_final = true; // an address Qt cannot open (a scheme other than ws/wss, no TLS)
        setError(error == QAbstractSocket::ConnectionRefusedError && socket->localPort() != 0
                        ? tr("the WebSocket upgrade failed: %1").arg(text)
                        : describeSocketError(error, text));
    }
    // Queued: Qt is still inside its handshake code, which reads the socket after the signal.
    const quint64 gen = m_generation;
    QMetaObject::invokeMethod(
            this, [this, gen] { endFailedAttempt(gen); }, Qt::QueuedConnection);
}

QString FeedConnection::describeSocketError(
        QAbstractSocket::SocketError error, const QString &text) const
{
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return tr("the proxy failed (%1): %2")
                .arg(m_options.proxy.mode == ProxySetting::Mode::Manual
                                ? m_options.proxy.displayText()
                                : tr("the system's proxy"),
                        text);
    default:
        return text;
    }
}

void FeedConnection::endFailedAttempt(quint64 generation)
{
    if (generation != m_generation || !m_attemptLive)
        return;
    if (m_socket)
        m_socket->abort(); // emits disconnected() when the socket was still up
    if (m_attemptLive)
        attemptEnded();
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
        m_closeCode = m_abnormal || !wasOpen
                ? int(QWebSocketProtocol::CloseCodeAbnormalDisconnection)
                : int(m_socket->closeCode());
        m_closeReason = m_abnormal ? QString() : m_socket->closeReason();
    }
    if (!wasOpen && !m_userClosed && !m_final && m_lastError.isEmpty() && m_socket) {
        // Some failures reach QWebSocket without its error signal (a proxy's refusal in Qt 6.4):
        // the attempt still says why it ended.
        setError(m_socket->error() == QAbstractSocket::UnknownSocketError
                        ? tr("the connection ended before the WebSocket upgrade completed")
                        : describeSocketError(m_socket->error(), m_socket->errorString()));
    }
    if (wasOpen && !m_userClosed && !m_final && m_lastError.isEmpty()) {
        switch (m_closeCode) {
        case QWebSocketProtocol::CloseCodeNormal:
        case QWebSocketProtocol::CloseCodeGoingAway:
            setError(tr("the server closed the connection (code %1%2)")
                             .arg(m_closeCode)
                             .arg(m_closeReason.isEmpty() ? QString() : u", "_s + m_closeReason));
            break;
        case QWebSocketProtocol::CloseCodeTooMuchData:
            ++m_stats.oversizeFrames;
            setError(tr("a frame exceeded the limit of %1 bytes; connection closed")
                             .arg(m_options.maxFrameBytes));
            break;
        case QWebSocketProtocol::CloseCodeProtocolError:
        case QWebSocketProtocol::CloseCodeWrongDatatype:
            setError(tr("the WebSocket protocol was broken (code %1, %2); connection closed")
                             .arg(m_closeCode)
                             .arg(m_closeReason));
            break;
        default:
            setError(tr("the connection was lost (code %1%2)")
                             .arg(m_closeCode)
                             .arg(m_closeReason.isEmpty() ? QString() : u", "_s + m_closeReason));
            break;
        }
    }
    if (wasOpen && !m_userClosed && m_options.finalCloseCodes.contains(m_closeCode))
        m_final = true; // the server said why, and trying again would not change it
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
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
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
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    }
}

} // namespace Feedscope
