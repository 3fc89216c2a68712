// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateinfo.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Feedscope {

QString CertificateInfo::fingerprintDisplay() const
{
    QStringList parts;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        parts << QString::fromLatin1(sha256.mid(i, 2)).toUpper();
    return parts.join(u':');
}

QString CertificateInfo::describe() const
{
    return QCoreApplication::translate(
            "Feedscope::CertificateInfo", "certificate of %1, issued by %2, SHA-256 %3 (%4)")
            .arg(subject, issuer, fingerprintDisplay(), errors.join(u"; "_s));
}

QByteArray normaliseFingerprint(QByteArrayView text)
{
    QByteArray out;
    for (char c : text) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
            out.append(c);
        else if (c >= 'A' && c <= 'F')
            out.append(char(c - 'A' + 'a'));
    }
    return out;
}

#ifndef QT_NO_SSL
QByteArray sha256Fingerprint(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256).toHex();
}

CertificateInfo describeCertificate(const QSslCertificate &cert, const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.subject = cert.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = cert.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
    info.issuer = cert.issuerDisplayName();
    if (info.issuer.isEmpty())
        info.issuer = cert.issuerInfo(QSslCertificate::CommonName).join(u", "_s);
    info.sha256 = sha256Fingerprint(cert);
    info.notBefore = cert.effectiveDate().toString(Qt::ISODate);
    info.notAfter = cert.expiryDate().toString(Qt::ISODate);
    for (const auto &e : errors)
        info.errors << e.errorString();
    return info;
}
#endif

} // namespace Feedscope
