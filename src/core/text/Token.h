#pragma once

#include <vector>

namespace strata {

// Token classes shared by Strata's own lexers (Python, and SQL later). The
// code view highlights from these, the header parser reads from them.
enum class TokenKind : unsigned char {
    Whitespace,
    Newline,
    Comment,
    Name,
    Keyword,
    Builtin,
    String,
    Docstring,
    Number,
    Operator,
    Punctuation,
    Decorator,
    Error,
};

struct Token
{
    TokenKind kind = TokenKind::Error;
    int start = 0;  // offset into the text (UTF-16 code units)
    int length = 0;
    int line = 1;   // 1-based line of the token's first character
    int column = 0; // 0-based column of the first character
    int depth = 0;  // bracket depth before the token
};

using Tokens = std::vector<Token>;

} // namespace strata
