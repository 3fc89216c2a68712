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
    // Keys shown by these names from the next show on (a Baserow row's "field_1001" as
    // "Price"); hovering a name shows its key. Empty: keys as they are.
    void setKeyNames(const QHash<QString, QString> &names);
    // The key a shown name stands for (itself when it is no name).
    QString keyOfName(const QString &shown) const { return m_keyOfName.value(shown, shown); }

protected:
    bool viewportEvent(QEvent *event) override;
    // A palette change (light or dark) recolours the JSON.
    void changeEvent(QEvent *event) override;

private:
    JsonHighlighter *m_highlighter;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_keyOfName;
};

} // namespace Feedscope::Ui
