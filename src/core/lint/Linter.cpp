#include "lint/Linter.h"

#include "lint/PgParser.h"
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"
#include "run/SqlScript.h"
#include "text/SqlLexer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>

namespace strata {

using namespace lintsupport;

// --- configuration ----------------------------------------------------------

LintConfig LintConfig::fromJson(const QJsonValue &value, const QString &where)
{
    LintConfig c;
    if (value.isUndefined() || value.isNull())
        return c;
    if (!value.isObject()) {
        c.problems << QCoreApplication::translate("strata::Linter", "%1: \"lint\" must be an object").arg(where);
        return c;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != QLatin1String("off") && it.key() != QLatin1String("severity"))
            c.problems << QCoreApplication::translate("strata::Linter", "%1: lint.%2 is not a lint setting (off, severity)").arg(where, it.key());
    const QJsonValue off = o.value(QStringLiteral("off"));
    if (!off.isUndefined() && !off.isArray())
        c.problems << QCoreApplication::translate("strata::Linter", "%1: lint.off must be a list of rule codes").arg(where);
    for (const QJsonValue &v : off.toArray()) {
        const QString code = v.toString();
        if (!Linter::rule(code))
            c.problems << QCoreApplication::translate("strata::Linter", "%1: lint.off names no rule: '%2'").arg(where, excerpt(code));
        else
            c.off.insert(code);
    }
    const QJsonValue sev = o.value(QStringLiteral("severity"));
    if (!sev.isUndefined() && !sev.isObject())
        c.problems << QCoreApplication::translate("strata::Linter", "%1: lint.severity must map rule codes to error, warning or info").arg(where);
    const QJsonObject severities = sev.toObject();
    for (auto it = severities.constBegin(); it != severities.constEnd(); ++it) {
        const QString level = it.value().toString().toLower();
        if (!Linter::rule(it.key())) {
            c.problems << QCoreApplication::translate("strata::Linter", "%1: lint.severity names no rule: '%2'").arg(where, excerpt(it.key()));
            continue;
        }
        if (level == QLatin1String("error"))
            c.severity.insert(it.key(), Severity::Error);
        else if (level == QLatin1String("warning"))
            c.severity.insert(it.key(), Severity::Warning);
        else if (level == QLatin1String("info"))
            c.severity.insert(it.key(), Severity::Info);
        else
            c.problems << QCoreApplication::translate("strata::Linter", "%1: lint.severity.%2 must be error, warning or info, not '%3'")
                                  .arg(where, it.key(), excerpt(it.value().toVariant().toString()));
    }
    return c;
}

LintConfig LintConfig::load(const QString &projectDir)
{
    const QString path = QDir(projectDir).filePath(QStringLiteral("strata-workspace.json"));
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 << 20), &error);
    if (doc.isNull()) {
        LintConfig c;
        c.problems << QCoreApplication::translate("strata::Linter", "%1: not JSON (%2 at offset %3); lint settings ignored")
                              .arg(path, error.errorString())
                              .arg(error.offset);
        return c;
    }
    return fromJson(doc.object().value(QStringLiteral("lint")), path);
}

// --- rules -----------------------------------------------------------------

const std::vector<std::unique_ptr<LintRule>> &Linter::rules()
{
    static const std::vector<std::unique_ptr<LintRule>> all = [] {
        std::vector<std::unique_ptr<LintRule>> r;
        r.push_back(makeConcurrentlyInTransaction());
        r.push_back(makeIndexNotConcurrent());
        r.push_back(makeDropIndexNotConcurrent());
        r.push_back(makeVolatileDefault());
        r.push_back(makeNotNullWithoutDefault());
        r.push_back(makeSetNotNull());
        r.push_back(makeColumnTypeChange());
        r.push_back(makeConstraintNotValid());
        r.push_back(makeUniqueWithoutIndex());
        r.push_back(makeAddSerialIdentity());
        r.push_back(makeAddStoredGenerated());
        r.push_back(makeRename());
        r.push_back(makeDropColumn());
        r.push_back(makeDropTable());
        r.push_back(makeDropNotNull());
        r.push_back(makeEnumChange());
        r.push_back(makeTruncateCascade());
        r.push_back(makeLongLock());
        r.push_back(makeLockTimeout());
        r.push_back(makeUnparsed());
        r.push_back(makeMySqlImplicitCommit());
        r.push_back(makeMySqlInlineReferences());
        r.push_back(makeMySqlTableCopy());
        return r;
    }();
    return all;
}

