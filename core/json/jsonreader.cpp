// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <charconv>

#include "jsondom.h"
#include "ovalue.h"
#include "rawobject.h"

namespace Feedscope {

JsonReader::JsonReader()
    : m_parser(std::make_unique<simdjson::dom::parser>())
{ }

JsonReader::~JsonReader() = default;

QString JsonReader::libraryVersion()
{
    return QStringLiteral("%1.%2.%3")
            .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
            .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
            .arg(int(simdjson::SIMDJSON_VERSION_REVISION));
}

simdjson::dom::parser &JsonReader::parser()
{
    return *m_parser;
}

std::optional<OValue> JsonReader::parseOValue(QByteArrayView json, QString *error)
{
    Json::Element root;
    if (auto err = Json::parse(*m_parser, json, root)) {
        if (error)
            *error = Json::errorText(err);
        return std::nullopt;
    }
    return Json::toOValue(root);
}

std::optional<RawObject> JsonReader::parseRawObject(QByteArrayView json, QString *error)
{
    Json::Element root;
    if (auto err = Json::parse(*m_parser, json, root)) {
        if (error)
            *error = Json::errorText(err);
        return std::nullopt;
    }
    if (!root.is_object()) {
        if (error)
            *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return Json::toRaw(root.get_object().value_unsafe());
}

namespace {
JsonReader &threadsReader()
{
    thread_local JsonReader reader;
    return reader;
}
} // namespace

std::optional<OValue> JsonReader::readOValue(QByteArrayView json, QString *error)
{
    if (json.size() <= SharedBytes)
        return threadsReader().parseOValue(json, error);
    JsonReader own;
    return own.parseOValue(json, error);
}

std::optional<RawObject> JsonReader::readRawObject(QByteArrayView json, QString *error)
{
    if (json.size() <= SharedBytes)
        return threadsReader().parseRawObject(json, error);
    JsonReader own;
    return own.parseRawObject(json, error);
}

bool JsonReader::isValid(QByteArrayView json, QString *error)
{
    Json::Element root;
    if (auto err = Json::parse(*m_parser, json, root)) {
        if (error)
            *error = Json::errorText(err);
        return false;
    }
    return true;
}

namespace Json {

simdjson::error_code parse(simdjson::dom::parser &parser, QByteArrayView json, Element &out)
{
    if (json.isEmpty())
        return simdjson::EMPTY;
    // realloc_if_needed copies into the parser's own padded buffer (reused between calls).
    return parser.parse(json.data(), size_t(json.size()), true).get(out);
}

QString errorText(simdjson::error_code code)
{
    return QString::fromUtf8(simdjson::error_message(code));
}

std::optional<Element> member(Object o, std::string_view key)
{
    Element e;
    if (o[key].get(e))
        return std::nullopt;
    return e;
}

std::optional<Object> object(Object o, std::string_view key)
{
    Object v;
    if (o[key].get_object().get(v))
        return std::nullopt;
    return v;
}

std::optional<Array> array(Object o, std::string_view key)
{
    Array v;
    if (o[key].get_array().get(v))
        return std::nullopt;
    return v;
}

std::optional<std::string_view> string(Object o, std::string_view key)
{
    std::string_view v;
    if (o[key].get_string().get(v))
        return std::nullopt;
    return v;
}

std::optional<std::string_view> string(Element e)
{
    std::string_view v;
    if (e.get_string().get(v))
        return std::nullopt;
    return v;
}

std::optional<qint64> integer(Element e)
{
    int64_t v;
    if (!e.get_int64().get(v))
        return qint64(v);
    return std::nullopt;
}

std::optional<qint64> integer(Object o, std::string_view key)
{
    int64_t v;
    if (o[key].get_int64().get(v))
        return std::nullopt;
    return qint64(v);
}

std::optional<bool> boolean(Object o, std::string_view key)
{
    bool v;
    if (o[key].get_bool().get(v))
        return std::nullopt;
    return v;
}

bool isNull(Object o, std::string_view key)
{
    Element e;
    return !o[key].get(e) && e.is_null();
}

std::optional<EntityId> entityId(Element e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::INT64:
        return EntityId::fromInteger(int64_t(e));
    case simdjson::dom::element_type::UINT64:
        return EntityId::fromNumber(uint64_t(e));
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = e;
        if (s.empty())
            return std::nullopt;
        return EntityId(qstr(s));
    }
    default:
        return std::nullopt;
    }
}

std::optional<QString> idText(Element e)
{
    if (auto id = entityId(e))
        return id->toString();
    return std::nullopt;
}

std::optional<QString> idText(Object o, std::string_view key)
{
    Element e;
    if (o[key].get(e))
        return std::nullopt;
    return idText(e);
}

std::optional<EntityId> entityId(Object o, std::string_view key)
{
    Element e;
    if (o[key].get(e))
        return std::nullopt;
    return entityId(e);
}

namespace {
void writeString(QByteArray &out, std::string_view s)
{
    writeJsonString(out, bytes(s));
}

// Into the output directly: no temporary QByteArray (an allocation) per number.
template<typename Int>
void writeInteger(QByteArray &out, Int v)
{
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr - buf);
}

void writeDouble(QByteArray &out, double d)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    const QByteArrayView text(buf, res.ptr - buf);
    out.append(text);
    // A number read as a float stays one: 213333333333333333019.0 is written
    // 213333333333333344256, which no reader takes for a 64-bit integer (found by fuzz_json).
    if (!text.contains('.') && !text.contains('e'))
        out.append(".0");
}
} // namespace

