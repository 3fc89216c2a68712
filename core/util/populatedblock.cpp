// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "populatedblock.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Feedscope {

void PopulatedBlockDeleter::operator()(char *p) const
{
    if (!p)
        return;
#ifdef Q_OS_LINUX
    if (size > 0) {
        ::munmap(p, size);
        return;
    }
#endif
    delete[] p;
}

PopulatedBlock allocatePopulatedBlock(size_t size)
{
#ifdef Q_OS_LINUX
    // A small block comes from the heap, which reuses freed memory whose pages are already
    // there: a mapping of its own would cost a map, an unmap and a TLB flush for little.
    if (size < SmallBlockSize)
        return PopulatedBlock(new char[size], PopulatedBlockDeleter {0});
    void *p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p != MAP_FAILED)
        return PopulatedBlock(static_cast<char *>(p), PopulatedBlockDeleter {size});
#endif
    return PopulatedBlock(new char[size], PopulatedBlockDeleter {0});
}

} // namespace Feedscope
