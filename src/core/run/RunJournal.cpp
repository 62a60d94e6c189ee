#include "RunJournal.h"

#include "common/Logging.h"
#include "common/TimeFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace strata {

namespace {

constexpr int kSchemaVersion = 2;

QDateTime fromIso(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString listText(const QStringList &l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &s)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(s.toUtf8()).array())
        out << v.toString();
    return out;
}

QString objectText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

const char *const kCreateSql[] = {
    "CREATE TABLE IF NOT EXISTS runs ("
    " id TEXT PRIMARY KEY, verb TEXT NOT NULL, target TEXT, project TEXT, profile_id TEXT, profile_name TEXT,"
    " database TEXT, os_user TEXT, host TEXT, pid INTEGER, state TEXT NOT NULL, started_at TEXT NOT NULL,"
    " finished_at TEXT, from_revisions TEXT, to_revisions TEXT, sql TEXT, error_type TEXT, error TEXT,"
    " outcome TEXT, steps_total INTEGER)",
    "CREATE TABLE IF NOT EXISTS run_steps ("
    " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, idx INTEGER NOT NULL, direction TEXT,"
    " from_revisions TEXT, to_revisions TEXT, message TEXT, started_at TEXT, duration_ms REAL, state TEXT,"
    " PRIMARY KEY (run_id, idx))",
    "CREATE INDEX IF NOT EXISTS runs_started ON runs(started_at)",
    "CREATE TABLE IF NOT EXISTS identities (profile_id TEXT PRIMARY KEY, identity_key TEXT NOT NULL, seen_at TEXT)",
};

// Schema 2: the typed problem, what the person accepted, the tools that ran,
// the database identity, where the plan led, and verification after the fact;
// then the outcome and error as phrases (Phrase::toJson), so the window says
// them in its language. Columns are only ever added: a Strata that does not
// know one leaves it alone, and a phrase that no longer says what the English
// column says is not used (see select()).
const char *const kSchema2Columns[] = {
    "identity_key TEXT", "target_revisions TEXT", "problem TEXT", "preflight TEXT", "tools TEXT",
    "needs_verification INTEGER NOT NULL DEFAULT 0", "verified_at TEXT", "verified_revisions TEXT",
    "outcome_phrase TEXT", "error_phrase TEXT",
};

const char *const kRunColumns =
        "id, verb, target, project, profile_id, profile_name, database, os_user, host, pid, state, started_at, "
        "finished_at, from_revisions, to_revisions, sql, error_type, error, outcome, steps_total, identity_key, "
        "target_revisions, problem, preflight, tools, needs_verification, verified_at, verified_revisions, outcome_phrase, "
        "error_phrase";

QString phraseText(const Phrase &p)
{
    return p.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(p.toJson().toArray()).toJson(QJsonDocument::Compact));
}

// The phrase when it still says what the English column says (a Strata that
// knows no phrases may have written the column since), else the English.
Phrase phraseFrom(const QString &english, const QString &json)
{
    if (!json.isEmpty()) {
        const auto p = Phrase::fromJson(QJsonDocument::fromJson(json.toUtf8()).array());
        if (p && p->english() == english)
            return *p;
    }
    return Phrase(english);
}

QVariantList runValues(const RunRecord &r)
{
    return { r.id, runVerbName(r.verb), r.target, r.project, r.profileId, r.profileName, r.database, r.osUser, r.host,
             r.pid, runStateName(r.state), isoUtc(r.startedAt), isoUtc(r.finishedAt), listText(r.fromRevisions),
             listText(r.toRevisions), r.sql, r.errorType, r.error.english(), r.outcome.english(), r.stepsTotal, r.identityKey,
             listText(r.targetRevisions), r.problem ? errorCodeName(*r.problem) : QString(), objectText(r.preflight),
             objectText(r.tools), r.needsVerification ? 1 : 0, isoUtc(r.verifiedAt), listText(r.verifiedRevisions),
             phraseText(r.outcome), phraseText(r.error) };
}

