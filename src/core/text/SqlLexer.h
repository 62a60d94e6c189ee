#pragma once

#include "text/Token.h"

#include <QString>
#include <QStringView>

namespace strata {

// A PostgreSQL-aware SQL tokenizer for the statement splitter, the linter and
// highlighting: '…' strings with '' escapes, E'…' strings with backslash
// escapes, U&'…', "quoted identifiers", $tag$ dollar quotes $tag$, -- line
// comments and nested /* block */ comments. It never fails: unterminated input
// becomes one String or Comment token to the end (it is fuzzed). Semicolons
// are Punctuation tokens of length 1. Whitespace and Newline tokens are kept,
// so the tokens cover the text exactly.
class SqlLexer
{
public:
    static Tokens tokenize(QStringView text);
    static bool isKeyword(QStringView word);
    // True when a String or Comment token runs to the end of the text unterminated.
    static bool isUnterminated(QStringView tokenText);
    // text as a standard '…' string literal, quotes doubled (read back as one String token).
    static QString quoteString(const QString &text);
};

} // namespace strata
