#include "SqlLexer.h"

#include <QSet>
#include <QString>

namespace strata {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || c.isDigit() || c == QLatin1Char('$');
}

// The dollar-quote tag at i ("$$" or "$name$"), or 0 when there is none.
int dollarTagLength(QStringView t, int i)
{
    if (t.at(i) != QLatin1Char('$'))
        return 0;
    int j = i + 1;
    if (j < t.size() && (isIdentStart(t.at(j)))) {
        while (j < t.size() && isIdentPart(t.at(j)) && t.at(j) != QLatin1Char('$'))
            ++j;
    }
    if (j < t.size() && t.at(j) == QLatin1Char('$'))
        return j - i + 1;
    return 0;
}

} // namespace

bool SqlLexer::isKeyword(QStringView word)
{
    static const QSet<QString> keywords = [] {
        QSet<QString> s;
        for (const char *k :
             { "add", "all", "alter", "and", "as", "asc", "atomic", "begin", "between", "by", "cascade", "case",
               "check", "column", "commit", "comment", "concurrently", "constraint", "create", "database", "default",
               "delete", "desc", "distinct", "do", "drop", "else", "end", "enum", "exists", "extension", "false",
               "foreign", "from", "function", "grant", "group", "having", "if", "in", "index", "insert", "into",
               "is", "join", "key", "left", "like", "limit", "materialized", "not", "null", "on", "only", "or",
               "order", "owner", "primary", "procedure", "references", "rename", "replace", "restrict", "returning",
               "returns", "revoke", "rollback", "schema", "select", "sequence", "set", "table", "then", "to",
               "transaction", "trigger", "true", "truncate", "type", "union", "unique", "update", "using", "vacuum",
               "values", "view", "when", "where", "with" })
            s.insert(QString::fromLatin1(k));
        return s;
    }();
    return keywords.contains(word.toString().toLower());
}

