#pragma once

#include "text/Token.h"

#include <QString>
#include <QStringView>

namespace strata {

// A Python tokenizer good enough to read revision headers and to highlight
// source: strings of every prefix and quote form, comments, brackets,
// continuation lines. It never fails: unknown or unterminated input becomes
// Error or String tokens, so it is safe on any bytes (it is fuzzed).
class PythonLexer
{
public:
    enum class Scope {
        Everything,  // every token (highlighting)
        ModuleLevel, // only statements that start at column 0; no comments (header reading)
    };

    // Python's tokenizer refuses more nested brackets than this ("too many
    // nested parentheses").
    static constexpr int MaxBracketDepth = 200;

    // Tokens without Whitespace tokens (Newline tokens mark logical line ends).
    // *deepestLine, when given, gets the first line whose brackets nest deeper
    // than MaxBracketDepth (0 when none does).
    static Tokens tokenize(QStringView text, Scope scope = Scope::Everything, int *deepestLine = nullptr);

    // True when the string token is unterminated.
    static bool isUnterminatedString(QStringView tokenText);

    // The value of a string literal token (prefixes, quotes and escapes
    // handled). Returns false for bytes and f-strings, whose value is not a str
    // known without running code.
    static bool stringValue(QStringView tokenText, QString *value);

    static bool isKeyword(QStringView word);
};

} // namespace strata
