// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The test server's HTTP front: any bytes as the head of a request (the upgrade, a REST call).
#include <cstddef>
#include <cstdint>

#include "server/serverfront.h"

using namespace Feedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Server::HttpRequest head;
    qsizetype length = 0;
    if (Server::parseRequestHead(bytes, &head, &length) && (length <= 0 || length > bytes.size()))
        __builtin_trap(); // a head longer than what came
    return 0;
}
