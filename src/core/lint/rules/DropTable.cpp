// drop-table: a table dropped (its data with it).
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class DropTable final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("drop-table"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE on the table (and the tables whose foreign keys point at it)"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "the table's rows are gone for good (a downgrade recreates it empty), and running code "
                              "that uses it fails");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "stop using the table in a release first, back it up (or rename it away and drop it "
                              "later), then drop it");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("DropStmt") || field(s.node, "removeType") != QLatin1String("OBJECT_TABLE"))
            return;
        QStringList tables;
        for (const QJsonValue &o : s.node.value(QStringLiteral("objects")).toArray()) {
            const QString name = pgtree::strings(pgtree::body(o, "List").value(QStringLiteral("items"))).join(QLatin1Char('.'));
            if (!c.isNewTable(name, s.index))
                tables << name;
        }
        if (tables.isEmpty())
            return;
        QString message = QCoreApplication::translate("strata::LintRules", "drops table %1: its rows are lost").arg(tables.join(QStringLiteral(", ")));
        for (const QString &t : tables)
            if (const TableFacts *f = c.tableFacts(t); f && f->rows > 0)
                message += QStringLiteral(" (%1: %2)").arg(t, f->describe());
        LintFinding f = finding(s, message, tables, lockOn(LockMode::AccessExclusive, tables));
        for (const QString &t : tables)
            f.objects << QCoreApplication::translate("strata::LintRules", "table %1").arg(t);
        out << f;
    }
};

} // namespace

std::unique_ptr<LintRule> makeDropTable()
{
    return std::make_unique<DropTable>();
}

} // namespace strata
