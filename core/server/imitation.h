// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "json/ovalue.h"

namespace Feedscope::Server {

class ServerContext;
class ServerFront;

// One backend the embedded server imitates: its routes on the shared front, its seed data, its
// step of the demo scenario and the changes a person can make by hand. EmbeddedServer holds a
// list of them (imitations.cpp); the server panel builds its buttons from actions().
class Imitation : public QObject
{
    Q_OBJECT
public:
    struct Action
    {
        QString id; // "add-row": the button's object name is feedId-id
        QString label; // translated
        std::function<void()> run;
    };

    explicit Imitation(ServerContext *context, QObject *parent = nullptr);
    ~Imitation() override;

    // The feed it imitates ("baserow"), also its section in the data file and its --feed name.
    virtual QString feedId() const = 0;
    virtual QString title() const = 0;
    // Its section of the data file (docs/test-server.md).
    virtual bool load(const OValue &section, QString *error) = 0;
    // Adds the users of a --users file's section (same name) to its data section.
    virtual void mergeUsers(OValue &section, const OValue &users) const;
    virtual void install(ServerFront &front) = 0;
    virtual int connectionCount() const = 0;
    // The lines `feedscope serve` prints: endpoints and accounts.
    virtual QString describe(const QUrl &url) const = 0;
    // One random change, as the demo scenario makes each tick.
    virtual void randomAction() = 0;
    // The changes a person can make from the server panel.
    virtual QList<Action> actions() = 0;

    // The flood scenario, for an imitation that has one: frames sent as fast as its clients
    // take them. flood() sends up to count frames to target's subscribers and returns how
    // many it sent; backlog() is what waits on its sockets.
    virtual bool floods() const { return false; }
    virtual void prepareFlood(const QString &target, int generatedRows);
    virtual int flood(const QString &target, int count);
    virtual int floodSubscribers(const QString &target) const;
    virtual qint64 backlog() const { return 0; }

    // Text frames from one new client that connected as account ("demo@example.com", "admin";
    // GraphQL logs in with its first frame and ignores it), handled as its socket's frames are,
    // with no socket under it: replies are built and go nowhere, and the frames after one that
    // ends the connection are not read. Returns how many were read (0: no such account). The
    // fuzz targets' way in (fuzz/fuzz_imitation.cpp): through a real socket each input costs a
    // reconnect when it ends the connection, a few dozen inputs a second. "API page" reads
    // nothing its clients send.
    virtual int readAsClient(const QString &account, const QList<QString> &frames);

Q_SIGNALS:
    void changed(const QString &what);

protected:
    // The frames up to and including the one after which the connection has ended.
    template<typename Connection, typename Handler>
    static int readUntilEnded(Connection &c, const QList<QString> &frames, Handler handle)
    {
        int read = 0;
        for (const QString &frame : frames) {
            if (c.ended)
                break;
            handle(&c, frame);
            ++read;
        }
        return read;
    }

    ServerContext *m_ctx;
};

} // namespace Feedscope::Server
