#include "PythonLexer.h"

#include <QSet>
#include <QStringList>

namespace strata {

namespace {

inline bool isIdentStart(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
    return c.isLetter() || c.isLetterOrNumber();
}

inline bool isIdentChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
    return c.isLetterOrNumber() || c.isMark();
}

bool isOperatorChar(QChar c)
{
    switch (c.unicode()) {
    case '=': case '+': case '-': case '*': case '/': case '%': case '<': case '>': case '!':
    case '&': case '|': case '^': case '~': case ':': case '@':
        return true;
    default:
        return false;
    }
}

bool isStringPrefix(QStringView p)
{
    if (p.size() > 2)
        return false;
    bool r = false, b = false, u = false, f = false;
    for (QChar c : p) {
        switch (c.toLower().unicode()) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && p.size() > 1)
        return false;
    if (b && f)
        return false;
    return true;
}

// Sorted (by UTF-16 code units) so a QStringView can be looked up without
// allocating a QString.
const QLatin1String kKeywords[] = {
    QLatin1String("False"),  QLatin1String("None"),   QLatin1String("True"),     QLatin1String("and"),
    QLatin1String("as"),     QLatin1String("assert"), QLatin1String("async"),    QLatin1String("await"),
    QLatin1String("break"),  QLatin1String("class"),  QLatin1String("continue"), QLatin1String("def"),
    QLatin1String("del"),    QLatin1String("elif"),   QLatin1String("else"),     QLatin1String("except"),
    QLatin1String("finally"), QLatin1String("for"),   QLatin1String("from"),     QLatin1String("global"),
    QLatin1String("if"),     QLatin1String("import"), QLatin1String("in"),       QLatin1String("is"),
    QLatin1String("lambda"), QLatin1String("nonlocal"), QLatin1String("not"),    QLatin1String("or"),
    QLatin1String("pass"),   QLatin1String("raise"),  QLatin1String("return"),   QLatin1String("try"),
    QLatin1String("while"),  QLatin1String("with"),   QLatin1String("yield"),
};
const QLatin1String kBuiltins[] = {
    QLatin1String("Optional"), QLatin1String("Sequence"), QLatin1String("Union"), QLatin1String("dict"),
    QLatin1String("int"),      QLatin1String("len"),      QLatin1String("list"),  QLatin1String("print"),
    QLatin1String("self"),     QLatin1String("set"),      QLatin1String("str"),   QLatin1String("tuple"),
};

// Hash sets of views into static strings: a lookup neither allocates nor
// converts Latin-1 on the fly.
template <size_t N>
QSet<QStringView> makeSet(const QLatin1String (&table)[N])
{
    static QStringList storage; // keeps the viewed strings alive
    QSet<QStringView> set;
    for (QLatin1String w : table) {
        storage << QString(w);
        set.insert(storage.constLast());
    }
    return set;
}

bool isKeywordWord(QStringView word)
{
    static const QSet<QStringView> set = makeSet(kKeywords);
    return word.size() >= 2 && word.size() <= 8 && set.contains(word);
}

bool isBuiltinWord(QStringView word)
{
    static const QSet<QStringView> set = makeSet(kBuiltins);
    return word.size() >= 3 && word.size() <= 8 && set.contains(word);
}

} // namespace

bool PythonLexer::isKeyword(QStringView word)
{
    return isKeywordWord(word);
}

