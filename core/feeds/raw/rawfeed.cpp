// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawfeed.h"

#include <QCoreApplication>

#include "rawprotocol.h"
#include "session/feedconfig.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
FeedDescriptor make()
{
    FeedDescriptor f;
    f.id = u"raw"_s;
    f.title = QT_TRANSLATE_NOOP("Feedscope::Feed", "Raw JSON");
    f.address = FeedDescriptor::Address::WebSocket;
    f.urlPlaceholder = QT_TRANSLATE_NOOP("Feedscope::Feed", "ws(s)://host/path (any WebSocket)");
    f.authModes = {{"none", QT_TRANSLATE_NOOP("Feedscope::Feed", "None"), {}}};
    f.settings = {{"statsKey", QT_TRANSLATE_NOOP("Feedscope::Feed", "Statistics key"),
            QT_TRANSLATE_NOOP("Feedscope::Feed",
                    "count messages by this member (default: type, event or action)"),
            QString()}};
    f.commandLineOptions = {{"stats-key",
            QT_TRANSLATE_NOOP("Feedscope::CommandLine", "Raw feed: count messages by this key."),
            "KEY"}};
    f.defaults = [](FeedConfig &c) { c.snapshot = false; };
    f.createProtocol = [](const FeedConfig &c) -> std::unique_ptr<FeedProtocol> {
        auto p = std::make_unique<RawProtocol>();
        p->setStatisticsKey(c.option(u"statsKey"_s));
        return p;
    };
    f.fromCommandLine = [](const CommandLineValues &v, FeedConfig &c) {
        if (v.isSet("stats-key"))
            c.options.insert(u"statsKey"_s, v.value("stats-key"));
        return QString();
    };
    return f;
}
} // namespace

const FeedDescriptor &rawFeed()
{
    static const FeedDescriptor feed = make();
    return feed;
}

} // namespace Feedscope
