// drop-column: a column dropped while running code may still read it.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class DropColumn final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("drop-column"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE, briefly (no rewrite)"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "the data is gone (a downgrade brings the column back empty), and running code that "
                              "still selects it — an ORM model lists every column — fails at once");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "release code that no longer uses the column first (drop it from the model), back up "
                              "what you may need, then drop it in a later migration");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s))
            if (field(cmd, "subtype") == QLatin1String("AT_DropColumn")) {
                LintFinding f = finding(s, QCoreApplication::translate("strata::LintRules", "drops column %1.%2: its data is lost, and running code that "
                                                          "reads it fails")
                                                   .arg(table, field(cmd, "name")),
                                        { table }, lockOn(LockMode::AccessExclusive, { table }));
                f.objects << QCoreApplication::translate("strata::LintRules", "column %1.%2").arg(table, field(cmd, "name"));
                out << f;
            }
    }
};

} // namespace

std::unique_ptr<LintRule> makeDropColumn()
{
    return std::make_unique<DropColumn>();
}

} // namespace strata
