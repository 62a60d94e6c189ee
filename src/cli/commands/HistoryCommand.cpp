// `strata-cli history`: revisions newest first, as `alembic history` prints them.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionFormat.h"
#include "revision/RevisionResolver.h"

namespace strata {

namespace {

class HistoryCommand final : public Command
{
public:
    HistoryCommand()
        : Command(QStringLiteral("history"), QStringLiteral("[-r START:END]"),
                  QStringLiteral("revisions newest first (as `alembic history`)"))
    {
        addOption({ { QStringLiteral("-r"), QStringLiteral("--rev-range") }, QStringLiteral("START:END"),
                    QStringLiteral("only this range") });
    }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        const QString range = value(QStringLiteral("--rev-range"));
        auto result = RevisionResolver(p.graph).history(range);
        if (!result)
            return ctx.fail(result.error());
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("range"), range);
            doc.insert(QStringLiteral("revisions"), RevisionFormat::revisionsJson(p, result.value()));
            ctx.emitJson(doc);
            return exitcode::Ok;
        }
        for (int n : result.value())
            ctx.out << RevisionFormat::historyLine(p.graph, n) << "\n";
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeHistoryCommand()
{
    return std::make_unique<HistoryCommand>();
}

} // namespace strata
