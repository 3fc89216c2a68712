// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processstats.h"

#if defined(Q_OS_WIN)
#include <windows.h>
// psapi.h needs windows.h before it.
#include <psapi.h>
#elif defined(Q_OS_MACOS)
#include <mach/mach.h>
#include <sys/resource.h>
#elif defined(Q_OS_UNIX)
#include <QFile>

#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Feedscope::ProcessStats {

qint64 residentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS c {};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &c, sizeof c))
        return qint64(c.WorkingSetSize);
    return -1;
#elif defined(Q_OS_MACOS)
    mach_task_basic_info info {};
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, task_info_t(&info), &count)
            == KERN_SUCCESS)
        return qint64(info.resident_size);
    return -1;
#elif defined(Q_OS_UNIX)
    // statm: size resident shared … in pages.
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    bool ok = false;
    const qint64 pages = fields.at(1).toLongLong(&ok);
    return ok ? pages * qint64(sysconf(_SC_PAGESIZE)) : -1;
#else
    return -1;
#endif
}

qint64 peakResidentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS c {};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &c, sizeof c))
        return qint64(c.PeakWorkingSetSize);
    return -1;
#elif defined(Q_OS_UNIX)
    rusage u {};
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return qint64(u.ru_maxrss); // bytes on macOS
#else
    return qint64(u.ru_maxrss) * 1024; // KiB on Linux and the BSDs
#endif
#else
    return -1;
#endif
}

} // namespace Feedscope::ProcessStats
