#include "CliApp.h"

#include "CliContext.h"
#include "commands/Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace strata {

namespace {

// Words of text in lines of at most width characters.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString overview(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QStringLiteral(
            "Usage: strata-cli [--project DIR] [--name SECTION] VERB [ARGS] [--json]\n\n"
            "Reads an Alembic project statically (no Python is run) and answers questions\n"
            "about its revision graph; runs migrations through Alembic (in the project's\n"
            "Python) with preflight checks, a run lock, Cancel (Ctrl-C) and a journal.\n\nVerbs:\n");
    const QString indent(32, QLatin1Char(' '));
    for (const auto &c : commands) {
        const QString synopsis = c->synopsis();
        const QStringList lines = wrap(c->summary(), 46);
        if (synopsis.size() > 28)
            text += QStringLiteral("  %1\n").arg(synopsis) + indent + lines.join(QLatin1Char('\n') + indent) + QLatin1Char('\n');
        else
            text += QStringLiteral("  %1").arg(synopsis.leftJustified(30)) + lines.join(QLatin1Char('\n') + indent)
                    + QLatin1Char('\n');
    }
    text += QStringLiteral(
            "\nOptions (every verb):\n"
            "  -p, --project DIR   project directory, alembic.ini or pyproject.toml (default .)\n"
            "  -n, --name SECTION  alembic.ini section (default \"alembic\")\n"
            "      --json          machine-readable output (schema 1, see README)\n"
            "      --python PATH   the Python that runs Alembic (default: the workspace\n"
            "                      setting, .venv, venv, $VIRTUAL_ENV, python3)\n"
            "      --alembic-version V  read the project as Alembic V does (no pyproject.toml\n"
            "                      before 1.16, no ':' in ids from 1.17.1, ...); auto: as\n"
            "                      the project's Python's Alembic does; default: as the\n"
            "                      newest does, and probe names what an older one lacks\n"
            "  -h, --help          this help, or a verb's (strata-cli VERB --help)\n"
            "  -v, --version       the version\n\n"
            "Exit codes: 0 ok; 1 check found warnings; 2 check found errors or the graph\n"
            "cannot be walked; 3 a revision could not be resolved or planned; 4 the project\n"
            "cannot be opened; 64 usage error. status: 0 all up to date, 10 behind,\n"
            "11 empty or unversioned, 12 several heads or overlapping rows, 13 revision\n"
            "unknown to the scripts, 14 unreachable (the worst environment decides).\n"
            "Runs: 0 succeeded (or nothing to do); 20 failed (see the outcome for what was\n"
            "applied); 21 refused before anything was written; 22 Python, Alembic or a\n"
            "driver is missing; 23 the run ended but its journal record could not be\n"
            "written; 130 cancelled (Ctrl-C; the open transaction was rolled back).\n");
    return text;
}

} // namespace

int CliApp::run(const QStringList &args)
{
    CliContext ctx;
    return dispatch(args, ctx);
}

int CliApp::batch(const QStringList &globalArgs)
{
    static const QStringList readOnly { QStringLiteral("branches"), QStringLiteral("check"), QStringLiteral("graph"),
                                        QStringLiteral("history"), QStringLiteral("plan"), QStringLiteral("resolve"),
                                        QStringLiteral("show") };
    QTextStream in(stdin);
    QTextStream out(stdout);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        QString outText, errText;
        int code = exitcode::Usage;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        QStringList query;
        bool strings = doc.isArray();
        for (const QJsonValue &v : doc.array()) {
            strings = strings && v.isString();
            query << v.toString();
        }
        const QString verb = query.isEmpty() ? QString() : query.first();
        if (!strings || query.isEmpty())
            errText = QStringLiteral("strata-cli batch: each line must be a JSON array of strings (the arguments), "
                                     "the verb first\n");
        else if (!readOnly.contains(verb))
            errText = QStringLiteral("strata-cli batch: '%1' is not answered here; batch takes only the read-only "
                                     "verbs: %2\n")
                              .arg(excerpt(verb), readOnly.join(QStringLiteral(", ")));
        else {
            CliContext ctx(&outText, &errText);
            code = dispatch(globalArgs + query, ctx);
            ctx.out.flush();
            ctx.err.flush();
        }
        const QJsonObject answer { { QStringLiteral("exit"), code },
                                   { QStringLiteral("stdout"), outText },
                                   { QStringLiteral("stderr"), errText } };
        out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
    }
    return exitcode::Ok;
}

int CliApp::dispatch(const QStringList &args, CliContext &ctx)
{
    const auto commands = makeCommands();
    if (args.isEmpty())
        return ctx.usage(QString(), overview(commands));
    if (args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--version"))) {
        ctx.out << "strata-cli " << STRATA_VERSION << "\n";
        return exitcode::Ok;
    }
    // The verb is the first word that is not a global option or its value.
    int verbAt = -1;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const bool valued = a == QLatin1String("-p") || a == QLatin1String("--project") || a == QLatin1String("-n")
                || a == QLatin1String("--name") || a == QLatin1String("--python")
                || a == QLatin1String("--alembic-version")
                || std::any_of(commands.begin(), commands.end(), [&a](const auto &c) { return c->optionTakesValue(a); });
        if (valued) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        verbAt = i;
        break;
    }
    const bool wantsHelp = args.contains(QStringLiteral("-h")) || args.contains(QStringLiteral("--help"));
    if (verbAt < 0) {
        if (wantsHelp) {
            ctx.err << overview(commands);
            return exitcode::Ok;
        }
        return ctx.usage(QStringLiteral("no verb given"), overview(commands));
    }
    const QString verb = args.at(verbAt);
    if (verb == QLatin1String("batch")) {
        // (never a batch query itself: batch answers only the read-only verbs)
        if (verbAt + 1 < args.size())
            return ctx.usage(QStringLiteral("batch takes its queries on stdin, not '%1'").arg(args.at(verbAt + 1)),
                             QString());
        return batch(args.mid(0, verbAt));
    }
    Command *command = nullptr;
    for (const auto &c : commands)
        if (c->name() == verb)
            command = c.get();
    if (!command)
        return ctx.usage(QStringLiteral("unknown verb '%1'").arg(verb), overview(commands));
    if (wantsHelp && verb != QLatin1String("profiles")) {
        ctx.err << command->help();
        return exitcode::Ok;
    }
    QStringList rest = args;
    rest.removeAt(verbAt);
    QString error;
    if (!command->parse(rest, ctx, &error))
        return ctx.usage(error, command->help());
    return command->execute(ctx);
}

} // namespace strata