Tokens PythonLexer::tokenize(QStringView text, Scope scope, int *deepestLine)
{
    if (deepestLine)
        *deepestLine = 0;
    Tokens out;
    const int n = text.size();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    int depth = 0;
    bool lineHasCode = false;
    // Module-level scope: logical lines that start indented (block bodies) are
    // scanned for strings and brackets but produce no tokens, which is most of
    // a revision script and most of the work.
    const bool moduleOnly = scope == Scope::ModuleLevel;
    out.reserve(size_t(moduleOnly ? 128 : text.size() / 4));
    bool skipLine = false;
    bool afterSemicolon = false;
    int indentStart = 0; // where this line's indentation is counted from

    auto push = [&](TokenKind kind, int start, int end, int startLine, int startCol) {
        if (skipLine)
            return;
        out.push_back(Token { kind, start, end - start, startLine, startCol, depth });
    };
    // Called before the first code token of a logical line decides its scope.
    auto beginCode = [&](int col) {
        if (!lineHasCode) {
            if (!afterSemicolon)
                skipLine = moduleOnly && lineStart + col > indentStart;
            afterSemicolon = false;
        }
        lineHasCode = true;
    };

    while (i < n) {
        const QChar c = text.at(i);
        if (skipLine) {
            // Inside a block body only strings, brackets, comments, line
            // joins and statement ends change the lexer's state.
            switch (c.unicode()) {
            case '\n': case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}':
            case '#': case '\\': case ';':
                break;
            default:
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\f')) {
            // Python ignores a form feed in a line's indentation: what follows
            // it starts the indentation anew.
            if (c == QLatin1Char('\f') && !lineHasCode)
                indentStart = i + 1;
            ++i;
            continue;
        }
        const int col = i - lineStart;
        if (c == QLatin1Char('\n')) {
            if (depth == 0 && lineHasCode) {
                push(TokenKind::Newline, i, i + 1, line, col);
                lineHasCode = false;
                afterSemicolon = false;
                // the next logical line decides its own scope: module-level
                // statements after a block (class, def, try, if, with, ...)
                // are read again
                skipLine = false;
            }
            ++i;
            ++line;
            lineStart = i;
            indentStart = i;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < n
            && (text.at(i + 1) == QLatin1Char('\n')
                || (text.at(i + 1) == QLatin1Char('\r') && i + 2 < n && text.at(i + 2) == QLatin1Char('\n')))) {
            // explicit line joining
            i += text.at(i + 1) == QLatin1Char('\n') ? 2 : 3;
            ++line;
            lineStart = i;
            indentStart = i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            const int start = i;
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
            if (!moduleOnly)
                push(TokenKind::Comment, start, i, line, col);
            continue;
        }

        // identifiers, and string prefixes
        int quoteAt = -1; // where a string's opening quote is, once one is seen
        if (isIdentStart(c)) {
            const int start = i;
            while (i < n && isIdentChar(text.at(i)))
                ++i;
            if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))
                && isStringPrefix(text.mid(start, i - start))) {
                quoteAt = i; // a prefixed string: scanned below from its prefix
                i = start;
            } else {
                beginCode(col);
                if (!skipLine) {
                    const QStringView word = text.mid(start, i - start);
                    TokenKind kind = TokenKind::Name;
                    // header reading needs no classes: "None" is checked by text
                    if (!moduleOnly) {
                        if (isKeywordWord(word))
                            kind = TokenKind::Keyword;
                        else if (isBuiltinWord(word))
                            kind = TokenKind::Builtin;
                    }
                    push(kind, start, i, line, col);
                }
                continue;
            }
        }

        // strings (with optional prefix)
        if (quoteAt < 0 && (c == QLatin1Char('"') || c == QLatin1Char('\'')))
            quoteAt = i;
        {
            const int p = quoteAt;
            if (p >= 0) {
                beginCode(col);
                const int start = i;
                const int startLine = line;
                const QChar quote = text.at(p);
                const bool triple = p + 2 < n && text.at(p + 1) == quote && text.at(p + 2) == quote;
                i = p + (triple ? 3 : 1);
                while (i < n) {
                    const QChar s = text.at(i);
                    if (s == QLatin1Char('\\')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                            ++line;
                            lineStart = i + 2;
                        }
                        i += 2;
                        continue;
                    }
                    if (s == QLatin1Char('\n')) {
                        if (!triple)
                            break;
                        ++line;
                        lineStart = i + 1;
                        ++i;
                        continue;
                    }
                    if (s == quote) {
                        if (!triple) {
                            ++i;
                            break;
                        }
                        if (i + 2 < n && text.at(i + 1) == quote && text.at(i + 2) == quote) {
                            i += 3;
                            break;
                        }
                    }
                    ++i;
                }
                if (i > n)
                    i = n;
                push(TokenKind::String, start, i, startLine, col);
                continue;
            }
        }

        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit())) {
            beginCode(col);
            const int start = i;
            while (i < n && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('.')
                             || text.at(i) == QLatin1Char('_')))
                ++i;
            push(TokenKind::Number, start, i, line, col);
            continue;
        }

        if (c == QLatin1Char('@') && !lineHasCode) {
            beginCode(col);
            const int start = i;
            ++i;
            while (i < n && (isIdentChar(text.at(i)) || text.at(i) == QLatin1Char('.')))
                ++i;
            push(TokenKind::Decorator, start, i, line, col);
            continue;
        }

        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            beginCode(col);
            push(TokenKind::Punctuation, i, i + 1, line, col);
            if (++depth > MaxBracketDepth && deepestLine && *deepestLine == 0)
                *deepestLine = line;
            ++i;
            continue;
        }
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            beginCode(col);
            if (depth > 0)
                --depth;
            push(TokenKind::Punctuation, i, i + 1, line, col);
            ++i;
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('.')) {
            if (c == QLatin1Char(';') && depth == 0) {
                // a statement separator ends the logical line: a zero-length
                // Newline at the ';' tells it apart from a real line end; the
                // next statement shares this physical line's scope
                push(TokenKind::Newline, i, i, line, col);
                lineHasCode = false;
                afterSemicolon = true;
            } else {
                beginCode(col);
                push(TokenKind::Punctuation, i, i + 1, line, col);
            }
            ++i;
            continue;
        }
        if (isOperatorChar(c)) {
            beginCode(col);
            const int start = i;
            ++i;
            // two-character operators: ==, !=, <=, >=, +=, ->, :=, **, //, ...
            if (i < n && (text.at(i) == QLatin1Char('=') || (c == QLatin1Char('-') && text.at(i) == QLatin1Char('>'))
                          || ((c == QLatin1Char('*') || c == QLatin1Char('/') || c == QLatin1Char('<')
                               || c == QLatin1Char('>'))
                              && text.at(i) == c)))
                ++i;
            push(TokenKind::Operator, start, i, line, col);
            continue;
        }
        beginCode(col);
        push(TokenKind::Error, i, i + 1, line, col);
        ++i;
    }
    if (lineHasCode)
        push(TokenKind::Newline, n, n, line, n - lineStart);
    return out;
}

