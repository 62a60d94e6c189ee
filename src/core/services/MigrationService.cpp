#include "MigrationService.h"

#include "common/Logging.h"
#include "connection/SqlAlchemyUrl.h"
#include "connection/WritePolicy.h"
#include "dialect/Dialect.h"
#include "project/EnvPy.h"
#include "revision/RevisionResolver.h"
#include "run/DbWorker.h"
#include "services/JournalVerification.h"
#include "services/LintService.h"
#include "services/SchemaService.h"
#include "run/RunJournal.h"
#include "state/EnvironmentStatus.h"
#include "state/DatabaseConnection.h"
#include "text/SqlLexer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>

#include <future>
#include <QJsonArray>
#include <QUuid>

namespace strata {

namespace {

struct OfflineSql
{
    QString sql;
    QStringList to;
    QString configuredUrl; // what env.py handed Alembic in offline mode (masked)
};

// The URL a profile hands env.py for offline SQL: its own, without the
// password (offline mode never connects), by the same routes a run uses.
void insertUrlRoutes(QJsonObject &req, const ConnectionProfile &p)
{
    req.insert(QStringLiteral("url"), p.sqlalchemyUrl(QString()));
    req.insert(QStringLiteral("url_as_option"), p.urlAsConfigOption);
    req.insert(QStringLiteral("url_env"), QJsonArray::fromStringList(p.urlEnvironmentVariables));
}

Result<OfflineSql> offlineSql(const ProjectPtr &project, const PythonChoice &python,
                              const std::optional<ConnectionProfile> &profile, const QStringList &from,
                              const QString &target, bool downgrade)
{
    if (from.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("strata::MigrationService", "offline SQL needs one starting revision; the database has %1 (%2): give --from")
                                 .arg(from.size())
                                 .arg(from.join(QStringLiteral(", "))));
    auto base = bridgeRequest(*project, QStringLiteral("sql"));
    if (!base)
        return base.error();
    QJsonObject req = base.value();
    req.insert(QStringLiteral("from"), from.isEmpty() ? QStringLiteral("base") : from.first());
    req.insert(QStringLiteral("target"), target);
    req.insert(QStringLiteral("downgrade"), downgrade);
    if (profile)
        insertUrlRoutes(req, *profile);
    auto out = runBridge(python, project->config.rootDir, req);
    if (!out)
        return out.error();
    if (out->failure) {
        Error e = bridgeFailureError(*out->failure);
        if (e.code == ErrorCode::MigrationFailed)
            e.code = ErrorCode::PreviewFailed;
        e.message = QStringLiteral("%1: %2").arg(out->failure->type, out->failure->message);
        return e;
    }
    OfflineSql result;
    // Where the script ends: the heads after its last step.
    result.to = from;
    for (const bridge::Event &e : out->events) {
        if (const auto *f = std::get_if<bridge::StepFinished>(&e); f && f->hasHeads)
            result.to = f->heads;
        else if (const auto *c = std::get_if<bridge::Configured>(&e))
            result.configuredUrl = c->url;
    }
    result.sql = SqlScript::header(from, result.to, downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade"))
            + QLatin1Char('\n') + out->done->payload.value(QStringLiteral("sql")).toString();
    return result;
}

// env.py handed Alembic another database than the one Strata passed.
QString urlMismatch(const ConnectionProfile &p, const QString &configured, const ProjectConfig &config)
{
    if (configured.isEmpty())
        return {};
    auto mine = parseSqlAlchemyUrl(p.sqlalchemyUrl(QString()), p.project);
    auto theirs = parseSqlAlchemyUrl(configured, config.rootDir);
    if (!mine || !theirs)
        return {};
    const ConnectionProfile &a = mine->profile;
    const ConnectionProfile &b = theirs->profile;
    if (a.driver == b.driver && a.database == b.database && a.host == b.host && a.effectivePort() == b.effectivePort())
        return {};
    const EnvPyFacts env = readEnvPy(config);
    return QCoreApplication::translate("strata::MigrationService", "env.py does not use the URL Strata passes for '%1' (%2): it hands Alembic %3 instead (%4); "
                          "a run checks every connection and stops before its first statement if it reaches another "
                          "database")
            .arg(p.name, p.displayUrl(), maskUrlPassword(configured), env.describeSources());
}

Error unreachable(const EnvironmentStatus &st)
{
    Error e = makeError(ErrorCode::Unreachable, st.reason);
    e.connectFailure = st.failure;
    return e;
}

// The database's schema against the one the stamp's revision makes; a
// production stamp of a schema that differs (or cannot be compared) needs
// the explicit override.
void checkStampSchema(PreparedRun &out)
{
    const RunRequest &r = out.request;
    Preflight &pf = out.preflight;
    SchemaMatchRequest m;
    m.project = r.project;
    m.python = r.python;
    m.profile = r.profile;
    m.password = r.password;
    m.revision = pf.targetRevisions.first();
    m.connectTimeout = r.connectTimeout;
    auto match = SchemaService::matchSchema(m);
    if (!match) {
        pf.schemaCheck = QCoreApplication::translate("strata::MigrationService", "the schema could not be compared with %1's: %2")
                                 .arg(m.revision, match.error().message);
    } else {
        pf.schemaChecked = true;
        pf.schemaMatches = match->exact;
        pf.schemaCheck = match->summary();
        for (const SchemaDifference &d : match->differences)
            pf.schemaDifferences << d.describe();
        pf.schemaDiff = match->diff;
    }
    if (pf.schemaMatches)
        return;
    pf.warnings << pf.schemaCheck;
    if (r.profile.production && !r.allowSchemaMismatch) {
        QString shown = pf.schemaDifferences.mid(0, 5).join(QStringLiteral("; "));
        if (pf.schemaDifferences.size() > 5)
            shown += QStringLiteral("; …");
        pf.schemaRefused = true;
        pf.refusal = makeError(ErrorCode::Refused,
                               QCoreApplication::translate("strata::MigrationService", "stamping production database %1 would record %2, but %3%4; stamp anyway "
                                              "only after reading the differences (strata-cli: --schema-mismatch-ok; the window: Stamp "
                                              "Anyway…)")
                                       .arg(r.profile.database, m.revision, pf.schemaCheck,
                                            shown.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shown)));
    }
}

} // namespace

RunRecord MigrationService::instantRecord(RunVerb verb, const QString &target, const ProjectPtr &project)
{
    RunRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.verb = verb;
    r.target = target;
    r.project = project ? project->config.rootDir : QString();
    r.osUser = RunJournal::osUser();
    r.host = RunJournal::hostName();
    r.pid = QCoreApplication::applicationPid();
    r.state = RunState::Succeeded;
    r.startedAt = r.finishedAt = QDateTime::currentDateTimeUtc();
    return r;
}

void MigrationService::journalInstant(const RunRecord &r, const QString &path)
{
    RunJournal journal;
    Status s = journal.open(path.isEmpty() ? RunJournal::defaultPath() : path);
    if (s)
        s = journal.begin(r);
    if (!s)
        qCWarning(lcJournal) << "could not journal" << runVerbName(r.verb) << ":" << s.error().toString();
}

Result<Preview> MigrationService::previewSql(const PreviewRequest &r)
{
    Preview p;
    p.target = r.target;
    p.environment = r.profile ? r.profile->name : QStringLiteral("base");
    if (r.from) {
        p.from = *r.from;
    } else if (r.profile) {
        const EnvironmentStatus st = readEnvironmentStatus(*r.profile, r.password, r.project->graph, r.connectTimeout);
        if (!st.hasRows())
            return unreachable(st);
        p.from = st.current;
    }
    // Upgrade unless the target lies below where the SQL starts.
    p.downgrade = r.downgrade || RunPlanner::isDowngrade(r.project->graph, p.from, r.target);
    if (!p.downgrade)
        if (auto up = RevisionResolver(r.project->graph).upgradePlan(p.from, r.target); !up)
            return up.error();
    auto sql = offlineSql(r.project, r.python, r.profile, p.from, r.target, p.downgrade);
    if (!sql)
        return sql.error();
    p.sql = sql->sql;
    p.to = sql->to;
    // What cannot succeed as the SQL stands is said with the SQL, before anyone runs it.
    if (r.profile)
        if (auto script = SqlScript::parse(p.sql))
            p.willFail = RunPlanner::analyse(script.value(), Dialect::of(*r.profile), r.profile->versionTable).willFail;
    if (r.profile)
        if (const QString w = urlMismatch(*r.profile, sql->configuredUrl, r.project->config); !w.isEmpty())
            p.warnings << w;
    if (r.lint)
    {
        LintSetup setup;
        setup.project = r.project;
        setup.driver = r.profile ? r.profile->driver : ConnectionProfile::Driver::PostgreSQL;
        setup.profile = r.profile ? &*r.profile : nullptr;
        setup.password = r.password;
        setup.connectTimeout = r.connectTimeout;
        p.lint = LintService::lintSql(p.sql, setup);
    }
    if (!r.journal)
        return p;
    RunRecord record = instantRecord(RunVerb::Sql, r.target, r.project);
    if (r.profile) {
        record.profileId = r.profile->id;
        record.profileName = r.profile->name;
        record.database = r.profile->displayUrl();
    }
    record.fromRevisions = p.from;
    record.targetRevisions = p.to;
    record.sql = p.sql;
    if (!p.lint.dialect.isEmpty())
        record.preflight.insert(QStringLiteral("lint"), p.lint.toJson());
    record.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "offline SQL %1 from %2 to %3"),
                            { p.direction(), revisionsOrBase(p.from, QStringLiteral(",")), r.target })
            + r.journalNote;
    journalInstant(record, r.journalPath);
    return p;
}

