#include "SchemaService.h"

#include "common/Logging.h"
#include "connection/WritePolicy.h"
#include "dialect/Dialect.h"
#include "revision/RevisionResolver.h"
#include "run/DbWorker.h"
#include "services/MigrationService.h"
#include "state/DatabaseConnection.h"
#include "state/EnvironmentStatus.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace strata {

namespace {

const QString kScratchPrefix = QStringLiteral("strata_scratch_");

QJsonArray differencesJson(const QList<SchemaDifference> &list)
{
    QJsonArray out;
    for (const SchemaDifference &d : list)
        out.append(d.toJson());
    return out;
}

QJsonObject statementJson(const bridge::Statement &s)
{
    return QJsonObject { { QStringLiteral("step"), s.step },
                         { QStringLiteral("sql"), s.sql },
                         { QStringLiteral("duration_ms"), s.durationMs },
                         { QStringLiteral("ok"), s.ok },
                         { QStringLiteral("error"), s.error },
                         { QStringLiteral("locks"), QJsonArray::fromStringList(s.locks) },
                         { QStringLiteral("rewritten"), QJsonArray::fromStringList(s.rewritten) },
                         { QStringLiteral("analysis"), s.analysis } };
}

// A connection the service holds for one use case.
struct Opened
{
    std::unique_ptr<DatabaseConnection> connection;
    DatabaseIdentity identity;
};

Result<Opened> openDatabase(const ConnectionProfile &profile, const QString &password, int timeout, const QString &app,
                            bool writable)
{
    Opened o;
    o.connection = std::make_unique<DatabaseConnection>();
    o.connection->setWritable(writable);
    if (Status s = o.connection->open(profile, password, timeout, app); !s)
        return s.error();
    auto identity = Dialect::of(profile).identity(o.connection->database(), profile);
    if (!identity)
        return identity.error();
    o.identity = identity.value();
    return o;
}

QString bridgeError(const bridge::Failure &f)
{
    return f.type.isEmpty() || f.type.startsWith(QLatin1String("Strata")) ? f.message
                                                                          : QStringLiteral("%1: %2").arg(f.type, f.message);
}

// ---- the schema build cache -------------------------------------------------

// What a revision's schema depends on: env.py, the scripts of the revision
// and all its ancestors, the database kind and server version, the version
// table's name.
class BuildKeys
{
public:
    BuildKeys(const Project &project, const QString &serverVersion, const ConnectionProfile &profile)
        : m_project(project)
    {
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(QByteArrayLiteral("strata-schema-1\n"));
        const QString facts = QStringList { ConnectionProfile::driverName(profile.driver), serverVersion,
                                            profile.versionTable, profile.versionTableSchema }
                                      .join(QLatin1Char('\n'));
        h.addData(facts.toUtf8());
        for (const QString &name : { QStringLiteral("env.py") }) {
            QFile f(QDir(project.config.scriptLocation).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                h.addData(f.readAll());
        }
        m_base = h.result();
    }

    QString keyOf(int node)
    {
        const RevisionGraph &g = m_project.graph;
        std::vector<int> ancestry = g.related({ node }, RevisionGraph::Edges::AllDown);
        QStringList parts;
        for (int i : ancestry)
            parts << g.node(i).id + QLatin1Char(':') + QString::fromLatin1(contentHash(i).toHex());
        parts.sort();
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(m_base);
        h.addData(parts.join(QLatin1Char('\n')).toUtf8());
        return QString::fromLatin1(h.result().toHex());
    }

private:
    QByteArray contentHash(int node)
    {
        auto it = m_hashes.find(node);
        if (it != m_hashes.end())
            return it.value();
        QFile f(m_project.graph.scriptOf(node).path);
        QByteArray hash;
        if (f.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
        m_hashes.insert(node, hash);
        return hash;
    }

    const Project &m_project;
    QByteArray m_base;
    QHash<int, QByteArray> m_hashes;
};

std::optional<SchemaCatalog> readCached(const QString &dir, const QString &key)
{
    QFile f(QDir(dir).filePath(key + QStringLiteral(".json")));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    auto cat = SchemaCatalog::fromJson(doc.object());
    if (!cat)
        return std::nullopt; // a damaged cache entry is built again
    return cat.value();
}

void writeCached(const QString &dir, const QString &key, const SchemaCatalog &cat)
{
    if (!QDir().mkpath(dir))
        return;
    QSaveFile f(QDir(dir).filePath(key + QStringLiteral(".json")));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(cat.toJson()).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

// "strata_scratch_<host>_<pid>_<random>": a later Strata on the same host
// drops the ones whose process is gone (killed mid-build).
QString hostTag()
{
    return QString::fromLatin1(
            QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true;
#endif
}

void dropStaleScratch(QSqlDatabase db, const ConnectionProfile &profile)
{
    const Dialect &d = Dialect::of(profile);
    auto names = d.scratchDatabases(db, kScratchPrefix + hostTag() + QLatin1Char('_'));
    if (!names)
        return;
    for (const QString &name : names.value()) {
        const QStringList parts = name.mid(kScratchPrefix.size()).split(QLatin1Char('_'));
        if (parts.size() == 3 && !processAlive(parts[1].toLongLong())) {
            qCInfo(lcServices) << "dropping a scratch database a killed Strata left behind:" << name;
            d.dropScratchDatabase(db, profile, name);
        }
    }
}

} // namespace

// ---- Rehearsal ----------------------------------------------------------------

QString Rehearsal::summary() const
{
    return summaryPhrase().text();
}

Phrase Rehearsal::summaryPhrase() const
{
    int ran = 0;
    for (const RunStep &s : steps)
        if (s.state == StepState::RolledBack || (s.finished && s.state == StepState::Unknown))
            ++ran;
    const QString n = QString::number(ran);
    const QString total = QString::number(steps.size());
    Phrase text;
    if (cancelled)
        text = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "cancelled after %1 of %2 step(s)"), { n, total });
    else if (succeeded)
        text = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "%1 of %2 step(s) ran without an error and were rolled back"),
                      { n, total });
    else if (!stopReason.isEmpty())
        text = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                        "%1 of %2 step(s) ran and were rolled back; stopped before a statement that "
                                        "cannot be rolled back"),
                      { n, total });
    else
        text = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                        "failed: %1 of %2 step(s) ran before the failure; all rolled back"),
                      { n, total });
    if (!verified)
        text += Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "; the database could not be compared afterwards"));
    else if (unchanged)
        text += Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                         "; the database is unchanged (catalog and version table compared)"));
    else
        text += Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "; THE DATABASE CHANGED: %1 difference(s) from before"),
                       { QString::number(changes.size()) });
    return text;
}

