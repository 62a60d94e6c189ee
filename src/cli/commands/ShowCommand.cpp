// `strata-cli show REV`: one revision's metadata.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionFormat.h"
#include "revision/RevisionResolver.h"

namespace strata {

namespace {

class ShowCommand final : public Command
{
public:
    ShowCommand() : Command(QStringLiteral("show"), QStringLiteral("REV"), QStringLiteral("one revision's metadata")) { }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("show needs exactly one revision"), help());
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        auto r = RevisionResolver(p.graph).resolveOne(positional().first());
        if (!r)
            return ctx.fail(r.error());
        if (r.value() < 0)
            return ctx.fail(makeError(ErrorCode::InvalidArgument,
                                      QStringLiteral("'%1' is the base: no revision to show").arg(positional().first())),
                            exitcode::RevisionError);
        if (ctx.json) {
            QJsonObject rev = RevisionFormat::revisionJson(p, r.value());
            rev.insert(QStringLiteral("long_doc"), p.graph.scriptOf(r.value()).longDoc);
            QJsonObject doc;
            doc.insert(QStringLiteral("revision"), rev);
            ctx.emitJson(doc);
            return exitcode::Ok;
        }
        ctx.out << RevisionFormat::showText(p, r.value());
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeShowCommand()
{
    return std::make_unique<ShowCommand>();
}

} // namespace strata
