#include "HeaderParser.h"

#include "text/PythonLexer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace strata {

namespace {

const QLatin1String kRevision("revision");
const QLatin1String kDownRevision("down_revision");
const QLatin1String kBranchLabels("branch_labels");
const QLatin1String kDependsOn("depends_on");

struct Line
{
    int begin = 0; // token index range [begin, end)
    int end = 0;
    bool afterSemicolon = false; // continues the physical line of the previous statement
};

class Reader
{
public:
    Reader(const QString &text, const Tokens &tokens) : m_text(text), m_tokens(tokens) { }

    QStringView textOf(const Token &t) const { return QStringView(m_text).mid(t.start, t.length); }
    QString sourceOf(int begin, int end) const
    {
        if (begin >= end)
            return {};
        const Token &a = m_tokens.at(begin);
        const Token &b = m_tokens.at(end - 1);
        return m_text.mid(a.start, b.start + b.length - a.start).trimmed();
    }
    bool isOp(int i, QLatin1String op) const
    {
        const Token &t = m_tokens.at(i);
        return (t.kind == TokenKind::Operator || t.kind == TokenKind::Punctuation) && textOf(t) == op;
    }

    // Evaluates tokens [begin, end) as a static literal value.
    HeaderValue evaluate(int begin, int end, const QHash<QString, HeaderValue> &bound) const
    {
        HeaderValue v;
        v.source = sourceOf(begin, end);
        v.line = begin < end ? m_tokens.at(begin).line : 0;
        v.kind = HeaderValue::Kind::Unresolved;
        if (begin >= end)
            return v;

        // Strip one pair of enclosing brackets: (...) or [...]
        bool bracketed = false;
        if ((isOp(begin, QLatin1String("(")) && isOp(end - 1, QLatin1String(")")))
            || (isOp(begin, QLatin1String("[")) && isOp(end - 1, QLatin1String("]")))) {
            // make sure the brackets match each other (not "(a) + (b)")
            const int baseDepth = m_tokens.at(begin).depth;
            bool encloses = true;
            for (int i = begin + 1; i < end - 1; ++i)
                if (m_tokens.at(i).depth <= baseDepth) {
                    encloses = false;
                    break;
                }
            if (encloses) {
                bracketed = true;
                const bool isList = isOp(begin, QLatin1String("["));
                HeaderValue inner = evaluateItems(begin + 1, end - 1, bound, isList);
                inner.source = v.source;
                inner.line = v.line;
                return inner;
            }
        }
        Q_UNUSED(bracketed);
        // a bare tuple: "a", "b"
        for (int i = begin; i < end; ++i) {
            if (m_tokens.at(i).depth == m_tokens.at(begin).depth && isOp(i, QLatin1String(","))) {
                HeaderValue t = evaluateItems(begin, end, bound, false);
                t.source = v.source;
                t.line = v.line;
                return t;
            }
        }
        HeaderValue s = evaluateScalar(begin, end, bound);
        s.source = v.source;
        s.line = v.line;
        return s;
    }

private:
    HeaderValue evaluateScalar(int begin, int end, const QHash<QString, HeaderValue> &bound) const
    {
        HeaderValue v;
        v.kind = HeaderValue::Kind::Unresolved;
        if (end - begin == 1 && m_tokens.at(begin).kind == TokenKind::Keyword
            && textOf(m_tokens.at(begin)) == QLatin1String("None")) {
            v.kind = HeaderValue::Kind::None;
            return v;
        }
        if (end - begin == 1 && (m_tokens.at(begin).kind == TokenKind::Name
                                 || m_tokens.at(begin).kind == TokenKind::Builtin)) {
            const auto it = bound.constFind(textOf(m_tokens.at(begin)).toString());
            if (it != bound.constEnd() && it->isKnown()) {
                HeaderValue copy = *it;
                return copy;
            }
            return v;
        }
        // parenthesised scalar: ("abc")
        if (end - begin >= 3 && isOp(begin, QLatin1String("(")) && isOp(end - 1, QLatin1String(")")))
            return evaluateScalar(begin + 1, end - 1, bound);
        // implicit concatenation of string literals
        QString joined;
        for (int i = begin; i < end; ++i) {
            const Token &t = m_tokens.at(i);
            if (t.kind == TokenKind::Comment)
                continue;
            QString part;
            if (t.kind != TokenKind::String || !PythonLexer::stringValue(textOf(t), &part))
                return v;
            joined += part;
        }
        v.kind = HeaderValue::Kind::String;
        v.items = QStringList { joined };
        return v;
    }

