// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Feedscope::Bench {

// A Baserow rows_updated frame as the server sends it (Python json.dumps spacing), about 300
// bytes: one row before and after, a text, a number, a boolean and a date field.
QByteArray rowsUpdatedFrame(qint64 tableId, qint64 rowId, double before, double after);
// A rows_created frame with rows [firstId, firstId + count).
QByteArray rowsCreatedFrame(qint64 tableId, qint64 firstId, int count);

// `feedscope serve` in a child process on a free port.
class ServerProcess
{
public:
    ~ServerProcess();
    // Starts it and waits until it prints the URL it listens on.
    bool start(const QString &feedscope, const QStringList &args, QString *error);
    QUrl url() const { return m_url; }
    void stop();

private:
    QProcess m_process;
    QUrl m_url;
};

// Logs in to the test server's Baserow REST API; returns the access token (empty on failure).
QByteArray baserowLogin(const QUrl &base, const QString &email, const QString &password);

// The p-th percentile (0..100) of the values; sorts a copy.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[i];
}

// Machine-readable result line for the driver: "RESULT key=value …".
inline void result(const QString &pairs)
{
    std::printf("RESULT %s\n", qPrintable(pairs));
    std::fflush(stdout);
}

} // namespace Feedscope::Bench
