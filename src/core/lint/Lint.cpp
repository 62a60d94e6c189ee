#include "lint/Lint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace strata {

QString lockModeName(LockMode mode)
{
    switch (mode) {
    case LockMode::None: return QStringLiteral("no lock");
    case LockMode::AccessShare: return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare: return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive: return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive: return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share: return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive: return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive: return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive: return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

QString lockModeEffect(LockMode mode)
{
    switch (mode) {
    case LockMode::None:
    case LockMode::AccessShare:
    case LockMode::RowShare: return QCoreApplication::translate("strata::Lint", "blocks only DDL");
    case LockMode::RowExclusive: return QCoreApplication::translate("strata::Lint", "blocks DDL and index builds");
    case LockMode::ShareUpdateExclusive: return QCoreApplication::translate("strata::Lint", "reads and writes go on; other DDL waits");
    case LockMode::Share:
    case LockMode::ShareRowExclusive:
    case LockMode::Exclusive: return QCoreApplication::translate("strata::Lint", "writes wait, reads go on");
    case LockMode::AccessExclusive: return QCoreApplication::translate("strata::Lint", "reads and writes wait");
    }
    return {};
}

namespace {
QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

QString TableFacts::describe() const
{
    QStringList parts;
    if (rows >= 0)
    {
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions(QLocale::DefaultNumberOptions); // "1,200,000"
        parts << QCoreApplication::translate("strata::Lint", "~%1 rows").arg(grouped.toString(qint64(rows)));
    }
    else
        parts << QCoreApplication::translate("strata::Lint", "rows not counted yet (never analysed)");
    if (bytes >= 0)
        parts << bytesText(bytes);
    return parts.join(QStringLiteral(", "));
}

TableFacts::Size TableFacts::size() const
{
    constexpr qint64 smallBytes = 16LL << 20;
    constexpr qint64 largeBytes = 1LL << 30;
    if (rows >= 1e6 || bytes >= largeBytes)
        return Size::Large;
    if (rows < 0 && bytes < 0)
        return Size::Unknown;
    if ((rows < 0 || rows < 10000) && (bytes < 0 || bytes < smallBytes))
        return Size::Small;
    return Size::Medium;
}

const TableFacts *LintFacts::table(const QString &name) const
{
    auto it = tables.constFind(name);
    if (it == tables.constEnd() && !name.contains(QLatin1Char('.')))
        it = tables.constFind(QStringLiteral("public.") + name);
    if (it == tables.constEnd())
        it = tables.constFind(name.section(QLatin1Char('.'), -1));
    return it == tables.constEnd() ? nullptr : &it.value();
}

bool LintContext::isNewTable(const QString &table, int statementIndex) const
{
    auto it = createdAt.constFind(table);
    if (it == createdAt.constEnd())
        it = createdAt.constFind(table.section(QLatin1Char('.'), -1));
    if (it == createdAt.constEnd() || it.value() >= statementIndex)
        return false;
    if (eachRevisionAlone && statements)
        return (*statements)[size_t(it.value())].step == (*statements)[size_t(statementIndex)].step;
    return true;
}

const TableFacts *LintContext::tableFacts(const QString &table) const
{
    return facts ? facts->table(table) : nullptr;
}

QJsonObject LintFinding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), rule);
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("message"), message);
    if (!lock.isEmpty())
        o.insert(QStringLiteral("lock"), lock);
    if (!tables.isEmpty())
        o.insert(QStringLiteral("tables"), QJsonArray::fromStringList(tables));
    if (!objects.isEmpty())
        o.insert(QStringLiteral("objects"), QJsonArray::fromStringList(objects));
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("statement"), statement);
    if (!revision.isEmpty())
        o.insert(QStringLiteral("revision"), revision);
    if (!file.isEmpty())
        o.insert(QStringLiteral("file"), file);
    if (!sizeNote.isEmpty())
        o.insert(QStringLiteral("size"), sizeNote);
    o.insert(QStringLiteral("allowed"), allowed);
    if (allowed)
        o.insert(QStringLiteral("allow_reason"), allowReason);
    return o;
}

LintFinding LintRule::finding(const LintStatement &statement, const QString &message, const QStringList &tables,
                              const QString &lock) const
{
    LintFinding f;
    f.rule = code();
    f.severity = severity();
    f.message = message;
    f.lock = lock;
    f.tables = tables;
    f.statement = statement.index;
    f.line = statement.line;
    f.revision = statement.revision;
    f.file = statement.revisionFile;
    return f;
}

} // namespace strata