    HeaderValue evaluateItems(int begin, int end, const QHash<QString, HeaderValue> &bound, bool isList) const
    {
        Q_UNUSED(isList);
        HeaderValue v;
        v.kind = HeaderValue::Kind::Sequence;
        int itemStart = begin;
        const int depth = begin < end ? m_tokens.at(begin).depth : 0;
        bool sawComma = false;
        for (int i = begin; i <= end; ++i) {
            const bool atComma = i < end && m_tokens.at(i).depth == depth && isOp(i, QLatin1String(","));
            if (i == end || atComma) {
                if (atComma)
                    sawComma = true;
                if (i > itemStart) {
                    HeaderValue item = evaluateScalar(itemStart, i, bound);
                    if (item.kind == HeaderValue::Kind::String) {
                        v.items << item.items;
                    } else {
                        v.kind = HeaderValue::Kind::Unresolved;
                        return v;
                    }
                } else if (atComma) {
                    // ",," or "(,)": not valid Python
                    v.kind = HeaderValue::Kind::Unresolved;
                    return v;
                }
                itemStart = i + 1;
            }
        }
        // "(x)" without a comma inside round brackets is just x, not a tuple;
        // evaluateScalar handled that case before we got here only for
        // single scalars, so mirror Python: ("a") == "a".
        if (!sawComma && !isList && v.items.size() == 1) {
            v.kind = HeaderValue::Kind::String;
        }
        return v;
    }

    const QString &m_text;
    const Tokens &m_tokens;
};

QString docMessage(const QString &longDoc)
{
    // Alembic: re.split("\n\n", longdoc)[0]
    const int cut = longDoc.indexOf(QStringLiteral("\n\n"));
    return cut < 0 ? longDoc : longDoc.left(cut);
}

// Python's str.strip() strips whitespace, which for str includes all of
// these; QString::trimmed() matches closely enough for docstrings.
QString pyStrip(const QString &s)
{
    return s.trimmed();
}

} // namespace

bool HeaderParser::decode(const QByteArray &bytes, QString *text, QString *problem, int *problemLine)
{
    QByteArray data = bytes;
    bool bom = false;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
        bom = true;
    }
    // PEP 263: a coding declaration in the first two lines
    QByteArray encoding = "utf-8";
    int from = 0;
    for (int l = 0; l < 2 && from < data.size(); ++l) {
        int nl = data.indexOf('\n', from);
        if (nl < 0)
            nl = data.size();
        const QByteArray lineBytes = data.mid(from, nl - from);
        static const QRegularExpression re(QStringLiteral("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)"));
        const auto m = re.match(QString::fromLatin1(lineBytes));
        if (m.hasMatch()) {
            encoding = m.captured(1).toLower().toLatin1();
            break;
        }
        // the second line counts only when the first is a comment or blank
        if (!lineBytes.trimmed().isEmpty() && !lineBytes.trimmed().startsWith('#'))
            break;
        from = nl + 1;
    }
    encoding.replace('_', '-');
    if (encoding.startsWith("utf-8") || encoding == "utf8") {
        // strict UTF-8: find the first invalid byte for a precise message
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString out = dec.decode(data);
        if (dec.hasError()) {
            // locate the first replacement char that was not in the input
            int line = 1;
            int bad = 0;
            for (int i = 0; i < out.size(); ++i) {
                if (out.at(i) == QLatin1Char('\n'))
                    ++line;
                if (out.at(i) == QChar::ReplacementCharacter) {
                    bad = i;
                    break;
                }
            }
            Q_UNUSED(bad);
            *problem = QStringLiteral("the file is not valid UTF-8 (first bad byte on line %1); declare its "
                                      "encoding with a '# -*- coding: ... -*-' line or re-save it as UTF-8")
                               .arg(line);
            *problemLine = line;
            return false;
        }
        *text = out;
        return true;
    }
    if (bom) {
        *problem = QStringLiteral("the file starts with a UTF-8 byte order mark but declares encoding '%1'")
                           .arg(QString::fromLatin1(encoding));
        *problemLine = 1;
        return false;
    }
    if (encoding == "latin-1" || encoding == "iso-8859-1" || encoding == "latin1" || encoding == "iso8859-1"
        || encoding == "l1") {
        *text = QString::fromLatin1(data);
        return true;
    }
    if (encoding == "ascii" || encoding == "us-ascii") {
        for (int i = 0; i < data.size(); ++i) {
            if (static_cast<unsigned char>(data.at(i)) > 0x7F) {
                *problem = QStringLiteral("the file declares encoding 'ascii' but contains a non-ASCII byte on "
                                          "line %1")
                                   .arg(data.left(i).count('\n') + 1);
                *problemLine = data.left(i).count('\n') + 1;
                return false;
            }
        }
        *text = QString::fromLatin1(data);
        return true;
    }
    auto maybe = QStringConverter::encodingForName(encoding.constData());
    if (maybe) {
        QStringDecoder dec(*maybe, QStringDecoder::Flag::Stateless);
        QString out = dec.decode(data);
        if (!dec.hasError()) {
            *text = out;
            return true;
        }
    }
    *problem = QStringLiteral("the file declares encoding '%1', which Strata cannot decode")
                       .arg(QString::fromLatin1(encoding));
    *problemLine = 1;
    return false;
}

