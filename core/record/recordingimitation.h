// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QList>
#include <QPointer>

#include "server/imitation.h"
#include "server/imitations.h"

class QWebSocket;
class QTimer;

namespace Feedscope {

class Recording;

// A recording served again (`feedscope serve --replay FILE`, the server panel's "Replay a
// recording"): every client that connects on the recorded feed's WebSocket path gets the
// recorded incoming frames from the first, with their recorded gaps divided by the speed; what
// the client sends is read and dropped. The REST calls the recording answered are answered the
// same (same status and body, by method, path and query; a call asked more often than it was
// recorded gets its last answer); any other path is a 404. No login: connect without
// credentials, or with any token (docs/recording-format.md).
class RecordingImitation : public Server::Imitation
{
    Q_OBJECT
public:
    // nullptr and *error when the file cannot be read or holds no frame.
    static Server::ImitationFactory factory(
            const QString &path, double speed, QString *error, QString *feedId = nullptr);

    RecordingImitation(std::shared_ptr<const Recording> recording, double speed,
            Server::ServerContext *context, QObject *parent = nullptr);
    ~RecordingImitation() override;

    QString feedId() const override;
    QString title() const override;
    bool load(const OValue &, QString *) override { return true; }
    void install(Server::ServerFront &front) override;
    int connectionCount() const override;
    QString describe(const QUrl &url) const override;
    void randomAction() override { }
    QList<Action> actions() override;

    QString webSocketPath() const { return m_path; }
    int frameCount() const { return int(m_frames.size()); }
    int restAnswerCount() const;

private:
    struct Frame
    {
        QByteArray bytes;
        bool binary = false;
        qint64 delayMs = 0; // after the frame before it
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    struct Client;
    static QString restKey(const QByteArray &method, const QString &path, const QString &query);
    void startClient(QWebSocket *ws);
    void sendNext(Client *client);

    std::shared_ptr<const Recording> m_recording;
    double m_speed;
    QString m_feed;
    QString m_path;
    std::vector<Frame> m_frames;
    QHash<QString, QList<Answer>> m_answers; // by method + path + sorted query
    QHash<QString, int> m_asked;
    QList<Client *> m_clients;
    QList<Client *> m_closed; // disconnected, deleted at the next client or the end
};

} // namespace Feedscope
