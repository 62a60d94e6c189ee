// `strata-cli status`: every environment's revision against the scripts.
#include "CliContext.h"
#include "commands/Commands.h"
#include "services/JournalVerification.h"
#include "services/Workspace.h"
#include "state/StatusRefresher.h"

#include <QEventLoop>
#include <QJsonArray>

namespace strata {

namespace {

int exitFor(EnvironmentStatus::State s)
{
    using S = EnvironmentStatus::State;
    switch (s) {
    case S::UpToDate: return exitcode::Ok;
    case S::Behind:
    case S::Empty: return exitcode::StatusBehind;
    case S::Unversioned: return exitcode::StatusNotVersioned;
    case S::MultipleHeads:
    case S::Overlap: return exitcode::StatusHeadsProblem;
    case S::UnknownRevision: return exitcode::StatusUnknownRevision;
    case S::Unreachable: return exitcode::StatusUnreachable;
    case S::AuthenticationFailed: return exitcode::StatusAuthenticationFailed;
    case S::NoPrivilege: return exitcode::StatusNoPrivilege;
    }
    return exitcode::StatusUnreachable;
}

class StatusCommand final : public Command
{
public:
    StatusCommand()
        : Command(QStringLiteral("status"), QStringLiteral("[--profile P]... [--all] [--timeout S]"),
                  QStringLiteral("each environment's revision against the scripts (default: the profiles of this "
                                 "project)"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("this profile (repeatable)"), true });
        addOption({ { QStringLiteral("--all") }, {}, QStringLiteral("every profile you have") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds (default 5)") });
    }

    int execute(CliContext &ctx) override
    {
        bool ok = true;
        const int timeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 300)
            return ctx.usage(QStringLiteral("--timeout takes seconds from 1 to 300"), help());
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error(), exitcode::ProjectError);
        Workspace &workspace = *ws.value();
        QList<ConnectionProfile> chosen;
        if (!values(QStringLiteral("--profile")).isEmpty()) {
            for (const QString &name : values(QStringLiteral("--profile"))) {
                auto p = workspace.findProfile(name);
                if (!p)
                    return ctx.fail(p.error(), exitcode::Usage);
                chosen << p.value();
            }
        } else if (isSet(QStringLiteral("--all"))) {
            chosen = workspace.store().profiles();
        } else {
            chosen = workspace.environments();
        }
        // libpq treats a connect timeout below 2 s as 2 s: say so rather than promise it.
        if (timeout < 2 && std::any_of(chosen.cbegin(), chosen.cend(), [](const ConnectionProfile &p) {
                return p.driver == ConnectionProfile::Driver::PostgreSQL;
            }))
            ctx.err << "strata-cli: warning: libpq waits at least 2 s for a PostgreSQL connection, so --timeout "
                    << timeout << " acts as 2 s there\n";
        if (chosen.isEmpty())
            return ctx.fail(makeError(ErrorCode::NotFound,
                                      QStringLiteral("no profiles for this project: add one with 'strata-cli profiles "
                                                     "add' or 'import-ini'")),
                            exitcode::Usage);

        // Every password from the keychain at once, then every check at once.
        QHash<QString, QString> passwords;
        QEventLoop loop;
        bool answered = false;
        workspace.readPasswords(chosen, [&](const QHash<QString, QString> &found) {
            passwords = found;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();

        QList<EnvironmentStatus> results;
        StatusRefresher refresher;
        QObject::connect(&refresher, &StatusRefresher::statusReady, &loop,
                         [&results](const EnvironmentStatus &s) { results << s; });
        QObject::connect(&refresher, &StatusRefresher::finished, &loop, &QEventLoop::quit);
        refresher.refresh(chosen, passwords, project.value(), timeout);
        loop.exec();
        passwords.clear();
        // Report in the order the profiles were chosen, not the order they answered.
        QHash<QString, int> indexOf;
        for (int i = 0; i < chosen.size(); ++i)
            indexOf.insert(chosen.at(i).id, i);
        std::sort(results.begin(), results.end(), [&indexOf](const EnvironmentStatus &a, const EnvironmentStatus &b) {
            return indexOf.value(a.profileId) < indexOf.value(b.profileId);
        });
        auto profileOf = [&](const EnvironmentStatus &s) -> const ConnectionProfile & {
            return chosen.at(indexOf.value(s.profileId));
        };
        QStringList notes = sameDatabaseNotes(results);
        // Runs whose outcome was never read back are verified now.
        for (const EnvironmentStatus &s : results)
            if (s.hasRows())
                for (const RunRecord &run : JournalVerification::verify({}, s.profileId, s.identity, s.current))
                    notes << QStringLiteral("run %1 (%2 %3 on %4, %5) verified: %6")
                                     .arg(run.id.left(8), runVerbName(run.verb), run.target, s.profileName,
                                          runStateName(run.state), run.outcome.english());
        int worst = exitcode::Ok;
        for (const EnvironmentStatus &s : results)
            worst = std::max(worst, exitFor(s.state));

        if (ctx.json) {
            QJsonArray list;
            for (const EnvironmentStatus &s : results) {
                QJsonObject obj = s.toJson();
                const ConnectionProfile &p = profileOf(s);
                obj.insert(QStringLiteral("kind"), ConnectionProfile::kindName(p.kind));
                obj.insert(QStringLiteral("production"), p.production);
                obj.insert(QStringLiteral("url"), p.displayUrl());
                list.append(obj);
            }
            QJsonObject doc;
            doc.insert(QStringLiteral("environments"), list);
            doc.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
            doc.insert(QStringLiteral("exit_code"), worst);
            ctx.emitJson(doc);
            return worst;
        }
        // Production environments are marked wherever they appear.
        auto label = [&](const EnvironmentStatus &s) -> QString {
            return profileOf(s).production ? s.profileName + QStringLiteral(" [PROD]") : s.profileName;
        };
        int nameWidth = 4;
        for (const EnvironmentStatus &s : results)
            nameWidth = std::max(nameWidth, int(label(s).size()));
        for (const EnvironmentStatus &s : results) {
            const QString current = s.current.isEmpty() ? QStringLiteral("-") : s.current.join(QLatin1Char(','));
            ctx.out << label(s).leftJustified(nameWidth) << "  " << s.stateText().leftJustified(16) << "  "
                    << current.leftJustified(14) << "  ";
            if (s.state == EnvironmentStatus::State::UpToDate)
                ctx.out << s.identity.serverVersion << " " << s.identity.database << "@" << s.identity.host;
            else
                ctx.out << s.reason;
            ctx.out << "\n";
            if (!s.pending.isEmpty() && s.state != EnvironmentStatus::State::UpToDate)
                ctx.out << QString(nameWidth, QLatin1Char(' ')) << "  pending: " << s.pending.join(QStringLiteral(", "))
                        << "\n";
        }
        for (const QString &n : notes)
            ctx.out << "note: " << n << "\n";
        return worst;
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace strata
