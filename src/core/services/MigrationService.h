#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "lint/Linter.h"
#include "project/Project.h"
#include "run/Bridge.h"
#include "run/RunPlanner.h"
#include "run/RunRecord.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace strata {

class DbWorker;

// "Preview SQL": Alembic's offline SQL for a plan range.
struct PreviewRequest
{
    ProjectPtr project;
    PythonChoice python;
    // The environment: names the dialect and how the URL reaches env.py,
    // and (unless `from` is given) its version rows are where the SQL starts.
    std::optional<ConnectionProfile> profile;
    QString password;
    std::optional<QStringList> from; // the rows the SQL starts from ({} = base)
    QString target;
    bool downgrade = false; // forced; otherwise a target below the start makes it one
    int connectTimeout = 5;
    QString journalPath; // empty = the default journal
    QString journalNote; // appended to the journal's outcome (", written to FILE")
    bool journal = true; // the SQL is journaled (it is what a DBA may run later); lint asks for it without
    bool lint = true;    // the SQL is linted (with the profile's table sizes when it is reachable)
};

struct Preview
{
    QStringList from;
    QStringList to; // the heads after the SQL's last step
    QString target;
    bool downgrade = false;
    QString sql; // headed by Strata's "-- strata: from=… to=… direction=…" line
    QString environment; // the profile's name, "base" without one
    QStringList warnings; // e.g. env.py configures Alembic with another URL than Strata passed
    QStringList willFail; // statements that cannot succeed as the SQL stands (a run is refused)
    LintReport lint;      // the migration-safety rules over sql

    QString direction() const { return downgrade ? QStringLiteral("downgrade") : QStringLiteral("upgrade"); }
};

// A run with everything the confirmation shows and the run then executes.
struct PreparedRun
{
    RunRequest request;
    Preflight preflight;
    // The preflight's database session, which the run adopts as its control
    // session (none when the run cannot start).
    std::shared_ptr<DbWorker> session;
};

struct MergeRequest
{
    ProjectPtr project;
    PythonChoice python;
    QStringList revisions; // default: all heads
    QString message;
    QString revId;
    QString branchLabel;
    QString journalPath;
};

struct MergeResult
{
    QString revision;
    QString path;
    QStringList log; // Alembic's own output
};

// Removing one version row that the graph proves redundant (an ancestor of
// another row: Alembic's "overlaps with other requested revisions").
struct RemoveRowRequest
{
    ProjectPtr project;
    ConnectionProfile profile;
    QString password;
    QString row;
    QString confirmedDatabase; // production: the typed name
    QList<ConnectionProfile> otherProfiles;
    QString journalPath;
    int connectTimeout = 5;
};

// A copy of a database (or of some of its tables) before a risky act.
struct BackupRequest
{
    ConnectionProfile profile;
    QString password;
    QStringList tables;   // empty: the whole database
    QString outputPath;   // empty: the user's data directory, strata/backups/<profile>-<time>
    int timeoutMs = 600000;
};

struct Backup
{
    QString path;
    qint64 bytes = 0;
    QString how; // "pg_dump 15.4 (custom format)", "SQLite VACUUM INTO"
};

// The use cases both faces share, written once. Each is synchronous and
// meant for a worker thread (the GUI) or the CLI's main thread; each takes
// values, so it never touches a widget or the Workspace.
class MigrationService
{
public:
    // Offline SQL for the plan, journaled with its text (it is what a DBA may run later).
    static Result<Preview> previewSql(const PreviewRequest &request);

    // Everything a run needs before anyone says yes, found once: one
    // connection, one read of the version table, one plan, and (for a plan
    // whose SQL can be checked) one Alembic start for its offline SQL. The
    // typed production name is not required yet (it is asked for after this
    // is shown); read-only profiles are refused here already.
    static PreparedRun prepare(RunRequest request);

    // A merge revision of the heads through the project's own template, journaled.
    static Result<MergeResult> mergeHeads(const MergeRequest &request);

    // Deletes exactly that row under the run lock, after proving from the
    // graph that another row descends from it; the rows read back, journaled.
    static Result<QStringList> removeVersionRow(const RemoveRowRequest &request);

    // pg_dump (custom format; the password through a private pgpass file,
    // never an argument or a variable) or SQLite's VACUUM INTO.
    static Result<Backup> backup(const BackupRequest &request);

    // Journals something done at once (offline SQL, a merge).
    static void journalInstant(const RunRecord &record, const QString &journalPath);
    static RunRecord instantRecord(RunVerb verb, const QString &target, const ProjectPtr &project);
};

} // namespace strata