QJsonObject Rehearsal::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("succeeded"), succeeded);
    o.insert(QStringLiteral("cancelled"), cancelled);
    o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("stopped_before"), stoppedBefore);
    o.insert(QStringLiteral("stop_reason"), stopReason);
    o.insert(QStringLiteral("verified"), verified);
    o.insert(QStringLiteral("unchanged"), unchanged);
    o.insert(QStringLiteral("changes"), differencesJson(changes));
    o.insert(QStringLiteral("versions_after"), QJsonArray::fromStringList(versionsAfter));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("run_id"), runId);
    o.insert(QStringLiteral("summary"), summary());
    QJsonArray st;
    for (const RunStep &s : steps)
        st.append(s.toJson());
    o.insert(QStringLiteral("steps"), st);
    QJsonArray statementsJson;
    for (const bridge::Statement &s : statements)
        statementsJson.append(statementJson(s));
    o.insert(QStringLiteral("statements"), statementsJson);
    o.insert(QStringLiteral("preflight"), preflight.toJson());
    return o;
}

Result<Rehearsal> SchemaService::rehearse(const RehearsalRequest &rq)
{
    QElapsedTimer clock;
    clock.start();
    RunRequest r = rq.run;
    if (r.profile.driver != ConnectionProfile::Driver::PostgreSQL)
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("strata::SchemaService", "a rehearsal runs the plan inside one transaction and rolls it back, which needs "
                                        "PostgreSQL (its DDL is transactional and its locks can be traced); for %1, run "
                                        "the plan on a copy of the database")
                                 .arg(Dialect::of(r.profile).displayName()));
    PreparedRun prepared = MigrationService::prepare(r);
    Rehearsal out;
    out.preflight = prepared.preflight;
    const Preflight &pf = out.preflight;
    // A statement the preflight says will fail is what a rehearsal shows for real.
    if (pf.refusal && pf.refusal->code != ErrorCode::WillFail)
        return *pf.refusal;
    if (pf.plan.empty())
        return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::SchemaService", "nothing to rehearse: %1 is already at %2")
                                                     .arg(r.profile.name, r.target));
    out.profile = prepared.request.profile;
    if (Status s = WritePolicy::check(out.profile, r.confirmedDatabase, QStringLiteral("rehearse")); !s)
        return s.error();
    std::shared_ptr<DbWorker> session = prepared.session;
    if (!session)
        session = std::make_shared<DbWorker>(out.profile, r.password, r.connectTimeout, QStringLiteral("strata rehearse"));
    const int deadline = r.connectTimeout * 1000 + 60000;
    struct Snapshot
    {
        SchemaCatalog catalog;
        QStringList rows;
    };
    const ConnectionProfile profile = out.profile;
    // The run lock is held for the rehearsal: a run waits for it, and it for a run.
    auto before = session->call<Snapshot>(
            [profile](DbSession &s) -> Result<Snapshot> {
                const Dialect &d = Dialect::of(profile);
                auto lock = d.acquireRunLock(s.db, profile);
                if (!lock)
                    return lock.error();
                s.runLock = std::move(lock.value());
                Snapshot snap;
                auto cat = d.readCatalog(s.db, profile);
                if (!cat)
                    return cat.error();
                snap.catalog = cat.value();
                auto rows = d.readVersionTable(s.db, profile);
                if (!rows)
                    return rows.error();
                snap.rows = rows->rows;
                return snap;
            },
            deadline);
    if (!before)
        return makeError(ErrorCode::Unreachable, QCoreApplication::translate("strata::SchemaService", "the database did not answer within %1 s").arg(deadline / 1000));
    if (!before->ok())
        return before->error();

    auto req = sessionBridgeRequest(*r.project, QStringLiteral("rehearse"), profile, r.password, pf.identity,
                                    QStringLiteral("strata rehearse"),
                                    { QStringLiteral("SET lock_timeout = %1").arg(rq.lockTimeoutMs) });
    if (!req)
        return req.error();
    req->insert(QStringLiteral("target"), r.target);
    req->insert(QStringLiteral("downgrade"), r.verb == RunVerb::Downgrade);
    auto script = bridgeScriptPath();
    if (!script)
        return script.error();
    BridgeProcess bridge;
    bridge.setSecrets(secretSpellings(r.password));
    if (Status s = bridge.start(r.python, script.value(), r.project->config.rootDir, req.value()); !s)
        return s.error();

    out.steps = pf.plan;
    int running = -1;
    std::optional<bridge::Failure> failure;
    std::optional<bridge::Done> done;
    auto onEvent = [&](const bridge::Event &e) {
        if (const auto *s = std::get_if<bridge::StepStarted>(&e)) {
            if (s->index < int(out.steps.size())) {
                running = s->index;
                out.steps[size_t(running)].state = StepState::Running;
                out.steps[size_t(running)].startedAt = QDateTime::currentDateTimeUtc();
            }
        } else if (const auto *f = std::get_if<bridge::StepFinished>(&e)) {
            if (f->index < int(out.steps.size())) {
                RunStep &step = out.steps[size_t(f->index)];
                step.finished = true;
                step.durationMs = f->durationMs;
                step.state = StepState::RolledBack; // it ran; the transaction it ran in is rolled back
            }
        } else if (const auto *st = std::get_if<bridge::Statement>(&e)) {
            out.statements << *st;
            if (rq.onStatement)
                rq.onStatement(*st);
        } else if (const auto *d = std::get_if<bridge::Done>(&e)) {
            done = *d;
        } else if (const auto *x = std::get_if<bridge::Failure>(&e)) {
            failure = *x;
        }
    };
    auto onLog = [&out](const QString &line) { out.log << line; };
    QElapsedTimer cancelClock;
    while (bridge.poll(100, onEvent, onLog)) {
        if (rq.cancel && rq.cancel->load() && !cancelClock.isValid()) {
            bridge.sendCancel();
            cancelClock.start();
        }
        if (cancelClock.isValid() && cancelClock.elapsed() > 5000)
            bridge.kill(); // the server rolls back what the closed session held
    }
    if (auto e = bridge.protocolError())
        return *e;
    for (RunStep &s : out.steps)
        if (s.state == StepState::Running)
            s.state = failure || cancelClock.isValid() ? StepState::Failed : StepState::Interrupted;
    if (done) {
        const QJsonObject stopped = done->payload.value(QStringLiteral("stopped")).toObject();
        if (!stopped.isEmpty()) {
            out.stopReason = stopped.value(QStringLiteral("reason")).toString();
            out.stoppedBefore = stopped.value(QStringLiteral("sql")).toString();
            if (out.stoppedBefore.isEmpty())
                out.stoppedBefore = QCoreApplication::translate("strata::SchemaService", "(the statements of the step's autocommit_block)");
            out.error = out.stopReason;
            for (RunStep &s : out.steps)
                if (s.state == StepState::Failed)
                    s.state = StepState::Interrupted;
        } else {
            out.succeeded = true;
        }
    } else if (failure) {
        out.cancelled = failure->cancelled || cancelClock.isValid();
        if (failure->type == QLatin1String("StrataWrongDatabase") || !failure->module.isEmpty()) {
            session->call<bool>([](DbSession &s) -> Result<bool> { s.runLock.reset(); return true; }, 5000);
            return bridgeFailureError(*failure);
        }
        out.error = bridgeError(*failure);
        // The failing statement's own error says more than the wrapper's.
        for (const bridge::Statement &s : out.statements)
            if (!s.ok)
                out.error = s.error;
    } else if (cancelClock.isValid()) {
        out.cancelled = true;
        out.error = QStringLiteral("cancelled");
    } else {
        out.error = QCoreApplication::translate("strata::SchemaService", "the Alembic bridge ended without an answer (exit %1)").arg(bridge.exitCode());
    }

    // The database afterwards: exactly as before, or said loudly.
    auto after = session->call<Snapshot>(
            [profile](DbSession &s) -> Result<Snapshot> {
                const Dialect &d = Dialect::of(profile);
                Snapshot snap;
                auto cat = d.readCatalog(s.db, profile);
                auto rows = d.readVersionTable(s.db, profile);
                s.runLock.reset();
                if (!cat)
                    return cat.error();
                if (!rows)
                    return rows.error();
                snap.catalog = cat.value();
                snap.rows = rows->rows;
                return snap;
            },
            deadline);
    if (after && after->ok()) {
        out.verified = true;
        out.versionsAfter = after->value().rows;
        out.changes = compareCatalogs(before->value().catalog, after->value().catalog);
        if (after->value().rows != before->value().rows)
            out.changes.append({ SchemaDifference::Kind::Changed, QStringLiteral("version table"), profile.versionTable,
                                 QStringLiteral("%1 before, %2 after")
                                         .arg(revisionsOrBase(before->value().rows, QStringLiteral(",")),
                                              revisionsOrBase(after->value().rows, QStringLiteral(","))) });
        out.unchanged = out.changes.isEmpty();
    }
    session->shutdown(2000);
    // "Rolled back" is what was read back; without that, the steps' fate is unknown.
    if (!out.verified || !out.unchanged)
        for (RunStep &s : out.steps)
            if (s.state == StepState::RolledBack)
                s.state = StepState::Unknown;
    out.durationMs = double(clock.elapsed());

    RunRecord rec = MigrationService::instantRecord(RunVerb::Rehearse, r.target, r.project);
    rec.profileId = profile.id;
    rec.profileName = profile.name;
    rec.database = profile.displayUrl();
    rec.identityKey = pf.identity.key;
    rec.fromRevisions = pf.current;
    rec.targetRevisions = pf.targetRevisions;
    rec.toRevisions = out.versionsAfter;
    rec.steps = out.steps;
    rec.stepsTotal = int(out.steps.size());
    rec.sql = pf.offlineSql;
    rec.preflight = pf.toJson();
    rec.state = out.succeeded ? RunState::Succeeded : out.cancelled ? RunState::Cancelled : RunState::Failed;
    rec.error = out.error;
    rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "rehearsal of %1 %2: %3"),
                         { runVerbName(r.verb), r.target, out.summaryPhrase() });
    MigrationService::journalInstant(rec, r.journalPath);
    out.runId = rec.id;
    return out;
}

