// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include <QByteArray>
#include <QString>

namespace Feedscope {

// An ordered JSON value. QJsonObject sorts its keys, but the feeds' wire formats (and the
// imitations of them) keep insertion order, so the server side and the state dump use this.
class OValue
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array, Object };
    using Member = std::pair<QString, OValue>;
    using Array = std::vector<OValue>;
    using Object = std::vector<Member>;

    // How to write: Compact (`,` `:`), Python (json.dumps defaults: `, ` `: ` and non-ASCII
    // as \uXXXX), Go (encoding/json: compact, `<` `>` `&` escaped), Indented (2 spaces).
    enum class Style { Compact, Python, Go, Indented };

    OValue() = default;
    OValue(std::nullptr_t) { }
    OValue(bool b)
        : m_value(b)
    { }
    OValue(int i)
        : m_value(qint64(i))
    { }
    OValue(qint64 i)
        : m_value(i)
    { }
    OValue(quint32 i)
        : m_value(qint64(i))
    { }
    OValue(double d)
        : m_value(d)
    { }
    OValue(const QString &s)
        : m_value(s)
    { }
    OValue(QString &&s)
        : m_value(std::move(s))
    { }
    OValue(const char16_t *s)
        : m_value(QString::fromUtf16(s))
    { }
    OValue(QLatin1StringView s)
        : m_value(QString(s))
    { }
    OValue(Array a);
    OValue(Object o);

    static OValue array(std::initializer_list<OValue> items = {});
    static OValue object(std::initializer_list<Member> members = {});

    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isInt() const { return type() == Type::Int; }
    bool isDouble() const { return type() == Type::Double; }
    bool isNumber() const { return isInt() || isDouble(); }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool(bool def = false) const;
    qint64 toInt(qint64 def = 0) const;
    double toDouble(double def = 0) const;
    QString toString(const QString &def = {}) const;

    // Arrays.
    qsizetype size() const;
    const OValue &at(qsizetype i) const;
    OValue &at(qsizetype i);
    void append(OValue v);
    const Array &items() const;
    Array &items();

    // Objects: insertion order is kept; insert() on an existing key replaces in place.
    bool contains(QStringView key) const;
    const OValue &value(QStringView key) const;
    OValue *find(QStringView key);
    OValue &operator[](QStringView key);
    void insert(const QString &key, OValue v);
    bool remove(QStringView key);
    const Object &members() const;
    Object &members();

    bool operator==(const OValue &other) const;
    bool operator!=(const OValue &other) const { return !(*this == other); }

    QByteArray toJson(Style style = Style::Compact) const;
    void writeJson(QByteArray &out, Style style, int indent = 0) const;

    // Parses JSON text keeping the key order. Returns nullopt and sets *error on bad input.
    static std::optional<OValue> fromJson(QByteArrayView json, QString *error = nullptr);

private:
    void detach();
    using Storage = std::variant<std::monostate, bool, qint64, double, QString,
            std::shared_ptr<Array>, std::shared_ptr<Object>>;
    Storage m_value;
};

// Writes a JSON string literal (with quotes) for UTF-16 text in the given style.
void writeJsonString(QByteArray &out, QStringView text, OValue::Style style);
// Writes a JSON string literal for UTF-8 text, minimal escaping (Compact style).
void writeJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace Feedscope
