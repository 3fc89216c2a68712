// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Feedscope::Server {

// The embedded server's signing secret, as a real backend keeps its own (Baserow's SECRET_KEY):
// tokens it signed stay valid when it restarts, so a client's reconnect after a restart
// succeeds. Kept in the app's data folder, made on first use.
class ServerSecret
{
public:
    // The stored secret, made and stored when there is none. When the data folder cannot be
    // written, a secret for this run only (and error says why).
    static QByteArray stored(QString *error = nullptr);
    static QString path();
    // The key one imitation signs with: its own, derived from the secret, so a token of one
    // imitation is never valid at another.
    static QByteArray keyFor(const QByteArray &secret, QByteArrayView imitation);
};

} // namespace Feedscope::Server
