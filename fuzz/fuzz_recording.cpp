// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The recording reader (header, frames, snapshot and REST lines, subscriptions, phases, the
// state line) on any bytes, then a replay of what it read into a session of its feed.
#include <cstddef>
#include <cstdint>

#include "feeds/registry.h"
#include "fuzzapp.h"
#include "record/recording.h"
#include "record/replay.h"
#include "session/feedsession.h"

using namespace Feedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApp();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    auto recording = Recording::fromData(bytes, &error);
    if (!recording)
        return 0;
    static const QStringList feeds {QStringLiteral("baserow"), QStringLiteral("contentserver"),
            QStringLiteral("apipage"), QStringLiteral("graphql"), QStringLiteral("raw")};
    const QString fallback = feeds.at(size % size_t(feeds.size()));
    auto config = recording->replayConfig(fallback, &error);
    if (!config)
        return 0;
    config->snapshot = true;
    FeedSession session(*config);
    replayRecording(session, *recording);
    return 0;
}
