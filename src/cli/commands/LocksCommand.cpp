// `strata-cli locks`: sessions and locks, the blocking tree and idle transactions.
#include "CliContext.h"
#include "commands/Commands.h"
#include "commands/SessionText.h"
#include "dialect/Dialect.h"
#include "state/DatabaseConnection.h"

#include <QThread>

#include <atomic>
#include <csignal>
#include <functional>

namespace strata {

namespace {

std::atomic<bool> g_stopWatch { false };

extern "C" void onWatchInterrupt(int)
{
    g_stopWatch.store(true);
}

class LocksCommand final : public Command
{
public:
    LocksCommand()
        : Command(QStringLiteral("locks"), QStringLiteral("[--profile P] [--watch SECONDS]"),
                  QStringLiteral("sessions and locks: the blocking tree (root blockers first) and idle transactions"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("--watch") }, QStringLiteral("SECONDS"), QStringLiteral("repeat until Ctrl-C") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        int watch = 0;
        if (isSet(QStringLiteral("--watch"))) {
            bool ok = false;
            watch = value(QStringLiteral("--watch")).toInt(&ok);
            if (!ok || watch < 1)
                return ctx.usage(QStringLiteral("--watch takes whole seconds (1 or more)"), help());
        }
        auto profile = ctx.profileFor(value(QStringLiteral("--profile")), name());
        if (!profile)
            return ctx.fail(profile.error(), profile.error().code == ErrorCode::Parse ? exitcode::ProjectError
                                                                                      : exitcode::Usage);
        const Dialect &dialect = Dialect::of(profile.value());
        DatabaseConnection conn;
        if (Status s = conn.open(profile.value(), ctx.passwordFor(profile.value()),
                                 value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt(), QStringLiteral("strata locks"));
            !s)
            return ctx.fail(s.error(), exitcode::StatusUnreachable);
        auto previous = std::signal(SIGINT, onWatchInterrupt);
        g_stopWatch.store(false);
        int code = exitcode::Ok;
        for (int round = 0;; ++round) {
            auto snap = dialect.lockSnapshot(conn.database());
            if (!snap) {
                code = ctx.fail(snap.error(), dialect.hasServerSessions() ? exitcode::StatusUnreachable : exitcode::Usage);
                break;
            }
            if (ctx.json) {
                QJsonObject doc = snap->toJson();
                doc.insert(QStringLiteral("profile"), profile->name);
                ctx.emitJson(doc);
            } else {
                print(ctx, snap.value(), profile->name, round);
            }
            ctx.out.flush();
            if (watch == 0 || g_stopWatch.load())
                break;
            for (int i = 0; i < watch * 10 && !g_stopWatch.load(); ++i)
                QThread::msleep(100);
            if (g_stopWatch.load())
                break;
        }
        std::signal(SIGINT, previous);
        return code;
    }

private:
    static void print(CliContext &ctx, const LockSnapshot &snap, const QString &profile, int round)
    {
        if (round > 0)
            ctx.out << "\n";
        const QDateTime now = snap.takenAt;
        ctx.out << "Database " << snap.database << " (" << profile << ") at "
                << now.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << ": " << snap.sessions.size()
                << " session(s), snapshot in " << snap.elapsedMs << " ms\n";
        const QList<BlockingNode> tree = snap.blockingTree();
        if (tree.isEmpty()) {
            ctx.out << "No session waits on another.\n";
        } else {
            ctx.out << "Blocking chains (root blockers first):\n";
            std::function<void(const BlockingNode &, int)> line = [&](const BlockingNode &n, int depth) {
                const SessionInfo *s = snap.session(n.pid);
                ctx.out << QString(2 + depth * 4, QLatin1Char(' ')) << (depth ? QStringLiteral("└─ ") : QString())
                        << (s ? describeSession(*s, now) : QStringLiteral("pid %1 (in another database)").arg(n.pid)) << "\n";
                for (const BlockingNode &w : n.waiters)
                    line(w, depth + 1);
            };
            for (const BlockingNode &n : tree)
                line(n, 0);
        }
        if (const QString note = snap.hiddenNote(); !note.isEmpty())
            ctx.out << "Note: " << note << ".\n";
        const auto idle = snap.idleInTransaction();
        if (!idle.isEmpty()) {
            ctx.out << "Idle in transaction:\n";
            for (const SessionInfo *s : idle)
                ctx.out << "  " << describeSession(*s, now) << "\n";
        }
    }
};

} // namespace

std::unique_ptr<Command> makeLocksCommand()
{
    return std::make_unique<LocksCommand>();
}

} // namespace strata
