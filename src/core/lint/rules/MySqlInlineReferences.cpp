// mysql-inline-references: a REFERENCES clause in a column definition, which MySQL parses and ignores.
#include "lint/rules/RuleSupport.h"
#include "lint/rules/Rules.h"

#include <QCoreApplication>
namespace strata {

using namespace lintsupport;

namespace {

bool startsWithAny(const QList<SqlWord> &element, std::initializer_list<const char *> words)
{
    if (element.isEmpty())
        return false;
    for (const char *w : words)
        if (element.first().text == QLatin1String(w))
            return true;
    return false;
}

class MySqlInlineReferences final : public LintRule
{
public:
    QString code() const override { return QStringLiteral("mysql-inline-references"); }
    Severity severity() const override { return Severity::Warning; }
    QString lock() const override { return QStringLiteral("none"); }
    QString why() const override
    {
        return QCoreApplication::translate("strata::LintRules", "MySQL (and MariaDB before 10.5) accept REFERENCES inside a column definition and "
                              "silently ignore it: no foreign key is created, nothing is enforced");
    }
    QString safePattern() const override
    {
        return QCoreApplication::translate("strata::LintRules", "declare the key as its own clause: FOREIGN KEY (col) REFERENCES other (id) (Alembic's "
                              "sa.ForeignKeyConstraint, or op.create_foreign_key)");
    }
    bool forMySql() const override { return true; }
    void check(const LintStatement &s, const LintContext &, LintFindings &out) const override
    {
        const bool create = s.kind == QLatin1String("CREATE TABLE");
        if (!create && s.kind != QLatin1String("ALTER TABLE"))
            return;
        const QList<SqlWord> words = sqlWords(s.text);
        QStringList columns;
        for (QList<SqlWord> element : splitAtCommas(words, create ? 1 : 0)) {
            if (!create) {
                // The first clause follows "ALTER TABLE name".
                while (!element.isEmpty() && element.first().text != QLatin1String("ADD") && element.size() > 1
                       && element.first().depth == 0 && (element.first().text == QLatin1String("ALTER")
                                                          || element.first().text == QLatin1String("TABLE")
                                                          || element.first().text == QLatin1String("IF")
                                                          || element.first().text == QLatin1String("EXISTS")
                                                          || element[1].text == QLatin1String("ADD")
                                                          || element[1].text == QLatin1String(".")
                                                          || element.first().text == QLatin1String(".")))
                    element.removeFirst();
                if (!startsWithAny(element, { "ADD" }))
                    continue;
                element.removeFirst();
                if (startsWithAny(element, { "COLUMN" }))
                    element.removeFirst();
            }
            if (startsWithAny(element, { "CONSTRAINT", "FOREIGN", "PRIMARY", "UNIQUE", "KEY", "INDEX", "CHECK",
                                         "FULLTEXT", "SPATIAL" }))
                continue;
            if (hasWord(element, "REFERENCES") && !element.isEmpty())
                columns << element.first().text.toLower().remove(QLatin1Char('`'));
        }
        if (columns.isEmpty())
            return;
        out << finding(s, QCoreApplication::translate("strata::LintRules", "column %1 declares REFERENCES inline: MySQL ignores it, so no foreign key is "
                                         "created")
                                  .arg(columns.join(QStringLiteral(", "))));
    }
};

} // namespace

std::unique_ptr<LintRule> makeMySqlInlineReferences()
{
    return std::make_unique<MySqlInlineReferences>();
}

} // namespace strata
