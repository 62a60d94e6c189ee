#include "CodeHighlighter.h"

#include "Colours.h"

#include <QApplication>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace strata {

CodeHighlighter::CodeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_backend(SyntaxHighlighting::create())
{
}

void CodeHighlighter::setLanguage(SourceLanguage language)
{
    m_language = language;
}

void CodeHighlighter::setSourceText(const QString &text)
{
    m_tokens = m_backend->tokenize(m_language, text);
    rehighlight();
}

QTextCharFormat CodeHighlighter::formatFor(TokenKind kind) const
{
    QTextCharFormat f;
    if (const QColor c = Colours::syntax(QApplication::palette(), kind); c.isValid())
        f.setForeground(c);
    if (kind == TokenKind::Keyword)
        f.setFontWeight(QFont::Bold);
    if (kind == TokenKind::Docstring || kind == TokenKind::Comment)
        f.setFontItalic(true);
    if (kind == TokenKind::Error)
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    return f;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + text.size();
    // first token that may overlap this block
    auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), blockStart,
                               [](const Token &t, int pos) { return t.start + t.length <= pos; });
    for (; it != m_tokens.cend() && it->start < blockEnd; ++it) {
        if (it->kind == TokenKind::Name || it->kind == TokenKind::Punctuation || it->kind == TokenKind::Operator
            || it->kind == TokenKind::Newline)
            continue;
        const int from = std::max(it->start, blockStart);
        const int to = std::min(it->start + it->length, blockEnd);
        if (to > from)
            setFormat(from - blockStart, to - from, formatFor(it->kind));
    }
}

} // namespace strata
