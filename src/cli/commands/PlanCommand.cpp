// `strata-cli plan`: the steps Alembic would run, without a database.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionResolver.h"

#include <QJsonArray>

namespace strata {

namespace {

class PlanCommand final : public Command
{
public:
    PlanCommand()
        : Command(QStringLiteral("plan"), QStringLiteral("[--from REVS] [--downgrade] TARGET"),
                  QStringLiteral("the steps Alembic would run from REVS (comma-separated current revisions; empty = "
                                 "base)"))
    {
        addOption({ { QStringLiteral("--from") }, QStringLiteral("REVS"), QStringLiteral("the current revisions") });
        addOption({ { QStringLiteral("--downgrade") }, {}, QStringLiteral("plan a downgrade") });
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("plan needs exactly one TARGET"), help());
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        const QString target = positional().first();
        const bool downgrade = isSet(QStringLiteral("--downgrade"));
        QStringList current;
        for (const QString &c : value(QStringLiteral("--from")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (c.trimmed() != QLatin1String("base"))
                current << c.trimmed();
        const RevisionResolver resolver(p.graph);
        auto plan = downgrade ? resolver.downgradePlan(current, target) : resolver.upgradePlan(current, target);
        if (!plan)
            return ctx.fail(plan.error());
        const QString direction = downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade");
        QJsonArray steps;
        for (int n : plan.value()) {
            const auto &node = p.graph.node(n);
            const QString downs = node.downIds.join(QStringLiteral(", "));
            const QString from = downgrade ? node.id : downs;
            const QString to = downgrade ? downs : node.id;
            if (ctx.json) {
                QJsonObject s;
                s.insert(QStringLiteral("direction"), direction);
                s.insert(QStringLiteral("revision"), node.id);
                s.insert(QStringLiteral("from"), downgrade ? QJsonArray { node.id } : QJsonArray::fromStringList(node.downIds));
                s.insert(QStringLiteral("to"), downgrade ? QJsonArray::fromStringList(node.downIds) : QJsonArray { node.id });
                s.insert(QStringLiteral("message"), p.graph.scriptOf(n).message);
                s.insert(QStringLiteral("path"), p.relativePath(p.graph.scriptOf(n).path));
                steps.append(s);
            } else {
                ctx.out << direction << " " << (from.isEmpty() ? QStringLiteral("<base>") : from) << " -> "
                        << (to.isEmpty() ? QStringLiteral("<base>") : to) << ", " << p.graph.scriptOf(n).message << "\n";
            }
        }
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("direction"), direction);
            doc.insert(QStringLiteral("from"), QJsonArray::fromStringList(current));
            doc.insert(QStringLiteral("target"), target);
            doc.insert(QStringLiteral("steps"), steps);
            ctx.emitJson(doc);
        } else if (plan.value().empty()) {
            ctx.out << "nothing to do: already at " << target << "\n";
        }
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

} // namespace strata
