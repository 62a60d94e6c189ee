// add-serial-identity: a serial or identity column added to an existing table.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class AddSerialIdentity final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("add-serial-identity"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE for the whole rewrite: reads and writes wait"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "a serial or identity column gets a value from a sequence for every existing row: the "
                              "table is rewritten under ACCESS EXCLUSIVE");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "add a nullable column, create the sequence and set it as the default for new rows, "
                              "backfill existing rows in batches, then add NOT NULL through a validated CHECK");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s)) {
            const QJsonObject col = addedColumn(cmd);
            if (col.isEmpty())
                continue;
            const QString type = pgtree::typeName(col.value(QStringLiteral("typeName")).toObject());
            const bool identity = !columnConstraints(col, QStringLiteral("CONSTR_IDENTITY")).isEmpty();
            if (!identity && !isSerialType(type))
                continue;
            out << finding(s, QCoreApplication::translate("strata::LintRules", "adds %1 column %2.%3: every row is rewritten while the table is locked")
                                      .arg(identity ? QStringLiteral("identity") : type, table, field(col, "colname")),
                           { table }, lockOn(LockMode::AccessExclusive, { table }));
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeAddSerialIdentity()
{
    return std::make_unique<AddSerialIdentity>();
}

} // namespace strata