RevisionScript HeaderParser::parse(const QByteArray &bytes, const QString &path, const QString &fileName)
{
    RevisionScript script;
    script.path = path;
    script.fileName = fileName;

    QString text;
    QString problem;
    int problemLine = 0;
    if (!decode(bytes, &text, &problem, &problemLine)) {
        script.findings.append(
                Finding { Severity::Error, QStringLiteral("undecodable-file"), problem, path, problemLine, {} });
        return script;
    }

    const Tokens tokens = PythonLexer::tokenize(text);
    Reader reader(text, tokens);

    // Split into logical lines, without comments.
    QList<Line> lines;
    {
        int begin = -1;
        bool semicolon = false;
        for (int i = 0; i < tokens.size(); ++i) {
            const Token &t = tokens.at(i);
            if (t.kind == TokenKind::Comment)
                continue;
            if (t.kind == TokenKind::Newline) {
                if (begin >= 0)
                    lines.append(Line { begin, i, semicolon });
                begin = -1;
                semicolon = t.length == 0 && t.start < text.size() && text.at(t.start) == QLatin1Char(';');
                continue;
            }
            if (begin < 0)
                begin = i;
        }
        if (begin >= 0)
            lines.append(Line { begin, int(tokens.size()), semicolon });
    }

    QHash<QString, HeaderValue> bound; // module-level names bound to literals so far
    bool first = true;
    bool previousTopLevel = false;
    for (const Line &l : std::as_const(lines)) {
        // collect non-comment token indexes of the line
        QList<int> idx;
        for (int i = l.begin; i < l.end; ++i)
            if (tokens.at(i).kind != TokenKind::Comment)
                idx << i;
        if (idx.isEmpty())
            continue;
        const Token &head = tokens.at(idx.first());
        const bool topLevel = l.afterSemicolon ? previousTopLevel : head.column == 0;
        previousTopLevel = topLevel;

        if (first) {
            first = false;
            // module docstring: a statement made only of string literals
            bool allStrings = true;
            for (int i : std::as_const(idx))
                if (tokens.at(i).kind != TokenKind::String)
                    allStrings = false;
            if (allStrings && topLevel) {
                QString doc;
                bool ok = true;
                for (int i : std::as_const(idx)) {
                    QString part;
                    if (!PythonLexer::stringValue(reader.textOf(tokens.at(i)), &part)) {
                        ok = false;
                        break;
                    }
                    doc += part;
                }
                if (ok) {
                    script.longDoc = pyStrip(doc);
                    script.message = docMessage(script.longDoc);
                    script.docLine = head.line;
                    static const QRegularExpression createDate(QStringLiteral("^\\s*Create Date:\\s*(.+?)\\s*$"),
                                                               QRegularExpression::MultilineOption);
                    const auto m = createDate.match(doc);
                    if (m.hasMatch())
                        script.createDate = m.captured(1);
                }
                continue;
            }
        }
        if (!topLevel)
            continue; // indented code belongs to a block (def/if/class): not a module variable

        // Targets: NAME [: annotation] = [NAME =]* value
        // Find '=' operators at the line's base depth.
        const int baseDepth = head.depth;
        QList<int> eqPositions; // positions in idx
        for (int k = 0; k < idx.size(); ++k) {
            const Token &t = tokens.at(idx.at(k));
            if (t.depth == baseDepth && t.kind == TokenKind::Operator && reader.textOf(t) == QLatin1String("="))
                eqPositions << k;
        }
        if (eqPositions.isEmpty())
            continue;
        QStringList targets;
        int segStart = 0;
        bool simpleTargets = true;
        for (int e : std::as_const(eqPositions)) {
            // a target segment is [segStart, e)
            const int len = e - segStart;
            if (len >= 1 && (tokens.at(idx.at(segStart)).kind == TokenKind::Name
                             || tokens.at(idx.at(segStart)).kind == TokenKind::Builtin)) {
                const bool plain = len == 1;
                const bool annotated = len >= 3 && reader.isOp(idx.at(segStart + 1), QLatin1String(":"));
                if (plain || (annotated && segStart == 0))
                    targets << reader.textOf(tokens.at(idx.at(segStart))).toString();
                else
                    simpleTargets = false;
            } else {
                simpleTargets = false;
            }
            segStart = e + 1;
        }
        if (!simpleTargets || targets.isEmpty())
            continue;
        const int valueBegin = idx.at(eqPositions.last()) + 1;
        const int valueEnd = l.end;
        // strip comments inside the value range (multi-line tuples may carry them)
        Tokens valueTokens;
        HeaderValue value;
        {
            // the Reader works on token indexes; comments are skipped by evaluate()
            // only in scalars, so evaluate over a comment-free copy.
            bool hasComment = false;
            for (int i = valueBegin; i < valueEnd; ++i)
                if (tokens.at(i).kind == TokenKind::Comment)
                    hasComment = true;
            if (!hasComment) {
                value = reader.evaluate(valueBegin, valueEnd, bound);
            } else {
                for (int i = valueBegin; i < valueEnd; ++i)
                    if (tokens.at(i).kind != TokenKind::Comment)
                        valueTokens.append(tokens.at(i));
                Reader sub(text, valueTokens);
                value = sub.evaluate(0, int(valueTokens.size()), bound);
                value.source = reader.sourceOf(valueBegin, valueEnd);
            }
        }
        value.line = head.line;
        for (const QString &name : std::as_const(targets)) {
            bound.insert(name, value);
            if (name == kRevision)
                script.revision = value;
            else if (name == kDownRevision)
                script.downRevision = value;
            else if (name == kBranchLabels)
                script.branchLabels = value;
            else if (name == kDependsOn)
                script.dependsOn = value;
        }
    }

    // Is it a revision at all?
    if (script.revision.kind == HeaderValue::Kind::Absent) {
        script.isRevision = false;
        return script;
    }
    script.isRevision = true;
    auto fieldProblem = [&](const HeaderValue &v, const QString &field) {
        if (v.kind == HeaderValue::Kind::Unresolved)
            script.findings.append(Finding { Severity::Warning, QStringLiteral("unresolved-header"),
                                             QStringLiteral("%1 = %2 cannot be known without running Python; "
                                                            "Strata leaves it unresolved")
                                                     .arg(field, v.source),
                                             path, v.line, script.id() });
    };
    if (script.revision.kind != HeaderValue::Kind::String) {
        const bool unresolved = script.revision.kind == HeaderValue::Kind::Unresolved;
        script.findings.append(
                Finding { Severity::Error,
                          unresolved ? QStringLiteral("unresolved-revision") : QStringLiteral("bad-revision-id"),
                          unresolved ? QStringLiteral("revision = %1 cannot be known without running Python; the "
                                                      "script is left out of the graph")
                                               .arg(script.revision.source)
                                     : QStringLiteral("revision must be a string, not %1").arg(script.revision.source),
                          path, script.revision.line, {} });
        script.isRevision = false;
        return script;
    }
    fieldProblem(script.downRevision, QString(kDownRevision));
    fieldProblem(script.branchLabels, QString(kBranchLabels));
    fieldProblem(script.dependsOn, QString(kDependsOn));
    return script;
}

} // namespace strata
