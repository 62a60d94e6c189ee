// drop-not-null: a NOT NULL guarantee running code may rely on is dropped.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class DropNotNull final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("drop-not-null"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE, briefly"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "the running code (and a downgrade's SET NOT NULL, which then fails) assume the column "
                              "is never NULL; once NULLs are written, going back needs a data fix");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "release code that handles NULL first; keep the downgrade honest (backfill before SET "
                              "NOT NULL)");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        const QString table = existingAlteredTable(s, c);
        if (table.isEmpty())
            return;
        for (const QJsonObject &cmd : alterCommands(s))
            if (field(cmd, "subtype") == QLatin1String("AT_DropNotNull"))
                out << finding(s, QCoreApplication::translate("strata::LintRules", "drops NOT NULL from %1.%2: code reading it must now handle NULL, and "
                                                 "a downgrade fails once NULLs exist")
                                          .arg(table, field(cmd, "name")),
                               { table }, lockOn(LockMode::AccessExclusive, { table }));
    }
};

} // namespace

std::unique_ptr<LintRule> makeDropNotNull()
{
    return std::make_unique<DropNotNull>();
}

} // namespace strata
