#include "CliApp.h"

#include "revision/LaneLayout.h"
#include "revision/RevisionFormat.h"
#include "revision/RevisionResolver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace strata {

namespace {

const char *const kHelp = R"(Usage: strata-cli [--project DIR] [--name SECTION] VERB [ARGS] [--json]

Reads an Alembic project statically (no Python is run) and answers questions
about its revision graph; runs migrations through Alembic (in the project's
Python) with preflight checks, a run lock, Cancel (Ctrl-C) and a journal.

Verbs:
  graph [--format text|dot]   the revision graph (lanes), or Graphviz dot
  heads [--resolve-dependencies]
                              head revisions (as `alembic heads`)
  bases                       base revisions
  branches                    branch points and where they lead
  history [-r START:END]      revisions newest first (as `alembic history`)
  show REV                    one revision's metadata
  resolve SPEC                what a revision specifier resolves to
  plan [--from REVS] [--downgrade] TARGET
                              the steps Alembic would run from REVS (comma-
                              separated current revisions; empty = base)
  check                       validate the graph; non-zero exit on problems
  status [--profile P]... [--all] [--timeout S]
                              each environment's revision against the scripts
                              (default: the profiles of this project)
  sql [--profile P | --from REV] [--downgrade] [-o FILE] TARGET
                              Alembic's offline SQL for the plan from the
                              profile's current revision (or REV) to TARGET
  upgrade TARGET | downgrade TARGET | stamp [--purge] REV
                              run it on --profile P after a preflight; asks
                              to confirm unless --yes (production profiles
                              need --confirm-database NAME or the typed name)
  run-sql FILE                run a reviewed offline SQL script statement by
                              statement (refused if the database is no longer
                              at the revision the script starts from)
  merge [-m MSG] [--rev-id ID] [--branch-label L] [REV...]
                              write a merge revision (default: of all heads)
                              through the project's own template
  journal [RUN] [--limit N]   past runs, newest first, or one run in detail
  locks [--profile P] [--watch SECONDS]
                              sessions and locks: the blocking tree (root
                              blockers first) and idle transactions
  cancel-backend PID | terminate-backend PID
                              stop a session's query, or end the session (its
                              open transaction rolls back); asks first (--yes,
                              production: --confirm-database NAME)
  probe [--profile P]         which Python runs Alembic here, with the Alembic,
                              SQLAlchemy and driver versions, or what is missing
  profiles SUB ...            connection profiles: list, show, add, edit, remove,
                              import-url, import-env, import-ini, set-password,
                              save-workspace, load-workspace (see
                              `strata-cli profiles --help`)

Options:
  -p, --project DIR   project directory, alembic.ini or pyproject.toml (default .)
  -n, --name SECTION  alembic.ini section (default "alembic")
      --json          machine-readable output (schema 1, see README)
      --python PATH   the Python that runs Alembic (default: the workspace
                      setting, .venv, venv, $VIRTUAL_ENV, python3)
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 ok; 1 check found warnings; 2 check found errors or the graph
cannot be walked; 3 a revision could not be resolved or planned; 4 the project
cannot be opened; 64 usage error. status: 0 all up to date, 10 behind,
11 empty or unversioned, 12 several heads or overlapping rows, 13 revision
unknown to the scripts, 14 unreachable (the worst environment decides).
Runs: 0 succeeded (or nothing to do); 20 failed (see the outcome for what was
applied); 21 refused before anything was written; 22 Python or Alembic is
missing; 130 cancelled (Ctrl-C; the open transaction was rolled back).
)";


} // namespace

CliApp::CliApp() : m_out(stdout), m_err(stderr) { }

