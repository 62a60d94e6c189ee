// enum-change: ALTER TYPE … ADD VALUE / RENAME VALUE.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"
#include "text/SqlLexer.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class EnumChange final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("enum-change"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE on the type, briefly"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "a value added to an enum cannot be used in the transaction that adds it (and before "
                              "PostgreSQL 12 ADD VALUE cannot run in a transaction at all); a renamed value breaks "
                              "running code that writes the old one; values cannot be removed");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "add the value in its own migration inside an autocommit_block, use it in a later one; "
                              "never rename or remove values of a type in use (add a new value, migrate rows, stop "
                              "using the old one)");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("AlterEnumStmt"))
            return;
        const QString type = pgtree::strings(s.node.value(QStringLiteral("typeName"))).join(QLatin1Char('.'));
        const QString value = field(s.node, "newVal");
        const QString old = field(s.node, "oldVal");
        if (!old.isEmpty()) {
            out << finding(s, QCoreApplication::translate("strata::LintRules", "renames value '%1' of enum %2 to '%3': running code that writes '%1' fails")
                                      .arg(old, type, value));
            return;
        }
        if (s.transaction < 0)
            return;
        const int version = c.serverVersionNum();
        if (version > 0 && version < 120000) {
            LintFinding f = finding(s, QCoreApplication::translate("strata::LintRules", "ALTER TYPE %1 ADD VALUE cannot run inside a transaction block on "
                                                      "PostgreSQL %2: the run fails here")
                                               .arg(type)
                                               .arg(version / 10000));
            f.severity = Severity::Error;
            out << f;
            return;
        }
        if (!c.statements)
            return;
        const QString quoted = SqlLexer::quoteString(value);
        for (const LintStatement &later : *c.statements)
            if (later.index > s.index && later.transaction == s.transaction && later.text.contains(quoted)) {
                LintFinding f = finding(s, QCoreApplication::translate("strata::LintRules", "adds '%1' to enum %2 and uses it at line %3 in the same "
                                                          "transaction: PostgreSQL refuses that (unsafe use of new "
                                                          "value), so the run fails there")
                                                   .arg(value, type)
                                                   .arg(later.line));
                f.severity = Severity::Error;
                out << f;
                return;
            }
    }
};

} // namespace

std::unique_ptr<LintRule> makeEnumChange()
{
    return std::make_unique<EnumChange>();
}

} // namespace strata
