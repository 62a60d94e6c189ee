// `strata-cli heads` and `bases`: as `alembic heads` prints them.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionFormat.h"

namespace strata {

namespace {

class HeadsCommand final : public Command
{
public:
    explicit HeadsCommand(bool bases)
        : Command(bases ? QStringLiteral("bases") : QStringLiteral("heads"),
                  bases ? QString() : QStringLiteral("[--resolve-dependencies]"),
                  bases ? QStringLiteral("base revisions") : QStringLiteral("head revisions (as `alembic heads`)")),
          m_bases(bases)
    {
        if (!bases)
            addOption({ { QStringLiteral("--resolve-dependencies") }, {},
                        QStringLiteral("heads that nothing depends on") });
    }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        // Alembic cannot even build the map of a graph with a cycle or a self-loop.
        if (p.graph.isBlocked())
            return ctx.fail(makeError(ErrorCode::Cycle, p.graph.blockingError()), exitcode::CheckErrors);
        const std::vector<int> &list = m_bases ? p.graph.bases()
                : isSet(QStringLiteral("--resolve-dependencies")) ? p.graph.realHeads()
                                                                   : p.graph.heads();
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(m_bases ? QStringLiteral("bases") : QStringLiteral("heads"), RevisionFormat::revisionsJson(p, list));
            ctx.emitJson(doc);
            return exitcode::Ok;
        }
        for (int n : list)
            ctx.out << RevisionFormat::headLine(p.graph, n) << "\n";
        return exitcode::Ok;
    }

private:
    bool m_bases;
};

} // namespace

std::unique_ptr<Command> makeHeadsCommand(bool bases)
{
    return std::make_unique<HeadsCommand>(bases);
}

} // namespace strata
