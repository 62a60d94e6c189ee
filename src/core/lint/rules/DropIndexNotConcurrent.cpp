// drop-index-not-concurrent: DROP INDEX without CONCURRENTLY.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class DropIndexNotConcurrent final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("drop-index-not-concurrent"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE on the index's table: reads and writes wait"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: it waits behind every running "
                              "query on the table, and every query queues behind it");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "DROP INDEX CONCURRENTLY, outside a transaction: op.drop_index(..., "
                              "postgresql_concurrently=True) inside `with op.get_context().autocommit_block():`");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("DropStmt") || field(s.node, "removeType") != QLatin1String("OBJECT_INDEX")
            || flag(s.node, "concurrent"))
            return;
        // Indexes the script built itself are new: nobody else uses them yet.
        QSet<QString> builtHere;
        if (c.statements)
            for (const LintStatement &e : *c.statements) {
                if (e.index >= s.index)
                    break;
                if (e.kind == QLatin1String("IndexStmt"))
                    builtHere.insert(field(e.node, "idxname"));
            }
        QStringList names;
        for (const QJsonValue &o : s.node.value(QStringLiteral("objects")).toArray()) {
            const QString name = pgtree::strings(pgtree::body(o, "List").value(QStringLiteral("items"))).join(QLatin1Char('.'));
            if (!builtHere.contains(name.section(QLatin1Char('.'), -1)))
                names << name;
        }
        if (names.isEmpty())
            return;
        out << finding(s, QCoreApplication::translate("strata::LintRules", "drops index %1 without CONCURRENTLY: its table is locked for reads and writes "
                                         "while the drop waits for running queries")
                                  .arg(names.join(QStringLiteral(", "))),
                       {}, QCoreApplication::translate("strata::LintRules", "ACCESS EXCLUSIVE on the table of %1").arg(names.join(QStringLiteral(", "))));
    }
};

} // namespace

std::unique_ptr<LintRule> makeDropIndexNotConcurrent()
{
    return std::make_unique<DropIndexNotConcurrent>();
}

} // namespace strata
