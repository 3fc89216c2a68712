// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <memory>

#include "feeds/registry.h"
#include "logging.h"
#include "secretstore.h"
#include "util/secrets.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant def;
};

const std::vector<KeyInfo> &keyTable()
{
    static const std::vector<KeyInfo> table = {
            {Settings::Key::SchemaVersion, "schemaVersion", 0},
            {Settings::Key::LogMaxEntries, "log/maxEntries", qint64(1000000)},
            {Settings::Key::HistoryPerNode, "history/perEntity", 50},
            {Settings::Key::HistoryTotal, "history/total", 500000},
            {Settings::Key::HighlightEnabled, "view/highlightChanges", true},
            {Settings::Key::HighlightMs, "view/highlightMs", 2000},
            {Settings::Key::Language, "view/language", QString()},
            {Settings::Key::KeepTombstones, "view/keepTombstones", true},
            {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
            {Settings::Key::WindowState, "window/state", QByteArray()},
            {Settings::Key::LastProfile, "profiles/last", QString()},
            {Settings::Key::LastRecordingDir, "recordings/lastDir", QString()},
            {Settings::Key::ServerPort, "server/port", 0},
            {Settings::Key::ServerRate, "server/rate", 5.0},
            {Settings::Key::ServerScenario, "server/scenario", u"demo"_s},
            {Settings::Key::RestoreTabs, "view/restoreTabs", true},
            {Settings::Key::Appearance, "view/appearance", u"system"_s},
    };
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    for (const auto &k : keyTable()) {
        if (k.key == key)
            return k;
    }
    Q_UNREACHABLE();
}

const QStringList &secretFields()
{
    static const QStringList fields = {
            u"password"_s, u"token"_s, u"refreshToken"_s, u"cookie"_s, u"proxyPassword"_s};
    return fields;
}

// The secret fields of a config, in secretFields()'s order.
QString secretValue(const FeedConfig &c, int field)
{
    switch (field) {
    case 0:
        return c.password;
    case 1:
        return c.token;
    case 2:
        return c.refreshToken;
    case 3:
        return c.cookie;
    case 4:
        return c.proxy.url.password(QUrl::FullyDecoded);
    }
    return {};
}

void setSecretValue(FeedConfig &c, int field, const QString &value)
{
    switch (field) {
    case 0:
        c.password = value;
        break;
    case 1:
        c.token = value;
        break;
    case 2:
        c.refreshToken = value;
        break;
    case 3:
        c.cookie = value;
        break;
    case 4:
        if (!value.isEmpty() && c.proxy.mode == ProxySetting::Mode::Manual)
            c.proxy.url.setPassword(value, QUrl::DecodedMode);
        break;
    }
}

QString profileGroup(const QString &name)
{
    return u"profiles/items/"_s + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QStringList headerLines(const QList<Secrets::Header> &headers)
{
    QStringList out;
    for (const auto &h : headers)
        out << QString::fromUtf8(h.first + ": " + h.second);
    return out;
}

QList<Secrets::Header> parseHeaders(const QStringList &lines)
{
    QList<Secrets::Header> out;
    for (const QString &l : lines) {
        const qsizetype colon = l.indexOf(u':');
        if (colon > 0)
            out.append({l.left(colon).trimmed().toUtf8(), l.mid(colon + 1).trimmed().toUtf8()});
    }
    return out;
}
} // namespace

QString FeedProfile::secretKey(const QString &profile, const QString &field)
{
    return u"profile/%1/%2"_s.arg(profile, field);
}

Settings::Settings(std::unique_ptr<QSettings> store)
    : m_store(std::move(store))
{ }

std::unique_ptr<Settings> Settings::native()
{
    return std::make_unique<Settings>(std::make_unique<QSettings>());
}

std::unique_ptr<Settings> Settings::ini(const QString &path)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(path, QSettings::IniFormat));
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).def;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &k = info(key);
    QVariant v = m_store->value(QString::fromLatin1(k.name), k.def);
    if (k.def.isValid() && v.metaType() != k.def.metaType() && v.canConvert(k.def.metaType()))
        v.convert(k.def.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_store->setValue(QString::fromLatin1(info(key).name), value);
}

QList<FrameTemplate> Settings::composerTemplates(const QString &feedId) const
{
    QList<FrameTemplate> out;
    const int n = m_store->beginReadArray(u"composer/"_s + feedId);
    for (int i = 0; i < n; ++i) {
        m_store->setArrayIndex(i);
        FrameTemplate t;
        t.name = m_store->value(u"name"_s).toString();
        t.text = m_store->value(u"text"_s).toString().toUtf8();
        if (!t.name.isEmpty())
            out.append(std::move(t));
    }
    m_store->endArray();
    return out;
}

