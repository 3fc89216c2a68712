// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "json/ovalue.h"

// Just enough JWT: the client reads `exp` to refresh before a token expires; the embedded
// server signs and checks HS256 tokens as Baserow's simplejwt does.
namespace Feedscope::Jwt {

// The payload of a compact JWT, without checking the signature; nullopt if not a JWT.
std::optional<OValue> claims(QByteArrayView token);
// `exp` in seconds since the epoch, if the token is a JWT that has one.
std::optional<qint64> expiry(QByteArrayView token);

QByteArray signHs256(const OValue &claims, const QByteArray &secret);
// The claims if the signature is right and the algorithm is HS256 (expiry not checked).
std::optional<OValue> verifyHs256(QByteArrayView token, const QByteArray &secret);

} // namespace Feedscope::Jwt
