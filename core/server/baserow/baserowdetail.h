// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <optional>

#include <QRegularExpression>
#include <QStringList>

#include "json/ovalue.h"
#include "server/serverfront.h"

// Helpers the Baserow imitation's files share: Django's coercions and Baserow's error bodies.
namespace Feedscope::Server::BaserowDetail {

using namespace Qt::StringLiterals;

inline QByteArray errorBody(const char *error, const QString &detail)
{
    return OValue::object({{u"error"_s, QString::fromLatin1(error)}, {u"detail"_s, detail}})
            .toJson();
}

inline HttpReply error(int status, const char *code, const QString &detail)
{
    return HttpReply::json(errorBody(code, detail), status);
}

inline std::optional<OValue> jsonBody(const HttpRequest &r)
{
    if (r.body.trimmed().isEmpty())
        return OValue::object();
    auto v = OValue::fromJson(r.body);
    if (!v || !v->isObject())
        return std::nullopt;
    return v;
}

inline HttpReply invalidBody()
{
    return HttpReply::json(
            OValue::object({{u"error"_s, u"ERROR_REQUEST_BODY_VALIDATION"_s},
                                   {u"detail"_s, u"The request body was not valid JSON."_s}})
                    .toJson(),
            400);
}

// Python's str() of a page parameter, which names the channel group ("table-5101").
inline std::optional<QString> pythonStr(const OValue &v)
{
    switch (v.type()) {
    case OValue::Type::Int:
        return QString::number(v.toInt());
    case OValue::Type::Double: {
        QByteArray s = v.toJson(OValue::Style::Python);
        return QString::fromLatin1(s);
    }
    case OValue::Type::String:
        return v.toString();
    case OValue::Type::Bool:
        return v.toBool() ? u"True"_s : u"False"_s;
    default:
        return std::nullopt;
    }
}

// How Django coerces an id parameter: ints, floats (truncated) and what Python's int() reads
// in a string work; other strings, lists and objects raise (and kill the consumer); null and
// falsy values fail the check quietly, and so does an id past 64 bits (Python's ints have no
// limit, and Django 5 finds nothing for an integer out of the column's range; only an infinite
// float makes int() raise).
enum class IdCheck { Ok, Falsy, Crash };
inline IdCheck coerceId(const OValue &v, qint64 *out)
{
    switch (v.type()) {
    case OValue::Type::Null:
        return IdCheck::Falsy;
    case OValue::Type::Bool:
        *out = v.toBool() ? 1 : 0;
        return *out ? IdCheck::Ok : IdCheck::Falsy;
    case OValue::Type::Int:
        *out = v.toInt();
        return *out ? IdCheck::Ok : IdCheck::Falsy;
    case OValue::Type::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return IdCheck::Crash;
        if (d >= 0x1p63 || d < -0x1p63)
            return IdCheck::Falsy;
        *out = qint64(d);
        return *out ? IdCheck::Ok : IdCheck::Falsy;
    }
    case OValue::Type::String: {
        if (v.toString().isEmpty())
            return IdCheck::Falsy;
        // int(): surrounding spaces, a sign, digits with single underscores between them.
        static const QRegularExpression integer(u"^[+-]?[0-9]+(_[0-9]+)*$"_s);
        QString text = v.toString().trimmed();
        if (!integer.match(text).hasMatch())
            return IdCheck::Crash;
        text.remove(u'_');
        bool ok = false;
        *out = text.toLongLong(&ok);
        return ok ? IdCheck::Ok : IdCheck::Falsy;
    }
    default:
        return IdCheck::Crash;
    }
}

inline const QStringList &declaredParams(const QString &page)
{
    static const QStringList table {u"table_id"_s}, row {u"table_id"_s, u"row_id"_s},
            view {u"slug"_s, u"token"_s}, dashboard {u"dashboard_id"_s}, none;
    if (page == u"table")
        return table;
    if (page == u"row")
        return row;
    if (page == u"view")
        return view;
    if (page == u"dashboard")
        return dashboard;
    return none;
}

} // namespace Feedscope::Server::BaserowDetail