const LintRule *Linter::rule(const QString &code)
{
    for (const auto &r : rules())
        if (r->code() == code)
            return r.get();
    return nullptr;
}

// --- what statements lock (PostgreSQL) ----------------------------------------

namespace {

void addLock(LintStatement &s, const QString &table, LockMode mode, bool whole)
{
    if (table.isEmpty())
        return;
    for (TableLock &l : s.locks)
        if (l.table == table) {
            l.mode = std::max(l.mode, mode);
            l.wholeTable = l.wholeTable || whole;
            return;
        }
    s.locks << TableLock { table, mode, whole };
}

QStringList foreignKeyTargets(const QJsonValue &constraints)
{
    QStringList out;
    for (const QJsonValue &c : constraints.toArray()) {
        const QJsonObject con = pgtree::body(c, "Constraint");
        if (field(con, "contype") == QLatin1String("CONSTR_FOREIGN"))
            out << pgtree::relation(con.value(QStringLiteral("pktable")).toObject());
    }
    return out;
}

bool addColumnRewrites(const QJsonObject &col)
{
    if (!columnConstraints(col, QStringLiteral("CONSTR_GENERATED")).isEmpty()
        || !columnConstraints(col, QStringLiteral("CONSTR_IDENTITY")).isEmpty()
        || isSerialType(pgtree::typeName(col.value(QStringLiteral("typeName")).toObject())))
        return true;
    const LintContext none;
    for (const QJsonObject &def : columnConstraints(col, QStringLiteral("CONSTR_DEFAULT")))
        if (volatility(def.value(QStringLiteral("raw_expr")), none) == Volatility::Volatile)
            return true;
    return false;
}

void findPostgresLocks(LintStatement &s)
{
    const QJsonObject &n = s.node;
    const QString relation = pgtree::relation(n.value(QStringLiteral("relation")).toObject());
    if (s.kind == QLatin1String("IndexStmt")) {
        addLock(s, relation, flag(n, "concurrent") ? LockMode::ShareUpdateExclusive : LockMode::Share, true);
    } else if (s.kind == QLatin1String("CreateStmt")) {
        s.created << relation;
        for (const QJsonValue &e : n.value(QStringLiteral("tableElts")).toArray()) {
            QStringList targets = foreignKeyTargets(QJsonArray { e });
            targets << foreignKeyTargets(pgtree::body(e, "ColumnDef").value(QStringLiteral("constraints")));
            for (const QString &t : targets)
                addLock(s, t, LockMode::ShareRowExclusive, false);
        }
    } else if (s.kind == QLatin1String("CreateTableAsStmt")) {
        s.created << pgtree::relation(pgtree::body(n.value(QStringLiteral("into")), "IntoClause")
                                              .value(QStringLiteral("rel"))
                                              .toObject());
    } else if (s.kind == QLatin1String("DropStmt")) {
        if (field(n, "removeType") == QLatin1String("OBJECT_TABLE"))
            for (const QJsonValue &o : n.value(QStringLiteral("objects")).toArray())
                addLock(s, pgtree::strings(pgtree::body(o, "List").value(QStringLiteral("items"))).join(QLatin1Char('.')),
                        LockMode::AccessExclusive, false);
    } else if (s.kind == QLatin1String("AlterTableStmt")) {
        if (field(n, "objtype") != QLatin1String("OBJECT_TABLE"))
            return;
        for (const QJsonValue &c : n.value(QStringLiteral("cmds")).toArray()) {
            const QJsonObject cmd = pgtree::body(c, "AlterTableCmd");
            const QString sub = field(cmd, "subtype");
            const QJsonObject con = pgtree::body(cmd.value(QStringLiteral("def")), "Constraint");
            LockMode mode = LockMode::AccessExclusive;
            bool whole = false;
            if (sub == QLatin1String("AT_AddConstraint")) {
                const QString type = field(con, "contype");
                const bool validates = !flag(con, "skip_validation");
                if (type == QLatin1String("CONSTR_FOREIGN")) {
                    mode = LockMode::ShareRowExclusive;
                    whole = validates;
                    addLock(s, pgtree::relation(con.value(QStringLiteral("pktable")).toObject()),
                            LockMode::ShareRowExclusive, false);
                } else if (type == QLatin1String("CONSTR_CHECK")) {
                    whole = validates;
                } else if (type == QLatin1String("CONSTR_UNIQUE") || type == QLatin1String("CONSTR_PRIMARY")) {
                    whole = !con.contains(QStringLiteral("indexname"));
                }
            } else if (sub == QLatin1String("AT_ValidateConstraint")) {
                mode = LockMode::ShareUpdateExclusive;
                whole = true;
            } else if (sub == QLatin1String("AT_SetStatistics") || sub == QLatin1String("AT_SetOptions")
                       || sub == QLatin1String("AT_ResetOptions") || sub == QLatin1String("AT_SetRelOptions")
                       || sub == QLatin1String("AT_ClusterOn") || sub == QLatin1String("AT_DropCluster")
                       || sub == QLatin1String("AT_AttachPartition")) {
                mode = LockMode::ShareUpdateExclusive;
            } else if (sub.startsWith(QLatin1String("AT_EnableTrig")) || sub.startsWith(QLatin1String("AT_DisableTrig"))) {
                mode = LockMode::ShareRowExclusive;
            } else if (sub == QLatin1String("AT_AlterColumnType") || sub == QLatin1String("AT_SetNotNull")) {
                whole = true;
            } else if (sub == QLatin1String("AT_AddColumn")) {
                const QJsonObject col = pgtree::body(cmd.value(QStringLiteral("def")), "ColumnDef");
                whole = addColumnRewrites(col);
                for (const QString &t : foreignKeyTargets(col.value(QStringLiteral("constraints"))))
                    addLock(s, t, LockMode::ShareRowExclusive, false);
            }
            addLock(s, relation, mode, whole);
        }
    } else if (s.kind == QLatin1String("RenameStmt")) {
        addLock(s, relation, LockMode::AccessExclusive, false);
    } else if (s.kind == QLatin1String("TruncateStmt")) {
        for (const QJsonValue &r : n.value(QStringLiteral("relations")).toArray())
            addLock(s, pgtree::relation(pgtree::body(r, "RangeVar")), LockMode::AccessExclusive, false);
    } else if (s.kind == QLatin1String("InsertStmt")) {
        addLock(s, relation, LockMode::RowExclusive, n.contains(QStringLiteral("selectStmt"))
                        && !pgtree::body(n.value(QStringLiteral("selectStmt")), "SelectStmt").contains(QStringLiteral("valuesLists")));
    } else if (s.kind == QLatin1String("UpdateStmt") || s.kind == QLatin1String("DeleteStmt")) {
        addLock(s, relation, LockMode::RowExclusive, !n.contains(QStringLiteral("whereClause")));
    } else if (s.kind == QLatin1String("CreateTrigStmt")) {
        addLock(s, relation, LockMode::ShareRowExclusive, false);
    } else if (s.kind == QLatin1String("LockStmt")) {
        const int mode = n.value(QStringLiteral("mode")).toInt();
        for (const QJsonValue &r : n.value(QStringLiteral("relations")).toArray())
            addLock(s, pgtree::relation(pgtree::body(r, "RangeVar")), LockMode(std::clamp(mode, 0, 8)), false);
    }
}

// MySQL: the statement's leading words ("ALTER TABLE"), and what CREATE TABLE makes.
void classifyMySql(LintStatement &s)
{
    const QList<SqlWord> words = sqlWords(s.text);
    QStringList lead;
    for (const SqlWord &w : words) {
        if (w.text == QLatin1String("TEMPORARY") || w.text == QLatin1String("ONLINE") || w.text == QLatin1String("IGNORE"))
            continue;
        lead << w.text;
        if (lead.size() == 2)
            break;
    }
    s.kind = lead.join(QLatin1Char(' '));
    if (s.kind == QLatin1String("CREATE TABLE") && words.size() > 2) {
        int k = 2;
        if (words.size() > 5 && words[2].text == QLatin1String("IF"))
            k = 5;
        s.created << words[k].text.toLower().remove(QLatin1Char('`'));
    }
}

struct Allowance
{
    QStringList rules;
    QString reason;
    int line = 0;
    QString file;
};

QList<Allowance> parseAllowances(const QString &text, bool python, const QString &file)
{
    static const QRegularExpression sqlRe(QStringLiteral("^--\\s*strata:\\s*allow\\s+([A-Za-z0-9_,-]+)\\s*(.*)$"));
    static const QRegularExpression pyRe(QStringLiteral("#\\s*strata:\\s*allow\\s+([A-Za-z0-9_,-]+)[ \\t]*(.*)$"),
                                         QRegularExpression::MultilineOption);
    QList<Allowance> out;
    if (python) {
        auto it = pyRe.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out << Allowance { m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts), m.captured(2).trimmed(),
                               int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1, file };
        }
        return out;
    }
    const QStringView view(text);
    for (const Token &t : SqlLexer::tokenize(view)) {
        if (t.kind != TokenKind::Comment)
            continue;
        const QString comment = view.mid(t.start, t.length).toString().trimmed();
        if (const auto m = sqlRe.match(comment); m.hasMatch())
            out << Allowance { m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts), m.captured(2).trimmed(), t.line, file };
    }
    return out;
}

} // namespace

