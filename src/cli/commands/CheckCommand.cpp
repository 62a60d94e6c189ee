// `strata-cli check`: validate the graph; non-zero exit on problems.
#include "CliContext.h"
#include "commands/Commands.h"
#include "revision/RevisionFormat.h"

namespace strata {

namespace {

class CheckCommand final : public Command
{
public:
    CheckCommand() : Command(QStringLiteral("check"), {}, QStringLiteral("validate the graph; non-zero exit on problems")) { }

    int execute(CliContext &ctx) override
    {
        auto project = ctx.openProject();
        if (!project)
            return ctx.fail(project.error(), exitcode::ProjectError);
        const Project &p = *project.value();
        int errors = 0, warnings = 0;
        for (const Finding &f : p.findings) {
            if (f.severity == Severity::Error)
                ++errors;
            else if (f.severity == Severity::Warning)
                ++warnings;
        }
        if (ctx.json) {
            QJsonObject doc;
            doc.insert(QStringLiteral("ok"), errors == 0 && warnings == 0);
            doc.insert(QStringLiteral("revisions"), p.graph.size());
            doc.insert(QStringLiteral("errors"), errors);
            doc.insert(QStringLiteral("warnings"), warnings);
            doc.insert(QStringLiteral("findings"), RevisionFormat::findingsJson(p, p.findings));
            ctx.emitJson(doc);
        } else {
            for (const Finding &f : p.findings) {
                const QString where = p.relativePath(f.file);
                ctx.out << severityName(f.severity) << ": " << where
                        << (f.line > 0 ? QLatin1Char(':') + QString::number(f.line) : QString())
                        << (where.isEmpty() ? QString() : QStringLiteral(": ")) << f.message << " [" << f.code << "]\n";
            }
            ctx.out << p.graph.size() << " revisions, " << errors << " error(s), " << warnings << " warning(s)\n";
        }
        if (errors > 0)
            return exitcode::CheckErrors;
        return warnings > 0 ? exitcode::CheckWarnings : exitcode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace strata
