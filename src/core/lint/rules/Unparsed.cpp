// unparsed: a statement the PostgreSQL grammar refuses is reported, not guessed at.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class Unparsed final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("unparsed"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QStringLiteral("unknown"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "the statement is not valid PostgreSQL as the server's own grammar reads it, so no rule "
                              "could check it; if the grammar is right, the run fails here");
    }
    QString safePattern() const override { return QCoreApplication::translate("strata::LintRules", "fix the statement (or the migration that writes it)"); }
    void check(const LintStatement &s, const LintContext &, LintFindings &out) const override
    {
        if (s.parseError.isEmpty())
            return;
        out << finding(s, QCoreApplication::translate("strata::LintRules", "not checked: the PostgreSQL grammar refuses it: %1").arg(s.parseError));
    }
};

} // namespace

std::unique_ptr<LintRule> makeUnparsed()
{
    return std::make_unique<Unparsed>();
}

} // namespace strata