std::vector<LintStatement> Linter::prepare(const SqlScript &script, ConnectionProfile::Driver driver,
                                           const ProjectPtr &project, bool eachRevisionAlone)
{
    std::vector<LintStatement> out;
    out.reserve(script.statements.size());
    int transaction = -1;
    int transactionLine = 0;
    int transactions = 0;
    for (const SqlStatement &st : script.statements) {
        LintStatement s;
        s.index = int(out.size());
        s.text = st.text;
        s.line = st.line;
        s.endLine = st.line + int(st.text.count(QLatin1Char('\n')));
        s.step = st.step;
        if (st.step >= 0 && st.step < int(script.steps.size())) {
            const SqlStep &step = script.steps[size_t(st.step)];
            const QStringList revs = step.direction == QLatin1String("downgrade") ? step.from : step.to;
            s.revision = revs.join(QLatin1Char(','));
            if (project && revs.size() == 1)
                if (const int node = project->graph.indexOf(revs.first()); node >= 0)
                    s.revisionFile = project->graph.scriptOf(node).path;
        }
        if (st.kind == SqlStatement::Kind::Begin) {
            transaction = transactions++;
            transactionLine = st.line;
        } else if (eachRevisionAlone && transaction >= 0 && !out.empty() && out.back().step != st.step) {
            // As if this revision ran alone: its own transaction from its marker.
            transaction = transactions++;
            if (st.step >= 0 && st.step < int(script.steps.size()))
                transactionLine = script.steps[size_t(st.step)].line;
        }
        s.transaction = transaction;
        s.transactionLine = transaction >= 0 ? transactionLine : 0;
        s.control = st.kind != SqlStatement::Kind::Other;
        if (st.kind == SqlStatement::Kind::Commit || st.kind == SqlStatement::Kind::Rollback)
            transaction = -1; // the COMMIT itself still belongs to the block
        if (driver == ConnectionProfile::Driver::PostgreSQL) {
            if (!s.control) {
                const PgParse parsed = PgParser::parse(st.text);
                if (!parsed.error.isEmpty()) {
                    s.parseError = parsed.error;
                    if (parsed.errorOffset >= 0) {
                        const int line = s.line + int(st.text.left(parsed.errorOffset).count(QLatin1Char('\n')));
                        s.parseError += QCoreApplication::translate("strata::Linter", " (line %1)").arg(line);
                    }
                } else {
                    s.kind = parsed.kind;
                    s.node = parsed.node;
                    s.control = s.kind == QLatin1String("VariableSetStmt") || s.kind == QLatin1String("TransactionStmt")
                            || s.kind.isEmpty();
                    findPostgresLocks(s);
                }
            }
        } else if (!s.control) {
            classifyMySql(s);
        }
        out.push_back(std::move(s));
    }
    return out;
}

