// not-null-without-default: ADD COLUMN … NOT NULL with no default on a table with rows.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class NotNullWithoutDefault final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("not-null-without-default"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE until the statement fails"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "a NOT NULL column without a default has no value for the rows already there: on a "
                              "table that has rows the statement fails, and the migration with it");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "add the column nullable (or with a constant server_default), fill it, then add a "
                              "CHECK (col IS NOT NULL) NOT VALID, VALIDATE it and SET NOT NULL");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s)) {
            const QJsonObject col = addedColumn(cmd);
            if (col.isEmpty() || columnConstraints(col, QStringLiteral("CONSTR_NOTNULL")).isEmpty()
                || !columnConstraints(col, QStringLiteral("CONSTR_DEFAULT")).isEmpty()
                || !columnConstraints(col, QStringLiteral("CONSTR_IDENTITY")).isEmpty()
                || !columnConstraints(col, QStringLiteral("CONSTR_GENERATED")).isEmpty()
                || isSerialType(pgtree::typeName(col.value(QStringLiteral("typeName")).toObject())))
                continue;
            const QString column = field(col, "colname");
            const TableFacts *t = c.tableFacts(table);
            if (t && t->rows == 0 && t->bytes >= 0 && t->bytes < 64 * 1024)
                continue; // empty: it succeeds
            LintFinding f = finding(s, QCoreApplication::translate("strata::LintRules", "adds column %1.%2 NOT NULL without a default: it fails if %1 "
                                                      "has rows")
                                               .arg(table, column),
                                    { table }, lockOn(LockMode::AccessExclusive, { table }));
            if (t && t->rows > 0) {
                f.severity = Severity::Error;
                f.message = QCoreApplication::translate("strata::LintRules", "adds column %1.%2 NOT NULL without a default: %1 has %3, so the statement "
                                           "fails")
                                    .arg(table, column, t->describe());
            }
            out << f;
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeNotNullWithoutDefault()
{
    return std::make_unique<NotNullWithoutDefault>();
}

} // namespace strata
