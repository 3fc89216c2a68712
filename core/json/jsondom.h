// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers over simdjson's DOM for the decoders. Include only from .cpp files: simdjson.h is
// large, and nothing outside the decoding path needs it.

#include <optional>
#include <string_view>

#include <QByteArray>
#include <QString>
#include <simdjson.h>

#include "ovalue.h"
#include "rawobject.h"
#include "util/entityid.h"

namespace Feedscope::Json {

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;

inline QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline QByteArrayView bytes(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// Parses text; on failure returns an error message (simdjson's wording).
simdjson::error_code parse(simdjson::dom::parser &parser, QByteArrayView json, Element &out);
QString errorText(simdjson::error_code code);

std::optional<Element> member(Object o, std::string_view key);
std::optional<Object> object(Object o, std::string_view key);
std::optional<Array> array(Object o, std::string_view key);
std::optional<std::string_view> string(Object o, std::string_view key);
std::optional<std::string_view> string(Element e);
std::optional<qint64> integer(Object o, std::string_view key);
std::optional<qint64> integer(Element e);
std::optional<bool> boolean(Object o, std::string_view key);
bool isNull(Object o, std::string_view key);

// An id as text: integers as decimal, strings as they are; nullopt for anything else.
std::optional<QString> idText(Element e);
std::optional<QString> idText(Object o, std::string_view key);
// The same as an entity id: a number stays a number (no string made).
std::optional<EntityId> entityId(Element e);
std::optional<EntityId> entityId(Object o, std::string_view key);

// Writes compact JSON for an element (strings escaped minimally, UTF-8 kept).
void write(QByteArray &out, Element e);
QByteArray compact(Element e);
RawObject toRaw(Object o);
OValue toOValue(Element e);

// Escaped form of a key, as RawObject stores it.
QByteArray escapeKey(std::string_view key);

} // namespace Feedscope::Json
