#include "TomlTable.h"

#include <QCoreApplication>
#include <QFile>

namespace strata {

namespace {

class TomlCursor
{
public:
    TomlCursor(const QString &text, const QString &file) : m_text(text), m_file(file) { }

    int line() const { return m_line; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(int ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    void advance()
    {
        if (peek() == QLatin1Char('\n'))
            ++m_line;
        ++m_pos;
    }
    void skipSpaces()
    {
        while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t') || peek() == QLatin1Char('\r')))
            advance();
    }
    void skipComment()
    {
        if (peek() == QLatin1Char('#'))
            while (!atEnd() && peek() != QLatin1Char('\n'))
                advance();
    }
    // Spaces, comments and newlines (inside arrays).
    void skipWhitespaceAndComments()
    {
        for (;;) {
            skipSpaces();
            skipComment();
            if (peek() == QLatin1Char('\n'))
                advance();
            else
                return;
        }
    }
    Error error(const QString &message) const { return makeError(ErrorCode::Config, message, m_file, m_line); }

    Result<QString> readString()
    {
        const QChar quote = peek();
        const bool literal = quote == QLatin1Char('\'');
        const bool multi = peek(1) == quote && peek(2) == quote;
        const int startLine = m_line;
        advance();
        if (multi) {
            advance();
            advance();
            if (peek() == QLatin1Char('\n'))
                advance(); // a newline right after the opening quotes is trimmed
        }
        QString out;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == quote) {
                if (!multi) {
                    advance();
                    return out;
                }
                if (peek(1) == quote && peek(2) == quote) {
                    advance();
                    advance();
                    advance();
                    return out;
                }
            }
            if (c == QLatin1Char('\n') && !multi)
                break;
            if (c == QLatin1Char('\\') && !literal) {
                advance();
                const QChar e = peek();
                advance();
                switch (e.unicode()) {
                case 'n': out += QLatin1Char('\n'); break;
                case 't': out += QLatin1Char('\t'); break;
                case 'r': out += QLatin1Char('\r'); break;
                case '"': out += QLatin1Char('"'); break;
                case '\\': out += QLatin1Char('\\'); break;
                case '\n':
                    if (multi) {
                        skipWhitespaceAndComments();
                        break;
                    }
                    return error(QCoreApplication::translate("strata::TomlTable", "bad escape at end of line in a string"));
                case 'u':
                case 'U': {
                    const int n = e == QLatin1Char('u') ? 4 : 8;
                    bool okHex = false;
                    const uint code = m_text.mid(m_pos, n).toUInt(&okHex, 16);
                    if (!okHex)
                        return error(QCoreApplication::translate("strata::TomlTable", "bad \\%1 escape in a string").arg(e));
                    for (int k = 0; k < n; ++k)
                        advance();
                    const char32_t cp = code;
                    out += QString::fromUcs4(&cp, 1);
                    break;
                }
                default: return error(QCoreApplication::translate("strata::TomlTable", "unknown escape '\\%1' in a string").arg(e));
                }
                continue;
            }
            out += c;
            advance();
        }
        return makeError(ErrorCode::Config, QCoreApplication::translate("strata::TomlTable", "string is not closed"), m_file, startLine);
    }

    // Arrays nest at most this deep (Python's tomllib would hit its recursion
    // limit long before a hostile file's 50,000 brackets).
    static constexpr int MaxDepth = 64;