PreparedRun MigrationService::prepare(RunRequest request)
{
    QElapsedTimer clock;
    clock.start();
    PreparedRun out;
    out.request = std::move(request);
    const RunRequest &r = out.request;
    Preflight &pf = out.preflight;
    if (Status s = RunPlanner::checkRequest(r, false); !s) {
        pf.refusal = s.error();
        return out;
    }
    const Dialect &dialect = Dialect::of(r.profile);
    // A reviewed script is split while the connection is made.
    std::future<Result<SqlScript>> parsing;
    if (r.verb == RunVerb::RunSql)
        parsing = std::async(std::launch::async, [text = r.sqlText, file = r.sqlFile] { return SqlScript::parse(text, file); });
    // The preflight's session, on its own thread; the run adopts it as its
    // control session, so a prepared run connects once less.
    auto session = std::make_shared<DbWorker>(r.profile, r.password, r.connectTimeout,
                                              QStringLiteral("strata preflight"));
    const int deadline = r.connectTimeout * 1000 + 30000;
    struct Facts
    {
        DatabaseIdentity identity;
        VersionTableFacts versions;
        QString lockHolder;
    };
    const ConnectionProfile profile = r.profile;
    auto answered = session->call<Facts>(
            [profile](DbSession &s) -> Result<Facts> {
                const Dialect &d = Dialect::of(profile);
                Facts f;
                auto identity = d.identity(s.db, profile);
                if (!identity)
                    return identity.error();
                f.identity = identity.value();
                auto versions = d.readVersionTable(s.db, profile);
                if (!versions)
                    return versions.error();
                f.versions = versions.value();
                // A look only: the lock is taken once, by the run.
                auto holder = d.runLockHolder(s.db, profile);
                if (!holder)
                    return holder.error();
                f.lockHolder = holder.value();
                return f;
            },
            deadline);
    if (!answered) {
        pf.refusal = makeError(ErrorCode::Unreachable, QCoreApplication::translate("strata::MigrationService", "the database did not answer within %1 s")
                                                               .arg(deadline / 1000));
        return out;
    }
    if (!answered->ok()) {
        pf.refusal = answered->error();
        return out;
    }
    const Facts &dbFacts = answered->value();
    pf.identity = dbFacts.identity;
    const VersionTableFacts *facts = &dbFacts.versions;
    pf.current = facts->rows;
    // Production and read-only follow the database, whatever profile reaches it.
    {
        QString because;
        const ConnectionProfile strict = WritePolicy::strictest(
                r.profile, pf.identity.key, r.otherProfiles, JournalVerification::knownIdentities(r.journalPath), &because);
        if (!because.isEmpty()) {
            out.request.profile.production = strict.production;
            out.request.profile.readOnly = strict.readOnly;
            pf.policyNote = because;
            pf.warnings << QCoreApplication::translate("strata::MigrationService", "stricter rules apply: %1").arg(because);
            if (Status s = WritePolicy::check(out.request.profile, {}, QStringLiteral("write"), false); !s) {
                Error e = s.error();
                e.message += QStringLiteral(" (%1)").arg(because);
                pf.refusal = e;
                return out;
            }
        }
    }
    // What earlier runs left is known now.
    for (const RunRecord &run : JournalVerification::verify(r.journalPath, r.profile.id, pf.identity, pf.current))
        pf.warnings << QCoreApplication::translate("strata::MigrationService", "an earlier run (%1, %2) ended without its outcome read back; now verified: %3")
                               .arg(run.id.left(8), runVerbName(run.verb) + QLatin1Char(' ') + run.target, run.outcome.text());
    if (!dbFacts.lockHolder.isEmpty()) {
        pf.refusal = makeError(ErrorCode::RunLockHeld, QCoreApplication::translate("strata::MigrationService", "another run holds the run lock of %1: %2")
                                                               .arg(r.profile.name, dbFacts.lockHolder));
        return out;
    }
    if (facts->rows.isEmpty() && facts->userTables > 0 && r.verb == RunVerb::Upgrade)
        pf.warnings << QCoreApplication::translate("strata::MigrationService", "the database has %1 table(s) but no version recorded in %2: upgrading from base "
                                      "creates them again and fails if they are the migrations' own; if its schema "
                                      "matches a revision, stamp that revision instead")
                               .arg(facts->userTables)
                               .arg(r.profile.versionTable);

    std::optional<SqlScript> offlineScript;
    const SqlScript *script = nullptr;
    if (r.verb == RunVerb::RunSql) {
        Result<SqlScript> parsed = parsing.get();
        if (!parsed) {
            Error e = parsed.error();
            e.code = ErrorCode::ScriptMismatch;
            pf.refusal = e;
            return out;
        }
        out.request.script = std::make_shared<const SqlScript>(std::move(parsed.value()));
        script = out.request.script.get();
        if (Status s = RunPlanner::checkScriptStart(*script, pf.current, &pf.warnings); !s) {
            pf.refusal = s.error();
            return out;
        }
        pf.plan = RunPlanner::scriptSteps(*script);
        pf.targetRevisions = script->hasHeader ? script->headerTo
                                               : (script->steps.empty() ? pf.current : script->steps.back().to);
        pf.targetRevisions.sort();
    } else {
        auto plan = RunPlanner::planSteps(r.verb, r.project->graph, pf.current, r.target, r.purge);
        if (!plan) {
            pf.refusal = plan.error();
            return out;
        }
        pf.plan = plan.value();
        pf.targetRevisions = RunPlanner::rowsAfter(r.verb, r.project->graph, pf.plan, pf.current);
        // Alembic's offline SQL for exactly this range tells which tables the
        // plan touches, which statements cannot be rolled back and which will
        // fail where they stand. (SQLite has no other sessions and its DDL is
        // transactional: nothing to learn there.)
        if (!pf.plan.empty() && r.verb != RunVerb::Stamp && r.profile.driver != ConnectionProfile::Driver::SQLite) {
            QString target = pf.targetRevisions.isEmpty() ? QStringLiteral("base") : pf.targetRevisions.join(QLatin1Char(','));
            if (pf.targetRevisions.size() > 1)
                target = r.target;
            auto sql = offlineSql(r.project, r.python, r.profile, pf.current, target, r.verb == RunVerb::Downgrade);
            if (!sql) {
                Error e = sql.error();
                if (!isMissingTool(e.code))
                    e.code = ErrorCode::PreviewFailed;
                e.message = QCoreApplication::translate("strata::MigrationService", "the plan's offline SQL cannot be produced, so Strata cannot check what it "
                                           "does before it runs: %1")
                                    .arg(e.message);
                pf.refusal = e;
                return out;
            }
            pf.offlineSql = sql->sql;
            if (!sql->to.isEmpty() || r.verb == RunVerb::Downgrade)
                pf.targetRevisions = sql->to;
            if (const QString w = urlMismatch(r.profile, sql->configuredUrl, r.project->config); !w.isEmpty())
                pf.warnings << w;
            if (auto parsed = SqlScript::parse(sql->sql)) {
                offlineScript = std::move(parsed.value());
                script = &*offlineScript;
            }
        }
    }
    // Stamping says "the schema is this revision's": checked, not assumed.
    if (r.verb == RunVerb::Stamp && !pf.plan.empty() && pf.targetRevisions.size() == 1
        && (facts->userTables > 0 || !facts->rows.isEmpty()))
        checkStampSchema(out);
    if (pf.refusal)
        return out;
    if (script) {
        const RunPlanner::SqlAnalysis a = RunPlanner::analyse(*script, dialect, r.profile.versionTable);
        pf.touchedTables = a.touchedTables;
        pf.nonTransactional = a.nonTransactional;
        pf.willFail = a.willFail;
        pf.commitsOnItsOwn = a.commitsOnItsOwn;
        // The safety rules, weighed with the sizes of the tables on this very database.
        if (r.profile.driver != ConnectionProfile::Driver::SQLite) {
            const QString text = r.verb == RunVerb::RunSql ? r.sqlText : pf.offlineSql;
            LintSetup setup;
            setup.project = r.project;
            setup.driver = r.profile.driver;
            setup.profile = &r.profile;
            setup.password = r.password;
            setup.connectTimeout = r.connectTimeout;
            setup.session = session;
            pf.lint = LintService::lintSql(text, setup);
        }
    }
    if (!pf.willFail.isEmpty()) {
        pf.refusal = makeError(ErrorCode::WillFail,
                               QCoreApplication::translate("strata::MigrationService", "%1 statement(s) of the plan cannot succeed as its SQL stands: %2")
                                       .arg(pf.willFail.size())
                                       .arg(pf.willFail.join(QStringLiteral("; "))));
        return out;
    }
    if (!pf.nonTransactional.isEmpty())
        pf.warnings << QCoreApplication::translate("strata::MigrationService", "%1 statement(s) commit on their own: if the run fails or is cancelled after "
                                      "them, they stay applied while the version table says otherwise")
                               .arg(pf.nonTransactional.size());
    // Someone else working on the version table is a concurrent migrator;
    // sessions holding the tables the plan touches will be waited on.
    if (dialect.hasServerSessions()) {
        const QString versionTable = r.profile.versionTable;
        const QStringList tables = pf.plan.empty() ? QStringList() : pf.touchedTables;
        auto holders = session->call<QStringList>(
                [profile, versionTable, tables](DbSession &s) -> Result<QStringList> {
                    const Dialect &d = Dialect::of(profile);
                    QStringList warnings;
                    if (auto onVersions = d.lockHolders(s.db, { versionTable }); onVersions)
                        for (const SessionRef &ref : onVersions.value())
                            warnings << QCoreApplication::translate("strata::MigrationService", "%1 is using the version table: another migration may be running")
                                                .arg(ref.describe());
                    if (!tables.isEmpty())
                        if (auto holding = d.lockHolders(s.db, tables); holding)
                            for (const SessionRef &ref : holding.value()) {
                                QString line = ref.describe();
                                if (ref.state.startsWith(QLatin1String("idle in transaction")))
                                    line += QCoreApplication::translate("strata::MigrationService", ": the migration will wait for it (an idle transaction never "
                                                           "ends by itself)");
                                warnings << line;
                            }
                    return warnings;
                },
                deadline);
        if (holders && holders->ok())
            pf.warnings << holders->value();
    }
    if (pf.canRun(r.verb))
        out.session = std::move(session);
    qCDebug(lcServices) << "prepared" << r.what() << "in" << clock.elapsed() << "ms";
    return out;
}

