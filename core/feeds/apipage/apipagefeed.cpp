// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apipagefeed.h"

#include <QCoreApplication>

#include "apipageprotocol.h"
#include "session/feedconfig.h"
#include "session/feeddriver.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
// The server never reads its socket: it answers neither pings nor a close (specs/ap.md §3).
class ApiPageDriver final : public FeedDriver
{
public:
    using FeedDriver::FeedDriver;

    void configure(ConnectionOptions &options) override
    {
        FeedDriver::configure(options);
        options.closeTimeoutMs = 2500; // abort when the close is not echoed
    }
};

FeedDescriptor make()
{
    FeedDescriptor f;
    // "ap" is the id profiles, the command line and the state dump have always used.
    f.id = u"ap"_s;
    f.aliases = {u"apipage"_s, u"api-page"_s};
    f.title = QT_TRANSLATE_NOOP("Feedscope::Feed", "API page");
    f.urlPlaceholder = QT_TRANSLATE_NOOP(
            "Feedscope::Feed", "http(s)://host:port (the API page backend's URL)");
    f.webSocketUrl = [](QUrl u) {
        QString base = u.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        u.setPath(base + u"/api/ws"_s);
        return u;
    };
    f.authModes = {{"none", QT_TRANSLATE_NOOP("Feedscope::Feed", "None"), {}}};
    f.snapshot = true;
    f.defaults = [](FeedConfig &c) {
        c.keepalive = {false, 30000, 10000}; // the server never answers pings (specs/ap.md §3)
        c.reconnect.stableAfterMs = 10000;
    };
    f.createProtocol = [](const FeedConfig &) -> std::unique_ptr<FeedProtocol> {
        return std::make_unique<ApiPageProtocol>();
    };
    f.createDriver = [](FeedSession &session) -> std::unique_ptr<FeedDriver> {
        return std::make_unique<ApiPageDriver>(session);
    };
    f.fromCommandLine = [](const CommandLineValues &, FeedConfig &) { return QString(); };
    f.demo = [](const QUrl &url) -> std::optional<FeedConfig> {
        FeedConfig c = FeedConfig::defaults(apiPageFeed());
        c.name = QCoreApplication::translate("Feedscope::Feed", "%1 demo").arg(u"API page"_s);
        c.baseUrl = url;
        return c;
    };
    return f;
}
} // namespace

const FeedDescriptor &apiPageFeed()
{
    static const FeedDescriptor feed = make();
    return feed;
}

} // namespace Feedscope