bool PythonLexer::isUnterminatedString(QStringView t)
{
    int p = 0;
    while (p < t.size() && t.at(p).isLetter())
        ++p;
    if (p >= t.size())
        return true;
    const QChar quote = t.at(p);
    const bool triple = p + 2 < t.size() && t.at(p + 1) == quote && t.at(p + 2) == quote;
    const int q = triple ? 3 : 1;
    if (t.size() - p < 2 * q)
        return true;
    for (int k = 0; k < q; ++k)
        if (t.at(t.size() - 1 - k) != quote)
            return true;
    // the closing quote must not be escaped
    int backslashes = 0;
    for (int k = t.size() - 1 - q; k >= p + q && t.at(k) == QLatin1Char('\\'); --k)
        ++backslashes;
    return backslashes % 2 == 1;
}

bool PythonLexer::stringValue(QStringView t, QString *value)
{
    int p = 0;
    bool raw = false;
    while (p < t.size() && t.at(p).isLetter()) {
        const QChar c = t.at(p).toLower();
        if (c == QLatin1Char('b') || c == QLatin1Char('f'))
            return false;
        if (c == QLatin1Char('r'))
            raw = true;
        ++p;
    }
    if (isUnterminatedString(t))
        return false;
    const QChar quote = t.at(p);
    const bool triple = p + 2 < t.size() && t.at(p + 1) == quote && t.at(p + 2) == quote;
    const int q = triple ? 3 : 1;
    const QStringView body = t.mid(p + q, t.size() - p - 2 * q);
    if (!body.contains(QLatin1Char('\\')) && !body.contains(QLatin1Char('\r'))) {
        *value = body.toString(); // the common case: nothing to unescape
        return true;
    }
    QString out;
    out.reserve(body.size());
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\r') && i + 1 < body.size() && body.at(i + 1) == QLatin1Char('\n'))
            continue; // Python reads source with universal newlines
        if (c != QLatin1Char('\\') || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(i + 1);
        if (raw) {
            out += c;
            out += e;
            ++i;
            continue;
        }
        ++i;
        switch (e.unicode()) {
        case '\n': break;
        case '\\': out += QLatin1Char('\\'); break;
        case '\'': out += QLatin1Char('\''); break;
        case '"': out += QLatin1Char('"'); break;
        case 'a': out += QChar(7); break;
        case 'b': out += QChar(8); break;
        case 'f': out += QChar(12); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'v': out += QChar(11); break;
        case 'x':
        case 'u':
        case 'U': {
            const int len = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
            bool ok = false;
            const uint code = body.mid(i + 1, len).toUInt(&ok, 16);
            if (!ok || i + len >= body.size() + 0 || code > 0x10FFFF)
                return false; // Python would refuse to compile this
            const char32_t cp = code;
            out += QString::fromUcs4(&cp, 1);
            i += len;
            break;
        }
        case 'N': return false; // named escapes: not needed for headers
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                int len = 1;
                while (len < 3 && i + len < body.size() && body.at(i + len) >= QLatin1Char('0')
                       && body.at(i + len) <= QLatin1Char('7'))
                    ++len;
                out += QChar(body.mid(i, len).toUShort(nullptr, 8));
                i += len - 1;
            } else {
                out += QLatin1Char('\\');
                out += e;
            }
        }
    }
    *value = out;
    return true;
}

} // namespace strata