void Settings::setComposerTemplates(const QString &feedId, const QList<FrameTemplate> &templates)
{
    m_store->remove(u"composer/"_s + feedId);
    m_store->beginWriteArray(u"composer/"_s + feedId, int(templates.size()));
    for (int i = 0; i < templates.size(); ++i) {
        m_store->setArrayIndex(i);
        m_store->setValue(u"name"_s, templates[i].name);
        m_store->setValue(u"text"_s, QString::fromUtf8(Secrets::maskRemembered(templates[i].text)));
    }
    m_store->endArray();
}

QStringList Settings::profileNames() const
{
    m_store->beginGroup(u"profiles/items"_s);
    QStringList names;
    for (const QString &g : m_store->childGroups())
        names << QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1()));
    m_store->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<FeedConfig> Settings::readConfig(const QString &g) const
{
    if (!m_store->contains(g + u"/feed"_s))
        return std::nullopt;
    const FeedDescriptor *feed = Feeds::find(m_store->value(g + u"/feed"_s).toString());
    if (!feed)
        return std::nullopt;
    FeedConfig c = FeedConfig::defaults(*feed);
    c.baseUrl = QUrl(m_store->value(g + u"/baseUrl"_s).toString());
    c.webSocketUrl = QUrl(m_store->value(g + u"/webSocketUrl"_s).toString());
    if (const QString auth = m_store->value(g + u"/auth"_s).toString(); feed->authMode(auth))
        c.auth = auth;
    c.user = m_store->value(g + u"/user"_s).toString();
    c.origin = m_store->value(g + u"/origin"_s).toString();
    c.headers = parseHeaders(m_store->value(g + u"/headers"_s).toStringList());
    c.subscriptions = m_store->value(g + u"/subscriptions"_s).toStringList();
    c.snapshot = m_store->value(g + u"/snapshot"_s, c.snapshot).toBool();
    c.reconnect.enabled = m_store->value(g + u"/reconnect/enabled"_s, c.reconnect.enabled).toBool();
    c.reconnect.initialDelayMs =
            m_store->value(g + u"/reconnect/initialMs"_s, c.reconnect.initialDelayMs).toInt();
    c.reconnect.maxDelayMs =
            m_store->value(g + u"/reconnect/maxMs"_s, c.reconnect.maxDelayMs).toInt();
    c.reconnect.maxAttempts =
            m_store->value(g + u"/reconnect/maxAttempts"_s, c.reconnect.maxAttempts).toInt();
    c.keepalive.enabled = m_store->value(g + u"/keepalive/enabled"_s, c.keepalive.enabled).toBool();
    c.keepalive.intervalMs =
            m_store->value(g + u"/keepalive/intervalMs"_s, c.keepalive.intervalMs).toInt();
    c.keepalive.timeoutMs =
            m_store->value(g + u"/keepalive/timeoutMs"_s, c.keepalive.timeoutMs).toInt();
    for (const QString &fp : m_store->value(g + u"/pinnedCertificates"_s).toStringList())
        c.pinnedCertificates << fp.toLatin1();
    for (const FeedSetting &setting : feed->settings) {
        const QString key = QString::fromLatin1(setting.key);
        if (m_store->contains(g + u"/options/"_s + key))
            c.options.insert(key, m_store->value(g + u"/options/"_s + key).toString());
    }
    if (auto proxy = ProxySetting::parse(m_store->value(g + u"/proxy"_s).toString()))
        c.proxy = *proxy;
    return c;
}

std::optional<FeedProfile> Settings::profile(const QString &name) const
{
    auto config = readConfig(profileGroup(name));
    if (!config)
        return std::nullopt;
    FeedProfile p;
    p.config = std::move(*config);
    p.config.name = name;
    return p;
}

void Settings::saveProfile(const FeedConfig &c, SecretStore *secrets)
{
    writeConfig(profileGroup(c.name), c, secrets,
            [&c](const QString &field) { return FeedProfile::secretKey(c.name, field); });
}

