// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

#include "json/jsontext.h"

namespace Feedscope::Ui {

// Colours JSON tokens (from core's tokenizer) and, in diff mode, added and removed lines.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    void setDiffMode(bool on) { m_diff = on; }

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_diff = false;
};

// A read-only, monospaced, highlighted JSON viewer.
class JsonView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);
    // Raw JSON bytes: shown indented (or as they are when not JSON).
    void showJson(QByteArrayView json);
    void showText(const QString &text);
    // Lines prefixed "+ ", "- " or "  ".
    void showDiff(const QList<JsonText::DiffLine> &lines);

private:
    JsonHighlighter *m_highlighter;
};

} // namespace Feedscope::Ui
