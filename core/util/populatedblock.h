// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>

namespace Feedscope {

// Memory for the logs' large blocks, its pages mapped when it is allocated. A block that is
// then written from start to end would otherwise take one page fault per 4 KiB page; in a
// virtual machine each costs an exit to the host. On Linux the block is an anonymous mapping
// made with MAP_POPULATE (the kernel fills in all its pages in one call); elsewhere, and for
// a block under SmallBlockSize, it is a plain array.
struct PopulatedBlockDeleter
{
    size_t size = 0;
    void operator()(char *p) const;
};
using PopulatedBlock = std::unique_ptr<char[], PopulatedBlockDeleter>;

constexpr size_t SmallBlockSize = 256 * 1024;
PopulatedBlock allocatePopulatedBlock(size_t size);

} // namespace Feedscope
