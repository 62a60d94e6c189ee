// volatile-default: ADD COLUMN whose default must be computed row by row (a rewrite).
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class VolatileDefault final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("volatile-default"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE for the whole rewrite: reads and writes wait"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "since PostgreSQL 11 a constant or stable default is stored once in the catalog; a "
                              "volatile one (random(), gen_random_uuid(), clock_timestamp(), nextval()) and any "
                              "default before 11 rewrites the whole table under ACCESS EXCLUSIVE");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "add the column without a default (or with a constant one), set the default for new "
                              "rows with ALTER COLUMN … SET DEFAULT, then fill existing rows in batches");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        const int version = c.serverVersionNum();
        for (const QJsonObject &cmd : alterCommands(s)) {
            const QJsonObject col = addedColumn(cmd);
            for (const QJsonObject &def : columnConstraints(col, QStringLiteral("CONSTR_DEFAULT"))) {
                QString function;
                const Volatility v = volatility(def.value(QStringLiteral("raw_expr")), c, &function);
                const QString column = field(col, "colname");
                if (version > 0 && version < 110000) {
                    out << finding(s, QCoreApplication::translate("strata::LintRules", "adds column %1.%2 with a default: PostgreSQL %3 rewrites the "
                                                     "whole table for it")
                                              .arg(table, column)
                                              .arg(version / 10000),
                                   { table }, lockOn(LockMode::AccessExclusive, { table }));
                } else if (v == Volatility::Volatile) {
                    out << finding(s, QCoreApplication::translate("strata::LintRules", "adds column %1.%2 with the volatile default %3(): every row is "
                                                     "rewritten while the table is locked")
                                              .arg(table, column, function),
                                   { table }, lockOn(LockMode::AccessExclusive, { table }));
                } else if (v == Volatility::Unknown) {
                    LintFinding f = finding(s, QCoreApplication::translate("strata::LintRules", "adds column %1.%2 with the default %3(): if that function "
                                                              "is volatile, every row is rewritten while the table is "
                                                              "locked (select a profile to read its volatility)")
                                                       .arg(table, column, function),
                                            { table }, lockOn(LockMode::AccessExclusive, { table }));
                    f.severity = Severity::Info;
                    out << f;
                }
            }
        }
    }
};

} // namespace

std::unique_ptr<LintRule> makeVolatileDefault()
{
    return std::make_unique<VolatileDefault>();
}

} // namespace strata
