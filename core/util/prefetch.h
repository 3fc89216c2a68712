// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(_MSC_VER) && !defined(__clang__) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif

namespace Feedscope {

// Asks the CPU to start loading the cache line that holds p; a hint only, never a fault.
inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
    _mm_prefetch(static_cast<const char *>(p), _MM_HINT_T0);
#else
    (void)p;
#endif
}

// Reads the byte at p: a real load, which unlike a prefetch also leaves the page's address
// translation in the TLB.
inline void touchLine(const void *p)
{
    (void)*static_cast<const volatile unsigned char *>(p);
}

// Whether a and b are on one page of 4 KiB (on systems with larger pages, one page at least).
inline bool samePage(const void *a, const void *b)
{
    return (reinterpret_cast<std::uintptr_t>(a) >> 12)
            == (reinterpret_cast<std::uintptr_t>(b) >> 12);
}

// Every cache line of [p, p + bytes).
inline void prefetchRange(const void *p, size_t bytes)
{
    const auto first = reinterpret_cast<std::uintptr_t>(p) & ~std::uintptr_t(63);
    const auto end = reinterpret_cast<std::uintptr_t>(p) + bytes;
    for (std::uintptr_t line = first; line < end; line += 64)
        prefetch(reinterpret_cast<const void *>(line));
}

} // namespace Feedscope
