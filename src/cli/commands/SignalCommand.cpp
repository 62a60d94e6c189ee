// `strata-cli cancel-backend PID` / `terminate-backend PID`.
#include "CliContext.h"
#include "commands/Commands.h"
#include "commands/SessionText.h"
#include "connection/WritePolicy.h"
#include "dialect/Dialect.h"
#include "services/JournalVerification.h"
#include "services/Workspace.h"
#include "state/DatabaseConnection.h"

namespace strata {

namespace {

class SignalCommand final : public Command
{
public:
    explicit SignalCommand(bool terminate)
        : Command(terminate ? QStringLiteral("terminate-backend") : QStringLiteral("cancel-backend"), QStringLiteral("PID"),
                  terminate ? QStringLiteral("end a session (its open transaction rolls back); asks first")
                            : QStringLiteral("stop a session's running statement; asks first")),
          m_terminate(terminate)
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("-y"), QStringLiteral("--yes") }, {}, QStringLiteral("do not ask") });
        addOption({ { QStringLiteral("--confirm-database") }, QStringLiteral("NAME"),
                    QStringLiteral("a production database's name, typed") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("%1 takes one PID").arg(name()), help());
        bool ok = false;
        const qint64 pid = positional().first().toLongLong(&ok);
        if (!ok || pid <= 0)
            return ctx.usage(QStringLiteral("'%1' is not a process id").arg(positional().first()), help());
        auto chosen = ctx.profileFor(value(QStringLiteral("--profile")), name());
        if (!chosen)
            return ctx.fail(chosen.error(), exitcode::Usage);
        const Dialect &dialect = Dialect::of(chosen.value());
        DatabaseConnection conn;
        if (Status s = conn.open(chosen.value(), ctx.passwordFor(chosen.value()),
                                 value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt(), QStringLiteral("strata locks"));
            !s)
            return ctx.fail(s.error(), exitcode::StatusUnreachable);
        // The rules of the strictest profile reaching this database.
        auto ws = ctx.workspace();
        const QList<ConnectionProfile> others = ws ? ws.value()->store().profiles() + ws.value()->environments()
                                                   : QList<ConnectionProfile>();
        const QHash<QString, QString> known = JournalVerification::knownIdentities({});
        QString because;
        auto identity = dialect.identity(conn.database(), chosen.value());
        const Result<ConnectionProfile> profile = WritePolicy::strictest(
                chosen.value(), identity ? identity->key : QString(), others, known, &because);
        if (!because.isEmpty())
            ctx.err << "Stricter rules apply: " << because << ".\n";
        auto snap = dialect.lockSnapshot(conn.database());
        if (!snap)
            return ctx.fail(snap.error(), exitcode::RunRefused);
        const SessionInfo *s = snap->session(pid);
        if (!s)
            return ctx.fail(makeError(ErrorCode::NotFound,
                                      QStringLiteral("no session %1 in database %2").arg(pid).arg(snap->database)),
                            exitcode::RunFailed);
        ctx.err << "Session: " << describeSession(*s, snap->takenAt) << "\n";
        if (s->isStrataControl())
            return ctx.fail(makeError(ErrorCode::Refused,
                                      QStringLiteral("session %1 ('%2') is one of Strata's own control connections; to "
                                                     "stop a run, cancel the run (Ctrl-C or the Run tab's Cancel)")
                                              .arg(pid)
                                              .arg(s->application)));
        if (m_terminate)
            ctx.err << "Terminating ends the session: its uncommitted work"
                    << (s->transactionStart.isValid()
                                ? QStringLiteral(" (a transaction open for %1)").arg(formatAge(s->transactionAge(snap->takenAt)))
                                : QString())
                    << " is rolled back and its client is disconnected.\n";
        else
            ctx.err << "Cancelling stops its running statement; an open transaction is then aborted by the server.\n";
        QString confirmed = value(QStringLiteral("--confirm-database"));
        const QString action = m_terminate ? QStringLiteral("terminate sessions") : QStringLiteral("cancel sessions");
        if (WritePolicy::needsTypedName(profile.value()) && confirmed.isEmpty()) {
            if (!ctx.ask(WritePolicy::typedNamePrompt(profile.value()), &confirmed))
                return ctx.fail(WritePolicy::check(profile.value(), QString(), action).error());
        } else if (!profile->readOnly && !profile->production && !isSet(QStringLiteral("--yes"))) {
            QString answer;
            if (!ctx.ask(QStringLiteral("%1 session %2? [y/N] ")
                                 .arg(m_terminate ? QStringLiteral("Terminate") : QStringLiteral("Cancel the query of"))
                                 .arg(pid),
                         &answer))
                return ctx.fail(makeError(ErrorCode::NotConfirmed, QStringLiteral("not a terminal; pass --yes")));
            if (answer.toLower() != QLatin1String("y") && answer.toLower() != QLatin1String("yes"))
                return exitcode::RunRefused;
        }
        if (Status st = signalSession(conn.database(), profile.value(), pid, m_terminate, confirmed, others, known); !st)
            return ctx.fail(st.error(), st.error().code == ErrorCode::InvalidArgument || isRefusal(st.error().code)
                                    ? exitcode::RunRefused
                                    : exitcode::RunFailed);
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("pid"), pid);
            doc.insert(QStringLiteral("action"), m_terminate ? QStringLiteral("terminate") : QStringLiteral("cancel"));
            doc.insert(QStringLiteral("ok"), true);
            ctx.emitJson(doc);
        } else {
            ctx.out << (m_terminate ? "Terminated session " : "Cancelled the query of session ") << pid << "\n";
        }
        return exitcode::Ok;
    }

private:
    bool m_terminate;
};

} // namespace

std::unique_ptr<Command> makeSignalCommand(bool terminate)
{
    return std::make_unique<SignalCommand>(terminate);
}

} // namespace strata
