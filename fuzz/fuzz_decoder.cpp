// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One feed's decoder, fed any bytes as an incoming frame, as a REST answer of each kind the
// feed asks for, and a summary; what it decodes is applied to a store, as a session does.
#include <cstddef>
#include <cstdint>

#include "feeds/registry.h"
#include "fuzzapp.h"
#include "model/entitystore.h"
#include "protocol/feedprotocol.h"
#include "session/feedconfig.h"

using namespace Feedscope;

namespace {
struct Harness
{
    FeedConfig config = Feeds::defaults(QStringLiteral(FEEDSCOPE_FUZZ_FEED));
    std::unique_ptr<FeedProtocol> protocol = config.feed->createProtocol(config);
    EntityStore store;
    std::vector<RestCall> calls;
    quint64 seq = 0;
    quint64 inputs = 0;
    Harness()
    {
        store.setSchema(
                std::shared_ptr<const NodeSchema>(&protocol->schema(), [](const NodeSchema *) {}));
        calls = protocol->initialSnapshot();
        for (const char *spec : {"table:100", "/ui/dashboards", "page:1", "symbols"}) {
            QString error;
            if (auto sub = protocol->subscription(QString::fromLatin1(spec), &error)) {
                for (auto &c : protocol->subscriptionSnapshot(sub->key))
                    calls.push_back(std::move(c));
            }
        }
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApp();
    static Harness h;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks what the bytes are: a frame (most of the time), or a REST answer.
    const int pick = size > 0 ? data[0] % 8 : 0;
    DecodeResult result;
    std::vector<RestCall> more;
    if (pick < 6 || h.calls.empty()) {
        Frame f;
        f.seq = ++h.seq;
        f.bytes = bytes;
        f.binary = pick == 5;
        h.protocol->decode(f, result);
        (void)h.protocol->summarize(bytes);
    } else {
        const RestCall &call = h.calls[size_t(data[size > 1 ? 1 : 0]) % h.calls.size()];
        h.protocol->decodeRest(
                call, pick == 7 ? 200 : 404, QByteArrayView(bytes).sliced(1), result, more);
    }
    h.store.apply(result.changes);
    // The store starts again every 1 024 inputs (or at 20 000 entities): long enough for
    // inputs to meet each other's state, short enough that one entity which thousands of
    // patches have given thousands of members does not make every later merge slow (a run
    // went from 3 000 to under 200 inputs a second that way; at every 4 096 inputs the
    // "API page" target still spent three quarters of its time in such merges).
    if (++h.inputs % 1024 == 0 || h.store.entityCount() > 20000)
        h.store.clear();
    return 0;
}
