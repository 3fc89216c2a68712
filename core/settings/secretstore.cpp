// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>

namespace Feedscope {

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    auto it = secrets.constFind(key);
    if (it == secrets.constEnd())
        done(false, {}, QCoreApplication::translate("Feedscope::SecretStore", "no secret stored"));
    else
        done(true, *it, {});
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    if (failWrites) {
        done(false,
                QCoreApplication::translate(
                        "Feedscope::SecretStore", "the keychain refused the secret"));
        return;
    }
    if (!noKeychainReason.isEmpty())
        sessionOnly(noKeychainReason);
    secrets.insert(key, secret);
    done(true, {});
}

void MemorySecretStore::remove(const QString &key, WriteCallback done)
{
    secrets.remove(key);
    done(true, {});
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate(
            "Feedscope::SecretStore", "kept in memory for this session only");
}

} // namespace Feedscope
