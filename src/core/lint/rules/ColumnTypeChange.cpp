// column-type-change: ALTER COLUMN … TYPE (a rewrite unless the types are binary-compatible).
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata {

using namespace lintsupport;

namespace {

// varchar(n) -> varchar(m >= n) or text, and numeric(p,s) -> numeric(q >= p, s),
// are binary-compatible: PostgreSQL changes the catalog only.
bool compatibleWidening(const QString &fromType, const QString &toType)
{
    static const QRegularExpression varchar(QStringLiteral("^(?:character varying|varchar)(?:\\((\\d+)\\))?$"));
    static const QRegularExpression numeric(QStringLiteral("^numeric(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?$"));
    const QString from = fromType.toLower().simplified();
    const QString to = toType.toLower().simplified();
    if (const auto f = varchar.match(from); f.hasMatch()) {
        if (to == QLatin1String("text"))
            return true;
        if (const auto t = varchar.match(to); t.hasMatch())
            return t.captured(1).isEmpty() || (!f.captured(1).isEmpty() && t.captured(1).toInt() >= f.captured(1).toInt());
    }
    if (from == QLatin1String("text") && (to == QLatin1String("varchar") || to == QLatin1String("character varying")))
        return true;
    if (const auto f = numeric.match(from); f.hasMatch())
        if (const auto t = numeric.match(to); t.hasMatch())
            return t.captured(1).isEmpty()
                    || (!f.captured(1).isEmpty() && t.captured(1).toInt() >= f.captured(1).toInt()
                        && t.captured(2) == f.captured(2));
    return false;
}

class ColumnTypeChange final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("column-type-change"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override
    {
        return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE for the whole rewrite, and on the tables whose foreign keys point at "
                              "the column");
    }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "changing a column's type rewrites the table and its indexes under ACCESS EXCLUSIVE "
                              "(unless the types are binary-compatible, like varchar(n) to text); foreign keys that "
                              "reference the column are checked again, locking their tables too");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "add a new column of the new type, write both from the application (or a trigger), "
                              "backfill in batches, switch reads, then drop the old column");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s)) {
            if (field(cmd, "subtype") != QLatin1String("AT_AlterColumnType"))
                continue;
            const QJsonObject def = pgtree::body(cmd.value(QStringLiteral("def")), "ColumnDef");
            const QString column = field(cmd, "name");
            const QString to = pgtree::typeName(def.value(QStringLiteral("typeName")).toObject());
            const bool usingExpr = def.contains(QStringLiteral("raw_default"));
            const TableFacts *t = c.tableFacts(table);
            const QString from = t ? t->columnTypes.value(column) : QString();
            QStringList tables { table };
            if (t)
                for (const QString &r : t->referencedBy)
                    if (!tables.contains(r))
                        tables << r;
            if (!usingExpr && !from.isEmpty() && compatibleWidening(from, to)) {
                LintFinding f = finding(s, QCoreApplication::translate("strata::LintRules", "changes %1.%2 from %3 to %4: binary-compatible, so only the "
                                                          "catalog changes (a brief ACCESS EXCLUSIVE lock)")
                                                   .arg(table, column, from, to),
                                        { table }, lockOn(LockMode::AccessExclusive, { table }));
                f.severity = Severity::Info;
                out << f;
                continue;
            }
            QString message = QCoreApplication::translate("strata::LintRules", "changes the type of %1.%2%3 to %4: the table is rewritten while it is "
                                             "locked for reads and writes")
                                      .arg(table, column, from.isEmpty() ? QString() : QCoreApplication::translate("strata::LintRules", " from ") + from, to);
            if (tables.size() > 1)
                message += QCoreApplication::translate("strata::LintRules", "; %1 (foreign keys pointing here) are locked too")
                                   .arg(tables.mid(1).join(QStringLiteral(", ")));
            out << finding(s, message, tables, lockOn(LockMode::AccessExclusive, tables));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeColumnTypeChange()
{
    return std::make_unique<ColumnTypeChange>();
}

} // namespace strata