// ---- SchemaMatch --------------------------------------------------------------

QString SchemaMatch::summary() const
{
    if (exact)
        return QCoreApplication::translate("strata::SchemaService", "the schema matches %1 exactly").arg(revision);
    QString text = QCoreApplication::translate("strata::SchemaService", "the schema does not match %1 (%2 difference(s))").arg(revision).arg(differences.size());
    if (!nearest.isEmpty() && nearest != revision)
        text += nearestDifferences.isEmpty()
                ? QCoreApplication::translate("strata::SchemaService", "; it matches %1 exactly").arg(nearest)
                : QCoreApplication::translate("strata::SchemaService", "; the nearest revision is %1 (%2 difference(s))").arg(nearest).arg(nearestDifferences.size());
    return text;
}

QJsonObject SchemaMatch::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("recorded"), QJsonArray::fromStringList(recorded));
    o.insert(QStringLiteral("exact"), exact);
    o.insert(QStringLiteral("differences"), differencesJson(differences));
    o.insert(QStringLiteral("nearest"), nearest);
    o.insert(QStringLiteral("nearest_differences"), differencesJson(nearestDifferences));
    o.insert(QStringLiteral("diff"), diff);
    o.insert(QStringLiteral("matching"), QJsonArray::fromStringList(matching));
    o.insert(QStringLiteral("built"), built);
    o.insert(QStringLiteral("cached"), cached);
    o.insert(QStringLiteral("summary"), summary());
    return o;
}

