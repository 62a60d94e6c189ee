#include "CodeHighlighter.h"

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
    const QPalette pal = QApplication::palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    auto colour = [dark](const char *light, const char *darkColour) {
        return QColor(QString::fromLatin1(dark ? darkColour : light));
    };
    QTextCharFormat f;
    switch (kind) {
    case TokenKind::Keyword:
        f.setForeground(colour("#7a1fa2", "#d7a1f0"));
        f.setFontWeight(QFont::Bold);
        break;
    case TokenKind::Builtin: f.setForeground(colour("#005a9c", "#7cc4ff")); break;
    case TokenKind::String: f.setForeground(colour("#1a7f37", "#8ddb8c")); break;
    case TokenKind::Docstring:
        f.setForeground(colour("#6a737d", "#a0a8b0"));
        f.setFontItalic(true);
        break;
    case TokenKind::Comment:
        f.setForeground(colour("#6a737d", "#8b949e"));
        f.setFontItalic(true);
        break;
    case TokenKind::Number: f.setForeground(colour("#b35900", "#ffb86c")); break;
    case TokenKind::Decorator: f.setForeground(colour("#9a6700", "#e3b341")); break;
    case TokenKind::Error: f.setUnderlineStyle(QTextCharFormat::WaveUnderline); break;
    default: break;
    }
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
