// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One imitation's socket input (FEEDSCOPE_FUZZ_FEED): each input is what one client sends, a
// text frame a line, from a client that connected as the demo does. The imitation reads it as
// it reads its sockets' frames (Imitation::readAsClient), with no socket under it: through a
// real socket Baserow and GraphQL end the connection on most bad frames, and the reconnect
// held the target to a few dozen inputs a second. Lines are what a UTF-8 text frame can be (the
// socket refuses invalid UTF-8 before the imitation sees it, so bad bytes become U+FFFD); JSON
// loses nothing by the split, since a raw line break can only be whitespace in it.
//
// An input is read as its first 256 frames at most. ContentServer answers every frame (Baserow
// and GraphQL end the connection on most bad ones), and a frame can be one byte: libFuzzer's
// corpus for it drifted to inputs of thousands of empty lines, each answered "Malformed
// message", and its rate fell from 1 100 inputs a second to under 200 while the edges it found
// came from inputs of 150 to 800 bytes. Frames share nothing but the connection's listened
// paths, and libFuzzer's largest hit-count bucket is 128, so more frames find nothing more.
#include <cstddef>
#include <cstdint>

#include "feeds/registry.h"
#include "fuzzapp.h"
#include "server/embeddedserver.h"
#include "server/imitation.h"
#include "session/feedconfig.h"

using namespace Feedscope;

namespace {

struct Harness
{
    Server::EmbeddedServer *server = nullptr;
    Server::Imitation *imitation = nullptr;
    QString account; // the demo connection's

    Harness()
    {
        Server::EmbeddedServerConfig config;
        config.feeds = {QStringLiteral(FEEDSCOPE_FUZZ_FEED)};
        server = new Server::EmbeddedServer(config);
        QString error;
        if (!server->start(&error))
            qFatal("the test server did not start: %s", qPrintable(error));
        imitation = server->imitation(QStringLiteral(FEEDSCOPE_FUZZ_FEED));
        const auto demo = Feeds::demoConnections(server->url(), config.feeds);
        if (!imitation || demo.isEmpty())
            qFatal("no imitation or demo connection for %s", FEEDSCOPE_FUZZ_FEED);
        account = demo.constFirst().user;
        // The demo's account exists: an input that reads nothing would test nothing.
        if (imitation->readAsClient(account, {QStringLiteral("{}")}) != 1)
            qFatal("the demo's account %s does not connect", qPrintable(account));
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApp("feedscope.*=false\nqt.*=false");
    static Harness h;
    constexpr qsizetype MaxFrames = 256;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QString> frames;
    for (qsizetype from = 0; frames.size() < MaxFrames;) {
        const qsizetype end = input.indexOf('\n', from);
        frames.append(QString::fromUtf8(input.sliced(from, (end < 0 ? input.size() : end) - from)));
        if (end < 0)
            break;
        from = end + 1;
    }
    const int read = h.imitation->readAsClient(h.account, frames);
    if (read < 1 || read > frames.size())
        __builtin_trap(); // the first frame is always read, and nothing past the last
    return 0;
}
