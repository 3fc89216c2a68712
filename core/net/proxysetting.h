// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace Feedscope {

// How one connection reaches its server: through the system's proxy (the default: the
// desktop's settings, or http_proxy/https_proxy/no_proxy on Linux), directly, or through a
// proxy the user names. A WebSocket needs a tunnel, so a manual proxy is an HTTP proxy that
// allows CONNECT, or SOCKS5.
struct ProxySetting
{
    enum class Mode { System, None, Manual };
    Mode mode = Mode::System;
    QUrl url; // Manual: http://[user:password@]host:port or socks5://…

    // "system", "none", "http://host:3128", "socks5://host:1080" (a bare host:port is HTTP).
    static std::optional<ProxySetting> parse(const QString &text, QString *error = nullptr);
    // The form parse() reads, with any password masked.
    QString displayText() const;
    // The form parse() reads, password included (for settings, which keep it as a secret).
    QString text() const;
    // The proxy to use for a connection to target (ws/wss/http/https).
    QNetworkProxy proxyFor(const QUrl &target) const;

    bool operator==(const ProxySetting &o) const { return mode == o.mode && url == o.url; }
};

} // namespace Feedscope
