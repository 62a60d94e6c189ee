// `strata-cli sql`: Alembic's offline SQL for a plan (MigrationService::previewSql).
#include "CliContext.h"
#include "commands/Commands.h"
#include "services/MigrationService.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QSaveFile>

namespace strata {

namespace {

class SqlCommand final : public Command
{
public:
    SqlCommand()
        : Command(QStringLiteral("sql"), QStringLiteral("[--profile P | --from REV] [--downgrade] [-o FILE] TARGET"),
                  QStringLiteral("Alembic's offline SQL for the plan from the profile's current revision (or REV) to "
                                 "TARGET"))
    {
        addOption({ { QStringLiteral("--profile") }, QStringLiteral("P"), QStringLiteral("the environment") });
        addOption({ { QStringLiteral("--from") }, QStringLiteral("REV"), QStringLiteral("start here instead (base for none)") });
        addOption({ { QStringLiteral("--downgrade") }, {}, QStringLiteral("a downgrade") });
        addOption({ { QStringLiteral("-o"), QStringLiteral("--output") }, QStringLiteral("FILE"), QStringLiteral("write the SQL here") });
        addOption({ { QStringLiteral("--timeout") }, QStringLiteral("S"), QStringLiteral("connect timeout in seconds") });
    }

    int execute(CliContext &ctx) override
    {
        if (positional().size() != 1)
            return ctx.usage(QStringLiteral("sql takes one TARGET revision"), help());
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.fail(ws.error(), exitcode::ProjectError);
        PreviewRequest request;
        request.project = project.value();
        request.target = positional().first();
        request.downgrade = isSet(QStringLiteral("--downgrade"));
        request.connectTimeout = value(QStringLiteral("--timeout"), QStringLiteral("5")).toInt();
        const QString output = value(QStringLiteral("--output"));
        if (!output.isEmpty())
            request.journalNote = QStringLiteral(", written to ") + output;
        const bool fromGiven = isSet(QStringLiteral("--from"));
        if (isSet(QStringLiteral("--profile")) || !fromGiven) {
            auto profile = ws.value()->profileFor(value(QStringLiteral("--profile")), QStringLiteral("sql"));
            if (!profile)
                return ctx.fail(profile.error(), exitcode::Usage);
            request.profile = profile.value();
            if (!fromGiven)
                request.password = ctx.passwordFor(profile.value());
        }
        if (fromGiven) {
            QStringList from = value(QStringLiteral("--from")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (from == QStringList { QStringLiteral("base") })
                from.clear();
            request.from = from;
        }
        auto python = ws.value()->python(ctx.python);
        if (!python)
            return ctx.fail(python.error());
        request.python = python.value();
        auto preview = MigrationService::previewSql(request);
        if (!preview)
            return ctx.fail(preview.error());
        for (const QString &w : preview->warnings)
            ctx.err << "warning: " << w << "\n";
        for (const QString &e : preview->willFail)
            ctx.err << "error: this SQL cannot succeed as it stands (a run is refused): " << e << "\n";
        if (preview->lint.hasFindings())
            ctx.err << "lint: " << preview->lint.summary() << " (strata-cli lint " << request.target
                    << " says what each statement locks and the safe way)\n";
        if (!output.isEmpty()) {
            QSaveFile file(output);
            if (!file.open(QIODevice::WriteOnly) || file.write(preview->sql.toUtf8()) < 0 || !file.commit())
                return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(output, file.errorString())));
            ctx.err << "strata-cli: offline SQL written to " << output << "\n";
        } else if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("from"), QJsonArray::fromStringList(preview->from));
            doc.insert(QStringLiteral("to"), QJsonArray::fromStringList(preview->to));
            doc.insert(QStringLiteral("target"), preview->target);
            doc.insert(QStringLiteral("direction"), preview->direction());
            doc.insert(QStringLiteral("sql"), preview->sql);
            doc.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(preview->warnings));
            doc.insert(QStringLiteral("will_fail"), QJsonArray::fromStringList(preview->willFail));
            doc.insert(QStringLiteral("lint"), preview->lint.toJson());
            ctx.emitJson(doc);
        } else {
            ctx.out << preview->sql;
        }
        return exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSqlCommand()
{
    return std::make_unique<SqlCommand>();
}

} // namespace strata
