// index-not-concurrent: CREATE INDEX on an existing table without CONCURRENTLY.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class IndexNotConcurrent final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("index-not-concurrent"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "SHARE on the table for the whole build: writes wait"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "CREATE INDEX without CONCURRENTLY reads the whole table while holding a SHARE lock: "
                              "every INSERT, UPDATE and DELETE on it waits until the index is built");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "CREATE INDEX CONCURRENTLY, outside a transaction: op.create_index(..., "
                              "postgresql_concurrently=True) inside `with op.get_context().autocommit_block():`");
    }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("IndexStmt") || flag(s.node, "concurrent"))
            return;
        const QString table = pgtree::relation(s.node.value(QStringLiteral("relation")).toObject());
        if (c.isNewTable(table, s.index))
            return;
        out << finding(s, QCoreApplication::translate("strata::LintRules", "builds index %1 on %2 without CONCURRENTLY: writes to %2 wait until it is built")
                                  .arg(field(s.node, "idxname").isEmpty() ? QStringLiteral("(unnamed)") : field(s.node, "idxname"), table),
                       { table }, lockOn(LockMode::Share, { table }));
    }
};

} // namespace

std::unique_ptr<LintRule> makeIndexNotConcurrent()
{
    return std::make_unique<IndexNotConcurrent>();
}

} // namespace strata