void write(QByteArray &out, Element e)
{
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::OBJECT: {
        out.append('{');
        bool first = true;
        for (auto field : Object(e)) {
            if (!first)
                out.append(',');
            first = false;
            writeString(out, field.key);
            out.append(':');
            write(out, field.value);
        }
        out.append('}');
        break;
    }
    case T::ARRAY: {
        out.append('[');
        bool first = true;
        for (auto item : Array(e)) {
            if (!first)
                out.append(',');
            first = false;
            write(out, item);
        }
        out.append(']');
        break;
    }
    case T::STRING:
        writeString(out, std::string_view(e));
        break;
    case T::INT64:
        writeInteger(out, int64_t(e));
        break;
    case T::UINT64:
        writeInteger(out, uint64_t(e));
        break;
    case T::DOUBLE:
        writeDouble(out, double(e));
        break;
    case T::BOOL:
        out.append(bool(e) ? "true" : "false");
        break;
    case T::NULL_VALUE:
        out.append("null");
        break;
    }
}

QByteArray compact(Element e)
{
    QByteArray out;
    write(out, e);
    return out;
}

QByteArray escapeKey(std::string_view key)
{
    QByteArray out;
    writeString(out, key);
    return out.sliced(1, out.size() - 2);
}

RawObject toRaw(Object o)
{
    RawObject::Builder b;
    for (auto field : o) {
        const std::string_view k = field.key;
        // Most keys need no escaping; avoid the temporary then.
        bool plain = true;
        for (char c : k) {
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
                plain = false;
                break;
            }
        }
        QByteArray &buf = b.beginValue(plain ? bytes(k) : QByteArrayView(escapeKey(k)));
        write(buf, field.value);
        b.endValue();
    }
    return b.finish();
}

OValue toOValue(Element e)
{
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::OBJECT: {
        OValue::Object members;
        for (auto field : Object(e))
            members.emplace_back(qstr(field.key), toOValue(field.value));
        return OValue(std::move(members));
    }
    case T::ARRAY: {
        OValue::Array items;
        for (auto item : Array(e))
            items.push_back(toOValue(item));
        return OValue(std::move(items));
    }
    case T::STRING:
        return OValue(qstr(std::string_view(e)));
    case T::INT64:
        return OValue(qint64(int64_t(e)));
    case T::UINT64:
        return OValue(double(uint64_t(e)));
    case T::DOUBLE:
        return OValue(double(e));
    case T::BOOL:
        return OValue(bool(e));
    case T::NULL_VALUE:
        return OValue();
    }
    return OValue();
}

} // namespace Json
} // namespace Feedscope
