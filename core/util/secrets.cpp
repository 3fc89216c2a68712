// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/secrets.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Feedscope::Secrets {

namespace {
const QStringList &secretNames()
{
    static const QStringList names = {
            u"jwt_token"_s,
            u"token"_s,
            u"access_token"_s,
            u"refresh_token"_s,
            u"password"_s,
            u"passwd"_s,
            u"secret"_s,
            u"api_key"_s,
            u"apikey"_s,
            u"jwt"_s,
            u"session"_s,
            u"user_session"_s,
            u"client_secret"_s,
            u"auth"_s,
    };
    return names;
}
} // namespace

bool isSecretName(QStringView name)
{
    for (const QString &n : secretNames()) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSecretHeader(QByteArrayView name)
{
    static const QByteArrayView names[] = {"authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "x-auth-token"};
    const QByteArray lower = name.toByteArray().toLower();
    for (auto n : names) {
        if (lower == n)
            return true;
    }
    return false;
}

QString redactUrl(const QUrl &url)
{
    if (!url.isValid())
        return redactText(url.toString());
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(Mask);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyDecoded);
        bool changed = false;
        for (auto &item : items) {
            if (isSecretName(item.first) && !item.second.isEmpty()) {
                item.second = Mask;
                changed = true;
            }
        }
        if (changed) {
            QUrlQuery masked;
            masked.setQueryItems(items);
            copy.setQuery(masked);
        }
    }
    return redactText(copy.toString());
}

QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value)
{
    if (!isSecretHeader(name))
        return value.toByteArray();
    const QByteArray mask = QString(Mask).toUtf8();
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "cookie" || lower == "set-cookie") {
        QList<QByteArray> parts;
        for (QByteArray part : value.toByteArray().split(';')) {
            part = part.trimmed();
            const qsizetype eq = part.indexOf('=');
            if (eq > 0 && lower == "cookie")
                parts << part.left(eq + 1) + mask;
            else if (eq > 0 && parts.isEmpty())
                parts << part.left(eq + 1) + mask; // Set-Cookie: only the first pair is secret
            else
                parts << part;
        }
        return parts.join("; ");
    }
    const QByteArray v = value.toByteArray().trimmed();
    const qsizetype space = v.indexOf(' ');
    if (space > 0)
        return v.left(space + 1) + mask; // keep the scheme word (Basic, Jwt, JWT, Bearer)
    return mask;
}

QString redactHeaders(const QList<Header> &headers)
{
    QStringList lines;
    for (const auto &h : headers) {
        lines << QString::fromLatin1(h.first) + u": "_s
                        + QString::fromUtf8(redactHeaderValue(h.first, h.second));
    }
    return lines.join(u'\n');
}

namespace {
QReadWriteLock &rememberedLock()
{
    static QReadWriteLock lock;
    return lock;
}
KnownValues &rememberedValues()
{
    static KnownValues values;
    return values;
}
} // namespace

