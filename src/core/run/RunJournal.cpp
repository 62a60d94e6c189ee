#include "RunJournal.h"

#include "common/TimeFormat.h"

#include <QDir>
#include <QFileInfo>
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

constexpr int schemaVersion = 1;

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

const char *const createSql[] = {
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
};

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
        return makeError(ErrorCode::Io, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::Io, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    return {};
}

Status RunJournal::open(const QString &path)
{
    close();
    m_path = path;
    m_newlyInterrupted.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the directory for the run journal"), path);
    m_connection = QStringLiteral("strata-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        close();
        return makeError(ErrorCode::Io, QStringLiteral("cannot open the run journal: %1").arg(text), path);
    }
    QSqlQuery q(db);
    // WAL: the GUI and a CLI run may write at the same time.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::Io, QStringLiteral("the run journal is not an SQLite database: %1")
                                                .arg(q.lastError().text()), path);
    const int version = q.value(0).toInt();
    if (version > schemaVersion)
        return makeError(ErrorCode::Config,
                         QStringLiteral("the run journal was written by a newer Strata (schema %1); it is left "
                                        "untouched")
                                 .arg(version),
                         path);
    for (const char *sql : createSql)
        if (Status s = exec(QString::fromLatin1(sql)); !s)
            return s;
    if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)); !s)
        return s;

    // Runs of this host left unfinished by a process that is gone: a crash,
    // a kill or a power cut. Their database work was rolled back by the
    // server (or, for committed steps, is named by the steps recorded).
    auto open = select(QStringLiteral("state NOT IN ('succeeded', 'failed', 'cancelled', 'interrupted') AND host = ?"),
                       QVariantList { hostName() }, 1000);
    if (!open)
        return open.error();
    for (RunRecord r : open.value()) {
        if (processAlive(r.pid))
            continue;
        r.state = RunState::Interrupted;
        r.finishedAt = QDateTime::currentDateTimeUtc();
        if (r.outcome.isEmpty())
            r.outcome = QStringLiteral("interrupted: Strata (pid %1) ended before the run finished; an open "
                                       "transaction was rolled back by the database")
                                .arg(r.pid);
        for (RunStep &s : r.steps)
            if (s.state == QLatin1String("running")) {
                s.state = QStringLiteral("interrupted");
                saveStep(r.id, s);
            }
        if (Status s = update(r); !s)
            return s;
        m_newlyInterrupted << r;
    }
    return {};
}

Status RunJournal::begin(const RunRecord &r)
{
    return exec(QStringLiteral("INSERT INTO runs (id, verb, target, project, profile_id, profile_name, database, "
                               "os_user, host, pid, state, started_at, finished_at, from_revisions, to_revisions, sql, "
                               "error_type, error, outcome, steps_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?)"),
                { r.id, r.verb, r.target, r.project, r.profileId, r.profileName, r.database, r.osUser, r.host, r.pid,
                  runStateName(r.state), isoUtc(r.startedAt), isoUtc(r.finishedAt), listText(r.fromRevisions),
                  listText(r.toRevisions), r.sql, r.errorType, r.error, r.outcome, r.stepsTotal });
}

Status RunJournal::update(const RunRecord &r)
{
    return exec(QStringLiteral("UPDATE runs SET state = ?, finished_at = ?, database = ?, from_revisions = ?, "
                               "to_revisions = ?, sql = ?, error_type = ?, error = ?, outcome = ?, steps_total = ? "
                               "WHERE id = ?"),
                { runStateName(r.state), isoUtc(r.finishedAt), r.database, listText(r.fromRevisions),
                  listText(r.toRevisions), r.sql, r.errorType, r.error, r.outcome, r.stepsTotal, r.id });
}

Status RunJournal::saveStep(const QString &runId, const RunStep &s)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO run_steps (run_id, idx, direction, from_revisions, "
                               "to_revisions, message, started_at, duration_ms, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { runId, s.index, s.direction, listText(s.from), listText(s.to), s.message, isoUtc(s.startedAt),
                  s.durationMs, s.state });
}

Result<QList<RunRecord>> RunJournal::select(const QString &where, const QVariantList &values, int limit)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, verb, target, project, profile_id, profile_name, database, os_user, host, "
                             "pid, state, started_at, finished_at, from_revisions, to_revisions, sql, error_type, "
                             "error, outcome, steps_total FROM runs WHERE %1 ORDER BY started_at DESC LIMIT %2")
                      .arg(where.isEmpty() ? QStringLiteral("1") : where)
                      .arg(limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::Io, QStringLiteral("run journal: %1").arg(q.lastError().text()), m_path);
    QList<RunRecord> out;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toString();
        r.verb = q.value(1).toString();
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
        r.error = q.value(17).toString();
        r.outcome = q.value(18).toString();
        r.stepsTotal = q.value(19).toInt();
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
            s.direction = steps.value(1).toString();
            s.from = listFrom(steps.value(2).toString());
            s.to = listFrom(steps.value(3).toString());
            s.message = steps.value(4).toString();
            s.startedAt = fromIso(steps.value(5).toString());
            s.durationMs = steps.value(6).toDouble();
            s.state = steps.value(7).toString();
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
    const QString pattern = QString(idOrPrefix).remove(QLatin1Char('%')) + QLatin1Char('%');
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

} // namespace strata