void Settings::writeConfig(const QString &g, const FeedConfig &c, SecretStore *secrets,
        const std::function<QString(const QString &field)> &secretKey)
{
    m_store->remove(g);
    m_store->setValue(g + u"/feed"_s, c.feedId());
    m_store->setValue(g + u"/baseUrl"_s, c.baseUrl.toString());
    m_store->setValue(g + u"/webSocketUrl"_s, c.webSocketUrl.toString());
    m_store->setValue(g + u"/auth"_s, c.auth);
    m_store->setValue(g + u"/user"_s, c.user);
    m_store->setValue(g + u"/origin"_s, c.origin);
    m_store->setValue(g + u"/headers"_s, headerLines(c.headers));
    m_store->setValue(g + u"/subscriptions"_s, c.subscriptions);
    m_store->setValue(g + u"/snapshot"_s, c.snapshot);
    m_store->setValue(g + u"/reconnect/enabled"_s, c.reconnect.enabled);
    m_store->setValue(g + u"/reconnect/initialMs"_s, c.reconnect.initialDelayMs);
    m_store->setValue(g + u"/reconnect/maxMs"_s, c.reconnect.maxDelayMs);
    m_store->setValue(g + u"/reconnect/maxAttempts"_s, c.reconnect.maxAttempts);
    m_store->setValue(g + u"/keepalive/enabled"_s, c.keepalive.enabled);
    m_store->setValue(g + u"/keepalive/intervalMs"_s, c.keepalive.intervalMs);
    m_store->setValue(g + u"/keepalive/timeoutMs"_s, c.keepalive.timeoutMs);
    QStringList pins;
    for (const QByteArray &p : c.pinnedCertificates)
        pins << QString::fromLatin1(p);
    m_store->setValue(g + u"/pinnedCertificates"_s, pins);
    for (auto it = c.options.cbegin(); it != c.options.cend(); ++it)
        m_store->setValue(g + u"/options/"_s + it.key(), it.value());
    // The proxy's password is a secret: kept with the others, never here.
    ProxySetting proxy = c.proxy;
    proxy.url.setPassword(QString());
    m_store->setValue(g + u"/proxy"_s, proxy.text());
    setValue(Key::SchemaVersion, CurrentSchema);
    if (!secrets)
        return;
    for (int i = 0; i < secretFields().size(); ++i) {
        const QString key = secretKey(secretFields()[i]);
        const QString value = secretValue(c, i);
        if (value.isEmpty()) {
            secrets->remove(key, [](bool, const QString &) {});
        } else {
            secrets->write(key, value, [key](bool ok, const QString &error) {
                if (!ok)
                    qCWarning(lcSession).noquote() << "secret" << key << "not stored:" << error;
            });
        }
    }
}

void Settings::removeProfile(const QString &name, SecretStore *secrets)
{
    m_store->remove(profileGroup(name));
    for (const QString &field : secretFields())
        secrets->remove(FeedProfile::secretKey(name, field), [](bool, const QString &) {});
}

void Settings::loadSecrets(
        FeedConfig config, SecretStore *secrets, std::function<void(FeedConfig)> done)
{
    const QString name = config.name;
    loadSecretsAt(std::move(config), secrets, std::move(done),
            [name](const QString &field) { return FeedProfile::secretKey(name, field); });
}

void Settings::loadSecretsAt(FeedConfig config, SecretStore *secrets,
        std::function<void(FeedConfig)> done,
        const std::function<QString(const QString &field)> &secretKey)
{
    // One asynchronous read per secret field; done runs once they have all answered.
    auto state = std::make_shared<std::pair<FeedConfig, int>>(std::move(config), 0);
    const QStringList &fields = secretFields();
    for (int i = 0; i < fields.size(); ++i) {
        secrets->read(secretKey(fields[i]),
                [state, i, done, total = int(fields.size())](
                        bool ok, const QString &secret, const QString &) {
                    if (ok)
                        setSecretValue(state->first, i, secret);
                    if (++state->second == total)
                        done(state->first);
                });
    }
}

namespace {
QString tabGroup(int i)
{
    return u"session/tabs/%1"_s.arg(i);
}
QString tabSecretKey(int i, const QString &field)
{
    return u"session/%1/%2"_s.arg(i).arg(field);
}
} // namespace

