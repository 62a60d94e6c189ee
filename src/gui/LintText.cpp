#include "LintText.h"

#include "lint/Linter.h"

#include <QStringList>

namespace strata {

QString LintText::details(const LintFinding &f, bool html)
{
    QStringList lines;
    if (f.allowed)
        lines << tr("Allowed: %1").arg(f.allowReason);
    if (!f.lock.isEmpty())
        lines << tr("Lock: %1").arg(f.lock);
    if (!f.sizeNote.isEmpty())
        lines << tr("Size: %1").arg(f.sizeNote);
    if (const LintRule *rule = Linter::rule(f.rule); rule && !f.allowed)
        lines << tr("Safe: %1").arg(rule->safePattern());
    if (!html)
        return lines.join(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace strata
