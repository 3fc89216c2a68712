// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baserowfeed.h"

#include <QCoreApplication>

#include "baserowdriver.h"
#include "baserowprotocol.h"
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
    if (v.isSet("anonymous")) {
        c.auth = u"anonymous"_s;
    } else if (v.isSet("token")) {
        c.auth = u"token"_s;
        c.token = v.value("token");
    } else if (v.isSet("email")) {
        if (v.password().isEmpty())
            return Tr::tr("--email needs --password-file (or FEEDSCOPE_PASSWORD)");
        c.auth = u"password"_s;
        c.user = v.value("email");
        c.password = v.password();
    } else {
        return Tr::tr("Baserow needs --token, --email with --password-file, or --anonymous");
    }
    if (v.isSet("row-snapshot-cap")) {
        bool ok = false;
        const int n = v.value("row-snapshot-cap").toInt(&ok);
        if (!ok || n < 0)
            return Tr::tr("--row-snapshot-cap wants a non-negative number");
        c.options.insert(u"rowSnapshotCap"_s, QString::number(n));
    }
    return {};
}

FeedDescriptor make()
{
    FeedDescriptor f;
    f.id = u"baserow"_s;
    f.title = QT_TRANSLATE_NOOP("Feedscope::Feed", "Baserow");
    f.urlPlaceholder =
            QT_TRANSLATE_NOOP("Feedscope::Feed", "http(s)://your-baserow (the backend's URL)");
    // Any path prefix of the base URL is dropped, as Baserow's own client does.
    f.webSocketUrl = [](QUrl u) {
        u.setPath(u"/ws/core/"_s);
        return u;
    };
    f.authModes = {
            {"password", QT_TRANSLATE_NOOP("Feedscope::Feed", "E-mail and password"),
                    {{Target::User, QT_TRANSLATE_NOOP("Feedscope::Feed", "E-mail")},
                            {Target::Password, QT_TRANSLATE_NOOP("Feedscope::Feed", "Password")}}},
            {"token", QT_TRANSLATE_NOOP("Feedscope::Feed", "Access token"),
                    {{Target::Token, QT_TRANSLATE_NOOP("Feedscope::Feed", "Token")}}},
            {"anonymous", QT_TRANSLATE_NOOP("Feedscope::Feed", "Anonymous (public views only)"),
                    {}},
    };
    f.snapshot = true;
    f.subscriptionPlaceholder = QT_TRANSLATE_NOOP("Feedscope::Feed",
            "table:ID, row:TABLE:ROW, view:SLUG, dashboard:ID — comma-separated");
    f.settings = {{"rowSnapshotCap", QT_TRANSLATE_NOOP("Feedscope::Feed", "Rows loaded per table"),
            QT_TRANSLATE_NOOP(
                    "Feedscope::Feed", "rows of each table loaded over REST (default 10000)"),
            u"10000"_s}};
    f.commandLineOptions = {
            {"email", QT_TRANSLATE_NOOP("Feedscope::CommandLine", "Baserow e-mail to log in with."),
                    "EMAIL"},
            {"token",
                    QT_TRANSLATE_NOOP(
                            "Feedscope::CommandLine", "Baserow access token, used as given."),
                    "TOKEN", true},
            {"anonymous",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "Baserow: connect as anonymous (public views).")},
            {"row-snapshot-cap",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "Baserow: rows loaded over REST per table (default 10000)."),
                    "N"},
    };
    f.defaults = [](FeedConfig &c) {
        // uvicorn pings us every 20 s and QWebSocket answers by itself. Our own pings are
        // answered too, so a dead peer is found within a minute.
        c.keepalive = {true, 30000, 15000};
    };
    f.createProtocol = [](const FeedConfig &c) -> std::unique_ptr<FeedProtocol> {
        auto p = std::make_unique<BaserowProtocol>();
        bool ok = false;
        const int cap = c.option(u"rowSnapshotCap"_s).toInt(&ok);
        p->setRowSnapshotCap(ok ? cap : 10000);
        return p;
    };
    f.createDriver = createBaserowDriver;
    f.fromCommandLine = fromCommandLine;
    f.demo = [](const QUrl &url) -> std::optional<FeedConfig> {
        FeedConfig c = FeedConfig::defaults(baserowFeed());
        c.name = QCoreApplication::translate("Feedscope::Feed", "%1 demo").arg(u"Baserow"_s);
        c.baseUrl = url;
        c.auth = u"password"_s;
        c.user = u"demo@example.com"_s;
        c.password = u"demo"_s;
        c.subscriptions = {u"table:100"_s, u"table:101"_s, u"table:102"_s};
        return c;
    };
    return f;
}
} // namespace

const FeedDescriptor &baserowFeed()
{
    static const FeedDescriptor feed = make();
    return feed;
}

} // namespace Feedscope
