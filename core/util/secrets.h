// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// The one place that decides what a secret looks like and how it is shown. Every URL, header,
// log line, recorded frame and export goes through these functions before a person sees it.
namespace Feedscope::Secrets {

inline const QString Mask = QStringLiteral("•••");

using Header = QPair<QByteArray, QByteArray>;

// True for query parameter or JSON key names that carry secrets (jwt_token, token, password…).
bool isSecretName(QStringView name);
// True for header names whose values are secrets (Authorization, Cookie, …).
bool isSecretHeader(QByteArrayView name);

QString redactUrl(const QUrl &url);
// "Basic abc" → "Basic •••"; "a=1; b=2" (cookies) → "a=•••; b=•••"; others → "•••".
QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value);
QString redactHeaders(const QList<Header> &headers);
// Masks JWT-looking tokens, "Authorization: …", "Basic …"/"Bearer …"/"Jwt …" values,
// and "password=…"/"jwt_token=…" in free text.
QString redactText(const QString &text);
// Masks the string values of secret keys in JSON text; returns the input unchanged (no copy)
// when nothing looks secret.
QByteArray redactJson(const QByteArray &json);

// The secrets of one connection by value (its password, token, cookie): masked wherever they
// appear, whatever the key or text around them (a server that echoes a token in a message, a
// password in a form body). Values shorter than 6 characters are not kept: masking them would
// mask ordinary text.
class KnownValues
{
public:
    // The value in every form it may take in text: as it is, percent-encoded (a URL, a form
    // body, with '+' for spaces too), escaped in a JSON or Python string.
    void add(const QString &value);
    // The credentials of HTTP Basic: base64 of "user:password", as an Authorization header
    // carries them.
    void addBasic(const QString &user, const QString &password);
    void merge(const KnownValues &other);
    bool isEmpty() const { return m_values.isEmpty(); }
    QByteArray mask(const QByteArray &text) const;
    QString mask(const QString &text) const;

private:
    void addForm(const QByteArray &form);
    QList<QByteArray> m_values; // UTF-8, and each encoded form
};

// The secrets of every connection this process has made, masked by redactText() (every log
// line, error and status message goes through it) in addition to the key-based rules: a
// server that echoes a password in an error, in whatever quoting, does not show it.
void remember(const KnownValues &values);
KnownValues remembered();
// The remembered values masked in bytes shown whole (a frame's text in the log's details).
// redactJson() does not do this: it runs per frame when recording, where the recorder masks
// its own connection's values already.
QByteArray maskRemembered(const QByteArray &text);

} // namespace Feedscope::Secrets
