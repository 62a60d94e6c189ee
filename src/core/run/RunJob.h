#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "project/Project.h"
#include "run/Bridge.h"
#include "run/RunRecord.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace strata {

// What to run, against which database, and the confirmations given.
struct RunRequest
{
    enum class Verb { Upgrade, Downgrade, Stamp, RunSql };

    Verb verb = Verb::Upgrade;
    ProjectPtr project;
    ConnectionProfile profile;
    QString password; // may be empty (libpq then reads ~/.pgpass); never stored
    QString target;   // revision specifier (upgrade, downgrade, stamp)
    bool purge = false; // stamp --purge
    QString sqlText;  // run-sql: the reviewed script
    QString sqlFile;  // run-sql: where it came from (for messages and the journal)
    // A production profile writes only when this equals its database name.
    QString confirmedDatabase;
    // The version rows the person saw when they confirmed the plan; the run
    // refuses to start when the database has moved on since.
    std::optional<QStringList> expectedCurrent;
    PythonChoice python;   // the bridge's interpreter (not needed for run-sql)
    QString journalPath;   // empty = RunJournal::defaultPath()
    int graceMs = 3000;    // after Cancel, how long the bridge may take to stop
    int connectTimeout = 5;

    static QString verbName(Verb v);
};

// What a run would do and what stands in its way, found before anything is
// written (also what the confirmation dialog and the CLI prompt show).
struct Preflight
{
    QStringList current;          // version rows now
    std::vector<RunStep> plan;    // steps in order (pending)
    QStringList warnings;         // people should read these before saying yes
    QStringList nonTransactional; // statements that cannot be rolled back, with their step
    QStringList touchedTables;
    QString identity;             // server version, database, user, host
    QString refusal;              // non-empty: the run must not start (and why)

    QJsonObject toJson() const;
};

// One migration run, executed on the calling (worker) thread by run(); the
// GUI and the CLI follow it by signals and stop it with cancel(), which any
// thread may call and which returns at once. Cancel means the database stops:
// on PostgreSQL, pg_cancel_backend() on the run's backend from the control
// connection, then the bridge (or the native runner) rolls back; a bridge that
// does not end within the grace period is killed (the server then rolls the
// transaction back). While it runs, the job holds an advisory lock named after
// the database's version table, so a second workbench is refused and told who
// holds it. Every run is written to the journal before it starts.
class RunJob : public QObject
{
    Q_OBJECT
public:
    explicit RunJob(RunRequest request, QObject *parent = nullptr);
    ~RunJob() override;

    QString id() const { return m_record.id; }
    const RunRequest &request() const { return m_request; }

    // Worker thread: runs to a final state; the record is then complete.
    void run();
    // Any thread.
    void cancel();
    RunRecord record() const;

    // Worker thread: the checks and the plan, nothing written, no lock kept:
    // what the confirmation shows. A production profile's typed name is not
    // required here (it is asked for after this is shown; run() requires it).
    // With analyse, also asks Alembic for the plan's offline SQL to flag
    // non-transactional statements and sessions holding the tables it touches.
    static Preflight inspect(const RunRequest &request, bool analyse = true);

Q_SIGNALS:
    void stateChanged(strata::RunState state, const QString &detail);
    void planReady(const std::vector<strata::RunStep> &plan);
    void stepStarted(const strata::RunStep &step, int total);
    void stepFinished(const strata::RunStep &step, int total);
    // run-sql: statements done of total (emitted at most every 100 ms).
    void progress(int done, int total);
    void logLine(const QString &line);
    void sqlText(const QString &text);
    void warning(const QString &text);
    // The run's database session (PostgreSQL backend pid), once known.
    void backendStarted(qint64 pid);
    // PostgreSQL: the run's session waits on these sessions (empty: no longer
    // waiting), with a sentence naming them; checked twice a second.
    void waitingOn(const QList<qint64> &pids, const QString &description);
    void finished(const strata::RunRecord &record);

private:
    class Impl;
    RunRequest m_request;
    RunRecord m_record;
    std::atomic<bool> m_cancel { false };
};

// Offline SQL for a plan range (Alembic's --sql), with Strata's header line
// on top so the reviewed-SQL runner can check the starting revision. Worker
// thread or CLI.
struct OfflineSqlRequest
{
    ProjectPtr project;
    PythonChoice python;
    QStringList from; // version rows the script starts from ({} = base)
    QString target;   // revision specifier
    bool downgrade = false;
    QString dialectUrl; // a URL naming the dialect (no password needed), e.g. "postgresql://"
};
Result<QString> offlineSql(const OfflineSqlRequest &request);

// Whether going from `from` to `target` is a downgrade: no upgrade leads
// there, and a downgrade does (Alembic's own plans decide).
bool isDowngrade(const RevisionGraph &graph, const QStringList &from, const QString &target);

// Writes a merge revision of `revisions` (default: all heads) through the
// project's own script template. The bridge's outcome (result: revision and
// path; or error).
struct MergeRequest
{
    ProjectPtr project;
    PythonChoice python;
    QStringList revisions;
    QString message;
    QString revId;
    QString branchLabel;
};
Result<BridgeOutcome> writeMergeRevision(const MergeRequest &request);

} // namespace strata
