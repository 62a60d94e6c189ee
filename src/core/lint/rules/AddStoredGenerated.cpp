// add-stored-generated: a stored generated column added to an existing table.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class AddStoredGenerated final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("add-stored-generated"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE for the whole rewrite: reads and writes wait"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "GENERATED ALWAYS AS (…) STORED computes and stores the value for every existing row: "
                              "the table is rewritten under ACCESS EXCLUSIVE");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "add a plain nullable column, keep it filled with a trigger, backfill in batches; or "
                              "compute the value in a view or at read time");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s)) {
            const QJsonObject col = addedColumn(cmd);
            if (columnConstraints(col, QStringLiteral("CONSTR_GENERATED")).isEmpty())
                continue;
            out << finding(s, QCoreApplication::translate("strata::LintRules", "adds stored generated column %1.%2: every row is rewritten while the "
                                             "table is locked")
                                      .arg(table, field(col, "colname")),
                           { table }, lockOn(LockMode::AccessExclusive, { table }));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddStoredGenerated()
{
    return std::make_unique<AddStoredGenerated>();
}

} // namespace strata
