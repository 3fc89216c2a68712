// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QString>

namespace Feedscope {

// Where connection secrets (passwords, tokens, cookies) live: the OS keychain in the app
// (QtKeychain, in ui/), memory in tests and when no keychain is available. Never QSettings.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
    virtual QString description() const = 0;

    // Called once, the first time the store finds it can keep secrets for this run only (no
    // keychain answered), with the reason: the app says so to the user then, and only then.
    void onSessionOnly(std::function<void(const QString &why)> tell)
    {
        m_tellSessionOnly = std::move(tell);
    }

protected:
    void sessionOnly(const QString &why)
    {
        if (m_toldSessionOnly)
            return;
        m_toldSessionOnly = true;
        if (m_tellSessionOnly)
            m_tellSessionOnly(why);
    }

private:
    std::function<void(const QString &why)> m_tellSessionOnly;
    bool m_toldSessionOnly = false;
};

// Secrets for this run only (and the fake used by tests). Answers synchronously.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    QString description() const override;
    bool failWrites = false; // tests: simulate a keychain that refuses
    // Tests: behave as the keychain store does when no keychain answers (tell it on a write).
    QString noKeychainReason;
    QHash<QString, QString> secrets;
};

} // namespace Feedscope
