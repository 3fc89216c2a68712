// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovalue.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "jsonreader.h"

namespace Feedscope {

namespace {
const OValue &nullValue()
{
    static const OValue v;
    return v;
}

void appendHex4(QByteArray &out, char16_t c)
{
    static const char hex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(hex[(c >> 12) & 0xf]);
    out.append(hex[(c >> 8) & 0xf]);
    out.append(hex[(c >> 4) & 0xf]);
    out.append(hex[c & 0xf]);
}

void writeNumber(QByteArray &out, double d, OValue::Style style)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    QByteArrayView text(buf, res.ptr - buf);
    out.append(text);
    // Python writes floats that hold an integer as "1.0"; keep a float a float everywhere.
    if (!text.contains('.') && !text.contains('e') && !text.contains('n') && !text.contains('i'))
        out.append(style == OValue::Style::Go ? "" : ".0");
}

void newline(QByteArray &out, int indent)
{
    out.append('\n');
    out.append(QByteArray(indent * 2, ' '));
}
} // namespace

void writeJsonString(QByteArray &out, QStringView text, OValue::Style style)
{
    out.append('"');
    const bool ascii = style == OValue::Style::Python;
    const bool go = style == OValue::Style::Go;
    qsizetype runStart = 0;
    auto flushRun = [&](qsizetype end) {
        if (end > runStart)
            out.append(text.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char *esc = nullptr;
        switch (c) {
        case u'"':
            esc = "\\\"";
            break;
        case u'\\':
            esc = "\\\\";
            break;
        case u'\n':
            esc = "\\n";
            break;
        case u'\r':
            esc = "\\r";
            break;
        case u'\t':
            esc = "\\t";
            break;
        case u'\b':
            esc = "\\b";
            break;
        case u'\f':
            esc = "\\f";
            break;
        default:
            break;
        }
        const bool control = c < 0x20;
        const bool goEscape =
                go && (c == u'<' || c == u'>' || c == u'&' || c == 0x2028 || c == 0x2029);
        const bool asciiEscape = ascii && c > 0x7e;
        if (!esc && !control && !goEscape && !asciiEscape)
            continue;
        flushRun(i);
        runStart = i + 1;
        if (esc)
            out.append(esc);
        else
            appendHex4(out, c);
    }
    flushRun(text.size());
    out.append('"');
}

void writeJsonString(QByteArray &out, QByteArrayView utf8)
{
    qsizetype clean = 0;
    while (clean < utf8.size()) {
        const auto c = static_cast<unsigned char>(utf8[clean]);
        if (c < 0x20 || c == '"' || c == '\\')
            break;
        ++clean;
    }
    if (clean == utf8.size()) {
        // Nothing to escape (nearly always): one resize and a copy.
        const qsizetype old = out.size();
        out.resize(old + utf8.size() + 2);
        char *p = out.data() + old;
        *p++ = '"';
        if (!utf8.isEmpty())
            std::memcpy(p, utf8.data(), size_t(utf8.size()));
        p[utf8.size()] = '"';
        return;
    }
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            appendHex4(out, c);
            break;
        }
    }
    out.append(utf8.sliced(runStart));
    out.append('"');
}

OValue::OValue(Array a)
    : m_value(std::make_shared<Array>(std::move(a)))
{ }
OValue::OValue(Object o)
    : m_value(std::make_shared<Object>(std::move(o)))
{ }

OValue OValue::array(std::initializer_list<OValue> items)
{
    return OValue(Array(items));
}

OValue OValue::object(std::initializer_list<Member> members)
{
    OValue v {Object {}};
    for (const auto &m : members)
        v.insert(m.first, m.second);
    return v;
}

OValue::Type OValue::type() const
{
    return static_cast<Type>(m_value.index());
}

bool OValue::toBool(bool def) const
{
    if (auto b = std::get_if<bool>(&m_value))
        return *b;
    return def;
}

qint64 OValue::toInt(qint64 def) const
{
    if (auto i = std::get_if<qint64>(&m_value))
        return *i;
    if (auto d = std::get_if<double>(&m_value))
        return qint64(*d);
    return def;
}

double OValue::toDouble(double def) const
{
    if (auto d = std::get_if<double>(&m_value))
        return *d;
    if (auto i = std::get_if<qint64>(&m_value))
        return double(*i);
    return def;
}

QString OValue::toString(const QString &def) const
{
    if (auto s = std::get_if<QString>(&m_value))
        return *s;
    return def;
}

void OValue::detach()
{
    if (auto a = std::get_if<std::shared_ptr<Array>>(&m_value)) {
        if (a->use_count() > 1)
            *a = std::make_shared<Array>(**a);
    } else if (auto o = std::get_if<std::shared_ptr<Object>>(&m_value)) {
        if (o->use_count() > 1)
            *o = std::make_shared<Object>(**o);
    }
}

qsizetype OValue::size() const
{
    if (auto a = std::get_if<std::shared_ptr<Array>>(&m_value))
        return qsizetype((*a)->size());
    if (auto o = std::get_if<std::shared_ptr<Object>>(&m_value))
        return qsizetype((*o)->size());
    return 0;
}

