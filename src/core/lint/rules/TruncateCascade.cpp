// truncate-cascade: TRUNCATE … CASCADE empties every table that references it.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class TruncateCascade final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("truncate-cascade"); }
    Severity severity() const override { return Severity::Error; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE on every table truncated, the cascaded ones included"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "CASCADE also empties every table with a foreign key to the truncated ones, and the "
                              "tables referencing those, without naming them");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "name every table to empty in the TRUNCATE (or DELETE the rows you mean), so the "
                              "statement fails instead of emptying a table nobody listed");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("TruncateStmt") || field(s.node, "behavior") != QLatin1String("DROP_CASCADE"))
            return;
        QStringList tables;
        for (const QJsonValue &r : s.node.value(QStringLiteral("relations")).toArray())
            tables << pgtree::relation(pgtree::body(r, "RangeVar"));
        QStringList cascaded;
        for (const QString &t : tables)
            if (const TableFacts *f = c.tableFacts(t))
                for (const QString &r : f->referencedBy)
                    if (!tables.contains(r) && !cascaded.contains(r))
                        cascaded << r;
        QString message = QCoreApplication::translate("strata::LintRules", "TRUNCATE %1 CASCADE also empties every table that references it")
                                  .arg(tables.join(QStringLiteral(", ")));
        if (!cascaded.isEmpty())
            message += QStringLiteral(": %1").arg(cascaded.join(QStringLiteral(", ")));
        out << finding(s, message, tables + cascaded, lockOn(LockMode::AccessExclusive, tables + cascaded));
    }
};

} // namespace

std::unique_ptr<LintRule> makeTruncateCascade()
{
    return std::make_unique<TruncateCascade>();
}

} // namespace strata
