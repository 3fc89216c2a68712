// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainstore.h"

#include <QCoreApplication>

#include "logging.h"

#ifdef FEEDSCOPE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
constexpr auto Service = "Feedscope";
}

KeychainSecretStore::KeychainSecretStore()
{
#ifndef FEEDSCOPE_HAVE_KEYCHAIN
    m_usingFallback = true;
#endif
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
#ifdef FEEDSCOPE_HAVE_KEYCHAIN
    if (!m_usingFallback) {
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(Service));
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [this, key, done](QKeychain::Job *j) {
            auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (r->error() == QKeychain::NoError) {
                done(true, r->textData(), {});
            } else if (r->error() == QKeychain::NoBackendAvailable
                    || r->error() == QKeychain::OtherError) {
                useFallback(r->errorString());
                m_fallback.read(key, done);
            } else {
                done(false, {}, r->errorString());
            }
        });
        job->start();
        return;
    }
#endif
    m_fallback.read(key, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
#ifdef FEEDSCOPE_HAVE_KEYCHAIN
    if (!m_usingFallback) {
        auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(Service));
        job->setKey(key);
        job->setTextData(secret);
        QObject::connect(
                job, &QKeychain::Job::finished, job, [this, key, secret, done](QKeychain::Job *j) {
                    if (j->error() == QKeychain::NoError) {
                        done(true, {});
                        return;
                    }
                    useFallback(j->errorString());
                    m_fallback.write(key, secret, done);
                });
        job->start();
        return;
    }
#endif
    m_fallback.write(key, secret, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
#ifdef FEEDSCOPE_HAVE_KEYCHAIN
    if (!m_usingFallback) {
        auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(Service));
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
            done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound,
                    j->errorString());
        });
        job->start();
        m_fallback.remove(key, [](bool, const QString &) {});
        return;
    }
#endif
    m_fallback.remove(key, std::move(done));
}

void KeychainSecretStore::useFallback(const QString &why)
{
    if (!m_usingFallback)
        qCWarning(lcUi).noquote() << "no OS keychain:" << why << "- secrets stay in memory";
    m_usingFallback = true;
    sessionOnly(why);
}

QString KeychainSecretStore::description() const
{
    return m_usingFallback
            ? m_fallback.description()
            : QCoreApplication::translate("Feedscope::SecretStore", "kept in the OS keychain");
}

std::unique_ptr<SecretStore> createSecretStore()
{
    return std::make_unique<KeychainSecretStore>();
}

} // namespace Feedscope::Ui