QStringList Linter::tablesOf(const std::vector<LintStatement> &statements, const QString &versionTable,
                             bool eachRevisionAlone)
{
    QStringList out;
    QSet<QString> created;
    for (const LintStatement &s : statements) {
        for (const TableLock &l : s.locks)
            if (l.table != versionTable && !created.contains(l.table) && !out.contains(l.table))
                out << l.table;
        if (!eachRevisionAlone)
            for (const QString &c : s.created)
                created.insert(c);
    }
    return out;
}

QStringList Linter::functionsOf(const std::vector<LintStatement> &statements)
{
    QSet<QString> names;
    for (const LintStatement &s : statements) {
        if (s.kind != QLatin1String("AlterTableStmt"))
            continue;
        for (const QJsonObject &cmd : alterCommands(s))
            for (const QJsonObject &def : columnConstraints(addedColumn(cmd), QStringLiteral("CONSTR_DEFAULT")))
                pgtree::walk(def.value(QStringLiteral("raw_expr")), [&names](const QString &type, const QJsonObject &f) {
                    if (type == QLatin1String("FuncCall")) {
                        const QStringList n = pgtree::strings(f.value(QStringLiteral("funcname")));
                        if (!n.isEmpty())
                            names.insert(n.last().toLower());
                    }
                });
    }
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

// --- the report --------------------------------------------------------------

QString PlanLock::describe() const
{
    QString text = QCoreApplication::translate("strata::Linter", "%1 on %2 (%3), ").arg(lockModeName(mode), table, lockModeEffect(mode));
    if (!inTransaction || fromLine == untilLine)
        text += QCoreApplication::translate("strata::Linter", "line %1, for one statement").arg(fromLine);
    else
        text += QCoreApplication::translate("strata::Linter", "lines %1–%2: %3 statement(s), until COMMIT").arg(fromLine).arg(untilLine).arg(statements);
    if (wholeTable)
        text += QCoreApplication::translate("strata::Linter", ", including whole-table work");
    return text;
}

QJsonObject PlanLock::toJson() const
{
    return QJsonObject { { QStringLiteral("table"), table },
                         { QStringLiteral("mode"), lockModeName(mode) },
                         { QStringLiteral("effect"), lockModeEffect(mode) },
                         { QStringLiteral("from_line"), fromLine },
                         { QStringLiteral("until_line"), untilLine },
                         { QStringLiteral("statements"), statements },
                         { QStringLiteral("whole_table"), wholeTable },
                         { QStringLiteral("in_transaction"), inTransaction } };
}

int LintReport::count(Severity severity) const
{
    int n = 0;
    for (const LintFinding &f : findings)
        if (!f.allowed && f.severity == severity)
            ++n;
    return n;
}

bool LintReport::hasFindings() const
{
    return !findings.isEmpty();
}

QString LintReport::summary() const
{
    int allowed = 0;
    for (const LintFinding &f : findings)
        allowed += f.allowed ? 1 : 0;
    QStringList parts;
    if (const int e = count(Severity::Error))
        parts << QCoreApplication::translate("strata::Linter", "%1 error(s)").arg(e);
    if (const int w = count(Severity::Warning))
        parts << QCoreApplication::translate("strata::Linter", "%1 warning(s)").arg(w);
    if (const int i = count(Severity::Info))
        parts << QCoreApplication::translate("strata::Linter", "%1 note(s)").arg(i);
    if (allowed)
        parts << QCoreApplication::translate("strata::Linter", "%1 allowed").arg(allowed);
    return parts.isEmpty() ? QCoreApplication::translate("strata::Linter", "no findings") : parts.join(QStringLiteral(", "));
}

QJsonObject LintReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("dialect"), dialect);
    o.insert(QStringLiteral("parser"), parser);
    o.insert(QStringLiteral("statements"), statements);
    o.insert(QStringLiteral("unparsed"), unparsed);
    o.insert(QStringLiteral("summary"), summary());
    o.insert(QStringLiteral("errors"), count(Severity::Error));
    o.insert(QStringLiteral("warnings"), count(Severity::Warning));
    QJsonArray f;
    for (const LintFinding &x : findings)
        f.append(x.toJson());
    o.insert(QStringLiteral("findings"), f);
    QJsonArray l;
    for (const PlanLock &x : locks)
        l.append(x.toJson());
    o.insert(QStringLiteral("locks"), l);
    o.insert(QStringLiteral("satisfied"), QJsonArray::fromStringList(satisfied));
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    if (!factsSource.isEmpty())
        o.insert(QStringLiteral("facts"), factsSource);
    return o;
}

