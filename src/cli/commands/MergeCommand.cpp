// `strata-cli merge`: a merge revision through the project's own template.
#include "CliContext.h"
#include "commands/Commands.h"
#include "services/MigrationService.h"
#include "services/Workspace.h"

namespace strata {

namespace {

class MergeCommand final : public Command
{
public:
    MergeCommand()
        : Command(QStringLiteral("merge"), QStringLiteral("[-m MSG] [--rev-id ID] [--branch-label L] [REV...]"),
                  QStringLiteral("write a merge revision (default: of all heads) through the project's own template"))
    {
        addOption({ { QStringLiteral("-m"), QStringLiteral("--message") }, QStringLiteral("MSG"), QStringLiteral("its message") });
        addOption({ { QStringLiteral("--rev-id") }, QStringLiteral("ID"), QStringLiteral("its revision id") });
        addOption({ { QStringLiteral("--branch-label") }, QStringLiteral("L"), QStringLiteral("a branch label for it") });
    }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error(), exitcode::ProjectError);
        auto python = ws.value()->python(ctx.python);
        if (!python)
            return ctx.fail(python.error());
        MergeRequest request;
        request.project = project.value();
        request.python = python.value();
        request.revisions = positional();
        request.message = value(QStringLiteral("--message"));
        request.revId = value(QStringLiteral("--rev-id"));
        request.branchLabel = value(QStringLiteral("--branch-label"));
        auto merged = MigrationService::mergeHeads(request);
        if (!merged)
            return ctx.fail(merged.error());
        for (const QString &line : merged->log)
            ctx.err << line << "\n";
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("revision"), merged->revision);
            doc.insert(QStringLiteral("path"), merged->path);
            ctx.emitJson(doc);
        } else {
            ctx.out << "Merge revision " << merged->revision << " written to " << merged->path << "\n";
        }
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

} // namespace strata
