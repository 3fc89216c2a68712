// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphqlfeed.h"

#include <QCoreApplication>

#include "graphqlprotocol.h"
#include "json/ovalue.h"
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

const QString DefaultTokenPayload = uR"({"Authorization":"Bearer ${token}"})"_s;

// The connection_init payload: the setting, with ${token} replaced by the token (as a JSON
// string's content); for the token mode without a setting, an Authorization member.
QByteArray initPayload(const FeedConfig &c)
{
    QString payload = c.option(u"initPayload"_s);
    const bool token = c.auth == u"token";
    if (payload.isEmpty() && token)
        payload = DefaultTokenPayload;
    if (payload.isEmpty())
        return {};
    QByteArray escaped;
    writeJsonString(escaped, token ? c.token : QString(), OValue::Style::Compact);
    payload.replace(u"${token}"_s, QString::fromUtf8(escaped.sliced(1, escaped.size() - 2)));
    return payload.toUtf8();
}

// The subprotocol on the upgrade, ready on connection_ack, and no retries after a close that
// says the server will not have us.
class GraphQlDriver final : public FeedDriver
{
public:
    using FeedDriver::FeedDriver;

    void configure(ConnectionOptions &options) override
    {
        FeedDriver::configure(options);
        options.subprotocols = {u"graphql-transport-ws"_s};
        // 4400 invalid message, 4401 subscribe before the ack, 4403 forbidden, 4429 too many
        // initialisation requests: the same connection would be closed the same way again.
        options.finalCloseCodes = {4400, 4401, 4403, 4429};
    }
    bool readyOnOpen() const override { return false; }
    bool restAvailable() const override { return false; }
};

QString fromCommandLine(const CommandLineValues &v, FeedConfig &c)
{
    if (v.isSet("token")) {
        c.auth = u"token"_s;
        c.token = v.value("token");
    }
    for (const auto &[option, key] :
            {std::pair {"init-payload", "initPayload"}, std::pair {"variables", "variables"}}) {
        if (!v.isSet(option))
            continue;
        const QString json = v.value(option);
        auto o = OValue::fromJson(json.toUtf8());
        if (!o || !o->isObject())
            return Tr::tr("--%1 wants a JSON object").arg(QLatin1StringView(option));
        c.options.insert(QString::fromLatin1(key), json);
    }
    return {};
}

FeedDescriptor make()
{
    FeedDescriptor f;
    f.id = u"graphql"_s;
    f.title = QT_TRANSLATE_NOOP("Feedscope::Feed", "GraphQL");
    f.address = FeedDescriptor::Address::WebSocket;
    f.urlPlaceholder =
            QT_TRANSLATE_NOOP("Feedscope::Feed", "ws(s)://host/graphql (graphql-transport-ws)");
    f.authModes = {
            {"none", QT_TRANSLATE_NOOP("Feedscope::Feed", "None"), {}},
            {"token", QT_TRANSLATE_NOOP("Feedscope::Feed", "Token in connection_init"),
                    {{Target::Token, QT_TRANSLATE_NOOP("Feedscope::Feed", "Token")}}},
    };
    f.subscriptionPlaceholder =
            QT_TRANSLATE_NOOP("Feedscope::Feed", "subscription { prices { id symbol price } }");
    f.multilineSubscriptions = true;
    f.settings = {
            {"initPayload", QT_TRANSLATE_NOOP("Feedscope::Feed", "connection_init payload"),
                    QT_TRANSLATE_NOOP("Feedscope::Feed",
                            "JSON; ${token} is the token (default with a token: "
                            "{\"Authorization\":\"Bearer ${token}\"})"),
                    QString()},
            {"variables", QT_TRANSLATE_NOOP("Feedscope::Feed", "Variables"),
                    QT_TRANSLATE_NOOP(
                            "Feedscope::Feed", "JSON object, for subscriptions that give none"),
                    QString()},
    };
    f.commandLineOptions = {
            {"token",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "GraphQL: the token connection_init carries."),
                    "TOKEN", true},
            {"init-payload",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "GraphQL: connection_init's payload, a JSON object (${token} is "
                            "replaced)."),
                    "JSON"},
            {"variables",
                    QT_TRANSLATE_NOOP("Feedscope::CommandLine",
                            "GraphQL: variables for every --subscribe, a JSON object."),
                    "JSON"},
    };
    f.defaults = [](FeedConfig &c) {
        c.snapshot = false;
        c.keepalive = {true, 30000, 10000}; // WebSocket pings: servers answer them
    };
    f.createProtocol = [](const FeedConfig &c) -> std::unique_ptr<FeedProtocol> {
        auto p = std::make_unique<GraphQlProtocol>();
        p->setInitPayload(initPayload(c));
        p->setDefaultVariables(c.option(u"variables"_s).toUtf8());
        return p;
    };
    f.createDriver = [](FeedSession &session) -> std::unique_ptr<FeedDriver> {
        return std::make_unique<GraphQlDriver>(session);
    };
    f.fromCommandLine = fromCommandLine;
    f.demo = [](const QUrl &url) -> std::optional<FeedConfig> {
        FeedConfig c = FeedConfig::defaults(graphQlFeed());
        c.name = QCoreApplication::translate("Feedscope::Feed", "%1 demo").arg(u"GraphQL"_s);
        QUrl ws = url;
        ws.setScheme(u"ws"_s);
        ws.setPath(u"/graphql"_s);
        c.webSocketUrl = ws;
        c.subscriptions = {u"subscription OnPrices { prices { id symbol price change } }"_s};
        return c;
    };
    return f;
}
} // namespace

const FeedDescriptor &graphQlFeed()
{
    static const FeedDescriptor feed = make();
    return feed;
}

} // namespace Feedscope
