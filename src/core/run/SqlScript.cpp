#include "SqlScript.h"

#include "run/RunRecord.h"
#include "text/SqlLexer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace strata {

namespace {

QStringList revisionList(QStringView text)
{
    QStringList out;
    for (const QString &part : text.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString r = part.trimmed();
        if (!r.isEmpty() && r != QStringLiteral("base"))
            out << r;
    }
    return out;
}

bool wordIs(QStringView text, const Token &t, const char *word)
{
    return (t.kind == TokenKind::Keyword || t.kind == TokenKind::Name)
            && text.mid(t.start, t.length).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// The tables one statement names after TABLE, INTO, REFERENCES, UPDATE,
// DELETE … FROM and CREATE/DROP … ON (the last part of schema.table).
void collectTables(QStringView view, const Tokens &tokens, int first, int last, QSet<QString> *seen, QStringList *out)
{
    std::vector<const Token *> sig;
    for (int k = first; k <= last; ++k) {
        const Token &t = tokens[size_t(k)];
        if (t.kind != TokenKind::Whitespace && t.kind != TokenKind::Newline && t.kind != TokenKind::Comment)
            sig.push_back(&t);
    }
    auto text = [&](size_t i) { return view.mid(sig[i]->start, sig[i]->length); };
    auto isWord = [&](size_t i, const char *w) { return i < sig.size() && wordIs(view, *sig[i], w); };
    for (size_t i = 0; i < sig.size(); ++i) {
        size_t j = 0;
        if (isWord(i, "table") || isWord(i, "into") || isWord(i, "references") || isWord(i, "update")
            || (isWord(i, "from") && isWord(0, "delete")) || (isWord(i, "on") && (isWord(0, "create") || isWord(0, "drop"))))
            j = i + 1;
        else
            continue;
        while (isWord(j, "if") || isWord(j, "not") || isWord(j, "exists") || isWord(j, "only"))
            ++j;
        if (j >= sig.size() || (sig[j]->kind != TokenKind::Name))
            continue;
        // schema.table: take the last part.
        while (j + 2 < sig.size() && text(j + 1) == u"." && sig[j + 2]->kind == TokenKind::Name)
            j += 2;
        QString name = text(j).toString();
        if (name.startsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        else
            name = name.toLower();
        if (!seen->contains(name)) {
            seen->insert(name);
            *out << name;
        }
    }
}

} // namespace

QString SqlScript::header(const QStringList &from, const QStringList &to, const QString &direction)
{
    const QString comma = QStringLiteral(",");
    return QStringLiteral("-- strata: from=%1 to=%2 direction=%3")
            .arg(revisionsOrBase(from, comma), revisionsOrBase(to, comma), direction);
}

Result<SqlScript> SqlScript::parse(const QString &text, const QString &fileName)
{
    static const QRegularExpression marker(
            QStringLiteral("^--\\s*Running (upgrade|downgrade)\\s+(.*?)\\s*->\\s*(.*?)\\s*$"));
    static const QRegularExpression headerRe(
            QStringLiteral("^--\\s*strata:\\s*from=(\\S+)\\s+to=(\\S+)(?:\\s+direction=(\\w+))?"));
    SqlScript script;
    const QStringView view(text);
    const Tokens tokens = SqlLexer::tokenize(view);
    QSet<QString> seenTables;

    int stmtStart = -1; // index of the first significant token of the current statement
    int stmtLine = 0;
    bool atomicBody = false; // inside BEGIN ATOMIC … END (semicolons belong to the body)
    int lastSignificant = -1;
    bool atLineStart = true;

    auto finish = [&](int endToken) {
        if (stmtStart < 0)
            return;
        const Token &first = tokens[size_t(stmtStart)];
        const Token &last = tokens[size_t(endToken)];
        SqlStatement s;
        s.text = text.mid(first.start, last.start + last.length - first.start);
        s.line = stmtLine;
        s.step = int(script.steps.size()) - 1;
        // Classify by the leading words.
        std::vector<const Token *> words;
        for (int k = stmtStart; k <= endToken && words.size() < 6; ++k) {
            const Token &t = tokens[size_t(k)];
            if (t.kind == TokenKind::Keyword || t.kind == TokenKind::Name)
                words.push_back(&t);
        }
        auto w = [&](size_t i, const char *word) { return i < words.size() && wordIs(view, *words[i], word); };
        if ((w(0, "begin") && !w(1, "atomic")) || (w(0, "start") && w(1, "transaction")))
            s.kind = SqlStatement::Kind::Begin;
        else if (w(0, "commit") || w(0, "end"))
            s.kind = SqlStatement::Kind::Commit;
        else if (w(0, "rollback") || w(0, "abort"))
            s.kind = SqlStatement::Kind::Rollback;
        for (int k = stmtStart; k <= endToken; ++k)
            if (wordIs(view, tokens[size_t(k)], "concurrently"))
                s.nonTransactional = true;
        if (w(0, "vacuum") || (w(0, "create") && w(1, "database")) || (w(0, "drop") && w(1, "database"))
            || (w(0, "alter") && w(1, "system")))
            s.nonTransactional = true;
        collectTables(view, tokens, stmtStart, endToken, &seenTables, &script.tables);
        script.statements.push_back(std::move(s));
        stmtStart = -1;
        atomicBody = false;
    };

    for (int k = 0; k < int(tokens.size()); ++k) {
        const Token &t = tokens[size_t(k)];
        const QStringView tt = view.mid(t.start, t.length);
        if (t.kind == TokenKind::Newline) {
            atLineStart = true;
            continue;
        }
        if (t.kind == TokenKind::Whitespace)
            continue;
        const bool lineStart = atLineStart;
        atLineStart = false;
        if (t.kind == TokenKind::Comment) {
            if (stmtStart < 0 && tt.startsWith(u"--")) {
                const QString comment = tt.toString();
                if (const auto m = marker.match(comment); m.hasMatch()) {
                    SqlStep step;
                    step.direction = m.captured(1);
                    step.from = revisionList(m.capturedView(2));
                    step.to = revisionList(m.capturedView(3));
                    step.line = t.line;
                    script.steps.push_back(step);
                } else if (const auto h = headerRe.match(comment); h.hasMatch() && script.statements.empty()) {
                    script.hasHeader = true;
                    script.headerFrom = revisionList(h.capturedView(1));
                    script.headerTo = revisionList(h.capturedView(2));
                    script.headerDirection = h.captured(3);
                }
            }
            continue;
        }
        if (stmtStart < 0 && lineStart && tt.startsWith(u"\\"))
            return makeError(ErrorCode::Parse,
                             QCoreApplication::translate("strata::SqlScript", "psql meta-command '%1' is not SQL; Strata runs plain SQL only")
                                     .arg(text.mid(t.start, text.indexOf(QLatin1Char('\n'), t.start) - t.start).trimmed()),
                             fileName, t.line);
        if (t.kind == TokenKind::Punctuation && tt == u";" && !atomicBody) {
            if (stmtStart >= 0)
                finish(lastSignificant);
            continue;
        }
        if (stmtStart < 0) {
            stmtStart = k;
            stmtLine = t.line;
        }
        if (wordIs(view, t, "atomic") && lastSignificant >= 0 && wordIs(view, tokens[size_t(lastSignificant)], "begin"))
            atomicBody = true;
        else if (atomicBody && wordIs(view, t, "end") && t.depth == 0) {
            // END closes the body only when followed by ';' or the end of text.
            int j = k + 1;
            while (j < int(tokens.size())
                   && (tokens[size_t(j)].kind == TokenKind::Whitespace || tokens[size_t(j)].kind == TokenKind::Newline
                       || tokens[size_t(j)].kind == TokenKind::Comment))
                ++j;
            if (j >= int(tokens.size()) || view.mid(tokens[size_t(j)].start, 1) == u";")
                atomicBody = false;
        }
        if ((t.kind == TokenKind::String || t.kind == TokenKind::Comment || t.kind == TokenKind::Name)
            && SqlLexer::isUnterminated(tt) && (tt.startsWith(u'\'') || tt.startsWith(u'$') || tt.startsWith(u'"')
                                               || tt.startsWith(u"E'") || tt.startsWith(u"e'")))
            return makeError(ErrorCode::Parse,
                             QCoreApplication::translate("strata::SqlScript", "unterminated %1 starting here")
                                     .arg(tt.startsWith(u'$') ? QCoreApplication::translate("strata::SqlScript", "dollar-quoted string")
                                                 : tt.startsWith(u'"') ? QCoreApplication::translate("strata::SqlScript", "quoted identifier")
                                                                        : QStringLiteral("string")),
                             fileName, t.line);
        lastSignificant = k;
    }
    if (stmtStart >= 0)
        finish(lastSignificant);
    return script;
}

bool SqlScript::expectedStart(QStringList *rows) const
{
    if (hasHeader) {
        *rows = headerFrom;
        return true;
    }
    if (!steps.empty()) {
        *rows = steps.front().from;
        return true;
    }
    return false;
}

} // namespace strata
