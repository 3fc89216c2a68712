// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "baserowdata.h"
#include "server/imitation.h"
#include "server/serverfront.h"

class QWebSocket;

class QTcpSocket;

namespace Feedscope::Server {

class ServerContext;

// Imitates a Baserow 1.35 backend (specs/baserow.md §1 to §6): REST login, refresh and
// snapshots, mutations that broadcast, and /ws/core/ with its authentication message, page
// subscriptions, recipient rules and echo suppression.
class BaserowImitation : public Imitation
{
    Q_OBJECT
public:
    BaserowImitation(ServerContext *context, QObject *parent = nullptr);
    ~BaserowImitation() override;

    QString feedId() const override;
    QString title() const override;
    bool load(const OValue &section, QString *error) override;
    void mergeUsers(OValue &section, const OValue &users) const override;
    void install(ServerFront &front) override;
    int connectionCount() const override;
    QString describe(const QUrl &url) const override;
    // Rows updated, created and deleted, fields renamed, filters and views changed on the Demo
    // workspace ("Other" stays private).
    void randomAction() override;
    QList<Action> actions() override;
    // The flood: rows_updated on a table (target: its id) to its page's subscribers.
    bool floods() const override { return true; }
    void prepareFlood(const QString &target, int generatedRows) override;
    int flood(const QString &target, int count) override;
    int floodSubscribers(const QString &target) const override;
    // Bytes queued on all connections (backpressure for the flood).
    qint64 backlog() const override;

    // As a client that connected with account's token ("anonymous": as anonymous).
    int readAsClient(const QString &account, const QList<QString> &frames) override;

    BaserowData &data() { return m_data; }
    QByteArray secret() const { return m_secret; }
    // Connections subscribed to a table's page.
    int pageSubscribers(qint64 tableId) const;

    // Tokens, as token-auth would issue them.
    QByteArray accessToken(qint64 userId) const;
    QByteArray refreshToken(qint64 userId) const;

    // Mutations (the REST handlers, the scenario and the server panel all use these). origin
    // is a web_socket_id that must not hear about the change ("minus origin").
    std::optional<OValue> createRow(qint64 tableId, const OValue &values,
            std::optional<qint64> before, const QString &origin = {}, QString *error = nullptr);
    std::optional<OValue> updateRow(qint64 tableId, qint64 rowId, const OValue &values,
            const QString &origin = {}, qint64 actingUser = 0, QString *error = nullptr);
    bool deleteRow(qint64 tableId, qint64 rowId, const QString &origin = {});
    std::optional<OValue> createField(qint64 tableId, const OValue &body,
            const QString &origin = {}, QString *error = nullptr);
    std::optional<OValue> updateField(
            qint64 fieldId, const OValue &body, const QString &origin = {});
    bool deleteField(qint64 fieldId, const QString &origin = {});
    std::optional<OValue> createTable(
            qint64 databaseId, const QString &name, const QString &origin = {});
    std::optional<OValue> updateTable(
            qint64 tableId, const OValue &body, const QString &origin = {});
    bool deleteTable(qint64 tableId, const QString &origin = {});
    std::optional<OValue> createView(
            qint64 tableId, const OValue &body, qint64 actingUser, const QString &origin = {});
    std::optional<OValue> updateView(qint64 viewId, const OValue &body, const QString &origin = {});
    bool deleteView(qint64 viewId, const QString &origin = {});
    std::optional<OValue> createFilter(qint64 viewId, qint64 fieldId, const QString &type,
            const QString &value, const QString &origin = {});
    bool deleteFilter(qint64 viewId, qint64 filterId, const QString &origin = {});
    // Removes a workspace member: group_user_deleted, then page_discard for their pages.
    bool removeMember(qint64 membershipId, const QString &origin = {});
    // force_disconnect for every other connection of the user, then close them.
    bool changePassword(qint64 userId, const QString &newPassword, const QString &origin = {});

    // A burst of rows_updated on one table as fast as possible, for the flood scenario and
    // benchmarks: the frame is built by splicing a template, not by serialising.
    int floodRowsUpdated(qint64 tableId, int count);
    // Adds n generated rows to a table (benchmark setup).
    void generateRows(qint64 tableId, int count);

private:
    struct Page
    {
        QString type;
        OValue params;
        QString group;
    };
    struct Conn
    {
        QPointer<QWebSocket> ws;
        QPointer<QTcpSocket> tcp; // under ws: the flood writes whole frames straight to it
        qint64 userId = 0;
        bool anonymous = false;
        QString wsid;
        QList<Page> pages;
        int pingsUnanswered = 0;
        bool ended = false; // dropped by a handler (its socket may still be closing)
    };

    void onSocket(QWebSocket *ws, const HttpRequest &request);
    void onText(Conn *c, const QString &text);
    // The consumer raised: uvicorn drops the TCP connection, no close frame.
    static void drop(Conn *c);
    void addPage(Conn *c, const OValue &msg);
    void removePage(Conn *c, const OValue &msg);
    std::optional<qint64> userFromAccessToken(const QByteArray &token) const;
    std::optional<qint64> restUser(const HttpRequest &r, HttpReply *error) const;

    void send(Conn *c, const QByteArray &bytes);
    QByteArray encode(const OValue &msg) const;
    void toConnections(const QByteArray &bytes, const std::function<bool(const Conn &)> &who,
            const QString &origin);
    void toWorkspace(qint64 workspaceId, const OValue &msg, const QString &origin);
    void toUsers(const QList<qint64> &users, const OValue &msg, const QString &origin);
    void toTablePage(qint64 tableId, const OValue &msg, const QString &origin);
    void toRowPage(qint64 tableId, qint64 rowId, const OValue &msg);
    void toViewBroadcast(
            const BrTable &t, const BrView &v, const OValue &msg, const QString &origin);
    void toPublicViews(const BrTable &t, const QString &type, const QList<const BrRow *> &rows,
            const OValue &extra);
    OValue publicRow(const BrTable &t, const BrView &v, const BrRow &r) const;

    void installRest(ServerFront &front);

    ServerFront *m_front = nullptr;
    BaserowData m_data;
    QByteArray m_secret;
    QList<Conn *> m_conns;
    QList<Conn *> m_closed; // disconnected, deleted on the next event-loop turn or with the server
    // The flood's row texts, split around the number cell it changes (cleared by every other
    // change to a table, which may change a row's other cells or its keys).
    struct FloodTemplate
    {
        QByteArray prefix, suffix;
        QByteArray value; // the number cell's JSON text now
    };
    std::vector<FloodTemplate> m_floodTemplates; // by row position in the flood table
    const FloodTemplate &floodTemplate(const BrTable &t, size_t rowPosition, qint64 numberField);
    qint64 m_historyId = 15000;
    quint64 m_demoSteps = 0; // the demo scenario's changes so far (names made from it)
};

} // namespace Feedscope::Server
