// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocab/kind.h"

// Baserow's kinds, in the order their groups appear under a parent.
namespace Feedscope::BaserowKind {
inline constexpr Kind Workspace = kindNumber(1);
inline constexpr Kind User = kindNumber(2);
inline constexpr Kind Application = kindNumber(3);
inline constexpr Kind Table = kindNumber(4);
inline constexpr Kind Field = kindNumber(5);
inline constexpr Kind View = kindNumber(6);
inline constexpr Kind ViewFilterGroup = kindNumber(7);
inline constexpr Kind ViewFilter = kindNumber(8);
inline constexpr Kind ViewSort = kindNumber(9);
inline constexpr Kind ViewGroupBy = kindNumber(10);
inline constexpr Kind ViewDecoration = kindNumber(11);
inline constexpr Kind Row = kindNumber(12);
inline constexpr Kind RowComment = kindNumber(13);
} // namespace Feedscope::BaserowKind

namespace Feedscope {
const KindTable &baserowKinds();
} // namespace Feedscope