Result<QStringList> MigrationService::removeVersionRow(const RemoveRowRequest &r)
{
    const RevisionGraph &graph = r.project->graph;
    const Dialect &dialect = Dialect::of(r.profile);
    DatabaseConnection connection;
    connection.setWritable(true);
    if (Status s = connection.open(r.profile, r.password, r.connectTimeout, QStringLiteral("strata remove-row")); !s)
        return s.error();
    QSqlDatabase db = connection.database();
    auto identity = dialect.identity(db, r.profile);
    if (!identity)
        return identity.error();
    // Production and read-only follow the database, whatever profile reaches it.
    const ConnectionProfile rules = WritePolicy::strictest(r.profile, identity->key, r.otherProfiles,
                                                           JournalVerification::knownIdentities(r.journalPath), nullptr);
    if (Status s = WritePolicy::check(rules, r.confirmedDatabase, QStringLiteral("change the version table of")); !s)
        return s.error();
    auto lock = dialect.acquireRunLock(db, r.profile);
    if (!lock)
        return lock.error();
    auto before = dialect.readVersionTable(db, r.profile);
    if (!before)
        return before.error();
    if (!before->rows.contains(r.row))
        return makeError(ErrorCode::MovedSince, QCoreApplication::translate("strata::MigrationService", "the version table of %1 holds %2, not %3; nothing was changed")
                                                        .arg(r.profile.name, revisionsOrBase(before->rows, QStringLiteral(", ")), r.row));
    const int node = graph.indexOf(r.row);
    bool redundant = false;
    for (const QString &other : before->rows) {
        const int o = graph.indexOf(other);
        if (o < 0 || other == r.row || node < 0)
            continue;
        const std::vector<int> ancestry = graph.related({ o }, RevisionGraph::Edges::AllDown);
        redundant |= std::find(ancestry.begin(), ancestry.end(), node) != ancestry.end();
    }
    if (!redundant)
        return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::MigrationService", "%1 is not an ancestor of another row of %2's version table: "
                                                            "removing it would lose what it records; nothing was changed")
                                                     .arg(r.row, r.profile.name));
    QSqlQuery q(db);
    if (!db.transaction())
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "cannot begin a transaction on %1").arg(r.profile.name));
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE version_num = ?").arg(dialect.qualifiedVersionTable(r.profile)));
    q.addBindValue(r.row);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const QString why = q.lastError().text();
        db.rollback();
        return makeError(ErrorCode::MigrationFailed, QCoreApplication::translate("strata::MigrationService", "removing %1 failed (%2); nothing was changed")
                                                             .arg(r.row, why.isEmpty() ? QCoreApplication::translate("strata::MigrationService", "not exactly one row") : why));
    }
    if (!db.commit())
        return makeError(ErrorCode::MigrationFailed, QCoreApplication::translate("strata::MigrationService", "committing the removal of %1 failed: %2")
                                                             .arg(r.row, db.lastError().text()));
    auto after = dialect.readVersionTable(db, r.profile);
    lock.value()->release();
    RunRecord rec = instantRecord(RunVerb::RemoveRow, r.row, r.project);
    rec.profileId = r.profile.id;
    rec.profileName = r.profile.name;
    rec.database = r.profile.displayUrl();
    rec.identityKey = identity->key;
    rec.fromRevisions = before->rows;
    if (after)
        rec.toRevisions = after->rows;
    rec.outcome = after ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                   "removed the row %1 (an ancestor of another row); the version table "
                                                   "holds %2"),
                                 { r.row, revisionsOrBase(after->rows, QStringLiteral(", ")) })
                        : Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                   "removed the row %1; the version table could not be read back: %2"),
                                 { r.row, after.error().message });
    journalInstant(rec, r.journalPath);
    if (!after)
        return after.error();
    return after->rows;
}

