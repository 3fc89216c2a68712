// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Feedscope {

class FeedDriver;
class FeedProtocol;
class FeedSession;
struct FeedConfig;

// One credential an authentication mode asks for.
struct CredentialField
{
    enum class Target { User, Password, Token, Cookie };
    Target target = Target::User;
    const char *label = ""; // translated, context "Feedscope::Feed": "E-mail"
    bool optional = false; // may stay empty (a JWT that is fetched with the user's password)
};

// One way a feed authenticates: the connection dialog shows a choice per mode and its fields.
struct AuthMode
{
    const char *id = "none"; // stored in profiles: "password", "token", "basic", …
    const char *title = ""; // translated, context "Feedscope::Feed"
    std::vector<CredentialField> fields;

    bool asks(CredentialField::Target target) const;
};

// A setting of one feed beyond what every feed has (ContentServer's subscription frames, the
// raw feed's statistics key): kept in FeedConfig::options under key.
struct FeedSetting
{
    const char *key = "";
    const char *label = ""; // translated, context "Feedscope::Feed"
    const char *placeholder = ""; // translated, context "Feedscope::Feed"
    QString defaultValue;
};

// An option of a feed on the command line. A secret one (a token, a cookie) is also read from
// --NAME-file FILE (- for standard input) and from the environment (FEEDSCOPE_NAME); given
// on the command line itself, it draws a warning (other users can read the process list).
struct CommandLineOption
{
    const char *name = "";
    const char *help = ""; // translated, context "Feedscope::CommandLine"
    const char *valueName = nullptr; // nullptr: a switch
    bool secret = false;
};

// The options of a command line as a feed reads them: set or not, and their values (secrets
// already read from their file or the environment).
class CommandLineValues
{
public:
    virtual ~CommandLineValues() = default;
    virtual bool isSet(const char *name) const = 0;
    virtual QString value(const char *name) const = 0;
    virtual QStringList values(const char *name) const = 0;
    // The password (--password-file or FEEDSCOPE_PASSWORD), empty when none was given.
    virtual QString password() const = 0;
};

// Everything the program asks about one feed, in one place: the session, the connection
// dialog, the subscription panel, the settings, the demo and the command line are written
// against it. Each feed's folder defines one; core/feeds/registry.cpp lists them.
struct FeedDescriptor
{
    QString id; // "baserow": profiles, the command line, the state dump
    QStringList aliases; // also accepted on the command line: "cs"
    const char *title = ""; // translated, context "Feedscope::Feed"
    // What the user gives as the address: the backend's http(s) URL (its WebSocket derived by
    // webSocketUrl), or a ws(s) URL.
    enum class Address { Backend, WebSocket };
    Address address = Address::Backend;
    const char *urlPlaceholder = ""; // translated, context "Feedscope::Feed"
    std::function<QUrl(const QUrl &base)> webSocketUrl;
    std::vector<AuthMode> authModes; // the first is the default
    bool snapshot = false; // loads state over REST
    // Subscriptions the user adds by hand: null when the feed has none.
    const char *subscriptionPlaceholder = nullptr; // translated, context "Feedscope::Feed"
    bool multilineSubscriptions = false; // a document (a GraphQL query), not a line
    std::vector<FeedSetting> settings;
    std::vector<CommandLineOption> commandLineOptions;

    // The defaults of a new connection (keepalive, timeouts, settings).
    std::function<void(FeedConfig &config)> defaults;
    std::function<std::unique_ptr<FeedProtocol>(const FeedConfig &config)> createProtocol;
    std::function<std::unique_ptr<FeedDriver>(FeedSession &session)> createDriver;
    // Reads this feed's command-line options into config (authentication, settings); returns
    // what is wrong, or an empty string.
    std::function<QString(const CommandLineValues &values, FeedConfig &config)> fromCommandLine;
    // The demo's connection to the embedded server at url, when it imitates this feed.
    std::function<std::optional<FeedConfig>(const QUrl &url)> demo;

    QString displayTitle() const;
    const AuthMode *authMode(QStringView id) const;
    const FeedSetting *setting(QStringView key) const;
    bool hasSubscriptions() const { return subscriptionPlaceholder != nullptr; }
};

} // namespace Feedscope
