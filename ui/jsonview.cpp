// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonview.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QPalette>
#include <QTextBlock>
#include <QToolTip>

#include "appearance.h"

namespace Feedscope::Ui {

void JsonHighlighter::highlightBlock(const QString &text)
{
    const bool dark = isDark(QGuiApplication::palette());
    if (m_diff && text.size() >= 2) {
        QTextCharFormat line;
        if (text.startsWith(u"+ "))
            line.setBackground(dark ? QColor(30, 80, 40) : QColor(220, 255, 220));
        else if (text.startsWith(u"- "))
            line.setBackground(dark ? QColor(90, 30, 35) : QColor(255, 220, 220));
        if (line.background().style() != Qt::NoBrush)
            setFormat(0, int(text.size()), line);
    }
    for (const auto &t : JsonText::tokenize(text)) {
        QTextCharFormat f = format(t.start);
        switch (t.type) {
        case JsonText::Token::Type::Key:
            f.setForeground(dark ? QColor(130, 190, 255) : QColor(0, 80, 160));
            break;
        case JsonText::Token::Type::String:
            f.setForeground(dark ? QColor(160, 220, 140) : QColor(0, 120, 40));
            break;
        case JsonText::Token::Type::Number:
            f.setForeground(dark ? QColor(240, 170, 110) : QColor(170, 80, 0));
            break;
        case JsonText::Token::Type::Keyword:
            f.setForeground(dark ? QColor(220, 140, 220) : QColor(130, 0, 130));
            f.setFontWeight(QFont::DemiBold);
            break;
        case JsonText::Token::Type::Punctuation:
            continue;
        }
        setFormat(t.start, t.length, f);
    }
}

JsonView::JsonView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void JsonView::showJson(QByteArrayView json)
{
    m_highlighter->setDiffMode(false);
    setPlainText(JsonText::renameKeys(JsonText::pretty(json), m_names));
}

void JsonView::showText(const QString &text)
{
    m_highlighter->setDiffMode(false);
    setPlainText(text);
}

void JsonView::showDiff(const QList<JsonText::DiffLine> &lines)
{
    m_highlighter->setDiffMode(true);
    QStringList out;
    for (const auto &l : lines) {
        const char *prefix = l.op == JsonText::DiffLine::Op::Added ? "+ "
                : l.op == JsonText::DiffLine::Op::Removed          ? "- "
                                                                   : "  ";
        out << QLatin1StringView(prefix) + JsonText::renameKeys(l.text, m_names);
    }
    setPlainText(out.join(u'\n'));
}

void JsonView::setKeyNames(const QHash<QString, QString> &names)
{
    m_names = names;
    m_keyOfName.clear();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_keyOfName.insert(it.value(), it.key());
}

void JsonView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->rehighlight();
}

bool JsonView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_keyOfName.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QString key = JsonText::keyAt(cursor.block().text(), cursor.positionInBlock());
        const auto id = m_keyOfName.constFind(key);
        if (id != m_keyOfName.cend()) {
            QToolTip::showText(help->globalPos(), *id, viewport());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace Feedscope::Ui