LintFindings LintReport::atLine(int line) const
{
    LintFindings out;
    for (const LintFinding &f : findings)
        if (f.line == line)
            out << f;
    return out;
}

// --- linting -------------------------------------------------------------------

namespace {

QList<PlanLock> heldLocks(const std::vector<LintStatement> &statements, const LintContext &c)
{
    QList<PlanLock> out;
    std::map<QString, PlanLock> open; // in the current transaction
    int openTransaction = -1;
    auto flush = [&](int untilLine) {
        for (auto &[table, held] : open) {
            held.untilLine = untilLine;
            out << held;
        }
        open.clear();
    };
    int lastLine = 0;
    for (const LintStatement &s : statements) {
        if (s.transaction != openTransaction) {
            flush(lastLine);
            openTransaction = s.transaction;
        }
        lastLine = s.line;
        for (auto &[table, held] : open)
            ++held.statements;
        for (const TableLock &l : s.locks) {
            if (l.table == c.versionTable || c.isNewTable(l.table, s.index)
                || (l.mode < LockMode::ShareUpdateExclusive && !l.wholeTable))
                continue;
            if (s.transaction < 0) {
                out << PlanLock { l.table, l.mode, s.line, s.endLine, 1, l.wholeTable, false };
                continue;
            }
            auto it = open.find(l.table);
            if (it == open.end()) {
                open.emplace(l.table, PlanLock { l.table, l.mode, s.line, s.line, 1, l.wholeTable, true });
            } else {
                it->second.mode = std::max(it->second.mode, l.mode);
                it->second.wholeTable = it->second.wholeTable || l.wholeTable;
            }
        }
    }
    flush(lastLine);
    std::stable_sort(out.begin(), out.end(), [](const PlanLock &a, const PlanLock &b) { return a.fromLine < b.fromLine; });
    return out;
}

} // namespace

