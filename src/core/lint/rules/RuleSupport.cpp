#include "lint/rules/RuleSupport.h"

#include "text/SqlLexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata::lintsupport {

bool hasOption(const QJsonObject &node, const char *name)
{
    for (const QJsonValue &p : node.value(QStringLiteral("params")).toArray())
        if (field(pgtree::body(p, "DefElem"), "defname") == QLatin1String(name))
            return true;
    return false;
}

QString alteredTable(const LintStatement &s)
{
    if (s.kind != QLatin1String("AlterTableStmt") || field(s.node, "objtype") != QLatin1String("OBJECT_TABLE"))
        return {};
    return pgtree::relation(s.node.value(QStringLiteral("relation")).toObject());
}

QString existingAlteredTable(const LintStatement &s, const LintContext &context)
{
    const QString table = alteredTable(s);
    return table.isEmpty() || context.isNewTable(table, s.index) ? QString() : table;
}

QList<QJsonObject> alterCommands(const LintStatement &s)
{
    QList<QJsonObject> out;
    if (alteredTable(s).isEmpty())
        return out;
    for (const QJsonValue &c : s.node.value(QStringLiteral("cmds")).toArray())
        if (const QJsonObject cmd = pgtree::body(c, "AlterTableCmd"); !cmd.isEmpty())
            out << cmd;
    return out;
}

QList<QJsonObject> columnConstraints(const QJsonObject &columnDef, const QString &contype)
{
    QList<QJsonObject> out;
    for (const QJsonValue &c : columnDef.value(QStringLiteral("constraints")).toArray())
        if (const QJsonObject con = pgtree::body(c, "Constraint"); field(con, "contype") == contype)
            out << con;
    return out;
}

QJsonObject addedColumn(const QJsonObject &command)
{
    if (field(command, "subtype") != QLatin1String("AT_AddColumn"))
        return {};
    return pgtree::body(command.value(QStringLiteral("def")), "ColumnDef");
}

namespace {

// Functions whose volatility is known without a catalog (PostgreSQL's own).
const QSet<QString> &volatileFunctions()
{
    static const QSet<QString> names { QStringLiteral("random"), QStringLiteral("gen_random_uuid"),
                                       QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"),
                                       QStringLiteral("uuid_generate_v4"), QStringLiteral("clock_timestamp"),
                                       QStringLiteral("timeofday"), QStringLiteral("nextval"), QStringLiteral("setval"),
                                       QStringLiteral("txid_current"), QStringLiteral("random_normal"),
                                       QStringLiteral("uuid_generate_v7"), QStringLiteral("uuidv4"),
                                       QStringLiteral("uuidv7") };
    return names;
}

const QSet<QString> &stableFunctions()
{
    static const QSet<QString> names {
        QStringLiteral("now"), QStringLiteral("transaction_timestamp"), QStringLiteral("statement_timestamp"),
        QStringLiteral("current_setting"), QStringLiteral("to_char"), QStringLiteral("current_database"),
        QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("btrim"), QStringLiteral("length"),
        QStringLiteral("abs"), QStringLiteral("jsonb_build_object"), QStringLiteral("json_build_object"),
        QStringLiteral("jsonb_build_array"), QStringLiteral("json_build_array"), QStringLiteral("array_length"),
        QStringLiteral("make_interval"), QStringLiteral("concat"), QStringLiteral("md5"), QStringLiteral("timezone"),
        QStringLiteral("to_timestamp"), QStringLiteral("date_trunc"),
    };
    return names;
}

} // namespace

Volatility volatility(const QJsonValue &expression, const LintContext &context, QString *function)
{
    Volatility worst = Volatility::Constant;
    auto raise = [&](Volatility v, const QString &name) {
        if (int(v) > int(worst)) {
            worst = v;
            if (function)
                *function = name;
        }
    };
    pgtree::walk(expression, [&](const QString &type, const QJsonObject &fields) {
        if (type == QLatin1String("FuncCall")) {
            const QStringList names = pgtree::strings(fields.value(QStringLiteral("funcname")));
            const QString name = names.isEmpty() ? QString() : names.last().toLower();
            QChar known;
            if (context.facts)
                known = context.facts->functionVolatility.value(name);
            if (known == QLatin1Char('v') || (known.isNull() && volatileFunctions().contains(name)))
                raise(Volatility::Volatile, name);
            else if (known == QLatin1Char('s') || known == QLatin1Char('i')
                     || (known.isNull() && stableFunctions().contains(name)))
                raise(Volatility::Stable, name);
            else
                raise(Volatility::Unknown, name);
        } else if (type == QLatin1String("SQLValueFunction")) { // CURRENT_TIMESTAMP, CURRENT_USER, …
            raise(Volatility::Stable, field(fields, "op").mid(4).toLower());
        } else if (type == QLatin1String("SubLink")) {
            raise(Volatility::Volatile, QCoreApplication::translate("strata::LintRules", "a subquery"));
        }
    });
    return worst;
}