QString SchemaService::defaultCacheDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + QStringLiteral("/strata/schema");
}

Result<SchemaMatch> SchemaService::matchSchema(const SchemaMatchRequest &rq)
{
    const Project &project = *rq.project;
    const RevisionGraph &graph = project.graph;
    if (graph.isBlocked())
        return makeError(ErrorCode::Cycle, graph.blockingError());
    const Dialect &dialect = Dialect::of(rq.profile);
    auto live = openDatabase(rq.profile, rq.password, rq.connectTimeout, QStringLiteral("strata schema-match"), false);
    if (!live)
        return live.error();
    QSqlDatabase db = live->connection->database();
    auto versions = dialect.readVersionTable(db, rq.profile);
    if (!versions)
        return versions.error();
    auto liveCatalog = dialect.readCatalog(db, rq.profile);
    if (!liveCatalog)
        return liveCatalog.error();

    SchemaMatch out;
    out.recorded = versions->rows;
    QString spec = rq.revision;
    if (spec.isEmpty()) {
        if (versions->rows.size() == 1 && graph.indexOf(versions->rows.first()) >= 0)
            spec = versions->rows.first();
        else if (graph.heads().size() == 1)
            spec = graph.node(graph.heads().front()).id;
        else
            return makeError(ErrorCode::MultipleHeads,
                             QCoreApplication::translate("strata::SchemaService", "the database records %1 and the project has %2 heads: name the revision to "
                                            "compare with")
                                     .arg(revisionsOrBase(versions->rows, QStringLiteral(",")))
                                     .arg(graph.heads().size()));
    }
    RevisionResolver resolver(graph);
    auto resolved = resolver.resolveOne(spec);
    if (!resolved)
        return resolved.error();
    if (resolved.value() == RevisionResolver::Base)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::SchemaService", "base has no schema to compare with; name a revision"));
    const int target = resolved.value();
    out.revision = graph.node(target).id;
    // The revisions around it: its ancestry, and on to the single head it leads to.
    QString last = out.revision;
    for (int h : graph.heads()) {
        const std::vector<int> anc = graph.related({ h }, RevisionGraph::Edges::AllDown);
        if (std::find(anc.begin(), anc.end(), target) != anc.end()) {
            last = graph.node(h).id;
            break;
        }
    }
    auto plan = resolver.upgradePlan({}, last);
    if (!plan)
        return plan.error();
    QStringList sequence;
    for (int i : plan.value())
        sequence << graph.node(i).id;

    const QString cacheDir = rq.cacheDir.isEmpty() ? defaultCacheDir() : rq.cacheDir;
    BuildKeys keys(project, live->identity.serverVersion, rq.profile);
    QHash<QString, QString> keyOf;
    QHash<QString, SchemaCatalog> catalogs;
    int lastMissing = -1;
    for (int i = 0; i < sequence.size(); ++i) {
        const QString key = keys.keyOf(graph.indexOf(sequence[i]));
        keyOf.insert(sequence[i], key);
        if (auto cached = readCached(cacheDir, key)) {
            catalogs.insert(sequence[i], *cached);
            ++out.cached;
        } else {
            lastMissing = i;
        }
    }

    if (lastMissing >= 0) {
        // A scratch database, upgraded with the project's own Alembic one
        // revision at a time; its catalog read at each.
        dropStaleScratch(db, rq.profile);
        ConnectionProfile scratch = rq.profile;
        scratch.readOnly = false;
        scratch.production = false;
        QTemporaryDir tempDir;
        if (rq.profile.driver == ConnectionProfile::Driver::SQLite) {
            if (!tempDir.isValid())
                return makeError(ErrorCode::Io, QCoreApplication::translate("strata::SchemaService", "cannot make a temporary directory for the scratch database"));
            scratch.database = tempDir.filePath(QStringLiteral("scratch.db"));
        } else {
            scratch.database = kScratchPrefix + hostTag() + QLatin1Char('_')
                    + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('_')
                    + QString::number(QRandomGenerator::global()->bounded(0x10000), 16);
        }
        out.scratch = scratch.database;
        if (Status s = dialect.createScratchDatabase(db, rq.profile, scratch.database); !s)
            return s.error();
        auto dropScratch = [&] {
            if (Status s = dialect.dropScratchDatabase(db, rq.profile, scratch.database); !s)
                qCWarning(lcServices) << s.error().message;
        };
        Status built = [&]() -> Status {
            auto scratchDb = openDatabase(scratch, rq.password, rq.connectTimeout, QStringLiteral("strata schema-build"), true);
            if (!scratchDb)
                return scratchDb.error();
            auto req = sessionBridgeRequest(project, QStringLiteral("build"), scratch, rq.password, scratchDb->identity,
                                            QStringLiteral("strata schema-build"));
            if (!req)
                return req.error();
            req->insert(QStringLiteral("targets"), QJsonArray::fromStringList(sequence.mid(0, lastMissing + 1)));
            auto script = bridgeScriptPath();
            if (!script)
                return script.error();
            BridgeProcess bridge;
            bridge.setSecrets(secretSpellings(rq.password));
            if (Status s = bridge.start(rq.python, script.value(), project.config.rootDir, req.value()); !s)
                return s;
            std::optional<bridge::Failure> failure;
            std::optional<Error> readError;
            QStringList log;
            int reached = 0;
            auto onEvent = [&](const bridge::Event &e) {
                if (const auto *r = std::get_if<bridge::Reached>(&e)) {
                    ++reached;
                    if (rq.onProgress)
                        rq.onProgress(QStringLiteral("built %1 (%2 of %3)").arg(r->revision).arg(reached).arg(lastMissing + 1));
                    if (!catalogs.contains(r->revision)) {
                        auto cat = Dialect::of(scratch).readCatalog(scratchDb->connection->database(), scratch);
                        if (!cat) {
                            readError = cat.error();
                            bridge.kill();
                            return;
                        }
                        catalogs.insert(r->revision, cat.value());
                        writeCached(cacheDir, keyOf.value(r->revision), cat.value());
                        ++out.built;
                    }
                    bridge.sendContinue();
                } else if (const auto *f = std::get_if<bridge::Failure>(&e)) {
                    failure = *f;
                }
            };
            while (bridge.poll(100, onEvent, [&log](const QString &l) { log << l; })) { }
            if (auto e = bridge.protocolError())
                return *e;
            if (readError)
                return *readError;
            if (failure) {
                Error e = bridgeFailureError(*failure);
                e.message = QCoreApplication::translate("strata::SchemaService", "building the schema of the revisions in a scratch database (%1) failed: %2")
                                    .arg(scratch.database, bridgeError(*failure));
                return e;
            }
            if (reached < lastMissing + 1)
                return makeError(ErrorCode::BridgeFailed,
                                 QCoreApplication::translate("strata::SchemaService", "the Alembic bridge ended after %1 of %2 revisions (exit %3)%4")
                                         .arg(reached)
                                         .arg(lastMissing + 1)
                                         .arg(bridge.exitCode())
                                         .arg(log.isEmpty() ? QString() : QStringLiteral(":\n") + log.mid(std::max<qsizetype>(0, log.size() - 5)).join(QLatin1Char('\n'))));
            return {};
        }();
        dropScratch();
        if (!built)
            return built.error();
    }

    // The database against each revision's schema.
    int bestCount = -1;
    for (const QString &rev : sequence) {
        auto it = catalogs.find(rev);
        if (it == catalogs.end())
            continue;
        const QList<SchemaDifference> diff = compareCatalogs(it.value(), liveCatalog.value());
        if (diff.isEmpty())
            out.matching << rev;
        if (rev == out.revision) {
            out.differences = diff;
            out.exact = diff.isEmpty();
            if (!out.exact)
                out.diff = schemaDiff(it.value(), liveCatalog.value(),
                                      QStringLiteral("expected: the schema %1 makes").arg(rev),
                                      QStringLiteral("found: the database of %1").arg(rq.profile.name.simplified()));
        }
        if (bestCount < 0 || diff.size() < bestCount || (diff.size() == bestCount && rev == out.revision)) {
            bestCount = int(diff.size());
            out.nearest = rev;
            out.nearestDifferences = diff;
        }
    }
    if (out.exact) {
        out.nearest = out.revision;
        out.nearestDifferences.clear();
    }
    return out;
}