LintReport Linter::lint(const std::vector<LintStatement> &statements, const QString &sqlText, const LintOptions &options)
{
    using Driver = ConnectionProfile::Driver;
    LintReport report;
    report.notes << options.config.problems;
    if (options.driver == Driver::SQLite) {
        report.dialect = QStringLiteral("sqlite");
        report.notes << QCoreApplication::translate("strata::Linter", "SQLite has no lint rules: it locks the whole database for every write, and "
                                       "only other writers wait");
        return report;
    }
    const bool postgres = options.driver == Driver::PostgreSQL;
    report.dialect = postgres ? QStringLiteral("postgresql") : QStringLiteral("mysql");
    report.parser = postgres ? PgParser::grammarVersion() : QStringLiteral("Strata's SQL lexer (MySQL/MariaDB)");

    LintContext c;
    c.driver = options.driver;
    c.facts = options.facts && options.facts->read ? options.facts : nullptr;
    c.runByStrata = options.runByStrata;
    c.lockTimeoutMs = options.lockTimeoutMs;
    c.versionTable = options.versionTable.toLower();
    c.statements = &statements;
    c.eachRevisionAlone = options.eachRevisionAlone;
    for (const LintStatement &s : statements)
        for (const QString &t : s.created) {
            c.createdAt.insert(t, s.index);
            c.createdAt.insert(t.section(QLatin1Char('.'), -1), s.index);
        }
    if (c.facts)
        report.factsSource = c.facts->source;
    else if (options.facts && !options.facts->problem.isEmpty())
        report.notes << QCoreApplication::translate("strata::Linter", "table sizes not read: %1").arg(options.facts->problem);

    for (const LintStatement &s : statements) {
        if (s.control)
            continue;
        ++report.statements;
        if (!s.parseError.isEmpty())
            ++report.unparsed;
        for (const auto &rule : rules()) {
            if (rule->forMySql() == postgres || options.config.off.contains(rule->code()))
                continue;
            LintFindings found;
            rule->check(s, c, found);
            for (LintFinding &f : found) {
                // A rewrite of 10 rows is not a rewrite of 10 million.
                if (rule->scalesWithTable() && c.facts && f.severity == rule->severity()) {
                    TableFacts::Size worst = TableFacts::Size::Unknown;
                    QStringList notes;
                    bool allSmall = !f.tables.isEmpty();
                    for (const QString &t : f.tables) {
                        const TableFacts *tf = c.tableFacts(t);
                        if (!tf) {
                            allSmall = false;
                            continue;
                        }
                        notes << QStringLiteral("%1: %2").arg(tf->name, tf->describe());
                        const TableFacts::Size size = tf->size();
                        if (size != TableFacts::Size::Small)
                            allSmall = false;
                        if (size == TableFacts::Size::Large)
                            worst = size;
                    }
                    f.sizeNote = notes.join(QStringLiteral("; "));
                    if (worst == TableFacts::Size::Large)
                        f.severity = Severity::Error;
                    else if (allSmall)
                        f.severity = Severity::Info;
                }
                if (const auto it = options.config.severity.constFind(rule->code()); it != options.config.severity.constEnd())
                    f.severity = it.value();
                report.findings << f;
            }
        }
    }

    // "-- strata: allow RULE reason" in the SQL (this statement) and
    // "# strata: allow RULE reason" in a revision script (its statements).
    QList<Allowance> allowances = parseAllowances(sqlText, false, {});
    QHash<QString, QList<Allowance>> byFile;
    for (const LintFinding &f : std::as_const(report.findings))
        if (!f.file.isEmpty() && !byFile.contains(f.file)) {
            QFile file(f.file);
            QList<Allowance> list;
            if (file.open(QIODevice::ReadOnly))
                list = parseAllowances(QString::fromUtf8(file.read(8 << 20)), true, f.file);
            byFile.insert(f.file, list);
        }
    auto statementOf = [&statements](int line) -> int {
        for (const LintStatement &s : statements)
            if (s.line <= line && line <= s.endLine)
                return s.index;
        for (const LintStatement &s : statements)
            if (s.line > line)
                return s.index;
        return -1;
    };
    QSet<QString> warned;
    auto unreasoned = [&](const Allowance &a) {
        const QString where = a.file.isEmpty() ? QCoreApplication::translate("strata::Linter", "SQL line %1").arg(a.line)
                                               : QStringLiteral("%1:%2").arg(a.file).arg(a.line);
        if (!warned.contains(where)) {
            warned.insert(where);
            report.notes << QCoreApplication::translate("strata::Linter", "%1: \"strata: allow %2\" gives no reason, so it is not honoured")
                                    .arg(where, a.rules.join(QLatin1Char(',')));
        }
    };
    for (LintFinding &f : report.findings) {
        for (const Allowance &a : allowances) {
            if (!a.rules.contains(f.rule) || statementOf(a.line) != f.statement)
                continue;
            if (a.reason.isEmpty()) {
                unreasoned(a);
                continue;
            }
            f.allowed = true;
            f.allowReason = a.reason;
        }
        for (const Allowance &a : byFile.value(f.file)) {
            if (f.allowed || !a.rules.contains(f.rule))
                continue;
            if (a.reason.isEmpty()) {
                unreasoned(a);
                continue;
            }
            f.allowed = true;
            f.allowReason = QStringLiteral("%1 (%2:%3)").arg(a.reason, QFileInfo(a.file).fileName()).arg(a.line);
        }
    }

    if (postgres) {
        report.locks = heldLocks(statements, c);
        if (!report.locks.isEmpty() && c.runByStrata && c.lockTimeoutMs > 0 && !options.config.off.contains(QStringLiteral("lock-timeout")))
            report.satisfied << QCoreApplication::translate("strata::Linter", "lock-timeout: Strata sets lock_timeout = %1 ms on every run, so a "
                                               "lock wait ends instead of stalling the application")
                                        .arg(c.lockTimeoutMs);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const LintFinding &a, const LintFinding &b) { return a.line < b.line; });
    return report;
}

LintReport Linter::lintText(const QString &sqlText, const LintOptions &options)
{
    auto script = SqlScript::parse(sqlText);
    if (!script) {
        LintReport r;
        r.notes << script.error().toString();
        return r;
    }
    return lint(prepare(script.value(), options.driver, options.project, options.eachRevisionAlone), sqlText, options);
}

} // namespace strata