Result<Backup> MigrationService::backup(const BackupRequest &r)
{
    const ConnectionProfile &p = r.profile;
    QString path = r.outputPath;
    const bool sqlite = p.driver == ConnectionProfile::Driver::SQLite;
    if (path.isEmpty()) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (dir.isEmpty())
            dir = QDir::homePath();
        dir += QStringLiteral("/strata/backups");
        if (!QDir().mkpath(dir))
            return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "cannot create %1").arg(dir));
        QString name = p.name;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        path = QStringLiteral("%1/%2-%3.%4")
                       .arg(dir, name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                            sqlite ? QStringLiteral("db") : QStringLiteral("dump"));
    }
    path = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::MigrationService", "%1 exists already; a backup never overwrites a file").arg(path));
    Backup out;
    out.path = path;
    if (sqlite) {
        if (!r.tables.isEmpty())
            return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::MigrationService", "SQLite backups copy the whole file; leave out --table"));
        DatabaseConnection c;
        if (Status s = c.open(p, r.password, 5, QStringLiteral("strata backup")); !s)
            return s.error();
        QSqlQuery q(c.database());
        if (!q.exec(QStringLiteral("VACUUM INTO ") + SqlLexer::quoteString(path)))
            return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "the backup of %1 failed: %2").arg(sqliteFilePath(p), q.lastError().text()));
        out.how = QStringLiteral("SQLite VACUUM INTO");
    } else if (p.driver == ConnectionProfile::Driver::PostgreSQL) {
        const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        if (pgDump.isEmpty())
            return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::MigrationService", "pg_dump is not installed (Debian: apt install postgresql-client)"));
        // The password goes in a pgpass file only this user can read, removed afterwards.
        QTemporaryDir secrets;
        if (!secrets.isValid())
            return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "cannot make a private temporary directory"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!r.password.isEmpty()) {
            auto esc = [](QString v) { return v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char(':'), QStringLiteral("\\:")); };
            QFile pass(secrets.filePath(QStringLiteral("pgpass")));
            if (!pass.open(QIODevice::WriteOnly))
                return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "cannot write a private pgpass file"));
            pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            pass.write(QStringLiteral("*:*:*:*:%1\n").arg(esc(r.password)).toUtf8());
            pass.close();
            env.insert(QStringLiteral("PGPASSFILE"), pass.fileName());
            env.remove(QStringLiteral("PGPASSWORD"));
        }
        QStringList args { QStringLiteral("--format=custom"), QStringLiteral("--no-password"), QStringLiteral("--file"), path };
        if (!p.host.isEmpty())
            args << QStringLiteral("--host") << p.host;
        if (p.port > 0)
            args << QStringLiteral("--port") << QString::number(p.port);
        if (!p.user.isEmpty())
            args << QStringLiteral("--username") << p.user;
        for (const QString &t : r.tables)
            args << QStringLiteral("--table") << t;
        args << QStringLiteral("--dbname") << p.database;
        QProcess dump;
        dump.setProcessEnvironment(env);
        dump.start(pgDump, args);
        if (!dump.waitForFinished(r.timeoutMs)) {
            dump.kill();
            dump.waitForFinished(2000);
            QFile::remove(path);
            return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "pg_dump did not finish within %1 s; the partial file was removed")
                                                    .arg(r.timeoutMs / 1000));
        }
        if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
            QFile::remove(path);
            return makeError(ErrorCode::Io, QCoreApplication::translate("strata::MigrationService", "pg_dump failed: %1")
                                                    .arg(QString::fromUtf8(dump.readAllStandardError()).trimmed()));
        }
        QProcess version;
        version.start(pgDump, { QStringLiteral("--version") });
        version.waitForFinished(5000);
        out.how = QString::fromUtf8(version.readAllStandardOutput()).trimmed() + QCoreApplication::translate("strata::MigrationService", " (custom format; pg_restore reads it)");
    } else {
        return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::MigrationService", "Strata does not back up %1 databases yet").arg(Dialect::of(p).displayName()));
    }
    out.bytes = QFileInfo(path).size();
    return out;
}

