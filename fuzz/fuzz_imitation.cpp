// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One imitation's socket input (FEEDSCOPE_FUZZ_FEED): any bytes as a text frame from a client
// that has logged in as the demo does, through a real socket to the embedded server. Each
// input waits until the imitation has handled it (or dropped the connection, as Baserow does
// on a frame that is not JSON); a dropped client connects again before the next one.
#include <cstddef>
#include <cstdint>

#include <QCoreApplication>
#include <QDeadlineTimer>

#include "feeds/registry.h"
#include "fuzzapp.h"
#include "net/feedtransport.h"
#include "server/embeddedserver.h"
#include "server/servercontext.h"
#include "session/feedsession.h"

using namespace Feedscope;

namespace {

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Harness
{
    Server::EmbeddedServer *server = nullptr;
    FeedSession *session = nullptr;

    Harness()
    {
        Server::EmbeddedServerConfig config;
        config.feeds = {QStringLiteral(FEEDSCOPE_FUZZ_FEED)};
        server = new Server::EmbeddedServer(config);
        QString error;
        if (!server->start(&error))
            qFatal("the test server did not start: %s", qPrintable(error));
        const auto demo = Feeds::demoConnections(server->url(), config.feeds);
        if (demo.isEmpty())
            qFatal("no demo connection for %s", FEEDSCOPE_FUZZ_FEED);
        FeedConfig c = demo.constFirst();
        c.snapshot = false; // the socket is the target, not REST
        c.reconnect.initialDelayMs = 1;
        c.reconnect.maxDelayMs = 5;
        session = new FeedSession(c);
        session->start();
        if (!waitFor([this] { return live(); }, 10000))
            qFatal("the demo connection did not become ready");
    }
    // Ready, and the socket open (after a drop the session is still "Live" until it hears).
    bool live() const
    {
        return session->isReady() && session->transport()->state() == FeedTransport::State::Open;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApp("feedscope.*=false\nqt.*=false");
    static Harness h;
    if (!h.live()) {
        h.session->reconnectNow();
        if (!waitFor([] { return h.live(); }, 10000))
            __builtin_trap(); // the imitation no longer takes connections
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const quint64 handled = h.server->context()->framesHandled;
    if (!h.session->sendFrame(bytes))
        __builtin_trap(); // live, yet it cannot send
    // Handled, or the connection dropped for it; a server that does neither in 10 s hangs.
    if (!waitFor([handled] { return h.server->context()->framesHandled > handled || !h.live(); },
                10000))
        __builtin_trap();
    h.session->log()->clear(); // the client's log is not the target: keep memory flat
    return 0;
}