// ---- Drift --------------------------------------------------------------------

QJsonObject Drift::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("differences"), differencesJson(differences));
    o.insert(QStringLiteral("current"), QJsonArray::fromStringList(current));
    o.insert(QStringLiteral("drifted"), !differences.isEmpty());
    return o;
}

Result<Drift> SchemaService::drift(const DriftRequest &rq)
{
    auto live = openDatabase(rq.profile, rq.password, rq.connectTimeout, QStringLiteral("strata drift"), false);
    if (!live)
        return live.error();
    auto req = sessionBridgeRequest(*rq.project, QStringLiteral("drift"), rq.profile, rq.password, live->identity,
                                    QStringLiteral("strata drift"));
    if (!req)
        return req.error();
    live->connection->close();
    auto out = runBridge(rq.python, rq.project->config.rootDir, req.value(), secretSpellings(rq.password));
    if (!out)
        return out.error();
    if (out->failure) {
        Error e = bridgeFailureError(out->failure.value());
        if (out->failure->type == QLatin1String("StrataNoMetadata") || out->failure->type == QLatin1String("StrataNoComparison"))
            e.code = ErrorCode::Refused;
        e.message = bridgeError(out->failure.value());
        return e;
    }
    Drift d;
    d.log = out->log;
    for (const QJsonValue &v : out->done->payload.value(QStringLiteral("differences")).toArray()) {
        const QJsonObject o = v.toObject();
        SchemaDifference x;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        x.kind = kind == QLatin1String("missing") ? SchemaDifference::Kind::Missing
                : kind == QLatin1String("extra")  ? SchemaDifference::Kind::Extra
                                                  : SchemaDifference::Kind::Changed;
        x.object = o.value(QStringLiteral("object")).toString();
        x.name = o.value(QStringLiteral("name")).toString();
        x.detail = o.value(QStringLiteral("detail")).toString();
        d.differences << x;
    }
    for (const QJsonValue &v : out->done->payload.value(QStringLiteral("current")).toArray())
        d.current << v.toString();
    return d;
}

