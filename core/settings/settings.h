// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QSettings>
#include <QString>
#include <QVariant>

#include "protocol/feedprotocol.h"
#include "session/feedconfig.h"

namespace Feedscope {

class SecretStore;

// A saved connection: everything of a FeedConfig but its secrets, which the SecretStore
// keeps under secretKey(name, field).
struct FeedProfile
{
    FeedConfig config; // secrets (password, token, refresh token, cookie) left empty
    static QString secretKey(const QString &profile, const QString &field);
};

// Every setting in one place: keys, defaults and the schema version (KeePassXC's Config
// pattern). Enums are stored by name. The app uses the native store; tests pass an INI file.
class Settings
{
public:
    enum class Key {
        SchemaVersion,
        LogMaxEntries,
        HistoryPerNode,
        HistoryTotal,
        HighlightEnabled,
        HighlightMs,
        Language,
        KeepTombstones,
        WindowGeometry,
        WindowState,
        LastProfile,
        ServerPort,
        ServerRate,
        ServerScenario,
        LastRecordingDir,
        RestoreTabs,
        Appearance, // "system", "light" or "dark" (ui/appearance.h)
    };
    static constexpr int CurrentSchema = 3;

    explicit Settings(std::unique_ptr<QSettings> store);
    static std::unique_ptr<Settings> native();
    static std::unique_ptr<Settings> ini(const QString &path);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    // Profiles. saveProfile stores the secrets through the secret store, never here.
    QStringList profileNames() const;
    std::optional<FeedProfile> profile(const QString &name) const;
    void saveProfile(const FeedConfig &config, SecretStore *secrets);
    void removeProfile(const QString &name, SecretStore *secrets);
    // Fills the secrets of a profile's config from the store, then calls done.
    static void loadSecrets(
            FeedConfig config, SecretStore *secrets, std::function<void(FeedConfig)> done);

    // The tabs open when the app last closed, in their order: a connection (its settings and
    // wanted subscriptions here, its secrets in the secret store under "session/<i>/…", never
    // here), the demo (all its tabs, on a new test server), or a recording's file.
    struct OpenTab
    {
        enum class Kind { Connection, Demo, Recording };
        Kind kind = Kind::Connection;
        FeedConfig config;
        QString path; // a recording's file
        QString feedId; // the feed a recording is read as (a file of bare frames says none)
        int index = 0; // its place when saved (its secrets' keys)
    };
    void saveOpenTabs(const QList<OpenTab> &tabs, int current, SecretStore *secrets);
    QList<OpenTab> openTabs(int *current = nullptr) const;
    // Fills a connection tab's secrets from the store (what it could not keep stays empty:
    // the session asks), then calls done.
    static void loadTabSecrets(
            const OpenTab &tab, SecretStore *secrets, std::function<void(FeedConfig)> done);

    // Frames the user saved by name in a feed's composer, in the order saved. The text is
    // kept with the secrets this process knows masked (a token pasted into a frame).
    QList<FrameTemplate> composerTemplates(const QString &feedId) const;
    void setComposerTemplates(const QString &feedId, const QList<FrameTemplate> &templates);

    // Upgrades older layouts; secrets found in the file (schema 1) move to the secret store.
    void migrate(SecretStore *secrets);
    QSettings &store() { return *m_store; }
    void sync() { m_store->sync(); }

private:
    std::optional<FeedConfig> readConfig(const QString &group) const;
    void writeConfig(const QString &group, const FeedConfig &config, SecretStore *secrets,
            const std::function<QString(const QString &field)> &secretKey);
    static void loadSecretsAt(FeedConfig config, SecretStore *secrets,
            std::function<void(FeedConfig)> done,
            const std::function<QString(const QString &field)> &secretKey);

    std::unique_ptr<QSettings> m_store;
};

} // namespace Feedscope
