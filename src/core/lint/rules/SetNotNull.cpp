// set-not-null: ALTER COLUMN … SET NOT NULL on an existing column without a validated CHECK.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class SetNotNull final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("set-not-null"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE while the whole table is scanned"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "SET NOT NULL scans every row to prove there is no NULL, holding ACCESS EXCLUSIVE: "
                              "reads and writes wait for the whole scan");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT (a "
                              "weaker lock), then SET NOT NULL (PostgreSQL 12+ uses the valid CHECK and skips the "
                              "scan), then drop the CHECK");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        const int version = c.serverVersionNum();
        for (const QJsonObject &cmd : alterCommands(s)) {
            if (field(cmd, "subtype") != QLatin1String("AT_SetNotNull"))
                continue;
            const QString column = field(cmd, "name");
            if ((version == 0 || version >= 120000) && hasValidatedNotNullCheck(table, column, s, c))
                continue;
            if (const TableFacts *t = c.tableFacts(table); t && t->notNullColumns.contains(column))
                continue; // already NOT NULL: nothing to scan
            out << finding(s, QCoreApplication::translate("strata::LintRules", "sets %1.%2 NOT NULL: the whole table is scanned while it is locked for "
                                             "reads and writes")
                                      .arg(table, column),
                           { table }, lockOn(LockMode::AccessExclusive, { table }));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeSetNotNull()
{
    return std::make_unique<SetNotNull>();
}

} // namespace strata
