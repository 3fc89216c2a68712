// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <vector>

#include "ovalue.h"

using namespace Qt::StringLiterals;

namespace Feedscope::JsonText {

QString pretty(QByteArrayView json, bool *ok)
{
    auto v = OValue::fromJson(json);
    if (ok)
        *ok = v.has_value();
    if (!v)
        return QString::fromUtf8(json);
    return QString::fromUtf8(v->toJson(OValue::Style::Indented));
}

QString prettyIfJson(const QString &text)
{
    const QString t = text.trimmed();
    if (!(t.startsWith(u'{') || t.startsWith(u'[')))
        return text;
    bool ok = false;
    const QString p = pretty(t.toUtf8(), &ok);
    return ok ? p : text;
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"') {
            int j = i + 1;
            while (j < n && text[j] != u'"') {
                if (text[j] == u'\\')
                    ++j;
                ++j;
            }
            j = std::min(j + 1, n);
            // A string followed by a colon is a key.
            int k = j;
            while (k < n && text[k].isSpace())
                ++k;
            out.append(
                    {i, j - i, k < n && text[k] == u':' ? Token::Type::Key : Token::Type::String});
            i = j;
        } else if (c == u'-' || c.isDigit()) {
            int j = i + 1;
            while (j < n
                    && (text[j].isDigit() || text[j] == u'.' || text[j] == u'e' || text[j] == u'E'
                            || text[j] == u'+' || text[j] == u'-'))
                ++j;
            out.append({i, j - i, Token::Type::Number});
            i = j;
        } else if (c.isLetter()) {
            int j = i + 1;
            while (j < n && text[j].isLetter())
                ++j;
            out.append({i, j - i, Token::Type::Keyword});
            i = j;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',') {
            out.append({i, 1, Token::Type::Punctuation});
            ++i;
        } else {
            ++i;
        }
    }
    return out;
}

QString renameKeys(const QString &text, const QHash<QString, QString> &names)
{
    if (names.isEmpty())
        return text;
    QString out = text;
    const QList<Token> tokens = tokenize(text);
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (it->type != Token::Type::Key || it->length < 2)
            continue;
        const QString key = text.mid(it->start + 1, it->length - 2);
        const auto name = names.constFind(key);
        if (name == names.cend())
            continue;
        QString quoted = *name;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        out.replace(it->start, it->length, u'"' + quoted + u'"');
    }
    return out;
}

QString keyAt(QStringView line, int pos)
{
    for (const Token &t : tokenize(line)) {
        if (t.type == Token::Type::Key && pos >= t.start && pos < t.start + t.length
                && t.length >= 2)
            return line.mid(t.start + 1, t.length - 2).toString();
    }
    return {};
}

QList<DiffLine> diff(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'\n');
    const QStringList y = b.split(u'\n');
    const qsizetype n = x.size(), m = y.size();
    QList<DiffLine> out;
    if (n * m > 4000000) {
        // Too large for the table: everything removed, then everything added.
        for (const QString &l : x)
            out.append({DiffLine::Op::Removed, l});
        for (const QString &l : y)
            out.append({DiffLine::Op::Added, l});
        return out;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = x[i] == y[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (x[i] == y[j]) {
            out.append({DiffLine::Op::Same, x[i]});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            out.append({DiffLine::Op::Removed, x[i++]});
        } else {
            out.append({DiffLine::Op::Added, y[j++]});
        }
    }
    while (i < n)
        out.append({DiffLine::Op::Removed, x[i++]});
    while (j < m)
        out.append({DiffLine::Op::Added, y[j++]});
    return out;
}

} // namespace Feedscope::JsonText
