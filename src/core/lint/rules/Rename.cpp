// rename: renaming a column or a table that running code uses.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class Rename final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("rename"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE, briefly"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "the application that is running now still uses the old name: every query it sends "
                              "fails from the moment the migration commits until the new code is deployed");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "expand and contract: add the new column (or a view under the new table name), write "
                              "both, move reads, then drop the old name in a later release");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("RenameStmt"))
            return;
        const QString type = field(s.node, "renameType");
        const QString table = pgtree::relation(s.node.value(QStringLiteral("relation")).toObject());
        if (table.isEmpty() || c.isNewTable(table, s.index))
            return;
        const QString to = field(s.node, "newname");
        if (type == QLatin1String("OBJECT_COLUMN"))
            out << finding(s, QCoreApplication::translate("strata::LintRules", "renames column %1.%2 to %3: running code that uses %2 fails")
                                      .arg(table, field(s.node, "subname"), to),
                           { table }, lockOn(LockMode::AccessExclusive, { table }));
        else if (type == QLatin1String("OBJECT_TABLE"))
            out << finding(s, QCoreApplication::translate("strata::LintRules", "renames table %1 to %2: running code that uses %1 fails").arg(table, to),
                           { table }, lockOn(LockMode::AccessExclusive, { table }));
    }
};

} // namespace

std::unique_ptr<LintRule> makeRename()
{
    return std::make_unique<Rename>();
}

} // namespace strata