QString redactText(const QString &input)
{
    if (input.isEmpty())
        return input;
    QString text = input;
    {
        QReadLocker lock(&rememberedLock());
        if (!rememberedValues().isEmpty())
            text = rememberedValues().mask(text);
    }
    // Fast path: nothing that can hold a secret.
    static const QLatin1StringView triggers[] = {"eyJ"_L1, "uthorization"_L1, "Basic "_L1,
            "Bearer "_L1, "Jwt "_L1, "JWT "_L1, "assword"_L1, "token"_L1, "ookie"_L1, "secret"_L1};
    bool any = false;
    for (auto t : triggers) {
        if (text.contains(t)) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    static const QRegularExpression jwt(
            u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s);
    static const QRegularExpression scheme(
            u"\\b(Basic|Bearer|Jwt|JWT|Token)\\s+[A-Za-z0-9+/=._~-]{6,}"_s);
    static const QRegularExpression pairs(
            u"\\b(jwt_token|access_token|refresh_token|token|password|passwd|secret|api_key)"
            "(\"?\\s*[=:]\\s*\"?)([^\\s\"&,;}]+)"_s,
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cookie(
            u"(Cookie:\\s*)([^\\r\\n]+)"_s, QRegularExpression::CaseInsensitiveOption);
    // A quoted key and a quoted value, as JSON or a Python dict prints them: the whole value,
    // spaces and all ('password': 'two words').
    static const QRegularExpression quoted(
            u"(['\"](?:jwt_token|access_token|refresh_token|token|password|passwd|secret|"
            "api_key)['\"]\\s*[:=]\\s*)(['\"])((?:\\\\.|(?!\\2).)*)\\2"_s,
            QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(quoted, u"\\1\\2"_s + Mask + u"\\2"_s);
    out.replace(jwt, Mask);
    out.replace(scheme, u"\\1 "_s + Mask);
    out.replace(pairs, u"\\1\\2"_s + Mask);
    out.replace(cookie, u"\\1"_s + Mask);
    return out;
}

QByteArray maskRemembered(const QByteArray &text)
{
    QReadLocker lock(&rememberedLock());
    return rememberedValues().isEmpty() ? text : rememberedValues().mask(text);
}

QByteArray redactJson(const QByteArray &json)
{
    static const QByteArrayView triggers[] = {
            "token", "password", "secret", "eyJ", "passwd", "api_key", "user_session"};
    bool any = false;
    for (auto t : triggers) {
        if (json.contains(t)) {
            any = true;
            break;
        }
    }
    if (!any)
        return json;
    static const QRegularExpression keyed(
            u"(\"(?:jwt_token|access_token|refresh_token|token|password|passwd|secret|api_key|"
            "user_session|jwt)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s);
    static const QRegularExpression jwt(
            u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s);
    QString text = QString::fromUtf8(json);
    text.replace(keyed, u"\\1\""_s + Mask + u'"');
    text.replace(jwt, Mask);
    return text.toUtf8();
}

void KnownValues::addForm(const QByteArray &form)
{
    if (form.size() >= 6 && !m_values.contains(form))
        m_values << form;
}

void KnownValues::add(const QString &value)
{
    if (value.size() < 6)
        return;
    const QByteArray utf8 = value.toUtf8();
    addForm(utf8);
    // As it appears inside a JSON string (a quote or backslash in a password), or a Python
    // one (a server that prints a dict: 'password': 'it\'s').
    QByteArray json = utf8;
    json.replace("\\", "\\\\").replace("\"", "\\\"");
    addForm(json);
    QByteArray python = utf8;
    python.replace("\\", "\\\\").replace("'", "\\'");
    addForm(python);
    // Percent-encoded, as in a URL or a form body (where a space may also be '+').
    const QByteArray percent = QUrl::toPercentEncoding(value);
    addForm(percent);
    addForm(QByteArray(percent).replace("%20", "+"));
}

void KnownValues::addBasic(const QString &user, const QString &password)
{
    if (password.isEmpty())
        return;
    addForm((user + u':' + password).toUtf8().toBase64());
}

void KnownValues::merge(const KnownValues &other)
{
    for (const QByteArray &v : other.m_values)
        addForm(v);
}

void remember(const KnownValues &values)
{
    if (values.isEmpty())
        return;
    QWriteLocker lock(&rememberedLock());
    rememberedValues().merge(values);
}

KnownValues remembered()
{
    QReadLocker lock(&rememberedLock());
    return rememberedValues();
}

QByteArray KnownValues::mask(const QByteArray &text) const
{
    QByteArray out = text;
    for (const QByteArray &v : m_values) {
        if (out.contains(v))
            out.replace(v, Mask.toUtf8());
    }
    return out;
}

QString KnownValues::mask(const QString &text) const
{
    QString out = text;
    for (const QByteArray &v : m_values)
        out.replace(QString::fromUtf8(v), Mask);
    return out;
}

} // namespace Feedscope::Secrets