QString notNullCheckColumn(const QJsonValue &expression)
{
    const QJsonObject test = pgtree::body(expression, "NullTest");
    if (test.isEmpty() || field(test, "nulltesttype") != QLatin1String("IS_NOT_NULL"))
        return {};
    const QStringList fields = pgtree::strings(pgtree::body(test.value(QStringLiteral("arg")), "ColumnRef")
                                                       .value(QStringLiteral("fields")));
    return fields.isEmpty() ? QString() : fields.last();
}

bool hasValidatedNotNullCheck(const QString &table, const QString &column, const LintStatement &s,
                              const LintContext &context)
{
    if (const TableFacts *t = context.tableFacts(table)) {
        static const QRegularExpression re(QStringLiteral("^CHECK \\(+\"?(\\w+)\"? IS NOT NULL\\)+$"),
                                           QRegularExpression::CaseInsensitiveOption);
        for (const QString &def : t->validatedChecks)
            if (const auto m = re.match(def); m.hasMatch() && m.captured(1) == column)
                return true;
    }
    if (!context.statements)
        return false;
    // Earlier in the script: a CHECK added valid, or added NOT VALID and validated since.
    QSet<QString> notValidYet;
    for (const LintStatement &earlier : *context.statements) {
        if (earlier.index >= s.index)
            break;
        if (alteredTable(earlier) != table)
            continue;
        for (const QJsonObject &cmd : alterCommands(earlier)) {
            const QString sub = field(cmd, "subtype");
            if (sub == QLatin1String("AT_AddConstraint")) {
                const QJsonObject con = pgtree::body(cmd.value(QStringLiteral("def")), "Constraint");
                if (field(con, "contype") == QLatin1String("CONSTR_CHECK")
                    && notNullCheckColumn(con.value(QStringLiteral("raw_expr"))) == column) {
                    if (!flag(con, "skip_validation"))
                        return true;
                    notValidYet.insert(field(con, "conname"));
                }
            } else if (sub == QLatin1String("AT_ValidateConstraint") && notValidYet.contains(field(cmd, "name"))) {
                return true;
            }
        }
    }
    return false;
}

bool isSerialType(const QString &typeName)
{
    static const QSet<QString> serials { QStringLiteral("serial"), QStringLiteral("bigserial"),
                                         QStringLiteral("smallserial"), QStringLiteral("serial2"),
                                         QStringLiteral("serial4"), QStringLiteral("serial8") };
    return serials.contains(typeName.toLower());
}

QString lockOn(LockMode mode, const QStringList &tables)
{
    return QCoreApplication::translate("strata::LintRules", "%1 on %2").arg(lockModeName(mode), tables.join(QStringLiteral(", ")));
}

QList<SqlWord> sqlWords(const QString &statement)
{
    QList<SqlWord> out;
    const QStringView view(statement);
    for (const Token &t : SqlLexer::tokenize(view)) {
        if (t.kind == TokenKind::Whitespace || t.kind == TokenKind::Newline || t.kind == TokenKind::Comment
            || t.kind == TokenKind::String)
            continue;
        out << SqlWord { view.mid(t.start, t.length).toString().toUpper(), t.depth };
    }
    return out;
}

QList<QList<SqlWord>> splitAtCommas(const QList<SqlWord> &words, int depth)
{
    QList<QList<SqlWord>> out;
    QList<SqlWord> current;
    for (const SqlWord &w : words) {
        if (w.depth < depth)
            continue;
        if (w.text == QLatin1String(",") && w.depth == depth) {
            out << current;
            current.clear();
            continue;
        }
        current << w;
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool hasWord(const QList<SqlWord> &words, const char *word)
{
    for (const SqlWord &w : words)
        if (w.text == QLatin1String(word))
            return true;
    return false;
}

} // namespace strata::lintsupport
