// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslError>
#endif

namespace Feedscope {

// What the user needs to decide about a certificate the TLS layer refused.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QByteArray sha256; // lower-case hex, no separators
    QString notBefore;
    QString notAfter;
    QStringList errors;

    QString describe() const;
    // "ab:cd:…" form for display
    QString fingerprintDisplay() const;
};

// Normalises a user-typed fingerprint ("AB:CD…", "ab cd", "abcd…") to lower-case hex.
QByteArray normaliseFingerprint(QByteArrayView text);

#ifndef QT_NO_SSL
CertificateInfo describeCertificate(const QSslCertificate &cert, const QList<QSslError> &errors);
QByteArray sha256Fingerprint(const QSslCertificate &cert);
#endif

} // namespace Feedscope
