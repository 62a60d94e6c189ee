// unique-without-index: a UNIQUE or PRIMARY KEY constraint that builds its index under the table lock.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class UniqueWithoutIndex final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("unique-without-index"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE while the index is built"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "a UNIQUE or PRIMARY KEY constraint builds its index inside the ALTER TABLE, reading the "
                              "whole table while reads and writes wait");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "CREATE UNIQUE INDEX CONCURRENTLY first (in an autocommit_block), then ADD CONSTRAINT "
                              "… UNIQUE USING INDEX (or PRIMARY KEY USING INDEX), which only takes a brief lock");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s)) {
            QList<QJsonObject> constraints;
            if (field(cmd, "subtype") == QLatin1String("AT_AddConstraint"))
                constraints << pgtree::body(cmd.value(QStringLiteral("def")), "Constraint");
            const QJsonObject col = addedColumn(cmd);
            constraints << columnConstraints(col, QStringLiteral("CONSTR_UNIQUE"))
                        << columnConstraints(col, QStringLiteral("CONSTR_PRIMARY"));
            for (const QJsonObject &con : constraints) {
                const QString type = field(con, "contype");
                if ((type != QLatin1String("CONSTR_UNIQUE") && type != QLatin1String("CONSTR_PRIMARY"))
                    || con.contains(QStringLiteral("indexname")))
                    continue;
                out << finding(s, QCoreApplication::translate("strata::LintRules", "adds %1 %2on %3 without an index built first: the index is built while "
                                                 "the table is locked for reads and writes")
                                          .arg(type == QLatin1String("CONSTR_PRIMARY") ? QCoreApplication::translate("strata::LintRules", "a primary key")
                                                                                       : QCoreApplication::translate("strata::LintRules", "a unique constraint"),
                                               field(con, "conname").isEmpty() ? QString() : field(con, "conname") + QLatin1Char(' '),
                                               table),
                               { table }, lockOn(LockMode::AccessExclusive, { table }));
            }
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeUniqueWithoutIndex()
{
    return std::make_unique<UniqueWithoutIndex>();
}

} // namespace strata
