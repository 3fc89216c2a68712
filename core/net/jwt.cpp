// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt.h"

#include <QList>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Feedscope::Jwt {

namespace {
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QByteArray> decodePart(QByteArrayView part)
{
    auto r = QByteArray::fromBase64Encoding(
            part.toByteArray(), b64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}
} // namespace

std::optional<OValue> claims(QByteArrayView token)
{
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    auto payload = decodePart(parts[1]);
    if (!payload)
        return std::nullopt;
    auto v = OValue::fromJson(*payload);
    if (!v || !v->isObject())
        return std::nullopt;
    return v;
}

std::optional<qint64> expiry(QByteArrayView token)
{
    auto c = claims(token);
    if (!c || !c->value(u"exp").isNumber())
        return std::nullopt;
    return c->value(u"exp").toInt();
}

QByteArray signHs256(const OValue &payload, const QByteArray &secret)
{
    const QByteArray header =
            OValue::object({{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"HS256"_s}}).toJson().toBase64(b64);
    const QByteArray body = payload.toJson().toBase64(b64);
    const QByteArray signingInput = header + '.' + body;
    const QByteArray sig =
            QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return signingInput + '.' + sig.toBase64(b64);
}

std::optional<OValue> verifyHs256(QByteArrayView token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    auto header = decodePart(parts[0]);
    if (!header)
        return std::nullopt;
    auto h = OValue::fromJson(*header);
    if (!h || h->value(u"alg").toString() != u"HS256")
        return std::nullopt;
    const QByteArray expected = QMessageAuthenticationCode::hash(
            parts[0] + '.' + parts[1], secret, QCryptographicHash::Sha256)
                                        .toBase64(b64);
    // Constant-time comparison.
    if (expected.size() != parts[2].size())
        return std::nullopt;
    char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= char(expected[i] ^ parts[2][i]);
    if (diff)
        return std::nullopt;
    return claims(token);
}

} // namespace Feedscope::Jwt
