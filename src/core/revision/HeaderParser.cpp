#include "HeaderParser.h"

#include "text/PythonLexer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QVarLengthArray>

namespace strata {

namespace {

const QLatin1String kRevision("revision");
const QLatin1String kDownRevision("down_revision");
const QLatin1String kBranchLabels("branch_labels");
const QLatin1String kDependsOn("depends_on");

// Names bound at module level, in order; a later binding shadows an earlier one.
// Few per file, so a small array beats a hash.
class Bindings
{
public:
    void bind(QStringView name, const HeaderValue &value) { m_items.append({ name, value }); }
    const HeaderValue *find(QStringView name) const
    {
        for (auto it = m_items.crbegin(); it != m_items.crend(); ++it)
            if (it->first == name)
                return &it->second;
        return nullptr;
    }

private:
    QVarLengthArray<std::pair<QStringView, HeaderValue>, 8> m_items;
};

class Reader
{
public:
    Reader(const QString &text, const Tokens &tokens) : m_text(text), m_tokens(tokens) { }

    QStringView textOf(const Token &t) const { return QStringView(m_text).mid(t.start, t.length); }
    const Token &token(int i) const { return m_tokens.at(i); }
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
    HeaderValue evaluate(int begin, int end, const Bindings &bound) const
    {
        HeaderValue v;
        v.line = begin < end ? m_tokens.at(begin).line : 0;
        v.kind = HeaderValue::Kind::Unresolved;
        if (begin >= end)
            return v;

        // Strip one pair of enclosing brackets: (...) or [...]
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
                const bool isList = isOp(begin, QLatin1String("["));
                HeaderValue inner = evaluateItems(begin + 1, end - 1, bound, isList);
                inner.line = v.line;
                return inner;
            }
        }
        // a bare tuple: "a", "b"
        for (int i = begin; i < end; ++i) {
            if (m_tokens.at(i).depth == m_tokens.at(begin).depth && isOp(i, QLatin1String(","))) {
                HeaderValue t = evaluateItems(begin, end, bound, false);
                t.line = v.line;
                return t;
            }
        }
        HeaderValue s = evaluateScalar(begin, end, bound);
        s.line = v.line;
        return s;
    }

private:
    HeaderValue evaluateScalar(int begin, int end, const Bindings &bound) const
    {
        HeaderValue v;
        v.kind = HeaderValue::Kind::Unresolved;
        if (end - begin == 1 && m_tokens.at(begin).kind != TokenKind::String
            && textOf(m_tokens.at(begin)) == QLatin1String("None")) {
            v.kind = HeaderValue::Kind::None;
            return v;
        }
        if (end - begin == 1 && (m_tokens.at(begin).kind == TokenKind::Name
                                 || m_tokens.at(begin).kind == TokenKind::Builtin
                                 || m_tokens.at(begin).kind == TokenKind::Keyword)) {
            if (const HeaderValue *bv = bound.find(textOf(m_tokens.at(begin))); bv && bv->isKnown())
                return *bv;
            return v;
        }
        // parenthesised scalar: ("abc"), ((("abc")))
        if (end - begin >= 3 && isOp(begin, QLatin1String("(")) && isOp(end - 1, QLatin1String(")"))) {
            while (end - begin >= 3 && isOp(begin, QLatin1String("(")) && isOp(end - 1, QLatin1String(")"))) {
                ++begin;
                --end;
            }
            return evaluateScalar(begin, end, bound);
        }
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

    HeaderValue evaluateItems(int begin, int end, const Bindings &bound, bool isList) const
    {
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

// The module docstring: a first statement made only of string literals.
bool readDocstring(const Reader &reader, int begin, int end, RevisionScript *script)
{
    QString doc;
    for (int i = begin; i < end; ++i) {
        const Token &t = reader.token(i);
        QString part;
        if (t.kind != TokenKind::String || !PythonLexer::stringValue(reader.textOf(t), &part))
            return false;
        doc += part;
    }
    script->longDoc = pyStrip(doc);
    script->message = docMessage(script->longDoc);
    script->docLine = reader.token(begin).line;
    // "Create Date:" at the start of a line (after spaces), as Alembic's template writes it
    for (int at = doc.indexOf(QLatin1String("Create Date:")); at >= 0;
         at = doc.indexOf(QLatin1String("Create Date:"), at + 1)) {
        int b = at;
        while (b > 0 && (doc.at(b - 1) == QLatin1Char(' ') || doc.at(b - 1) == QLatin1Char('\t')))
            --b;
        if (b > 0 && doc.at(b - 1) != QLatin1Char('\n'))
            continue;
        int e = doc.indexOf(QLatin1Char('\n'), at);
        if (e < 0)
            e = doc.size();
        script->createDate = doc.mid(at + 12, e - at - 12).trimmed();
        break;
    }
    return true;
}

} // namespace

namespace {

// Python reads source with universal newlines: \r\n and a lone \r end lines too.
void universalNewlines(QString *text)
{
    if (!text->contains(QLatin1Char('\r')))
        return;
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

// A decoder for a codec name as Python spells it (cp1252, latin_1, shift_jis,
// euc-jp, koi8_r, mac_roman, ...), through ICU where Qt has it.
QStringDecoder decoderFor(const QByteArray &pythonName)
{
    QByteArray name = pythonName;
    for (const QByteArray &candidate : { name, QByteArray(name).replace('_', '-'), QByteArray(name).replace('-', '_'),
                                         QByteArray(name).replace('_', "").replace('-', "") }) {
        QStringDecoder dec(candidate.constData(), QStringDecoder::Flag::Stateless);
        if (dec.isValid())
            return dec;
    }
    return QStringDecoder();
}

} // namespace

bool HeaderParser::decode(const QByteArray &bytes, QString *text, QString *problem, int *problemLine)
{
    if (!decodeLines(bytes, text, problem, problemLine))
        return false;
    universalNewlines(text);
    return true;
}

bool HeaderParser::decodeLines(const QByteArray &bytes, QString *text, QString *problem, int *problemLine)
{
    // UTF-16 and UTF-32 (with a byte order mark): Python cannot read such a
    // file as source, so neither can Alembic.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *problem = QCoreApplication::translate("strata::HeaderParser", "the file is UTF-16 or UTF-32 (it starts with a byte order mark for it); Python, "
                                  "and so Alembic, cannot read it: re-save it as UTF-8");
        *problemLine = 1;
        return false;
    }
    QByteArray data = bytes;
    bool bom = false;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
        bom = true;
    }
    // PEP 263: a coding declaration in the first two lines (ended by \n, \r\n or \r)
    QByteArray encoding = "utf-8";
    int from = 0;
    for (int l = 0; l < 2 && from < data.size(); ++l) {
        int nl = from;
        while (nl < data.size() && data.at(nl) != '\n' && data.at(nl) != '\r')
            ++nl;
        const QByteArray lineBytes = data.mid(from, nl - from);
        if (!lineBytes.contains("coding")) {
            if (!lineBytes.trimmed().isEmpty() && !lineBytes.trimmed().startsWith('#'))
                break;
            from = nl + (nl + 1 < data.size() && data.at(nl) == '\r' && data.at(nl + 1) == '\n' ? 2 : 1);
            continue;
        }
        static const QRegularExpression re(QStringLiteral("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)"));
        const auto m = re.match(QString::fromLatin1(lineBytes));
        if (m.hasMatch()) {
            encoding = m.captured(1).toLower().toLatin1();
            break;
        }
        // the second line counts only when the first is a comment or blank
        if (!lineBytes.trimmed().isEmpty() && !lineBytes.trimmed().startsWith('#'))
            break;
        from = nl + (nl + 1 < data.size() && data.at(nl) == '\r' && data.at(nl + 1) == '\n' ? 2 : 1);
    }
    encoding.replace('_', '-');
    if (encoding.startsWith("utf-16") || encoding.startsWith("utf-32") || encoding.startsWith("utf16")
        || encoding.startsWith("utf32")) {
        *problem = QCoreApplication::translate("strata::HeaderParser", "the file declares encoding '%1', which Python cannot read source in")
                           .arg(QString::fromLatin1(encoding));
        *problemLine = 1;
        return false;
    }
    if (encoding.startsWith("utf-8") || encoding == "utf8") {
        // strict UTF-8: find the first invalid byte for a precise message
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString out = dec.decode(data);
        if (dec.hasError()) {
            // the line of the first replacement character is where decoding failed
            int line = 1;
            for (int i = 0; i < out.size() && out.at(i) != QChar::ReplacementCharacter; ++i)
                if (out.at(i) == QLatin1Char('\n'))
                    ++line;
            *problem = QCoreApplication::translate("strata::HeaderParser", "the file is not valid UTF-8 (first bad byte on line %1); declare its "
                                      "encoding with a '# -*- coding: ... -*-' line or re-save it as UTF-8")
                               .arg(line);
            *problemLine = line;
            return false;
        }
        *text = out;
        return true;
    }
    if (bom) {
        *problem = QCoreApplication::translate("strata::HeaderParser", "the file starts with a UTF-8 byte order mark but declares encoding '%1'")
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
                *problem = QCoreApplication::translate("strata::HeaderParser", "the file declares encoding 'ascii' but contains a non-ASCII byte on "
                                          "line %1")
                                   .arg(data.left(i).count('\n') + 1);
                *problemLine = data.left(i).count('\n') + 1;
                return false;
            }
        }
        *text = QString::fromLatin1(data);
        return true;
    }
    QStringDecoder dec = decoderFor(encoding);
    if (dec.isValid()) {
        QString out = dec.decode(data);
        if (!dec.hasError()) {
            *text = out;
            return true;
        }
        *problem = QCoreApplication::translate("strata::HeaderParser", "the file declares encoding '%1' but is not valid in it")
                           .arg(QString::fromLatin1(encoding));
        *problemLine = 1;
        return false;
    }
    *problem = QCoreApplication::translate("strata::HeaderParser", "the file declares encoding '%1', which Strata cannot decode")
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

    // Module-level statements only: block bodies and comments are not tokenized.
    int deepestLine = 0;
    const Tokens tokens = PythonLexer::tokenize(text, PythonLexer::Scope::ModuleLevel, &deepestLine);
    if (deepestLine > 0) {
        script.findings.append(Finding { Severity::Error, QStringLiteral("python-syntax-error"),
                                         QCoreApplication::translate("strata::HeaderParser", "brackets nest more than %1 deep: Python refuses the file "
                                                        "(\"too many nested parentheses\"), so Alembic cannot load it")
                                                 .arg(PythonLexer::MaxBracketDepth),
                                         path, deepestLine, {} });
        return script;
    }
    Reader reader(text, tokens);

    Bindings bound; // module-level names bound to literals so far
    bool first = true;
    int lineBegin = 0;
    const int count = int(tokens.size());
    for (int i = 0; i <= count; ++i) {
        if (i < count && tokens[size_t(i)].kind != TokenKind::Newline)
            continue;
        const int begin = lineBegin;
        const int end = i;
        lineBegin = i + 1;
        if (begin >= end)
            continue;
        const Token &head = tokens.at(begin);

        if (first) {
            first = false;
            if (readDocstring(reader, begin, end, &script))
                continue;
        }

        // Targets: NAME [: annotation] = [NAME =]* value, '=' at the line's base depth.
        const int baseDepth = head.depth;
        QVarLengthArray<int, 8> eqPositions;
        for (int k = begin; k < end; ++k) {
            const Token &t = tokens.at(k);
            if (t.depth == baseDepth && t.kind == TokenKind::Operator && t.length == 1
                && text.at(t.start) == QLatin1Char('='))
                eqPositions.append(k);
        }
        if (eqPositions.isEmpty())
            continue;
        QVarLengthArray<QStringView, 4> targets;
        int segStart = begin;
        bool simpleTargets = true;
        for (int e : std::as_const(eqPositions)) {
            // a target segment is [segStart, e)
            const int len = e - segStart;
            const TokenKind kind = tokens.at(segStart).kind;
            if (len >= 1 && (kind == TokenKind::Name || kind == TokenKind::Builtin)) {
                const bool plain = len == 1;
                const bool annotated = len >= 3 && reader.isOp(segStart + 1, QLatin1String(":"));
                if (plain || (annotated && segStart == begin))
                    targets.append(reader.textOf(tokens.at(segStart)));
                else
                    simpleTargets = false;
            } else {
                simpleTargets = false;
            }
            segStart = e + 1;
        }
        if (!simpleTargets || targets.isEmpty())
            continue;
        const int valueBegin = eqPositions.last() + 1;
        HeaderValue value = reader.evaluate(valueBegin, end, bound);
        value.line = head.line;
        for (QStringView name : std::as_const(targets)) {
            HeaderValue *slot = nullptr;
            if (name == kRevision)
                slot = &script.revision;
            else if (name == kDownRevision)
                slot = &script.downRevision;
            else if (name == kBranchLabels)
                slot = &script.branchLabels;
            else if (name == kDependsOn)
                slot = &script.dependsOn;
            if (slot) {
                *slot = value;
                // the source text is kept where a message may need to quote it
                if (value.kind == HeaderValue::Kind::Unresolved
                    || (slot == &script.revision && value.kind != HeaderValue::Kind::String))
                    slot->source = reader.sourceOf(valueBegin, end);
            }
            bound.bind(name, value);
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
                                             QCoreApplication::translate("strata::HeaderParser", "%1 = %2 cannot be known without running Python; "
                                                            "Strata leaves it unresolved")
                                                     .arg(field, v.source),
                                             path, v.line, script.id() });
    };
    if (script.revision.kind != HeaderValue::Kind::String) {
        const bool unresolved = script.revision.kind == HeaderValue::Kind::Unresolved;
        script.findings.append(
                Finding { Severity::Error,
                          unresolved ? QStringLiteral("unresolved-revision") : QStringLiteral("bad-revision-id"),
                          unresolved ? QCoreApplication::translate("strata::HeaderParser", "revision = %1 cannot be known without running Python; the "
                                                      "script is left out of the graph")
                                               .arg(script.revision.source)
                                     : QCoreApplication::translate("strata::HeaderParser", "revision must be a string, not %1").arg(script.revision.source),
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
