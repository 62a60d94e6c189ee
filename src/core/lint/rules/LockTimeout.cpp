// lock-timeout: SQL run outside Strata that takes strong locks without a lock_timeout.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class LockTimeout final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("lock-timeout"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "any strong lock: while it waits, everyone queues behind it"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "a statement waiting for a strong lock makes every later query on the table wait behind "
                              "it: without lock_timeout one long-running SELECT stalls the application. Strata sets "
                              "lock_timeout on every run itself, so this only applies to SQL run by other tools");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "SET lock_timeout = '5s' at the top of the script (and retry when it times out); runs "
                              "through Strata have it already");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if ((c.runByStrata && c.lockTimeoutMs > 0) || !c.statements)
            return;
        auto strong = [&c](const LintStatement &st) {
            for (const TableLock &l : st.locks)
                if (l.mode >= LockMode::ShareUpdateExclusive && l.table != c.versionTable && !c.isNewTable(l.table, st.index))
                    return true;
            return false;
        };
        if (!strong(s))
            return;
        for (const LintStatement &e : *c.statements) {
            if (e.index >= s.index)
                break;
            if (strong(e))
                return; // reported there
            if (e.kind == QLatin1String("VariableSetStmt") && field(e.node, "name") == QLatin1String("lock_timeout"))
                return;
        }
        out << finding(s, QCoreApplication::translate("strata::LintRules", "takes strong locks without a lock_timeout set first: if it waits, every query "
                                         "on the table waits behind it"));
    }
};

} // namespace

std::unique_ptr<LintRule> makeLockTimeout()
{
    return std::make_unique<LockTimeout>();
}

} // namespace strata
