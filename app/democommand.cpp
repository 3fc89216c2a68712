// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QEventLoop>
#include <QTimer>

#include "cliutil.h"
#include "commandline.h"
#include "feeds/registry.h"
#include "server/embeddedserver.h"
#include "server/imitation.h"
#include "session/feedsession.h"
#include "util/count.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

int runHeadlessDemo(const QStringList &args)
{
    applyLogRules(QString());
    Q_UNUSED(args);
    printError(Tr::tr("no display found (DISPLAY and WAYLAND_DISPLAY are unset); running the "
                      "headless demo instead. Press Ctrl+C to stop."));
    Server::EmbeddedServerConfig c;
    c.scenario = Server::EmbeddedServerConfig::Scenario::Demo;
    c.rate = 4;
    Server::EmbeddedServer server(c);
    QString error;
    if (!server.start(&error))
        return failWith(3, Tr::tr("cannot start the demo server: %1").arg(error));
    // The handler goes in before the first line is printed: whoever waits for that line may
    // signal at once.
    QEventLoop loop;
    onTerminationRequest(&server, [&loop] { loop.quit(); });
    printOut(server.describe());
    QStringList imitated;
    for (const Server::Imitation *i : server.imitations())
        imitated << i->feedId();
    QList<FeedSession *> sessions;
    for (const FeedConfig &config : Feeds::demoConnections(server.url(), imitated)) {
        auto *s = new FeedSession(config, &server);
        QObject::connect(s, &FeedSession::errorOccurred, &server,
                [s](const QString &msg) { printOut(u"  [%1] %2"_s.arg(s->config().name, msg)); });
        s->start();
        sessions << s;
    }
    QTimer status;
    QObject::connect(&status, &QTimer::timeout, &server, [&sessions] {
        QStringList parts;
        for (FeedSession *s : std::as_const(sessions)) {
            const SessionCounters c = s->counters();
            parts << Tr::tr("%1: %2, %3, %4",
                    "the headless demo's line for a feed: its name, its state, "
                    "\"12 messages\", \"30 entities\"")
                             .arg(s->config().name, s->phaseText(),
                                     Tr::tr("%n message(s)", nullptr, countOf(c.messages)),
                                     Tr::tr("%n entit(ies)", nullptr,
                                             countOf(s->store()->entityCount())));
        }
        printOut(parts.join(u" | "_s));
    });
    status.start(5000);
    loop.exec();
    for (FeedSession *s : std::as_const(sessions))
        s->stop();
    return 0;
}

} // namespace Feedscope::App
