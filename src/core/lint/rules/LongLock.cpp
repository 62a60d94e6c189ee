// long-lock: a lock that blocks writes, held while many more statements run in the same transaction.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

// The existing tables a statement locks against writes.
QStringList writeBlocked(const LintStatement &s, const LintContext &c)
{
    QStringList out;
    for (const TableLock &l : s.locks)
        if (blocksWrites(l.mode) && l.table != c.versionTable && !c.isNewTable(l.table, s.index))
            out << l.table;
    return out;
}

class LongLock final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("long-lock"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "the first statement's lock, held until COMMIT"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "a lock is held until its transaction ends, and Alembic runs the whole plan in one "
                              "transaction by default: a table locked by the first migration stays locked while every "
                              "later statement runs, however long they take");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "keep the statements that take strong locks short and alone: transaction_per_migration="
                              "True in env.py's context.configure(), or split the migration so slow work (backfills, "
                              "index builds) runs in its own transaction");
    }
    void check(const LintStatement &s, const LintContext &c, LintFindings &out) const override
    {
        if (s.transaction < 0 || !c.statements)
            return;
        const QStringList held = writeBlocked(s, c);
        if (held.isEmpty())
            return;
        const auto &all = *c.statements;
        for (const LintStatement &e : all) { // only the transaction's first such lock is reported
            if (e.index >= s.index)
                break;
            if (e.transaction == s.transaction && !writeBlocked(e, c).isEmpty())
                return;
        }
        int more = 0;
        int untilLine = s.endLine;
        QStringList heavy;
        for (size_t k = size_t(s.index) + 1; k < all.size() && all[k].transaction == s.transaction; ++k) {
            const LintStatement &later = all[k];
            untilLine = later.line;
            if (later.control)
                continue;
            bool versionOnly = !later.locks.isEmpty();
            for (const TableLock &l : later.locks) {
                if (l.table != c.versionTable)
                    versionOnly = false;
                if (l.wholeTable && !held.contains(l.table) && !c.isNewTable(l.table, later.index))
                    heavy << QCoreApplication::translate("strata::LintRules", "%1 at line %2").arg(l.table).arg(later.line);
            }
            if (!versionOnly)
                ++more;
        }
        if (more < 3 && heavy.isEmpty())
            return;
        QString message = QCoreApplication::translate("strata::LintRules", "locks %1 against writes here and holds it through %2 more statement(s) until "
                                         "the transaction ends at line %3")
                                  .arg(held.join(QStringLiteral(", ")))
                                  .arg(more)
                                  .arg(untilLine);
        if (!heavy.isEmpty())
            message += QCoreApplication::translate("strata::LintRules", ", including whole-table work on %1").arg(heavy.mid(0, 3).join(QStringLiteral(", ")));
        LockMode mode = LockMode::None;
        for (const TableLock &l : s.locks)
            if (held.contains(l.table) && l.mode > mode)
                mode = l.mode;
        out << finding(s, message, held, lockOn(mode, held));
    }
};

} // namespace

std::unique_ptr<LintRule> makeLongLock()
{
    return std::make_unique<LongLock>();
}

} // namespace strata