bool CliApp::parse(const QStringList &args, Options *o, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto takeValue = [&](QString *dest) {
            const int eq = a.indexOf(QLatin1Char('='));
            if (a.startsWith(QStringLiteral("--")) && eq > 0) {
                *dest = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("option %1 needs a value").arg(a);
                return false;
            }
            *dest = args.at(++i);
            return true;
        };
        const QString name = a.startsWith(QStringLiteral("--")) && a.contains(QLatin1Char('='))
                ? a.left(a.indexOf(QLatin1Char('=')))
                : a;
        if (o->verb == QLatin1String("profiles")) {
            // profiles parses its own options (some share names with global ones)
            if (a == QLatin1String("--json"))
                o->json = true;
            o->rest << a;
            continue;
        }
        if (name == QLatin1String("-p") || name == QLatin1String("--project")) {
            if (!takeValue(&o->project))
                return false;
            o->projectGiven = true;
        } else if (name == QLatin1String("-n") || name == QLatin1String("--name")) {
            if (!takeValue(&o->section))
                return false;
        } else if (name == QLatin1String("-r") || name == QLatin1String("--rev-range")) {
            if (!takeValue(&o->range))
                return false;
        } else if (name == QLatin1String("--from")) {
            if (!takeValue(&o->from))
                return false;
            o->fromGiven = true;
        } else if (name == QLatin1String("--format")) {
            if (!takeValue(&o->format))
                return false;
        } else if (name == QLatin1String("--profile")) {
            QString v;
            if (!takeValue(&v))
                return false;
            o->profiles << v;
        } else if (name == QLatin1String("--timeout")) {
            QString v;
            if (!takeValue(&v))
                return false;
            bool ok = false;
            o->timeout = v.toInt(&ok);
            if (!ok || o->timeout < 1 || o->timeout > 300) {
                *error = QStringLiteral("--timeout takes seconds from 1 to 300");
                return false;
            }
        } else if (name == QLatin1String("--python")) {
            if (!takeValue(&o->python))
                return false;
        } else if (name == QLatin1String("-m") || name == QLatin1String("--message")) {
            if (!takeValue(&o->message))
                return false;
        } else if (name == QLatin1String("--rev-id")) {
            if (!takeValue(&o->revId))
                return false;
        } else if (name == QLatin1String("--branch-label")) {
            if (!takeValue(&o->branchLabel))
                return false;
        } else if (name == QLatin1String("--confirm-database")) {
            if (!takeValue(&o->confirmDatabase))
                return false;
        } else if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            if (!takeValue(&o->output))
                return false;
        } else if (name == QLatin1String("--watch")) {
            if (!takeValue(&o->watch))
                return false;
        } else if (name == QLatin1String("--limit")) {
            QString v;
            if (!takeValue(&v))
                return false;
            bool ok = false;
            o->limit = v.toInt(&ok);
            if (!ok || o->limit < 1) {
                *error = QStringLiteral("--limit takes a positive number");
                return false;
            }
        } else if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            o->yes = true;
        } else if (a == QLatin1String("--purge")) {
            o->purge = true;
        } else if (a == QLatin1String("--all")) {
            o->all = true;
        } else if (a == QLatin1String("--json")) {
            o->json = true;
        } else if (a == QLatin1String("--downgrade")) {
            o->downgrade = true;
        } else if (a == QLatin1String("--resolve-dependencies")) {
            o->resolveDependencies = true;
        } else if (a == QLatin1String("--")) {
            o->positional << args.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1 && !a.at(1).isDigit()) {
            // (a relative specifier such as -1 is a value, not an option)
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        } else if (o->verb.isEmpty()) {
            o->verb = a;
        } else {
            o->positional << a;
        }
    }
    return true;
}

int CliApp::usage(const QString &error)
{
    if (!error.isEmpty())
        m_err << "strata-cli: " << error << "\n";
    m_err << QString::fromUtf8(kHelp);
    m_err.flush();
    return Usage;
}

void CliApp::emitJson(const QJsonObject &o)
{
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliApp::fail(const Options &o, const Error &e, int code)
{
    if (o.json) {
        QJsonObject err;
        err.insert(QStringLiteral("code"), errorCodeName(e.code));
        err.insert(QStringLiteral("message"), e.message);
        if (!e.file.isEmpty())
            err.insert(QStringLiteral("file"), e.file);
        if (e.line > 0)
            err.insert(QStringLiteral("line"), e.line);
        if (!e.key.isEmpty())
            err.insert(QStringLiteral("key"), e.key);
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("error"), err);
        emitJson(doc);
    }
    m_err << "strata-cli: error: " << e.toString() << "\n";
    m_err.flush();
    return code;
}

