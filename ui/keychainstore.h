// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "settings/secretstore.h"

namespace Feedscope::Ui {

// Secrets in the OS keychain through QtKeychain. Without a usable keychain (no D-Bus session
// on Linux, say) it falls back to memory for this run and says so in description().
class KeychainSecretStore final : public SecretStore
{
public:
    KeychainSecretStore();
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    QString description() const override;

private:
    void useFallback(const QString &why);
    MemorySecretStore m_fallback;
    bool m_usingFallback = false;
};

// The best store available in this build.
std::unique_ptr<SecretStore> createSecretStore();

} // namespace Feedscope::Ui