Result<MergeResult> MigrationService::mergeHeads(const MergeRequest &m)
{
    if (m.revisions.isEmpty() && m.project->graph.heads().size() < 2)
        return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::MigrationService", "the project has one head; nothing to merge"));
    auto base = bridgeRequest(*m.project, QStringLiteral("merge"));
    if (!base)
        return base.error();
    QJsonObject req = base.value();
    req.insert(QStringLiteral("revisions"),
               QJsonArray::fromStringList(m.revisions.isEmpty() ? QStringList { QStringLiteral("heads") } : m.revisions));
    req.insert(QStringLiteral("message"), m.message);
    req.insert(QStringLiteral("rev_id"), m.revId);
    req.insert(QStringLiteral("branch_label"), m.branchLabel);
    auto out = runBridge(m.python, m.project->config.rootDir, req);
    if (!out)
        return out.error();
    if (out->failure) {
        Error e = bridgeFailureError(*out->failure);
        e.message = QStringLiteral("%1: %2").arg(out->failure->type, out->failure->message);
        return e;
    }
    MergeResult result;
    result.revision = out->done->payload.value(QStringLiteral("revision")).toString();
    result.path = out->done->payload.value(QStringLiteral("path")).toString();
    result.log = out->log;
    // A merge changes the project: it is journaled too.
    RunRecord r = instantRecord(RunVerb::Merge, result.revision, m.project);
    r.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "wrote %1"), { result.path });
    journalInstant(r, m.journalPath);
    return result;
}

} // namespace strata