Result<ProjectPtr> CliApp::open(const Options &o)
{
    return loadProject(o.project, o.section);
}

int CliApp::run(const QStringList &args)
{
    Options o;
    QString error;
    const bool profilesVerb = args.contains(QStringLiteral("profiles"));
    if ((!profilesVerb && (args.contains(QStringLiteral("-h")) || args.contains(QStringLiteral("--help"))))
        || args.isEmpty())
    {
        usage(QString());
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--version"))) {
        m_out << "strata-cli " << STRATA_VERSION << "\n";
        return Ok;
    }
    if (!parse(args, &o, &error))
        return usage(error);
    static const QStringList verbs = { QStringLiteral("graph"),  QStringLiteral("heads"),   QStringLiteral("bases"),
                                       QStringLiteral("branches"), QStringLiteral("history"), QStringLiteral("show"),
                                       QStringLiteral("resolve"), QStringLiteral("plan"),    QStringLiteral("check"),
                                       QStringLiteral("profiles"), QStringLiteral("status"), QStringLiteral("sql"),
                                       QStringLiteral("upgrade"), QStringLiteral("downgrade"), QStringLiteral("stamp"),
                                       QStringLiteral("run-sql"), QStringLiteral("merge"), QStringLiteral("journal"),
                                       QStringLiteral("probe"), QStringLiteral("locks"),
                                       QStringLiteral("cancel-backend"), QStringLiteral("terminate-backend") };
    if (!verbs.contains(o.verb))
        return usage(o.verb.isEmpty() ? QStringLiteral("no verb given")
                                      : QStringLiteral("unknown verb '%1'").arg(o.verb));

    if (o.verb == QLatin1String("profiles"))
        return cmdProfiles(o);
    if (o.verb == QLatin1String("journal"))
        return cmdJournal(o);

    auto project = open(o);
    if (!project)
        return fail(o, project.error(), ProjectError);
    // Deliberately never freed: the process ends right after the verb, and
    // tearing down tens of thousands of small objects would only delay it.
    const Project &p = **new ProjectPtr(project.value());

    if (o.verb == QLatin1String("graph"))
        return cmdGraph(o, p);
    if (o.verb == QLatin1String("heads"))
        return cmdHeads(o, p, false);
    if (o.verb == QLatin1String("bases"))
        return cmdHeads(o, p, true);
    if (o.verb == QLatin1String("branches"))
        return cmdBranches(o, p);
    if (o.verb == QLatin1String("history"))
        return cmdHistory(o, p);
    if (o.verb == QLatin1String("show"))
        return cmdShow(o, p);
    if (o.verb == QLatin1String("resolve"))
        return cmdResolve(o, p);
    if (o.verb == QLatin1String("plan"))
        return cmdPlan(o, p);
    if (o.verb == QLatin1String("status"))
        return cmdStatus(o, project.value());
    if (o.verb == QLatin1String("sql"))
        return cmdSql(o, project.value());
    if (o.verb == QLatin1String("merge"))
        return cmdMerge(o, project.value());
    if (o.verb == QLatin1String("probe"))
        return cmdProbe(o, project.value());
    if (o.verb == QLatin1String("locks"))
        return cmdLocks(o, project.value());
    if (o.verb == QLatin1String("cancel-backend") || o.verb == QLatin1String("terminate-backend"))
        return cmdSignalBackend(o, project.value(), o.verb == QLatin1String("terminate-backend"));
    if (o.verb == QLatin1String("upgrade") || o.verb == QLatin1String("downgrade") || o.verb == QLatin1String("stamp")
        || o.verb == QLatin1String("run-sql"))
        return cmdRun(o, project.value());
    return cmdCheck(o, p);
}

