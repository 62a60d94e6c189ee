// `strata-cli branches`: each branch point and where it leads.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionFormat.h"

#include <QJsonArray>

namespace strata {

namespace {

class BranchesCommand final : public Command
{
public:
    BranchesCommand() : Command(QStringLiteral("branches"), {}, QStringLiteral("branch points and where they lead")) { }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        if (p.graph.isBlocked())
            return ctx.fail(makeError(ErrorCode::Cycle, p.graph.blockingError()));
        QJsonArray points;
        for (int n : p.graph.history()) {
            const auto &node = p.graph.node(n);
            if (!node.isBranchPoint())
                continue;
            if (ctx.json) {
                QJsonObject bp;
                bp.insert(QStringLiteral("revision"), RevisionFormat::revisionJson(p, n));
                bp.insert(QStringLiteral("children"), RevisionFormat::idsJson(p.graph, node.next));
                points.append(bp);
                continue;
            }
            ctx.out << RevisionFormat::historyLine(p.graph, n) << "\n";
            for (int c : node.next)
                ctx.out << QString(node.id.size(), QLatin1Char(' ')) << " -> " << RevisionFormat::headLine(p.graph, c)
                        << ", " << p.graph.scriptOf(c).message << "\n";
            ctx.out << "\n";
        }
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("branch_points"), points);
            ctx.emitJson(doc);
        }
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeBranchesCommand()
{
    return std::make_unique<BranchesCommand>();
}

} // namespace strata
