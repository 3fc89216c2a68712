// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Feedscope::ProcessStats {

// The process's resident set now and at its peak, in bytes; -1 where the platform does not
// tell. Used by `monitor --report` and the benchmarks.
qint64 residentBytes();
qint64 peakResidentBytes();

} // namespace Feedscope::ProcessStats