std::optional<ErrorCode> problemFrom(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    for (int c = int(ErrorCode::Io); c <= int(ErrorCode::MigrationFailed); ++c)
        if (errorCodeName(ErrorCode(c)) == name)
            return ErrorCode(c);
    return std::nullopt;
}

} // namespace

RunJournal::~RunJournal()
{
    close();
}

void RunJournal::close()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString RunJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/strata/journal.sqlite");
}

QString RunJournal::hostName()
{
    return QSysInfo::machineHostName();
}

QString RunJournal::osUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool RunJournal::processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

Status RunJournal::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql))
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    return {};
}

Status RunJournal::addMissingColumns(int version)
{
    auto columns = [this] {
        QStringList have;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("PRAGMA table_info(runs)")))
            while (q.next())
                have << q.value(1).toString();
        return have;
    };
    const QStringList have = columns();
    bool added = false;
    for (const char *column : kSchema2Columns) {
        const QString def = QString::fromLatin1(column);
        const QString name = def.section(QLatin1Char(' '), 0, 0);
        if (have.contains(name))
            continue;
        added = true;
        // A failure is no failure when another Strata added it a moment ago.
        if (Status s = exec(QStringLiteral("ALTER TABLE runs ADD COLUMN ") + def); !s && !columns().contains(name))
            return s;
    }
    if (!added && version >= 2)
        return {};
    return exec(QStringLiteral("CREATE INDEX IF NOT EXISTS runs_unverified ON runs(profile_id, needs_verification)"));
}

Status RunJournal::open(const QString &path)
{
    close();
    m_path = path;
    m_newlyInterrupted.clear();
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("cannot create the directory for the run journal"),
                         path);
    // Created private before SQLite opens it; SQLite gives its -wal and -shm
    // files the same permissions.
    if (!fi.exists()) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_connection = QStringLiteral("strata-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        close();
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("cannot open the run journal: %1").arg(text), path);
    }
    QSqlQuery q(db);
    // WAL: the GUI and a CLI run may write at the same time.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // In WAL mode NORMAL cannot corrupt the journal; an operating-system
    // crash may lose the latest updates of a run, never its record (begin()
    // writes that durably), and an unfinished record is verified later.
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::JournalUnwritable,
                         QStringLiteral("the run journal is not an SQLite database: %1").arg(q.lastError().text()), path);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return makeError(ErrorCode::JournalUnwritable,
                         QStringLiteral("the run journal was written by a newer Strata (schema %1); it is left "
                                        "untouched")
                                 .arg(version),
                         path);
    for (const char *sql : kCreateSql)
        if (Status s = exec(QString::fromLatin1(sql)); !s)
            return s;
    if (Status s = addMissingColumns(version); !s)
        return s;
    if (version != kSchemaVersion)
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)); !s)
            return s;

    // Runs of this host left unfinished by a process that is gone: a crash,
    // a kill or a power cut. What they left in the database is not known
    // here: a step may have committed just before the end. They are verified
    // the next time Strata reads that database.
    auto open = select(QStringLiteral("state NOT IN ('succeeded', 'failed', 'cancelled', 'interrupted') AND host = ?"),
                       QVariantList { hostName() }, 1000);
    if (!open)
        return open.error();
    for (RunRecord r : open.value()) {
        if (processAlive(r.pid))
            continue;
        r.state = RunState::Interrupted;
        r.finishedAt = QDateTime::currentDateTimeUtc();
        r.needsVerification = true;
        r.outcome = Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                             "unknown: Strata (pid %1) ended before the run finished; what it left in "
                                             "the database is verified the next time Strata reads it (%2)"),
                           { QString::number(r.pid),
                             QString(QStringLiteral("strata-cli status")
                                     + (r.profileName.isEmpty() ? QString() : QStringLiteral(" --profile ") + r.profileName)) });
        for (RunStep &s : r.steps)
            if (s.state == StepState::Running || s.state == StepState::Done)
                s.state = StepState::Unknown;
        if (Status s = update(r); !s)
            return s;
        m_newlyInterrupted << r;
    }
    return {};
}

