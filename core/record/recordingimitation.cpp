// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingimitation.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include "recording.h"
#include "server/servercontext.h"
#include "server/serverfront.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

struct RecordingImitation::Client
{
    QPointer<QWebSocket> ws;
    QTimer *timer = nullptr;
    size_t next = 0;
    bool waited = false; // the next frame's gap is being, or has been, waited for
};

namespace {
// The longest wait between two frames served: the recorded gap, at most a minute.
constexpr qint64 MaxGapMs = 60'000;
} // namespace

Server::ImitationFactory RecordingImitation::factory(
        const QString &path, double speed, QString *error, QString *feedId)
{
    std::shared_ptr<const Recording> recording = Recording::open(path, error);
    if (!recording)
        return {};
    if (recording->frameCount() == 0) {
        if (error)
            *error = tr("%1 holds no frames").arg(path);
        return {};
    }
    if (!recording->replayConfig({}, error))
        return {};
    if (feedId)
        *feedId = recording->feedId();
    return {recording->feedId(),
            [recording, speed](
                    Server::ServerContext *context, QObject *parent) -> Server::Imitation * {
                return new RecordingImitation(recording, speed, context, parent);
            }};
}

RecordingImitation::RecordingImitation(std::shared_ptr<const Recording> recording, double speed,
        Server::ServerContext *context, QObject *parent)
    : Imitation(context, parent)
    , m_recording(std::move(recording))
    , m_speed(speed > 0 ? speed : 1)
    , m_feed(m_recording->feedId())
{
    if (auto config = m_recording->replayConfig())
        m_path = config->effectiveWebSocketUrl().path();
    if (m_path.isEmpty())
        m_path = u"/"_s;
    RecordingFormat::Event e;
    qint64 lastMs = -1;
    for (qsizetype i = 0; i < m_recording->eventCount(); ++i) {
        const auto &info = m_recording->info(i);
        if (info.type == RecordingFormat::Event::Type::Frame && info.dir == Direction::In) {
            if (!m_recording->event(i, e))
                continue;
            Frame f;
            f.bytes = e.frame.bytes;
            f.binary = e.frame.binary;
            if (lastMs >= 0 && e.frame.wallMs > lastMs)
                f.delayMs = std::min(MaxGapMs, e.frame.wallMs - lastMs);
            lastMs = e.frame.wallMs;
            m_frames.push_back(std::move(f));
        } else if (info.type == RecordingFormat::Event::Type::Rest) {
            if (!m_recording->event(i, e) || !e.error.isEmpty() || e.status == 0)
                continue;
            const QUrl url(e.call.path);
            m_answers[restKey(e.call.method, url.path(), url.query())].append({e.status, e.body});
        }
    }
}

RecordingImitation::~RecordingImitation()
{
    qDeleteAll(m_closed);
    for (Client *c : std::as_const(m_clients)) {
        if (c->ws)
            c->ws->close();
        delete c;
    }
}

QString RecordingImitation::feedId() const
{
    return m_feed;
}

QString RecordingImitation::title() const
{
    return tr("Replay of %1").arg(QFileInfo(m_recording->path()).fileName());
}

int RecordingImitation::restAnswerCount() const
{
    int n = 0;
    for (const auto &list : m_answers)
        n += int(list.size());
    return n;
}

QString RecordingImitation::restKey(
        const QByteArray &method, const QString &path, const QString &query)
{
    auto items = QUrlQuery(query).queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    QStringList parts;
    for (const auto &[k, v] : items)
        parts << k + u'=' + v;
    return QString::fromLatin1(method) + u' ' + path + u'?' + parts.join(u'&');
}

void RecordingImitation::install(Server::ServerFront &front)
{
    front.addSubprotocol(u"graphql-transport-ws"_s); // chosen only when a client offers it
    front.addWebSocket(
            m_path, [](const Server::HttpRequest &) { return Server::UpgradeDecision::accept(); },
            [this](QWebSocket *ws, const Server::HttpRequest &) { startClient(ws); });
    QSet<QString> paths;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const QString key = it.key();
        paths.insert(key.mid(key.indexOf(u' ') + 1).section(u'?', 0, 0));
    }
    for (const QString &path : std::as_const(paths)) {
        front.addRoute("*", u"^"_s + QRegularExpression::escape(path) + u"$"_s,
                [this](const Server::HttpRequest &req, const QRegularExpressionMatch &) {
                    const QString key =
                            restKey(req.method, req.path, req.query.toString(QUrl::FullyEncoded));
                    const auto it = m_answers.constFind(key);
                    if (it == m_answers.cend() || it->isEmpty())
                        return Server::HttpReply::json(R"({"error":"not in the recording"})", 404);
                    const int asked = m_asked[key]++;
                    const Answer &a = it->at(std::min<qsizetype>(asked, it->size() - 1));
                    return Server::HttpReply::json(a.body, a.status);
                });
    }
}

void RecordingImitation::startClient(QWebSocket *ws)
{
    qDeleteAll(m_closed);
    m_closed.clear();
    auto *c = new Client;
    c->ws = ws;
    c->timer = new QTimer(ws);
    c->timer->setSingleShot(true);
    m_clients << c;
    connect(c->timer, &QTimer::timeout, this, [this, c] { sendNext(c); });
    // What the client sends (subscriptions, pings as text) is read and dropped.
    connect(ws, &QWebSocket::disconnected, this, [this, c] {
        // Deleted later by the imitation (the next client, or its end), not by a queued call
        // that would be lost if the imitation went first.
        m_clients.removeOne(c);
        c->timer->stop();
        c->timer->disconnect(this); // the timer goes with its socket; c waits for the end
        c->ws = nullptr;
        m_closed << c;
        Q_EMIT m_ctx->clientsChanged();
    });
    Q_EMIT m_ctx->clientsChanged();
    sendNext(c);
}

void RecordingImitation::sendNext(Client *c)
{
    if (!c->ws || c->ws->state() != QAbstractSocket::ConnectedState)
        return;
    // Frames due now go at once; the next one waits for its gap.
    while (c->next < m_frames.size()) {
        const Frame &f = m_frames[c->next];
        if (c->next > 0 && f.delayMs > 0 && !c->waited) {
            c->waited = true;
            c->timer->start(int(std::max<double>(1, double(f.delayMs) / m_speed)));
            return;
        }
        c->waited = false;
        if (f.binary)
            c->ws->sendBinaryMessage(f.bytes);
        else
            m_ctx->send(c->ws, f.bytes);
        ++c->next;
    }
    Q_EMIT changed(tr("replayed %n frame(s) to a client", nullptr, int(m_frames.size())));
}

int RecordingImitation::connectionCount() const
{
    return int(m_clients.size());
}

QString RecordingImitation::describe(const QUrl &url) const
{
    QUrl ws = url;
    ws.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    ws.setPath(m_path);
    return tr("  %1: %2 frames to every client on %3 (speed %4×), %5 recorded REST answers; "
              "connect with any token, or none")
            .arg(title())
            .arg(m_frames.size())
            .arg(ws.toString())
            .arg(m_speed)
            .arg(restAnswerCount());
}

QList<Server::Imitation::Action> RecordingImitation::actions()
{
    return {{u"replay-again"_s, tr("Play it again to every client"), [this] {
                 m_asked.clear();
                 for (Client *c : std::as_const(m_clients)) {
                     c->next = 0;
                     c->timer->stop();
                     c->waited = false;
                     sendNext(c);
                 }
             }}};
}

} // namespace Feedscope
