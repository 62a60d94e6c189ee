#pragma once

#include "text/SyntaxHighlighting.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <memory>

namespace strata {

// Applies tokens from the SyntaxHighlighting backend to a QTextDocument, with
// colours derived from the palette so light and dark themes both read well.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QTextDocument *document);
    void setLanguage(SourceLanguage language);
    void setSourceText(const QString &text); // retokenizes, then rehighlights

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat formatFor(TokenKind kind) const;

    std::unique_ptr<SyntaxHighlighting> m_backend;
    SourceLanguage m_language = SourceLanguage::PlainText;
    Tokens m_tokens;
};

} // namespace strata
