// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArrayView>
#include <QString>

namespace simdjson::dom {
class parser;
}

namespace Feedscope {

class OValue;
class RawObject;

// Owns one simdjson DOM parser (its buffers are reused from parse to parse, so keep one per
// decoder, not one per frame). Parsing validates the whole document. Not thread-safe.
class JsonReader
{
public:
    JsonReader();
    ~JsonReader();
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    std::optional<OValue> parseOValue(QByteArrayView json, QString *error = nullptr);
    std::optional<RawObject> parseRawObject(QByteArrayView json, QString *error = nullptr);
    bool isValid(QByteArrayView json, QString *error = nullptr);

    simdjson::dom::parser &parser();
    // For a one-off document (OValue::fromJson, RawObject::fromJson): a document up to
    // SharedBytes is read by this thread's shared reader, whose buffers stay for the next
    // one; a larger one by a reader of its own, whose buffers go with it. A new parser
    // costs more than reading a small frame (its buffers, and their first touch).
    static constexpr qsizetype SharedBytes = 256 * 1024;
    static std::optional<OValue> readOValue(QByteArrayView json, QString *error = nullptr);
    static std::optional<RawObject> readRawObject(QByteArrayView json, QString *error = nullptr);
    // "3.1.8": the simdjson this was built with, for the About box.
    static QString libraryVersion();

private:
    std::unique_ptr<simdjson::dom::parser> m_parser;
};

} // namespace Feedscope