const OValue &OValue::at(qsizetype i) const
{
    if (auto a = std::get_if<std::shared_ptr<Array>>(&m_value)) {
        if (i >= 0 && i < qsizetype((*a)->size()))
            return (**a)[size_t(i)];
    }
    return nullValue();
}

OValue &OValue::at(qsizetype i)
{
    detach();
    return std::get<std::shared_ptr<Array>>(m_value)->at(size_t(i));
}

void OValue::append(OValue v)
{
    if (!isArray())
        m_value = std::make_shared<Array>();
    detach();
    std::get<std::shared_ptr<Array>>(m_value)->push_back(std::move(v));
}

const OValue::Array &OValue::items() const
{
    static const Array empty;
    if (auto a = std::get_if<std::shared_ptr<Array>>(&m_value))
        return **a;
    return empty;
}

OValue::Array &OValue::items()
{
    if (!isArray())
        m_value = std::make_shared<Array>();
    detach();
    return *std::get<std::shared_ptr<Array>>(m_value);
}

bool OValue::contains(QStringView key) const
{
    for (const auto &m : members()) {
        if (m.first == key)
            return true;
    }
    return false;
}

const OValue &OValue::value(QStringView key) const
{
    for (const auto &m : members()) {
        if (m.first == key)
            return m.second;
    }
    return nullValue();
}

OValue *OValue::find(QStringView key)
{
    if (!isObject())
        return nullptr;
    detach();
    for (auto &m : *std::get<std::shared_ptr<Object>>(m_value)) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

OValue &OValue::operator[](QStringView key)
{
    if (OValue *v = find(key))
        return *v;
    auto &obj = members();
    obj.emplace_back(key.toString(), OValue());
    return obj.back().second;
}

void OValue::insert(const QString &key, OValue v)
{
    if (OValue *existing = find(key)) {
        *existing = std::move(v);
        return;
    }
    members().emplace_back(key, std::move(v));
}

bool OValue::remove(QStringView key)
{
    if (!isObject())
        return false;
    auto &obj = members();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it->first == key) {
            obj.erase(it);
            return true;
        }
    }
    return false;
}

const OValue::Object &OValue::members() const
{
    static const Object empty;
    if (auto o = std::get_if<std::shared_ptr<Object>>(&m_value))
        return **o;
    return empty;
}

OValue::Object &OValue::members()
{
    if (!isObject())
        m_value = std::make_shared<Object>();
    detach();
    return *std::get<std::shared_ptr<Object>>(m_value);
}

bool OValue::operator==(const OValue &other) const
{
    if (type() != other.type()) {
        if (isNumber() && other.isNumber())
            return toDouble() == other.toDouble();
        return false;
    }
    switch (type()) {
    case Type::Null:
        return true;
    case Type::Bool:
        return toBool() == other.toBool();
    case Type::Int:
        return toInt() == other.toInt();
    case Type::Double:
        return toDouble() == other.toDouble();
    case Type::String:
        return toString() == other.toString();
    case Type::Array:
        return items() == other.items();
    case Type::Object:
        return members() == other.members();
    }
    return false;
}

QByteArray OValue::toJson(Style style) const
{
    QByteArray out;
    writeJson(out, style, 0);
    return out;
}

void OValue::writeJson(QByteArray &out, Style style, int indent) const
{
    const char *comma = style == Style::Python ? ", " : ",";
    const char *colon = (style == Style::Python || style == Style::Indented) ? ": " : ":";
    switch (type()) {
    case Type::Null:
        out.append("null");
        break;
    case Type::Bool:
        out.append(toBool() ? "true" : "false");
        break;
    case Type::Int:
        out.append(QByteArray::number(toInt()));
        break;
    case Type::Double:
        writeNumber(out, toDouble(), style);
        break;
    case Type::String:
        writeJsonString(out, toString(), style);
        break;
    case Type::Array: {
        const auto &a = items();
        out.append('[');
        bool first = true;
        for (const auto &v : a) {
            if (!first)
                out.append(comma);
            first = false;
            if (style == Style::Indented)
                newline(out, indent + 1);
            v.writeJson(out, style, indent + 1);
        }
        if (style == Style::Indented && !a.empty())
            newline(out, indent);
        out.append(']');
        break;
    }
    case Type::Object: {
        const auto &o = members();
        out.append('{');
        bool first = true;
        for (const auto &m : o) {
            if (!first)
                out.append(comma);
            first = false;
            if (style == Style::Indented)
                newline(out, indent + 1);
            writeJsonString(out, m.first, style);
            out.append(colon);
            m.second.writeJson(out, style, indent + 1);
        }
        if (style == Style::Indented && !o.empty())
            newline(out, indent);
        out.append('}');
        break;
    }
    }
}

std::optional<OValue> OValue::fromJson(QByteArrayView json, QString *error)
{
    return JsonReader::readOValue(json, error);
}

} // namespace Feedscope
