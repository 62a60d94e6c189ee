// mysql-implicit-commit: DDL on MySQL/MariaDB commits on its own, so a plan is not atomic.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

bool isDdl(const LintStatement &s)
{
    static const QStringList verbs { QStringLiteral("CREATE"), QStringLiteral("ALTER"), QStringLiteral("DROP"),
                                     QStringLiteral("RENAME"), QStringLiteral("TRUNCATE") };
    return verbs.contains(s.kind.section(QLatin1Char(' '), 0, 0));
}

class MySqlImplicitCommit final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("mysql-implicit-commit"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "a metadata lock per statement"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "MySQL and MariaDB commit before and after every CREATE, ALTER, DROP, RENAME and "
                              "TRUNCATE: a plan that fails half-way leaves the statements before the failure applied "
                              "and the version table where it was (half-applied)");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "one DDL statement per migration where you can, each migration written so it can be run "
                              "again (IF NOT EXISTS / IF EXISTS); back up before a long plan");
    }
    bool forMySql() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (!isDdl(s) || !c.statements)
            return;
        QList<int> lines;
        int others = 0;
        for (const LintStatement &e : *c.statements) {
            if (e.control)
                continue;
            if (isDdl(e)) {
                if (e.index < s.index)
                    return; // reported at the first DDL
                lines << e.line;
            } else {
                ++others;
            }
        }
        if (lines.size() + others < 2)
            return;
        QStringList at;
        for (int l : lines.mid(0, 8))
            at << QString::number(l);
        out << finding(s, QCoreApplication::translate("strata::LintRules", "%1 DDL statement(s) commit on their own (lines %2%3): if the run fails after "
                                         "the first, what ran before stays applied and the version table is not moved")
                                  .arg(lines.size())
                                  .arg(at.join(QStringLiteral(", ")), lines.size() > 8 ? QStringLiteral(", …") : QString()));
    }
};

} // namespace

std::unique_ptr<LintRule> makeMySqlImplicitCommit()
{
    return std::make_unique<MySqlImplicitCommit>();
}

} // namespace strata
