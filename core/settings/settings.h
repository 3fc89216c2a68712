// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

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

    // Frames the user saved by name in a feed's composer, in the order saved. The text is
    // kept with the secrets this process knows masked (a token pasted into a frame).
    QList<FrameTemplate> composerTemplates(const QString &feedId) const;
    void setComposerTemplates(const QString &feedId, const QList<FrameTemplate> &templates);

    // Upgrades older layouts; secrets found in the file (schema 1) move to the secret store.
    void migrate(SecretStore *secrets);
    QSettings &store() { return *m_store; }
    void sync() { m_store->sync(); }

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace Feedscope
