// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentserverfeed.h"

#include <QCoreApplication>

#include "contentserverdriver.h"
#include "contentserverprotocol.h"
#include "session/feedconfig.h"
#include "session/feeddriver.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::CommandLine)
};

using Target = CredentialField::Target;

QString fromCommandLine(const CommandLineValues &v, FeedConfig &c)
{
    c.user = v.value("user");
    c.password = v.password();
    if (v.isSet("jwt")) {
        c.auth = u"jwt"_s;
        if (v.value("jwt") != u"-")
            c.token = v.value("jwt");
        else if (c.user.isEmpty())
            return Tr::tr("--jwt - needs --user and --password-file to fetch a token");
    } else if (v.isSet("cookie")) {
        c.auth = u"cookie"_s;
        c.cookie = v.value("cookie");
    } else if (v.isSet("user")) {
        c.auth = u"basic"_s;
    } else {
        c.auth = u"none"_s;
    }
    c.subscriptions << v.values("listen");
    if (v.isSet("cs-subscribe-template"))
        c.options.insert(u"subscribeTemplate"_s, v.value("cs-subscribe-template"));
    if (v.isSet("cs-unsubscribe-template"))
        c.options.insert(u"unsubscribeTemplate"_s, v.value("cs-unsubscribe-template"));
    return {};
}

FeedDescriptor make()
{
    FeedDescriptor f;
    f.id = u"contentserver"_s;
    f.aliases = {u"cs"_s};
    f.title = QT_TRANSLATE_NOOP("Feedscope::Feed", "ContentServer");
    f.urlPlaceholder =
            QT_TRANSLATE_NOOP("Feedscope::Feed", "http(s)://host:port (the Atoti server's URL)");
    f.webSocketUrl = [](QUrl u) {
        QString base = u.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        u.setPath(base + u"/content/ws/v5"_s);
        return u;
    };
    f.authModes = {
            {"basic", QT_TRANSLATE_NOOP("Feedscope::Feed", "Basic (user and password)"),
                    {{Target::User, QT_TRANSLATE_NOOP("Feedscope::Feed", "User")},
                            {Target::Password, QT_TRANSLATE_NOOP("Feedscope::Feed", "Password")}}},
            {"jwt",
                    QT_TRANSLATE_NOOP("Feedscope::Feed",
                            "JWT (given, or fetched with the user and password)"),
                    {{Target::Token, QT_TRANSLATE_NOOP("Feedscope::Feed", "Token"), true},
                            {Target::User, QT_TRANSLATE_NOOP("Feedscope::Feed", "User"), true},
                            {Target::Password, QT_TRANSLATE_NOOP("Feedscope::Feed", "Password"),
                                    true}}},
            {"cookie", QT_TRANSLATE_NOOP("Feedscope::Feed", "Session cookie"),
                    {{Target::Cookie, QT_TRANSLATE_NOOP("Feedscope::Feed", "Cookie")}}},
            {"none", QT_TRANSLATE_NOOP("Feedscope::Feed", "None"), {}},
    };
    f.snapshot = true;
    f.subscriptionPlaceholder = QT_TRANSLATE_NOOP(
            "Feedscope::Feed", "paths to listen to, e.g. /ui/dashboards — comma-separated");
    // The subscription frames are not public: the form is ours, given as templates.
    f.settings = {
            {"subscribeTemplate", QT_TRANSLATE_NOOP("Feedscope::Feed", "Subscribe frame"),
                    QT_TRANSLATE_NOOP("Feedscope::Feed",
                            "${path} and ${id} are filled in; empty: none, the server streams "
                            "everything"),
                    uR"({"id":"${id}","action":"LISTEN","path":"${path}"})"_s},
            {"unsubscribeTemplate", QT_TRANSLATE_NOOP("Feedscope::Feed", "Unsubscribe frame"),
                    QT_TRANSLATE_NOOP("Feedscope::Feed", "${path} and ${id} are filled in"),
                    uR"({"id":"${id}","action":"UNLISTEN","path":"${path}"})"_s},
    };
    f.commandLineOptions = {
            {"user",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "ContentServer user name (Basic, or to fetch a JWT)."),
                    "USER"},
            {"jwt",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "ContentServer: Authorization: Jwt with this token, or fetch one with "
                            "--user (give - to fetch)."),
                    "TOKEN", true},
            {"cookie",
                    QT_TRANSLATE_NOOP(
                            "Feedscope::CommandLine", "ContentServer: Cookie header value."),
                    "COOKIE", true},
            {"listen",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "ContentServer: listen to a path (repeatable; as --subscribe)."),
                    "PATH"},
            {"cs-subscribe-template",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "ContentServer subscribe frame with ${path} and ${id}; empty: none."),
                    "TEMPLATE"},
            {"cs-unsubscribe-template",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine", "ContentServer unsubscribe frame."),
                    "TEMPLATE"},
    };
    f.defaults = [](FeedConfig &c) {
        c.keepalive = {true, 30000, 10000}; // specs/contentserver.md §6
    };
    f.createProtocol = [](const FeedConfig &c) -> std::unique_ptr<FeedProtocol> {
        auto p = std::make_unique<ContentServerProtocol>();
        p->setTemplates(c.option(u"subscribeTemplate"_s), c.option(u"unsubscribeTemplate"_s));
        return p;
    };
    f.createDriver = createContentServerDriver;
    f.fromCommandLine = fromCommandLine;
    f.demo = [](const QUrl &url) -> std::optional<FeedConfig> {
        FeedConfig c = FeedConfig::defaults(contentServerFeed());
        c.name = QCoreApplication::translate("Feedscope::Feed", "%1 demo").arg(u"ContentServer"_s);
        c.baseUrl = url;
        c.auth = u"basic"_s;
        c.user = u"admin"_s;
        c.password = u"admin"_s;
        c.subscriptions = {u"/ui"_s};
        return c;
    };
    return f;
}
} // namespace

const FeedDescriptor &contentServerFeed()
{
    static const FeedDescriptor feed = make();
    return feed;
}

} // namespace Feedscope
