// concurrently-in-transaction: a statement PostgreSQL refuses inside a transaction block.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class ConcurrentlyInTransaction final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("concurrently-in-transaction"); }
    Severity severity() const override { return Severity::Error; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "none: the statement fails before it locks anything"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "CONCURRENTLY cannot run inside a transaction block, and Alembic runs each migration in "
                              "one on PostgreSQL: the run fails at this statement and everything before it in the "
                              "transaction is rolled back");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "wrap the operation in `with op.get_context().autocommit_block():` so Alembic commits "
                              "before it and starts a new transaction after it");
    }
    void check(const LintStatement &s, const LintContext &, LintFindings &out) const override
    {
        if (s.transaction < 0)
            return;
        QString what;
        if (s.kind == QLatin1String("IndexStmt") && flag(s.node, "concurrent"))
            what = QStringLiteral("CREATE INDEX CONCURRENTLY");
        else if (s.kind == QLatin1String("DropStmt") && flag(s.node, "concurrent"))
            what = QStringLiteral("DROP INDEX CONCURRENTLY");
        else if (s.kind == QLatin1String("ReindexStmt") && hasOption(s.node, "concurrently"))
            what = QStringLiteral("REINDEX CONCURRENTLY");
        else if (s.kind == QLatin1String("VacuumStmt"))
            what = QStringLiteral("VACUUM");
        else if (s.kind == QLatin1String("CreatedbStmt") || s.kind == QLatin1String("DropdbStmt"))
            what = s.kind == QLatin1String("CreatedbStmt") ? QStringLiteral("CREATE DATABASE") : QStringLiteral("DROP DATABASE");
        else if (s.kind == QLatin1String("AlterTableStmt"))
            for (const QJsonObject &cmd : alterCommands(s))
                if (field(cmd, "subtype") == QLatin1String("AT_DetachPartition")
                    && flag(pgtree::body(cmd.value(QStringLiteral("def")), "PartitionCmd"), "concurrent"))
                    what = QStringLiteral("DETACH PARTITION CONCURRENTLY");
        if (what.isEmpty())
            return;
        if (s.transactionLine > 0)
            out << finding(s, QCoreApplication::translate("strata::LintRules", "%1 cannot run inside the transaction opened at line %2: the run fails here")
                                      .arg(what)
                                      .arg(s.transactionLine));
        else
            out << finding(s, QCoreApplication::translate("strata::LintRules", "%1 cannot run inside a transaction block: the run fails here").arg(what));
    }
};

} // namespace

std::unique_ptr<LintRule> makeConcurrentlyInTransaction()
{
    return std::make_unique<ConcurrentlyInTransaction>();
}

} // namespace strata
