#include "SyntaxHighlighting.h"

#include "text/PythonLexer.h"
#include "text/SqlLexer.h"

namespace strata {

namespace {

class OwnLexers final : public SyntaxHighlighting
{
public:
    QString backendName() const override { return QStringLiteral("strata"); }
    Tokens tokenize(SourceLanguage language, QStringView text) const override
    {
        switch (language) {
        case SourceLanguage::Python: {
            Tokens tokens = PythonLexer::tokenize(text);
            // A string that forms a whole statement right after a newline at
            // column 0 is a docstring; mark it so it can be shown as prose.
            bool statementStart = true;
            for (Token &t : tokens) {
                if (t.kind == TokenKind::Newline) {
                    statementStart = true;
                    continue;
                }
                if (t.kind == TokenKind::Comment)
                    continue;
                if (statementStart && t.kind == TokenKind::String) {
                    const QStringView s = text.mid(t.start, t.length);
                    if (s.contains(QLatin1String("\"\"\"")) || s.contains(QLatin1String("'''")))
                        t.kind = TokenKind::Docstring;
                }
                statementStart = false;
            }
            return tokens;
        }
        case SourceLanguage::Sql: return SqlLexer::tokenize(text);
        case SourceLanguage::PlainText: return {};
        }
        return {};
    }
};

} // namespace

std::unique_ptr<SyntaxHighlighting> SyntaxHighlighting::create()
{
    return std::make_unique<OwnLexers>();
}

SourceLanguage SyntaxHighlighting::languageForFile(const QString &fileName)
{
    if (fileName.endsWith(QStringLiteral(".py")))
        return SourceLanguage::Python;
    if (fileName.endsWith(QStringLiteral(".sql")))
        return SourceLanguage::Sql;
    return SourceLanguage::PlainText;
}

} // namespace strata
