// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

// JSON as text for people: indentation, tokens for syntax highlighting, and line diffs between
// versions. In core so that the UI never parses JSON itself.
namespace Feedscope::JsonText {

// Indented with two spaces, keys in their order; the input unchanged when it is not JSON.
QString pretty(QByteArrayView json, bool *ok = nullptr);
// A string that holds JSON (ContentServer file content) pretty-printed, or the string as is.
QString prettyIfJson(const QString &text);

struct Token
{
    enum class Type { Key, String, Number, Keyword, Punctuation };
    int start = 0;
    int length = 0;
    Type type = Type::Punctuation;
};
// A lexical scan of JSON text (valid or not) for highlighting.
QList<Token> tokenize(QStringView text);
// JSON text with the keys found in names shown by their names ("field_1001" → "Price").
QString renameKeys(const QString &text, const QHash<QString, QString> &names);
// The key under position pos of a line of JSON text, unquoted; empty when none.
QString keyAt(QStringView line, int pos);

struct DiffLine
{
    enum class Op { Same, Added, Removed };
    Op op = Op::Same;
    QString text;
};
// The line diff from a to b (longest common subsequence).
QList<DiffLine> diff(const QString &a, const QString &b);

} // namespace Feedscope::JsonText