Status RunJournal::begin(const RunRecord &r)
{
    if (!isOpen())
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("the run journal is not open"), m_path);
    // The record of a run that is about to start reaches the disk before it starts.
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    const auto normal = qScopeGuard([this] { exec(QStringLiteral("PRAGMA synchronous=NORMAL")); });
    if (Status s = exec(QStringLiteral("INSERT INTO runs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                .arg(QLatin1String(kRunColumns)),
                        runValues(r));
        !s)
        return s;
    return writeSteps(r);
}

Status RunJournal::update(const RunRecord &r)
{
    if (!isOpen())
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("the run journal is not open"), m_path);
    QVariantList values = runValues(r);
    values.removeFirst();
    values.removeAt(14); // the SQL is written once, by begin()
    values << r.id;
    // INSERT OR REPLACE would cascade-delete the steps; update in place, and
    // insert when an earlier begin() never reached the disk.
    Status s = exec(QStringLiteral("UPDATE runs SET verb = ?, target = ?, project = ?, profile_id = ?, profile_name = ?, "
                                   "database = ?, os_user = ?, host = ?, pid = ?, state = ?, started_at = ?, "
                                   "finished_at = ?, from_revisions = ?, to_revisions = ?, error_type = ?, "
                                   "error = ?, outcome = ?, steps_total = ?, identity_key = ?, target_revisions = ?, "
                                   "problem = ?, preflight = ?, tools = ?, needs_verification = ?, verified_at = ?, "
                                   "verified_revisions = ?, outcome_phrase = ?, error_phrase = ? WHERE id = ?"),
                    values);
    if (!s)
        return s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM runs WHERE id = ?"));
    q.addBindValue(r.id);
    if (q.exec() && q.next() && q.value(0).toInt() == 0) {
        q.finish();
        return begin(r);
    }
    q.finish();
    return writeSteps(r);
}

Status RunJournal::writeSteps(const RunRecord &r)
{
    for (const RunStep &s : r.steps)
        if (Status st = saveStep(r.id, s); !st)
            return st;
    return {};
}

Status RunJournal::saveStep(const QString &runId, const RunStep &s)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO run_steps (run_id, idx, direction, from_revisions, "
                               "to_revisions, message, started_at, duration_ms, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { runId, s.index, stepDirectionName(s.direction), listText(s.from), listText(s.to), s.message,
                  isoUtc(s.startedAt), s.durationMs, stepStateName(s.state) });
}