int CliApp::cmdGraph(const Options &o, const Project &p)
{
    if (o.format == QLatin1String("dot")) {
        m_out << RevisionFormat::graphDot(p);
        return Ok;
    }
    if (o.json || o.format == QLatin1String("json")) {
        emitJson(RevisionFormat::graphJson(p));
        return p.graph.hasCycles() ? CheckErrors : Ok;
    }
    if (!o.format.isEmpty() && o.format != QLatin1String("text"))
        return usage(QStringLiteral("unknown format '%1' (text, json or dot)").arg(o.format));
    if (p.graph.hasCycles())
        return fail(o, makeError(ErrorCode::Cycle, p.graph.blockingError()), CheckErrors);
    const std::vector<int> order = p.graph.history();
    const LaneLayout layout = LaneLayout::compute(p.graph, order);
    for (const LaneLayout::Row &row : layout.rows) {
        QString lanes(layout.maxLanes * 2, QLatin1Char(' '));
        for (short t : row.through)
            lanes[t * 2] = QLatin1Char('|');
        lanes[row.lane * 2] = p.graph.node(row.node).isMergePoint() ? QLatin1Char('M') : QLatin1Char('*');
        m_out << lanes << ' ' << RevisionFormat::historyLine(p.graph, row.node) << "\n";
    }
    return Ok;
}

int CliApp::cmdHeads(const Options &o, const Project &p, bool bases)
{
    const std::vector<int> &list = bases ? p.graph.bases()
                                         : (o.resolveDependencies ? p.graph.realHeads() : p.graph.heads());
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(bases ? QStringLiteral("bases") : QStringLiteral("heads"), RevisionFormat::revisionsJson(p, list));
        emitJson(doc);
        return Ok;
    }
    for (int n : list)
        m_out << RevisionFormat::headLine(p.graph, n) << "\n";
    return Ok;
}

int CliApp::cmdBranches(const Options &o, const Project &p)
{
    if (p.graph.hasCycles())
        return fail(o, makeError(ErrorCode::Cycle, p.graph.blockingError()), CheckErrors);
    QJsonArray points;
    for (int n : p.graph.history()) {
        const auto &node = p.graph.node(n);
        if (!node.isBranchPoint())
            continue;
        if (o.json) {
            QJsonObject bp;
            bp.insert(QStringLiteral("revision"), RevisionFormat::revisionJson(p, n));
            bp.insert(QStringLiteral("children"), RevisionFormat::idsJson(p.graph, node.next));
            points.append(bp);
            continue;
        }
        m_out << RevisionFormat::historyLine(p.graph, n) << "\n";
        for (int c : node.next)
            m_out << QString(node.id.size(), QLatin1Char(' ')) << " -> " << RevisionFormat::headLine(p.graph, c)
                  << ", " << p.graph.scriptOf(c).message << "\n";
        m_out << "\n";
    }
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("branch_points"), points);
        emitJson(doc);
    }
    return Ok;
}

int CliApp::cmdHistory(const Options &o, const Project &p)
{
    RevisionResolver resolver(p.graph);
    auto result = resolver.history(o.range);
    if (!result)
        return fail(o, result.error(), result.error().code == ErrorCode::Cycle ? CheckErrors : RevisionError);
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("range"), o.range);
        doc.insert(QStringLiteral("revisions"), RevisionFormat::revisionsJson(p, result.value()));
        emitJson(doc);
        return Ok;
    }
    for (int n : result.value())
        m_out << RevisionFormat::historyLine(p.graph, n) << "\n";
    return Ok;
}

int CliApp::cmdShow(const Options &o, const Project &p)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("show needs exactly one revision"));
    RevisionResolver resolver(p.graph);
    auto r = resolver.resolveOne(o.positional.first());
    if (!r)
        return fail(o, r.error(), r.error().code == ErrorCode::Cycle ? CheckErrors : RevisionError);
    if (r.value() < 0)
        return fail(o, makeError(ErrorCode::InvalidArgument, QStringLiteral("'%1' is the base: no revision to show")
                                                                    .arg(o.positional.first())),
                    RevisionError);
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        QJsonObject rev = RevisionFormat::revisionJson(p, r.value());
        rev.insert(QStringLiteral("long_doc"), p.graph.scriptOf(r.value()).longDoc);
        doc.insert(QStringLiteral("revision"), rev);
        emitJson(doc);
        return Ok;
    }
    m_out << RevisionFormat::showText(p, r.value());
    return Ok;
}

