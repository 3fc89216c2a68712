// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "json/ovalue.h"
#include "server/imitation.h"
#include "server/serverfront.h"

class QWebSocket;

namespace Feedscope::Server {

class ServerContext;
class RawWebSocket;

struct ApField
{
    qint64 id = 0;
    QString type;
    OValue key; // string or null
    bool required = false;
    QString description;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
};

struct ApEvent
{
    qint64 id = 0;
    QString constant;
    OValue label; // string or null
    QString value;
    QString description;
    QString type = QStringLiteral("frontend");
    QList<ApField> fields;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
};

struct ApPage
{
    qint64 id = 0;
    QString title;
    QString text;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
};

// Imitates nskondratev/api-page-go-back (specs/ap.md): /api/ws with no auth that never reads,
// queued messages joined with "\n" in one frame, pings every 54 s, a 256-message slow-consumer
// queue, zero createdAt in updates, new field ids on every update, and the REST API.
class ApiPageImitation : public Imitation
{
    Q_OBJECT
public:
    ApiPageImitation(ServerContext *context, QObject *parent = nullptr);
    ~ApiPageImitation() override;

    QString feedId() const override;
    QString title() const override;
    bool load(const OValue &section, QString *error) override;
    void install(ServerFront &front) override;
    int connectionCount() const override;
    QString describe(const QUrl &url) const override;
    // Events and pages edited, demo events created and deleted.
    void randomAction() override;
    QList<Action> actions() override;

    // status: 200, 422 (validation) or 500 (what the database refuses).
    std::optional<OValue> createEvent(
            const OValue &body, QString *error = nullptr, int *status = nullptr);
    std::optional<OValue> updateEvent(
            qint64 id, const OValue &body, int *status, QString *error = nullptr);
    bool deleteEvent(qint64 id);
    std::optional<OValue> createPage(const OValue &body, QString *error = nullptr);
    std::optional<OValue> updatePage(
            qint64 id, const OValue &body, int *status, QString *error = nullptr);
    bool deletePage(qint64 id);
    const std::map<qint64, ApEvent> &events() const { return m_events; }
    const std::map<qint64, ApPage> &pages() const { return m_pages; }

    // Go's time formats: broadcasts in local time with nanoseconds, REST reads in UTC seconds.
    static QString goTime(qint64 ns, bool restRead);

private:
    struct Client
    {
        RawWebSocket *raw = nullptr;
        QPointer<QWebSocket> ws; // when pings are answered (a test switch)
        QList<QByteArray> queue;
        bool overflowed = false;
    };
    OValue eventJson(const ApEvent &e, bool restRead, bool zeroCreated, bool list) const;
    OValue pageJson(const ApPage &p, bool restRead, bool zeroCreated, bool list) const;
    void broadcast(const QString &event, const OValue &data);
    void flush();
    void addClient(Client *c);
    void installRest(ServerFront &front);
    static qint64 nowNs();

    std::map<qint64, ApEvent> m_events;
    std::map<qint64, ApPage> m_pages;
    qint64 m_nextEvent = 1;
    qint64 m_nextField = 1;
    qint64 m_nextPage = 1;
    QList<Client *> m_clients;
    QList<Client *>
            m_closed; // disconnected, deleted on the next event-loop turn or with the server
    QTimer m_flush;
    QTimer m_ping;
    quint64 m_demoSteps = 0;
};

} // namespace Feedscope::Server