Result<QList<RunRecord>> RunJournal::select(const QString &where, const QVariantList &values, int limit)
{
    if (!isOpen())
        return makeError(ErrorCode::JournalUnwritable, QStringLiteral("the run journal is not open"), m_path);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE %2 ORDER BY started_at DESC LIMIT %3")
                      .arg(QLatin1String(kRunColumns), where.isEmpty() ? QStringLiteral("1") : where)
                      .arg(limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::Io, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    QList<RunRecord> out;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toString();
        if (!runVerbFromName(q.value(1).toString(), &r.verb))
            r.verb = RunVerb::Upgrade;
        r.target = q.value(2).toString();
        r.project = q.value(3).toString();
        r.profileId = q.value(4).toString();
        r.profileName = q.value(5).toString();
        r.database = q.value(6).toString();
        r.osUser = q.value(7).toString();
        r.host = q.value(8).toString();
        r.pid = q.value(9).toLongLong();
        if (!runStateFromName(q.value(10).toString(), &r.state))
            r.state = RunState::Interrupted;
        r.startedAt = fromIso(q.value(11).toString());
        r.finishedAt = fromIso(q.value(12).toString());
        r.fromRevisions = listFrom(q.value(13).toString());
        r.toRevisions = listFrom(q.value(14).toString());
        r.sql = q.value(15).toString();
        r.errorType = q.value(16).toString();
        r.error = phraseFrom(q.value(17).toString(), q.value(29).toString());
        r.outcome = phraseFrom(q.value(18).toString(), q.value(28).toString());
        r.stepsTotal = q.value(19).toInt();
        r.identityKey = q.value(20).toString();
        r.targetRevisions = listFrom(q.value(21).toString());
        r.problem = problemFrom(q.value(22).toString());
        r.preflight = objectFrom(q.value(23).toString());
        r.tools = objectFrom(q.value(24).toString());
        r.needsVerification = q.value(25).toInt() != 0;
        r.verifiedAt = fromIso(q.value(26).toString());
        r.verifiedRevisions = listFrom(q.value(27).toString());
        out << r;
    }
    QSqlQuery steps(db);
    steps.prepare(QStringLiteral("SELECT idx, direction, from_revisions, to_revisions, message, started_at, "
                                 "duration_ms, state FROM run_steps WHERE run_id = ? ORDER BY idx"));
    for (RunRecord &r : out) {
        steps.addBindValue(r.id);
        if (!steps.exec())
            return makeError(ErrorCode::Io, QStringLiteral("run journal: %1").arg(steps.lastError().text()), m_path);
        while (steps.next()) {
            RunStep s;
            s.index = steps.value(0).toInt();
            if (!stepDirectionFromName(steps.value(1).toString(), &s.direction))
                s.direction = StepDirection::Upgrade;
            s.from = listFrom(steps.value(2).toString());
            s.to = listFrom(steps.value(3).toString());
            s.message = steps.value(4).toString();
            s.startedAt = fromIso(steps.value(5).toString());
            s.durationMs = steps.value(6).toDouble();
            if (!stepStateFromName(steps.value(7).toString(), &s.state))
                s.state = StepState::Unknown;
            r.steps.push_back(s);
        }
    }
    return out;
}

Result<QList<RunRecord>> RunJournal::list(int limit)
{
    return select({}, {}, limit);
}

Result<RunRecord> RunJournal::find(const QString &idOrPrefix)
{
    const QString pattern = QString(idOrPrefix).remove(QLatin1Char('%')).remove(QLatin1Char('_')) + QLatin1Char('%');
    auto found = select(QStringLiteral("id LIKE ?"), QVariantList { pattern }, 2);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no run '%1' in the journal").arg(idOrPrefix), m_path);
    if (found->size() > 1)
        return makeError(ErrorCode::Ambiguous, QStringLiteral("'%1' names more than one run; give more of the id")
                                                       .arg(idOrPrefix));
    return found->first();
}

Result<QList<RunRecord>> RunJournal::unverified(const QString &profileId)
{
    return select(QStringLiteral("profile_id = ? AND needs_verification = 1 AND state IN ('succeeded', 'failed', "
                                 "'cancelled', 'interrupted')"),
                  QVariantList { profileId }, 100);
}

Status RunJournal::rememberIdentity(const QString &profileId, const QString &identityKey)
{
    if (profileId.isEmpty() || identityKey.isEmpty())
        return {};
    return exec(QStringLiteral("INSERT OR REPLACE INTO identities (profile_id, identity_key, seen_at) VALUES (?, ?, ?)"),
                { profileId, identityKey, isoUtc(QDateTime::currentDateTimeUtc()) });
}

Result<QHash<QString, QString>> RunJournal::identities()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT profile_id, identity_key FROM identities")))
        return makeError(ErrorCode::Io, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status RunJournal::recordVerification(const RunRecord &run, const QStringList &rows, const Phrase &outcome)
{
    RunRecord r = run;
    r.needsVerification = false;
    r.verifiedAt = QDateTime::currentDateTimeUtc();
    r.verifiedRevisions = rows;
    r.toRevisions = rows;
    r.outcome = outcome;
    qCInfo(lcJournal) << "run" << r.id << "verified:" << outcome.english();
    return update(r);
}

} // namespace strata
