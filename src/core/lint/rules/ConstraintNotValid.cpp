// constraint-not-valid: a FOREIGN KEY or CHECK added to an existing table without NOT VALID.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class ConstraintNotValid final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("constraint-not-valid"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override
    {
        return QCoreApplication::translate("strata::LintRules", "SHARE ROW EXCLUSIVE on both tables (foreign key) or ACCESS EXCLUSIVE (check) while every "
                              "row is checked");
    }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "adding a constraint checks every existing row before the statement ends, holding a lock "
                              "that blocks writes (a foreign key also locks the table it references)");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "ADD CONSTRAINT … NOT VALID (postgresql_not_valid=True), then in a later transaction "
                              "VALIDATE CONSTRAINT, which only takes SHARE UPDATE EXCLUSIVE");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s)) {
            if (field(cmd, "subtype") != QLatin1String("AT_AddConstraint"))
                continue;
            const QJsonObject con = pgtree::body(cmd.value(QStringLiteral("def")), "Constraint");
            const QString type = field(con, "contype");
            if (flag(con, "skip_validation"))
                continue;
            const QString name = field(con, "conname").isEmpty() ? QStringLiteral("(unnamed)") : field(con, "conname");
            if (type == QLatin1String("CONSTR_FOREIGN")) {
                const QString referenced = pgtree::relation(con.value(QStringLiteral("pktable")).toObject());
                out << finding(s, QCoreApplication::translate("strata::LintRules", "adds foreign key %1 on %2 without NOT VALID: every row is checked "
                                                 "against %3 while writes to both wait")
                                          .arg(name, table, referenced),
                               { table }, lockOn(LockMode::ShareRowExclusive, { table, referenced }));
            } else if (type == QLatin1String("CONSTR_CHECK")) {
                out << finding(s, QCoreApplication::translate("strata::LintRules", "adds check constraint %1 on %2 without NOT VALID: every row is "
                                                 "checked while the table is locked")
                                          .arg(name, table),
                               { table }, lockOn(LockMode::AccessExclusive, { table }));
            }
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeConstraintNotValid()
{
    return std::make_unique<ConstraintNotValid>();
}

} // namespace strata
