// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "json/ovalue.h"
#include "server/imitation.h"
#include "server/serverfront.h"

class QWebSocket;

namespace Feedscope::Server {

class ServerContext;

struct CsUser
{
    QString name;
    QString password;
    QStringList roles;
};

struct CsEntry
{
    bool directory = false;
    QString content;
    QStringList owners;
    QStringList readers;
    qint64 timestamp = 0;
    QString lastEditor;
};

// Imitates an ActiveViam ContentServer v5 (specs/contentserver.md): Basic, Jwt or cookie
// authentication on the upgrade (401/403), an Origin allow-list, the greeting, the assumed
// LISTEN/UNLISTEN protocol, per-user canRead/canWrite, REST v5 files, and the JWT service.
class ContentServerImitation : public Imitation
{
    Q_OBJECT
public:
    ContentServerImitation(ServerContext *context, QObject *parent = nullptr);
    ~ContentServerImitation() override;

    QString feedId() const override;
    QString title() const override;
    bool load(const OValue &section, QString *error) override;
    void mergeUsers(OValue &section, const OValue &users) const override;
    void install(ServerFront &front) override;
    int connectionCount() const override;
    QString describe(const QUrl &url) const override;
    // Dashboards edited, created and removed (never the seeded ones).
    void randomAction() override;
    QList<Action> actions() override;

    // Writes a file (or a directory when content is nullopt). Creates missing parents when
    // recursive. Returns an HTTP status (2xx on success) and notifies listeners.
    int put(const QString &path, const std::optional<QString> &content, const QStringList &owners,
            const QStringList &readers, const QString &user, bool overwrite, bool recursive,
            QString *error = nullptr);
    int remove(const QString &path, const QString &user, QString *error = nullptr);
    QStringList paths() const;
    const CsEntry *entry(const QString &path) const;
    QByteArray jwtFor(const QString &user) const;
    // As account, authenticated by any of the ways the socket accepts.
    int readAsClient(const QString &account, const QList<QString> &frames) override;

private:
    struct Conn
    {
        QPointer<QWebSocket> ws;
        QString user;
        QStringList listening;
        bool ended = false; // never set: a bad frame gets an error reply, the socket stays
    };
    enum class Action { Add, Updated, Remove };

    std::optional<QString> authenticate(const HttpRequest &r, int *status, bool *fromCookie) const;
    const CsUser *user(const QString &name) const;
    bool canRead(const QString &user, const CsEntry &e) const;
    bool canWrite(const QString &user, const CsEntry &e) const;
    OValue entryJson(const QString &user, const CsEntry &e, bool withContent) const;
    OValue treeNode(const QString &user, const QString &path, int depth) const;
    void notify(const QString &path, Action action, const CsEntry &e);
    void onSocket(QWebSocket *ws, const HttpRequest &r);
    void onText(Conn *c, const QString &text);
    static QString normalise(const QString &path);
    HttpReply errorReply(int status, const QString &type, const QString &message) const;
    void installRest(ServerFront &front);

    QList<CsUser> m_users;
    std::map<QString, CsEntry> m_entries; // by normalised path
    QHash<QString, QString> m_sessions; // JSESSIONID → user
    QList<Conn *> m_conns;
    QList<Conn *> m_closed; // disconnected, deleted on the next event-loop turn or with the server
    QByteArray m_secret;
    quint64 m_demoSteps = 0;
    int m_dashboards = 0; // dashboards the demo made
};

} // namespace Feedscope::Server
