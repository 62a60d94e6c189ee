#include "PythonLexer.h"

#include <QSet>

namespace strata {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || (c.unicode() >= 0x80 && c.isLetterOrNumber());
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark();
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

const QSet<QString> &keywords()
{
    static const QSet<QString> k = {
        QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("True"), QStringLiteral("and"),
        QStringLiteral("as"), QStringLiteral("assert"), QStringLiteral("async"), QStringLiteral("await"),
        QStringLiteral("break"), QStringLiteral("class"), QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("except"),
        QStringLiteral("finally"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("global"),
        QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"), QStringLiteral("or"),
        QStringLiteral("pass"), QStringLiteral("raise"), QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield"),
    };
    return k;
}

const QSet<QString> &builtins()
{
    static const QSet<QString> b = {
        QStringLiteral("print"), QStringLiteral("len"), QStringLiteral("str"), QStringLiteral("int"),
        QStringLiteral("tuple"), QStringLiteral("list"), QStringLiteral("dict"), QStringLiteral("set"),
        QStringLiteral("Union"), QStringLiteral("Sequence"), QStringLiteral("Optional"), QStringLiteral("self"),
    };
    return b;
}

} // namespace

bool PythonLexer::isKeyword(QStringView word)
{
    return keywords().contains(word.toString());
}

Tokens PythonLexer::tokenize(QStringView text)
{
    Tokens out;
    out.reserve(text.size() / 4);
    const int n = text.size();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    int depth = 0;
    bool lineHasCode = false;

    auto push = [&](TokenKind kind, int start, int end, int startLine, int startCol) {
        out.append(Token { kind, start, end - start, startLine, startCol, depth });
    };

    while (i < n) {
        const QChar c = text.at(i);
        const int col = i - lineStart;
        if (c == QLatin1Char('\n')) {
            if (depth == 0 && lineHasCode) {
                push(TokenKind::Newline, i, i + 1, line, col);
                lineHasCode = false;
            }
            ++i;
            ++line;
            lineStart = i;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\f')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < n
            && (text.at(i + 1) == QLatin1Char('\n')
                || (text.at(i + 1) == QLatin1Char('\r') && i + 2 < n && text.at(i + 2) == QLatin1Char('\n')))) {
            // explicit line joining
            i += text.at(i + 1) == QLatin1Char('\n') ? 2 : 3;
            ++line;
            lineStart = i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            const int start = i;
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
            push(TokenKind::Comment, start, i, line, col);
            continue;
        }

        // identifiers, and string prefixes
        if (isIdentStart(c)) {
            const int start = i;
            while (i < n && isIdentChar(text.at(i)))
                ++i;
            if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))
                && isStringPrefix(text.mid(start, i - start))) {
                i = start; // fall through to string scanning with the prefix
            } else {
                const QStringView word = text.mid(start, i - start);
                const QString w = word.toString();
                TokenKind kind = TokenKind::Name;
                if (keywords().contains(w))
                    kind = TokenKind::Keyword;
                else if (builtins().contains(w))
                    kind = TokenKind::Builtin;
                push(kind, start, i, line, col);
                lineHasCode = true;
                continue;
            }
        }

        // strings (with optional prefix)
        {
            int p = i;
            while (p < n && p - i < 2 && text.at(p).isLetter())
                ++p;
            if (p < n && (text.at(p) == QLatin1Char('"') || text.at(p) == QLatin1Char('\''))
                && isStringPrefix(text.mid(i, p - i))) {
                const int start = i;
                const int startLine = line;
                const QChar quote = text.at(p);
                const bool triple = p + 2 < n && text.at(p + 1) == quote && text.at(p + 2) == quote;
                i = p + (triple ? 3 : 1);
                bool closed = false;
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
                            closed = true;
                            break;
                        }
                        if (i + 2 < n && text.at(i + 1) == quote && text.at(i + 2) == quote) {
                            i += 3;
                            closed = true;
                            break;
                        }
                    }
                    ++i;
                }
                if (i > n)
                    i = n;
                Q_UNUSED(closed);
                push(TokenKind::String, start, i, startLine, col);
                lineHasCode = true;
                continue;
            }
        }

        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit())) {
            const int start = i;
            while (i < n && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('.')
                             || text.at(i) == QLatin1Char('_')))
                ++i;
            push(TokenKind::Number, start, i, line, col);
            lineHasCode = true;
            continue;
        }

        if (c == QLatin1Char('@') && !lineHasCode) {
            const int start = i;
            ++i;
            while (i < n && (isIdentChar(text.at(i)) || text.at(i) == QLatin1Char('.')))
                ++i;
            push(TokenKind::Decorator, start, i, line, col);
            lineHasCode = true;
            continue;
        }

        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            push(TokenKind::Punctuation, i, i + 1, line, col);
            ++depth;
            ++i;
            lineHasCode = true;
            continue;
        }
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            if (depth > 0)
                --depth;
            push(TokenKind::Punctuation, i, i + 1, line, col);
            ++i;
            lineHasCode = true;
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('.')) {
            if (c == QLatin1Char(';') && depth == 0) {
                // a statement separator ends the logical line: a zero-length
                // Newline at the ';' tells it apart from a real line end
                push(TokenKind::Newline, i, i, line, col);
                lineHasCode = false;
            } else {
                push(TokenKind::Punctuation, i, i + 1, line, col);
            }
            ++i;
            if (c != QLatin1Char(';'))
                lineHasCode = true;
            continue;
        }
        static const QString opChars = QStringLiteral("=+-*/%<>!&|^~:@");
        if (opChars.contains(c)) {
            const int start = i;
            ++i;
            // two-character operators: ==, !=, <=, >=, +=, ->, :=, **, //, ...
            if (i < n && (text.at(i) == QLatin1Char('=') || (c == QLatin1Char('-') && text.at(i) == QLatin1Char('>'))
                          || ((c == QLatin1Char('*') || c == QLatin1Char('/') || c == QLatin1Char('<')
                               || c == QLatin1Char('>'))
                              && text.at(i) == c)))
                ++i;
            push(TokenKind::Operator, start, i, line, col);
            lineHasCode = true;
            continue;
        }
        push(TokenKind::Error, i, i + 1, line, col);
        ++i;
        lineHasCode = true;
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