int CliApp::cmdResolve(const Options &o, const Project &p)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("resolve needs exactly one specifier"));
    RevisionResolver resolver(p.graph);
    auto r = resolver.resolveMany(o.positional.first());
    if (!r)
        return fail(o, r.error(), r.error().code == ErrorCode::Cycle ? CheckErrors : RevisionError);
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("spec"), o.positional.first());
        doc.insert(QStringLiteral("revisions"), RevisionFormat::idsJson(p.graph, r.value()));
        emitJson(doc);
        return Ok;
    }
    for (int n : r.value())
        m_out << (n >= 0 ? RevisionFormat::headLine(p.graph, n) : QStringLiteral("base")) << "\n";
    return Ok;
}

int CliApp::cmdPlan(const Options &o, const Project &p)
{
    if (o.positional.size() != 1)
        return usage(QStringLiteral("plan needs exactly one TARGET"));
    const QString target = o.positional.first();
    QStringList current;
    for (const QString &c : o.from.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (c.trimmed() != QLatin1String("base"))
            current << c.trimmed();
    RevisionResolver resolver(p.graph);
    auto plan = o.downgrade ? resolver.downgradePlan(current, target) : resolver.upgradePlan(current, target);
    if (!plan)
        return fail(o, plan.error(), plan.error().code == ErrorCode::Cycle ? CheckErrors : RevisionError);
    const QString direction = o.downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade");
    QJsonArray steps;
    for (int n : plan.value()) {
        const auto &node = p.graph.node(n);
        const QString downs = node.downIds.isEmpty() ? QString() : node.downIds.join(QStringLiteral(", "));
        const QString from = o.downgrade ? node.id : downs;
        const QString to = o.downgrade ? downs : node.id;
        if (o.json) {
            QJsonObject s;
            s.insert(QStringLiteral("direction"), direction);
            s.insert(QStringLiteral("revision"), node.id);
            s.insert(QStringLiteral("from"), o.downgrade ? QJsonArray { node.id } : QJsonArray::fromStringList(node.downIds));
            s.insert(QStringLiteral("to"), o.downgrade ? QJsonArray::fromStringList(node.downIds) : QJsonArray { node.id });
            s.insert(QStringLiteral("message"), p.graph.scriptOf(n).message);
            s.insert(QStringLiteral("path"), p.relativePath(p.graph.scriptOf(n).path));
            steps.append(s);
        } else {
            m_out << direction << " " << (from.isEmpty() ? QStringLiteral("<base>") : from) << " -> "
                  << (to.isEmpty() ? QStringLiteral("<base>") : to) << ", " << p.graph.scriptOf(n).message << "\n";
        }
    }
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("direction"), direction);
        doc.insert(QStringLiteral("from"), QJsonArray::fromStringList(current));
        doc.insert(QStringLiteral("target"), target);
        doc.insert(QStringLiteral("steps"), steps);
        emitJson(doc);
    } else if (plan.value().empty()) {
        m_out << "nothing to do: already at " << target << "\n";
    }
    return Ok;
}

int CliApp::cmdCheck(const Options &o, const Project &p)
{
    int errors = 0, warnings = 0;
    for (const Finding &f : p.findings) {
        if (f.severity == Severity::Error)
            ++errors;
        else if (f.severity == Severity::Warning)
            ++warnings;
    }
    if (o.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("ok"), errors == 0 && warnings == 0);
        doc.insert(QStringLiteral("revisions"), p.graph.size());
        doc.insert(QStringLiteral("errors"), errors);
        doc.insert(QStringLiteral("warnings"), warnings);
        doc.insert(QStringLiteral("findings"), RevisionFormat::findingsJson(p, p.findings));
        emitJson(doc);
    } else {
        for (const Finding &f : p.findings) {
            const QString where = p.relativePath(f.file);
            m_out << severityName(f.severity) << ": " << (where.isEmpty() ? QString() : where)
                  << (f.line > 0 ? QLatin1Char(':') + QString::number(f.line) : QString())
                  << (where.isEmpty() ? QString() : QStringLiteral(": ")) << f.message << " [" << f.code << "]\n";
        }
        m_out << p.graph.size() << " revisions, " << errors << " error(s), " << warnings << " warning(s)\n";
    }
    if (errors > 0)
        return CheckErrors;
    return warnings > 0 ? CheckWarnings : Ok;
}

} // namespace strata
