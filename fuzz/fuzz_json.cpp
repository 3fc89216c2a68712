// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON layer: any bytes parsed into an OValue and a RawObject, written back, and the
// halves of the input merged as object and patch (RawObject::merged, its undo patch).
#include <cstddef>
#include <cstdint>

#include "json/jsonreader.h"
#include "json/ovalue.h"
#include "json/rawobject.h"

using namespace Feedscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static JsonReader reader;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto v = reader.parseOValue(bytes)) {
        const QByteArray text = v->toJson();
        auto again = OValue::fromJson(text);
        if (!again || again->toJson() != text)
            __builtin_trap(); // what is written must read back the same
    }
    // Split at the first NUL: an object and a patch.
    const qsizetype cut = bytes.indexOf('\0');
    const QByteArrayView a = cut < 0 ? bytes : bytes.first(cut);
    const QByteArrayView b = cut < 0 ? QByteArrayView() : bytes.sliced(cut + 1);
    auto base = reader.parseRawObject(a);
    if (!base)
        return 0;
    if (!RawObject::fromJson(base->json()))
        __builtin_trap(); // a RawObject's text is JSON
    auto patch = reader.parseRawObject(b);
    if (!patch)
        return 0;
    RawObject::Builder undo;
    const RawObject merged = base->merged(*patch, undo);
    (void)merged.json();
    (void)RawObject::undoPatch(*base, merged).json();
    return 0;
}