QString SqlLexer::quoteString(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

bool SqlLexer::isUnterminated(QStringView tok)
{
    if (tok.startsWith(u"/*"))
        return !tok.endsWith(u"*/") || tok.size() < 4;
    if (tok.isEmpty())
        return false;
    QChar q = tok.at(0);
    if ((q == QLatin1Char('E') || q == QLatin1Char('e')) && tok.size() > 1)
        q = tok.at(1);
    if (q == QLatin1Char('$')) {
        const int n = dollarTagLength(tok, 0);
        return n == 0 || tok.size() < 2 * n || tok.right(n) != tok.left(n);
    }
    if (q == QLatin1Char('\'') || q == QLatin1Char('"'))
        return tok.size() < 2 || tok.back() != q;
    return false;
}

Tokens SqlLexer::tokenize(QStringView t)
{
    Tokens out;
    const int n = int(t.size());
    out.reserve(size_t(n / 3) + 16); // tokens average more than three characters
    int i = 0;
    int line = 1;
    int lineStart = 0;
    int depth = 0;
    auto push = [&](TokenKind kind, int start, int end) {
        Token tok;
        tok.kind = kind;
        tok.start = start;
        tok.length = end - start;
        tok.line = line;
        tok.column = start - lineStart;
        tok.depth = depth;
        out.push_back(tok);
        // Keep line bookkeeping right for tokens that span lines.
        for (int k = start; k < end; ++k) {
            if (t.at(k) == QLatin1Char('\n')) {
                ++line;
                lineStart = k + 1;
            }
        }
    };
    // A quoted run from i (at the opening quote) with doubled-quote escapes,
    // and backslash escapes when backslashes is set.
    auto quoted = [&](int from, QChar quote, bool backslashes) {
        int j = from + 1;
        while (j < n) {
            const QChar c = t.at(j);
            if (backslashes && c == QLatin1Char('\\')) {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (j + 1 < n && t.at(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return n;
    };
    while (i < n) {
        const QChar c = t.at(i);
        const int start = i;
        if (c == QLatin1Char('\n')) {
            push(TokenKind::Newline, i, i + 1);
            ++i;
        } else if (c.isSpace()) {
            while (i < n && t.at(i).isSpace() && t.at(i) != QLatin1Char('\n'))
                ++i;
            push(TokenKind::Whitespace, start, i);
        } else if (c == QLatin1Char('-') && i + 1 < n && t.at(i + 1) == QLatin1Char('-')) {
            while (i < n && t.at(i) != QLatin1Char('\n'))
                ++i;
            push(TokenKind::Comment, start, i);
        } else if (c == QLatin1Char('/') && i + 1 < n && t.at(i + 1) == QLatin1Char('*')) {
            int level = 0;
            while (i < n) {
                if (t.at(i) == QLatin1Char('/') && i + 1 < n && t.at(i + 1) == QLatin1Char('*')) {
                    ++level;
                    i += 2;
                } else if (t.at(i) == QLatin1Char('*') && i + 1 < n && t.at(i + 1) == QLatin1Char('/')) {
                    i += 2;
                    if (--level == 0)
                        break;
                } else {
                    ++i;
                }
            }
            push(TokenKind::Comment, start, i);
        } else if (c == QLatin1Char('\'')) {
            i = quoted(i, c, false);
            push(TokenKind::String, start, i);
        } else if ((c == QLatin1Char('E') || c == QLatin1Char('e')) && i + 1 < n && t.at(i + 1) == QLatin1Char('\'')) {
            i = quoted(i + 1, QLatin1Char('\''), true);
            push(TokenKind::String, start, i);
        } else if ((c == QLatin1Char('U') || c == QLatin1Char('u')) && i + 2 < n && t.at(i + 1) == QLatin1Char('&')
                   && (t.at(i + 2) == QLatin1Char('\'') || t.at(i + 2) == QLatin1Char('"'))) {
            i = quoted(i + 2, t.at(i + 2), false);
            push(t.at(start + 2) == QLatin1Char('"') ? TokenKind::Name : TokenKind::String, start, i);
        } else if (c == QLatin1Char('"')) {
            i = quoted(i, c, false);
            push(TokenKind::Name, start, i);
        } else if (c == QLatin1Char('$') && dollarTagLength(t, i) > 0) {
            const int tagLength = dollarTagLength(t, i);
            const QStringView tag = t.mid(i, tagLength);
            const qsizetype close = t.indexOf(tag, i + tagLength);
            i = close < 0 ? n : int(close) + tagLength;
            push(TokenKind::String, start, i);
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && t.at(i + 1).isDigit())) {
            while (i < n && (t.at(i).isLetterOrNumber() || t.at(i) == QLatin1Char('.') || t.at(i) == QLatin1Char('_')))
                ++i;
            push(TokenKind::Number, start, i);
        } else if (isIdentStart(c)) {
            while (i < n && isIdentPart(t.at(i)))
                ++i;
            push(isKeyword(t.mid(start, i - start)) ? TokenKind::Keyword : TokenKind::Name, start, i);
        } else if (c == QLatin1Char('$')) {
            // Positional parameter $1.
            ++i;
            while (i < n && t.at(i).isDigit())
                ++i;
            push(TokenKind::Name, start, i);
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[')) {
            push(TokenKind::Punctuation, i, i + 1);
            ++depth;
            ++i;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
            depth = std::max(0, depth - 1);
            push(TokenKind::Punctuation, i, i + 1);
            ++i;
        } else if (c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('.')) {
            push(TokenKind::Punctuation, i, i + 1);
            ++i;
        } else {
            static const QString ops = QStringLiteral("+-*/<>=~!@#%^&|`?:\\");
            if (ops.contains(c)) {
                while (i < n && ops.contains(t.at(i)) && !(t.at(i) == QLatin1Char('-') && i + 1 < n && t.at(i + 1) == QLatin1Char('-'))
                       && !(t.at(i) == QLatin1Char('/') && i + 1 < n && t.at(i + 1) == QLatin1Char('*')))
                    ++i;
                if (i == start)
                    ++i;
                push(TokenKind::Operator, start, i);
            } else {
                ++i;
                push(TokenKind::Error, start, i);
            }
        }
    }
    return out;
}

} // namespace strata