void Settings::saveOpenTabs(const QList<OpenTab> &tabs, int current, SecretStore *secrets)
{
    const int before = m_store->value(u"session/count"_s, 0).toInt();
    m_store->remove(u"session"_s);
    for (int i = 0; i < tabs.size(); ++i) {
        const OpenTab &t = tabs[i];
        const QString g = tabGroup(i);
        switch (t.kind) {
        case OpenTab::Kind::Connection:
            writeConfig(g, t.config, secrets,
                    [i](const QString &field) { return tabSecretKey(i, field); });
            m_store->setValue(g + u"/name"_s, t.config.name);
            break;
        case OpenTab::Kind::Demo:
            m_store->setValue(g + u"/demo"_s, true);
            break;
        case OpenTab::Kind::Recording:
            m_store->setValue(g + u"/recording"_s, t.path);
            m_store->setValue(g + u"/recordingFeed"_s, t.feedId);
            break;
        }
    }
    m_store->setValue(u"session/count"_s, int(tabs.size()));
    m_store->setValue(u"session/current"_s, current);
    // The secrets of tabs no longer open go too.
    if (secrets) {
        for (int i = 0; i < std::max(before, int(tabs.size())); ++i) {
            if (i < tabs.size() && tabs[i].kind == OpenTab::Kind::Connection)
                continue;
            for (const QString &field : secretFields())
                secrets->remove(tabSecretKey(i, field), [](bool, const QString &) {});
        }
    }
    setValue(Key::SchemaVersion, CurrentSchema);
}

QList<Settings::OpenTab> Settings::openTabs(int *current) const
{
    QList<OpenTab> tabs;
    const int n = m_store->value(u"session/count"_s, 0).toInt();
    for (int i = 0; i < n; ++i) {
        const QString g = tabGroup(i);
        OpenTab t;
        t.index = i;
        if (m_store->value(g + u"/demo"_s).toBool()) {
            t.kind = OpenTab::Kind::Demo;
        } else if (m_store->contains(g + u"/recording"_s)) {
            t.kind = OpenTab::Kind::Recording;
            t.path = m_store->value(g + u"/recording"_s).toString();
            t.feedId = m_store->value(g + u"/recordingFeed"_s).toString();
        } else if (auto config = readConfig(g)) {
            t.kind = OpenTab::Kind::Connection;
            t.config = std::move(*config);
            t.config.name = m_store->value(g + u"/name"_s).toString();
        } else {
            continue; // a feed this version does not know
        }
        tabs.append(std::move(t));
    }
    if (current)
        *current = m_store->value(u"session/current"_s, 0).toInt();
    return tabs;
}

void Settings::loadTabSecrets(
        const OpenTab &tab, SecretStore *secrets, std::function<void(FeedConfig)> done)
{
    const int i = tab.index;
    loadSecretsAt(tab.config, secrets, std::move(done),
            [i](const QString &field) { return tabSecretKey(i, field); });
}

void Settings::migrate(SecretStore *secrets)
{
    int version = value(Key::SchemaVersion).toInt();
    if (version < 2) {
        // Schema 1 kept secrets next to the profile (profiles/items/<name>/password …) and
        // the log cap under "logCap". Move the secrets to the secret store, drop them here.
        m_store->beginGroup(u"profiles/items"_s);
        const QStringList groups = m_store->childGroups();
        m_store->endGroup();
        for (const QString &g : groups) {
            const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1()));
            for (const QString &field : secretFields()) {
                const QString key = u"profiles/items/"_s + g + u'/' + field;
                if (!m_store->contains(key))
                    continue;
                const QString secret = m_store->value(key).toString();
                m_store->remove(key);
                if (!secret.isEmpty())
                    secrets->write(FeedProfile::secretKey(name, field), secret,
                            [](bool, const QString &) {});
            }
        }
        if (m_store->contains(u"logCap"_s)) {
            setValue(Key::LogMaxEntries, m_store->value(u"logCap"_s).toLongLong());
            m_store->remove(u"logCap"_s);
        }
        version = 2;
    }
    if (version < 3) {
        // Schema 2 kept the feeds' own settings under their feed's name.
        m_store->beginGroup(u"profiles/items"_s);
        const QStringList groups = m_store->childGroups();
        m_store->endGroup();
        const std::pair<const char *, const char *> moved[] = {
                {"cs/subscribe", "subscribeTemplate"}, {"cs/unsubscribe", "unsubscribeTemplate"},
                {"raw/statsKey", "statsKey"}};
        for (const QString &g : groups) {
            const QString base = u"profiles/items/"_s + g + u'/';
            for (const auto &[from, to] : moved) {
                const QString key = base + QLatin1StringView(from);
                if (!m_store->contains(key))
                    continue;
                m_store->setValue(
                        base + u"options/"_s + QLatin1StringView(to), m_store->value(key));
                m_store->remove(key);
            }
        }
        version = 3;
    }
    setValue(Key::SchemaVersion, version);
    m_store->sync();
}

} // namespace Feedscope
