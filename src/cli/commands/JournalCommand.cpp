// `strata-cli journal`: past runs, newest first, or one run in detail.
#include "CliContext.h"
#include "common/TimeFormat.h"
#include "commands/Commands.h"
#include "run/RunJournal.h"

#include <QJsonArray>

namespace strata {

namespace {

const QString kComma = QStringLiteral(",");

class JournalCommand final : public Command
{
public:
    JournalCommand()
        : Command(QStringLiteral("journal"), QStringLiteral("[RUN] [--limit N]"),
                  QStringLiteral("past runs, newest first, or one run in detail"))
    {
        addOption({ { QStringLiteral("--limit") }, QStringLiteral("N"), QStringLiteral("at most N runs (default 20)") });
    }

    int execute(CliContext &ctx) override
    {
        bool ok = true;
        const int limit = value(QStringLiteral("--limit"), QStringLiteral("20")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.usage(QStringLiteral("--limit takes a positive number"), help());
        RunJournal journal;
        if (Status s = journal.open(); !s)
            return ctx.fail(s.error(), exitcode::ProjectError);
        for (const RunRecord &r : journal.newlyInterrupted())
            ctx.err << "note: run " << r.id.left(8) << " (" << runVerbName(r.verb) << " on " << r.profileName
                    << ") was interrupted: Strata ended while it ran; what it left is verified the next time Strata "
                       "reads that database\n";
        if (!positional().isEmpty())
            return showOne(ctx, journal, positional().first());
        auto runs = journal.list(limit);
        if (!runs)
            return ctx.fail(runs.error(), exitcode::ProjectError);
        if (ctx.json) {
            QJsonArray list;
            for (const RunRecord &r : runs.value()) {
                QJsonObject j = r.toJson();
                j.remove(QStringLiteral("sql"));
                list.append(j);
            }
            QJsonObject doc;
            doc.insert(QStringLiteral("runs"), list);
            doc.insert(QStringLiteral("journal"), journal.path());
            ctx.emitJson(doc);
            return exitcode::Ok;
        }
        if (runs->isEmpty()) {
            ctx.out << "No runs yet (" << journal.path() << ").\n";
            return exitcode::Ok;
        }
        for (const RunRecord &r : runs.value())
            ctx.out << r.id.left(8) << "  " << r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    << "  " << runStateName(r.state).leftJustified(11) << "  "
                    << QString(runVerbName(r.verb) + QLatin1Char(' ') + r.target).leftJustified(24) << "  "
                    << r.profileName.leftJustified(12) << "  "
                    << (r.error.isEmpty() ? r.outcome : r.error).english().section(QLatin1Char('\n'), 0, 0) << "\n";
        return exitcode::Ok;
    }

private:
    int showOne(CliContext &ctx, RunJournal &journal, const QString &id)
    {
        auto run = journal.find(id);
        if (!run)
            return ctx.fail(run.error(), exitcode::Usage);
        const RunRecord &r = run.value();
        if (ctx.json) {
            ctx.emitJson(r.toJson());
            return exitcode::Ok;
        }
        ctx.out << "Run:       " << r.id << "\n"
                << "What:      " << runVerbName(r.verb) << " " << r.target << "\n"
                << "State:     " << runStateName(r.state) << "\n"
                << "Who:       " << r.osUser << "@" << r.host << " (pid " << r.pid << ")\n"
                << "Where:     " << r.profileName << " — " << r.database << "\n"
                << "Project:   " << r.project << "\n"
                << "Started:   " << r.startedAt.toLocalTime().toString(Qt::ISODate) << "\n"
                << "Finished:  "
                << (r.finishedAt.isValid() ? r.finishedAt.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-")) << "\n"
                << "From:      " << revisionsOrBase(r.fromRevisions, kComma) << "\n"
                << "To:        "
                << (r.needsVerification ? QStringLiteral("unknown (not yet verified)") : revisionsOrBase(r.toRevisions, kComma))
                << "\n";
        if (!r.error.isEmpty())
            ctx.out << "Error:     " << (r.errorType.isEmpty() ? QString() : r.errorType + QStringLiteral(": ")) << r.error.english()
                    << "\n";
        if (!r.outcome.isEmpty())
            ctx.out << "Outcome:   " << r.outcome.english() << "\n";
        if (!r.tools.isEmpty()) {
            QStringList tools;
            for (auto it = r.tools.constBegin(); it != r.tools.constEnd(); ++it)
                if (it.value().isString())
                    tools << QStringLiteral("%1 %2").arg(it.key(), it.value().toString());
            ctx.out << "Tools:     " << tools.join(QStringLiteral(", ")) << "\n";
        }
        for (const RunStep &s : r.steps) {
            QString line = QStringLiteral("%1 %2 -> %3")
                                   .arg(stepDirectionName(s.direction), revisionsOrBase(s.from, kComma),
                                        revisionsOrBase(s.to, kComma));
            if (!s.message.isEmpty())
                line += QStringLiteral("  ") + s.message;
            ctx.out << QStringLiteral("  %1. %2  [%3%4]\n")
                               .arg(s.index + 1)
                               .arg(line, stepStateName(s.state),
                                    s.durationMs >= 0 ? QStringLiteral(", %1").arg(formatDuration(s.durationMs)) : QString());
        }
        if (!r.sql.isEmpty())
            ctx.out << "SQL:\n" << r.sql << "\n";
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeJournalCommand()
{
    return std::make_unique<JournalCommand>();
}

} // namespace strata