    Result<QVariant> readValue(int depth = 0)
    {
        skipSpaces();
        const QChar c = peek();
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            auto s = readString();
            if (!s)
                return s.error();
            return QVariant(s.value());
        }
        if (c == QLatin1Char('[')) {
            if (depth >= MaxDepth)
                return error(QCoreApplication::translate("strata::TomlTable", "arrays nest more than %1 deep").arg(MaxDepth));
            advance();
            QVariantList list;
            for (;;) {
                skipWhitespaceAndComments();
                if (peek() == QLatin1Char(']')) {
                    advance();
                    return QVariant(list);
                }
                if (atEnd())
                    return error(QCoreApplication::translate("strata::TomlTable", "array is not closed with ']'"));
                auto v = readValue(depth + 1);
                if (!v)
                    return v;
                list.append(v.value());
                skipWhitespaceAndComments();
                if (peek() == QLatin1Char(',')) {
                    advance();
                    continue;
                }
                if (peek() != QLatin1Char(']'))
                    return error(QCoreApplication::translate("strata::TomlTable", "expected ',' or ']' in an array"));
            }
        }
        if (c == QLatin1Char('{')) {
            // inline table: skip it, balanced
            int braces = 0;
            while (!atEnd()) {
                if (peek() == QLatin1Char('{'))
                    ++braces;
                else if (peek() == QLatin1Char('}') && --braces == 0) {
                    advance();
                    return QVariant();
                } else if (peek() == QLatin1Char('"') || peek() == QLatin1Char('\'')) {
                    auto s = readString();
                    if (!s)
                        return s.error();
                    continue;
                }
                advance();
            }
            return error(QCoreApplication::translate("strata::TomlTable", "inline table is not closed with '}'"));
        }
        QString word;
        while (!atEnd() && !peek().isSpace() && peek() != QLatin1Char(',') && peek() != QLatin1Char(']')
               && peek() != QLatin1Char('#') && peek() != QLatin1Char('}')) {
            word += peek();
            advance();
        }
        if (word == QLatin1String("true"))
            return QVariant(true);
        if (word == QLatin1String("false"))
            return QVariant(false);
        bool okNum = false;
        const qlonglong n = QString(word).remove(QLatin1Char('_')).toLongLong(&okNum);
        if (okNum)
            return QVariant(n);
        if (!word.isEmpty())
            return QVariant(word); // dates and floats: kept as text, Strata never needs them
        return error(QCoreApplication::translate("strata::TomlTable", "expected a value"));
    }

private:
    const QString &m_text;
    QString m_file;
    int m_pos = 0;
    int m_line = 1;
};

QString unquoteKey(QString key)
{
    key = key.trimmed();
    if (key.size() >= 2 && (key.startsWith(QLatin1Char('"')) || key.startsWith(QLatin1Char('\''))))
        key = key.mid(1, key.size() - 2);
    return key;
}

} // namespace

Result<TomlTable> TomlTable::load(const QString &path, const QString &tableName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::TomlTable", "cannot read %1: %2").arg(path, file.errorString()), path);
    QString text = QString::fromUtf8(file.readAll());
    if (text.contains(QChar::ReplacementCharacter))
        return makeError(ErrorCode::Decode, QCoreApplication::translate("strata::TomlTable", "file is not valid UTF-8"), path);
    return parse(text, path, tableName);
}

Result<TomlTable> TomlTable::parse(const QString &text, const QString &fileName, const QString &tableName)
{
    TomlTable table;
    TomlCursor cur(text, fileName);
    bool inTarget = false;
    while (!cur.atEnd()) {
        cur.skipWhitespaceAndComments();
        if (cur.atEnd())
            break;
        if (cur.peek() == QLatin1Char('[')) {
            const int headerLine = cur.line();
            const bool arrayTable = cur.peek(1) == QLatin1Char('[');
            QString header;
            while (!cur.atEnd() && cur.peek() != QLatin1Char('\n')) {
                header += cur.peek();
                cur.advance();
            }
            const int hash = header.indexOf(QLatin1Char('#'));
            if (hash >= 0)
                header.truncate(hash);
            header = header.trimmed();
            const int open = arrayTable ? 2 : 1;
            if (!header.endsWith(arrayTable ? QStringLiteral("]]") : QStringLiteral("]")))
                return makeError(ErrorCode::Config, QCoreApplication::translate("strata::TomlTable", "table header is not closed"), fileName,
                                 headerLine);
            QStringList parts = header.mid(open, header.size() - 2 * open).split(QLatin1Char('.'));
            for (QString &p : parts)
                p = unquoteKey(p);
            const QString name = parts.join(QLatin1Char('.'));
            inTarget = !arrayTable && name == tableName;
            if (inTarget) {
                table.m_found = true;
                table.m_tableLine = headerLine;
            }
            continue;
        }
        // key = value
        const int keyLine = cur.line();
        QString key;
        while (!cur.atEnd() && cur.peek() != QLatin1Char('=') && cur.peek() != QLatin1Char('\n')) {
            key += cur.peek();
            cur.advance();
        }
        if (cur.peek() != QLatin1Char('='))
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::TomlTable", "expected 'key = value', found \"%1\"").arg(excerpt(key.trimmed())),
                             fileName, keyLine);
        cur.advance();
        key = unquoteKey(key);
        auto value = cur.readValue();
        if (!value) {
            Error e = value.error();
            e.key = key;
            return e;
        }
        cur.skipSpaces();
        cur.skipComment();
        if (!cur.atEnd() && cur.peek() != QLatin1Char('\n'))
            return makeError(ErrorCode::Config, QCoreApplication::translate("strata::TomlTable", "unexpected text after the value of '%1'").arg(excerpt(key)),
                             fileName, cur.line(), key);
        if (inTarget) {
            if (table.m_values.contains(key))
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::TomlTable", "key '%1' is defined twice in [%2]").arg(excerpt(key), tableName), fileName,
                                 keyLine, key);
            table.m_values.insert(key, value.value());
            table.m_lines.insert(key, keyLine);
        }
    }
    return table;
}

} // namespace strata
