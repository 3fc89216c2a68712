// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>

#include <QtGlobal>

namespace Feedscope {

// A count for tr()'s %n (an int): past two thousand million the plural form is "many" anyway.
inline int countOf(quint64 n)
{
    return int(std::min<quint64>(n, quint64(std::numeric_limits<int>::max())));
}

} // namespace Feedscope
