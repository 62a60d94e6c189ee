#include "RunSummary.h"

#include "common/TimeFormat.h"

#include <QRegularExpression>

namespace strata {

QString errorFirstLine(const QString &error)
{
    QString line;
    for (const QString &l : error.split(QLatin1Char('\n'))) {
        line = l.trimmed();
        if (!line.isEmpty())
            break;
    }
    // "(psycopg2.errors.LockNotAvailable) canceling statement…" → "canceling statement…"
    static const QRegularExpression wrapper(QStringLiteral("^\\([A-Za-z0-9_.]+\\)\\s*"));
    line.remove(wrapper);
    // pymysql's "(1205, 'Lock wait timeout exceeded; …')"
    static const QRegularExpression mysql(QStringLiteral("^\\((\\d+), [\"'](.*)[\"']\\)$"));
    if (const auto m = mysql.match(line); m.hasMatch())
        line = m.captured(2) + QStringLiteral(" (error %1)").arg(m.captured(1));
    if (line.size() > 240)
        line = line.left(239) + QChar(0x2026);
    return line;
}

namespace {

using Kind = RecipeStep::Kind;

QStringList profileArg(const RunRecord &r)
{
    return r.profileName.isEmpty() ? QStringList() : QStringList { QStringLiteral("--profile"), r.profileName };
}

QString withOutcome(QString sentence, const RunRecord &r)
{
    if (!r.outcome.isEmpty())
        sentence += QStringLiteral("; ") + r.outcome;
    return sentence;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

RunSummary summarizeRun(const RunRecord &r, int lockTimeoutMs)
{
    RunSummary s;
    if (!r.error.isEmpty())
        s.details = r.errorType.isEmpty() ? r.error : QStringLiteral("%1: %2").arg(r.errorType, r.error);
    const QStringList again = QStringList { runVerbName(r.verb), r.target } + profileArg(r);
    switch (r.state) {
    case RunState::Succeeded:
        s.headline = capitalised(r.outcome.isEmpty() ? QStringLiteral("the run succeeded") : r.outcome);
        return s;
    case RunState::Cancelled:
        s.cause = QStringLiteral("cancelled");
        s.headline = withOutcome(QStringLiteral("Cancelled"), r);
        s.explanation = QStringLiteral("The run was stopped on request; the database rolled back what was open.");
        if (r.verb != RunVerb::RunSql)
            s.next << RecipeStep { Kind::Act, QStringLiteral("Run again"), again };
        return s;
    case RunState::Interrupted:
        s.cause = QStringLiteral("interrupted");
        s.headline = withOutcome(QStringLiteral("Interrupted before it finished"), r);
        s.explanation = QStringLiteral("Strata ended while the run was going; what the database kept is read back "
                                       "when it is next reachable.");
        s.next << RecipeStep { Kind::Show, QStringLiteral("Check the environment"),
                               QStringList { QStringLiteral("status") } + profileArg(r) };
        return s;
    case RunState::Failed:
        break;
    default:
        s.headline = capitalised(runStateName(r.state));
        return s;
    }

    if (r.errorType == QLatin1String("StrataWrongDatabase")) {
        s.cause = QStringLiteral("wrong database");
        s.headline = withOutcome(QStringLiteral("Stopped before the first statement: env.py connected to another "
                                                "database than %1's").arg(r.profileName),
                                 r);
        s.explanation = QStringLiteral("env.py takes its URL from somewhere else (an environment variable, a "
                                       "settings module). Nothing was changed on either database.");
        s.next << RecipeStep { Kind::Show, QStringLiteral("See where env.py takes its URL from"),
                               QStringList { QStringLiteral("probe") } + profileArg(r) };
        s.next << RecipeStep { Kind::Show, QStringLiteral("Ask the doctor"),
                               QStringList { QStringLiteral("doctor") } + profileArg(r) };
        return s;
    }
    const FailureClass fc = classifyFailure(r.error);
    s.cause = fc.kind;
    s.explanation = capitalised(fc.explanation) + QLatin1Char('.');
    if (fc.kind == QLatin1String("lock timeout")) {
        QString sentence = lockTimeoutMs > 0
                ? QStringLiteral("Gave up after lock_timeout %1").arg(formatDuration(lockTimeoutMs))
                : QStringLiteral("Gave up waiting for a lock");
        sentence += r.waitedOn.isEmpty() ? QStringLiteral(" waiting for another session")
                                         : QStringLiteral(" waiting for %1").arg(r.waitedOn);
        s.headline = withOutcome(sentence, r);
        s.next << RecipeStep { Kind::Show, QStringLiteral("Show the locks"),
                               QStringList { QStringLiteral("locks") } + profileArg(r) };
        if (r.verb != RunVerb::RunSql)
            s.next << RecipeStep { Kind::Act, QStringLiteral("Run again"), again };
    } else {
        const QString first = errorFirstLine(r.error);
        s.headline = withOutcome(first.isEmpty() ? capitalised(fc.kind) : QStringLiteral("%1: %2").arg(capitalised(fc.kind), first), r);
        if (r.verb == RunVerb::Upgrade || r.verb == RunVerb::Downgrade)
            s.next << RecipeStep { Kind::Act, QStringLiteral("Rehearse (after fixing)"),
                                   QStringList { QStringLiteral("rehearse"), r.target } + profileArg(r)
                                           + (r.verb == RunVerb::Downgrade ? QStringList { QStringLiteral("--downgrade") }
                                                                            : QStringList()) };
        if (fc.kind == QLatin1String("missing object") || fc.kind == QLatin1String("object already exists"))
            s.next << RecipeStep { Kind::Show, QStringLiteral("Compare the schema"),
                                   QStringList { QStringLiteral("schema-match") } + profileArg(r) };
    }
    s.next << RecipeStep { Kind::Show, QStringLiteral("Ask the doctor"),
                           QStringList { QStringLiteral("doctor") } + profileArg(r) };
    return s;
}

} // namespace strata
