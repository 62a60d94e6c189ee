#include "RunSummary.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

// The sentences are in the program's language: QCoreApplication::translate,
// English where no translation is installed (strata-cli installs none).
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
    return r.profileName.isEmpty() ? QStringList()
                                   : QStringList { QStringLiteral("--profile"), r.profileName };
}

QString withOutcome(QString sentence, const RunRecord &r)
{
    if (!r.outcome.isEmpty())
        sentence += QCoreApplication::translate("strata::RunSummary", "; ") + r.outcome.text();
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
        s.details = r.errorType.isEmpty() ? r.error.text() : QStringLiteral("%1: %2").arg(r.errorType, r.error.text());
    const QStringList again = QStringList { runVerbName(r.verb), r.target } + profileArg(r);
    switch (r.state) {
    case RunState::Succeeded:
        s.headline = capitalised(r.outcome.isEmpty()
                ? QCoreApplication::translate("strata::RunSummary", "the run succeeded")
                : r.outcome.text());
        return s;
    case RunState::Cancelled:
        s.cause = QStringLiteral("cancelled");
        s.headline = withOutcome(QCoreApplication::translate("strata::RunSummary", "Cancelled"), r);
        s.explanation = QCoreApplication::translate(
            "strata::RunSummary", "The run was stopped on request; the database rolled back what was open.");
        if (r.verb != RunVerb::RunSql)
            s.next << RecipeStep { Kind::Act, QCoreApplication::translate("strata::RunSummary", "Run again"),
                again };
        return s;
    case RunState::Interrupted:
        s.cause = QStringLiteral("interrupted");
        s.headline = withOutcome(
            QCoreApplication::translate("strata::RunSummary", "Interrupted before it finished"), r);
        s.explanation = QCoreApplication::translate("strata::RunSummary",
            "Strata ended while the run was going; what the database kept is read back "
            "when it is next reachable.");
        s.next << RecipeStep { Kind::Show,
            QCoreApplication::translate("strata::RunSummary", "Check the environment"),
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
        s.headline = withOutcome(QCoreApplication::translate("strata::RunSummary",
                                     "Stopped before the first statement: env.py connected to another "
                                     "database than %1's")
                                     .arg(r.profileName),
            r);
        s.explanation = QCoreApplication::translate("strata::RunSummary",
            "env.py takes its URL from somewhere else (an environment variable, a "
            "settings module). Nothing was changed on either database.");
        s.next << RecipeStep { Kind::Show,
            QCoreApplication::translate("strata::RunSummary", "See where env.py takes its URL from"),
            QStringList { QStringLiteral("probe") } + profileArg(r) };
        s.next << RecipeStep { Kind::Show,
            QCoreApplication::translate("strata::RunSummary", "Ask the doctor"),
            QStringList { QStringLiteral("doctor") } + profileArg(r) };
        return s;
    }
    const FailureClass fc = classifyFailure(r.error.english());
    s.cause = fc.kind;
    s.explanation = capitalised(fc.explanation) + QLatin1Char('.');
    if (fc.kind == QLatin1String("lock timeout")) {
        QString sentence = lockTimeoutMs > 0
            ? QCoreApplication::translate("strata::RunSummary", "Gave up after lock_timeout %1")
                  .arg(formatDuration(lockTimeoutMs))
            : QCoreApplication::translate("strata::RunSummary", "Gave up waiting for a lock");
        sentence += r.waitedOn.isEmpty()
            ? QCoreApplication::translate("strata::RunSummary", " waiting for another session")
            : QCoreApplication::translate("strata::RunSummary", " waiting for %1").arg(r.waitedOn);
        s.headline = withOutcome(sentence, r);
        s.next << RecipeStep { Kind::Show,
            QCoreApplication::translate("strata::RunSummary", "Show the locks"),
            QStringList { QStringLiteral("locks") } + profileArg(r) };
        if (r.verb != RunVerb::RunSql)
            s.next << RecipeStep { Kind::Act, QCoreApplication::translate("strata::RunSummary", "Run again"),
                again };
    } else {
        const QString first = errorFirstLine(r.error.text());
        s.headline = withOutcome(first.isEmpty() ? capitalised(failureKindText(fc.kind))
                                                 : QCoreApplication::translate("strata::RunSummary", "%1: %2")
                                                       .arg(capitalised(failureKindText(fc.kind)), first),
            r);
        if (r.verb == RunVerb::Upgrade || r.verb == RunVerb::Downgrade)
            s.next << RecipeStep { Kind::Act,
                QCoreApplication::translate("strata::RunSummary", "Rehearse (after fixing)"),
                QStringList { QStringLiteral("rehearse"), r.target } + profileArg(r)
                    + (r.verb == RunVerb::Downgrade ? QStringList { QStringLiteral("--downgrade") }
                                                    : QStringList()) };
        if (fc.kind == QLatin1String("missing object") || fc.kind == QLatin1String("object already exists"))
            s.next << RecipeStep { Kind::Show,
                QCoreApplication::translate("strata::RunSummary", "Compare the schema"),
                QStringList { QStringLiteral("schema-match") } + profileArg(r) };
    }
    s.next << RecipeStep { Kind::Show, QCoreApplication::translate("strata::RunSummary", "Ask the doctor"),
        QStringList { QStringLiteral("doctor") } + profileArg(r) };
    return s;
}

} // namespace strata