// ---- Revision -----------------------------------------------------------------

Result<GeneratedRevision> SchemaService::generateRevision(const RevisionRequest &rq)
{
    QJsonObject req;
    if (rq.autogenerate) {
        if (!rq.profile)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("strata::SchemaService", "--autogenerate compares the models with a database: give --profile"));
        // Alembic refuses a database that is not at the head ("Target database
        // is not up to date"); said here with what to do instead.
        const EnvironmentStatus st = readEnvironmentStatus(*rq.profile, rq.password, rq.project->graph, rq.connectTimeout);
        if (!st.hasRows()) {
            Error e = makeError(ErrorCode::Unreachable, st.reason);
            e.connectFailure = st.failure;
            return e;
        }
        if (st.state != EnvironmentStatus::State::UpToDate)
            return makeError(ErrorCode::Refused,
                             QCoreApplication::translate("strata::SchemaService", "the database of '%1' is not up to date (%2: %3), so autogenerate would "
                                            "compare the models with an old schema and write changes that earlier "
                                            "revisions already make; upgrade it first (strata-cli upgrade heads "
                                            "--profile %1) or choose an environment at the head")
                                     .arg(rq.profile->name, st.stateText(), revisionsOrBase(st.current, QStringLiteral(","))));
        auto r = sessionBridgeRequest(*rq.project, QStringLiteral("revision"), *rq.profile, rq.password, st.identity,
                                      QStringLiteral("strata revision"));
        if (!r)
            return r.error();
        req = r.value();
    } else {
        auto r = bridgeRequest(*rq.project, QStringLiteral("revision"));
        if (!r)
            return r.error();
        req = r.value();
        if (rq.profile) {
            req.insert(QStringLiteral("url"), rq.profile->sqlalchemyUrl(QString()));
            req.insert(QStringLiteral("url_as_option"), rq.profile->urlAsConfigOption);
            req.insert(QStringLiteral("url_env"), QJsonArray::fromStringList(rq.profile->urlEnvironmentVariables));
        }
    }
    req.insert(QStringLiteral("message"), rq.message);
    req.insert(QStringLiteral("autogenerate"), rq.autogenerate);
    req.insert(QStringLiteral("rev_id"), rq.revId);
    req.insert(QStringLiteral("head"), rq.head);
    req.insert(QStringLiteral("branch_label"), rq.branchLabel);
    auto out = runBridge(rq.python, rq.project->config.rootDir, req, secretSpellings(rq.password));
    if (!out)
        return out.error();
    if (out->failure) {
        Error e = bridgeFailureError(out->failure.value());
        e.message = bridgeError(out->failure.value());
        return e;
    }
    GeneratedRevision g;
    g.revision = out->done->payload.value(QStringLiteral("revision")).toString();
    g.path = out->done->payload.value(QStringLiteral("path")).toString();
    g.log = out->log;
    RunRecord rec = MigrationService::instantRecord(RunVerb::Revision, g.revision, rq.project);
    if (rq.profile) {
        rec.profileId = rq.profile->id;
        rec.profileName = rq.profile->name;
        rec.database = rq.profile->displayUrl();
    }
    rec.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "wrote %1"), { g.path });
    if (rq.autogenerate)
        rec.outcome += Phrase(QT_TRANSLATE_NOOP("strata::Phrase", " (autogenerate)"));
    MigrationService::journalInstant(rec, rq.journalPath);
    return g;
}

} // namespace strata
