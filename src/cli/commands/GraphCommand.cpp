// `strata-cli graph`: the revision graph with ASCII lanes, as dot, or as JSON.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/LaneLayout.h"
#include "revision/RevisionFormat.h"

namespace strata {

namespace {

class GraphCommand final : public Command
{
public:
    GraphCommand()
        : Command(QStringLiteral("graph"), QStringLiteral("[--format text|dot|json]"),
                  QStringLiteral("the revision graph (lanes), or Graphviz dot"))
    {
        addOption({ { QStringLiteral("--format") }, QStringLiteral("FORMAT"), QStringLiteral("text, dot or json") });
    }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        const QString format = value(QStringLiteral("--format"));
        if (format == QLatin1String("dot")) {
            ctx.out << RevisionFormat::graphDot(p);
            return exitcode::Ok;
        }
        if (ctx.json || format == QLatin1String("json")) {
            ctx.emitJson(RevisionFormat::graphJson(p));
            return p.graph.isBlocked() ? exitcode::CheckErrors : exitcode::Ok;
        }
        if (!format.isEmpty() && format != QLatin1String("text"))
            return ctx.usage(QStringLiteral("unknown format '%1' (text, json or dot)").arg(format), help());
        if (p.graph.hasCycles())
            return ctx.fail(makeError(ErrorCode::Cycle, p.graph.blockingError()));
        const std::vector<int> order = p.graph.history();
        const LaneLayout layout = LaneLayout::compute(p.graph, order);
        for (const LaneLayout::Row &row : layout.rows) {
            QString lanes(layout.maxLanes * 2, QLatin1Char(' '));
            for (short t : row.through)
                lanes[t * 2] = QLatin1Char('|');
            lanes[row.lane * 2] = p.graph.node(row.node).isMergePoint() ? QLatin1Char('M') : QLatin1Char('*');
            ctx.out << lanes << ' ' << RevisionFormat::historyLine(p.graph, row.node) << "\n";
        }
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeGraphCommand()
{
    return std::make_unique<GraphCommand>();
}

} // namespace strata
