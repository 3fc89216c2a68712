// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QCommandLineOption>
#include <QCommandLineParser>

#include "session/feedconfig.h"

namespace Feedscope::App {

// The options that say where and how to connect, for `monitor`: the ones every feed has, and
// each feed's own (FeedDescriptor::commandLineOptions), with --NAME-file and FEEDSCOPE_NAME
// forms for secrets.
class ConnectionArguments
{
public:
    ConnectionArguments();
    ~ConnectionArguments();
    void addTo(QCommandLineParser &parser) const;
    // Builds a FeedConfig from the parsed options; returns what is wrong, or an empty string.
    QString buildConfig(const QCommandLineParser &parser, FeedConfig &config) const;
    const QCommandLineOption &logRules() const { return m_logRules; }

private:
    struct Secret
    {
        QString name; // "token"
        QCommandLineOption fileOption;
    };
    QString readSecrets(const QCommandLineParser &parser, QHash<QString, QString> &out,
            QString *password) const;

    QCommandLineOption m_feed, m_url, m_wsUrl, m_passwordFile, m_origin, m_header, m_subscribe,
            m_noSnapshot, m_keepalive, m_pin, m_proxy, m_maxFrame, m_logMaxEntries, m_logMaxBytes,
            m_historyPerEntity, m_historyTotal, m_logRules;
    QList<QCommandLineOption> m_feedOptions; // every feed's, each name once
    std::vector<Secret> m_secrets;
};

} // namespace Feedscope::App
