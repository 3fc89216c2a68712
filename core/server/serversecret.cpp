// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversecret.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
QByteArray randomSecret()
{
    QByteArray secret(32, Qt::Uninitialized);
    for (char &c : secret)
        c = char(QRandomGenerator::system()->bounded(256));
    return secret.toHex();
}
} // namespace

QString ServerSecret::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/server-secret"_s;
}

QByteArray ServerSecret::stored(QString *error)
{
    const QString file = path();
    QFile in(file);
    if (in.open(QIODevice::ReadOnly)) {
        const QByteArray secret = in.readAll().trimmed();
        if (secret.size() >= 32)
            return secret;
    }
    const QByteArray secret = randomSecret();
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || out.write(secret + '\n') < 0 || !out.commit()) {
        if (error)
            *error = u"cannot keep the signing secret in %1 (%2): tokens will not survive a "
                     "restart"_s.arg(file, out.errorString());
    }
    return secret;
}

QByteArray ServerSecret::keyFor(const QByteArray &secret, QByteArrayView imitation)
{
    return QMessageAuthenticationCode::hash(
            imitation.toByteArray(), secret, QCryptographicHash::Sha256)
            .toHex();
}

} // namespace Feedscope::Server
