// mysql-table-copy: an ALTER TABLE that MySQL may carry out by copying the table.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

class MySqlTableCopy final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("mysql-table-copy"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QCoreApplication::translate("strata::LintRules", "writes blocked (ALGORITHM=COPY) for the whole copy"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "changing a column's type, the primary key, the engine or the character set makes MySQL "
                              "copy the whole table, blocking writes until it is done; without an ALGORITHM clause "
                              "MySQL silently falls back to the copy");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "state ALGORITHM=INSTANT (or INPLACE) and LOCK=NONE so MySQL refuses instead of "
                              "copying; for a real copy use an online schema change tool (gh-ost, pt-online-schema-"
                              "change) outside the migration");
    }
    bool forMySql() const override { return true; }
    bool scalesWithTable() const override { return true; }
    void check(const LintStatement &s, const LintContext &, LintFindings &out) const override
    {
        if (s.kind != QLatin1String("ALTER TABLE"))
            return;
        const QList<SqlWord> words = sqlWords(s.text);
        QString algorithm;
        QString reason;
        for (int k = 0; k < words.size(); ++k) {
            const QString &w = words[k].text;
            if (w == QLatin1String("ALGORITHM") && k + 2 < words.size())
                algorithm = words[k + 1].text == QLatin1String("=") ? words[k + 2].text : words[k + 1].text;
            else if (reason.isEmpty() && (w == QLatin1String("MODIFY") || w == QLatin1String("CHANGE")))
                reason = QCoreApplication::translate("strata::LintRules", "changes a column definition");
            else if (reason.isEmpty() && (w == QLatin1String("PRIMARY")) && k > 0
                     && (words[k - 1].text == QLatin1String("ADD") || words[k - 1].text == QLatin1String("DROP")))
                reason = QCoreApplication::translate("strata::LintRules", "changes the primary key");
            else if (reason.isEmpty() && w == QLatin1String("CONVERT"))
                reason = QCoreApplication::translate("strata::LintRules", "converts the character set");
            else if (reason.isEmpty() && (w == QLatin1String("ENGINE") || w == QLatin1String("FORCE")))
                reason = QCoreApplication::translate("strata::LintRules", "rebuilds the table");
        }
        if (algorithm == QLatin1String("INSTANT") || algorithm == QLatin1String("INPLACE") || algorithm == QLatin1String("NOCOPY"))
            return;
        if (algorithm == QLatin1String("COPY"))
            reason = QCoreApplication::translate("strata::LintRules", "asks for ALGORITHM=COPY");
        if (reason.isEmpty())
            return;
        const QString table = words.size() > 2 ? words[2].text.toLower().remove(QLatin1Char('`')) : QString();
        out << finding(s, QCoreApplication::translate("strata::LintRules", "%1 on %2 without ALGORITHM=INSTANT or INPLACE: MySQL may copy the whole table "
                                         "while writes wait")
                                  .arg(reason, table),
                       { table }, QCoreApplication::translate("strata::LintRules", "writes blocked on %1 during the copy").arg(table));
    }
};

} // namespace

std::unique_ptr<LintRule> makeMySqlTableCopy()
{
    return std::make_unique<MySqlTableCopy>();
}

} // namespace strata
