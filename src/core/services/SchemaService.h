#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "project/Project.h"
#include "run/Bridge.h"
#include "run/RunPlanner.h"
#include "schema/SchemaCatalog.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace strata {

// ---- rehearsal ----------------------------------------------------------------

struct RehearsalRequest
{
    RunRequest run;            // verb Upgrade or Downgrade; the typed name in confirmedDatabase for production
    int lockTimeoutMs = 2000;  // a rehearsal never queues behind traffic for long
    const std::atomic<bool> *cancel = nullptr; // set: the rehearsal stops (and rolls back) at once
    // Each statement as it ran (from the worker thread).
    std::function<void(const bridge::Statement &)> onStatement;
};

struct Rehearsal
{
    Preflight preflight;
    ConnectionProfile profile; // with the rules as they apply (production followed across profiles)
    std::vector<RunStep> steps; // RolledBack: ran and was undone; Failed; Pending: not reached
    QList<bridge::Statement> statements;
    bool succeeded = false;  // every step ran without an error (and was rolled back)
    bool cancelled = false;
    QString error;           // the statement's error, or why the rehearsal could not finish
    QString stoppedBefore;   // a statement that cannot be rolled back: the rehearsal stopped before it
    QString stopReason;
    // The database afterwards, compared with before: catalog and version rows.
    bool verified = false;
    bool unchanged = false;
    QList<SchemaDifference> changes;
    QStringList versionsAfter;
    double durationMs = 0;
    QString runId; // the journal record
    QStringList log;

    // "3 of 3 steps ran and were rolled back; the database is unchanged (verified)"
    QString summary() const; // in the program's language
    Phrase summaryPhrase() const;
    QJsonObject toJson() const;
};

// ---- which revision a schema matches ---------------------------------------

struct SchemaMatchRequest
{
    ProjectPtr project;
    PythonChoice python;
    ConnectionProfile profile;
    QString password;
    QString revision; // empty: the revision the database records, else the single head
    int connectTimeout = 5;
    QString cacheDir; // empty: the user's cache directory
    // Progress for people: "building b2000000000b (2 of 6)".
    std::function<void(const QString &)> onProgress;
};

struct SchemaMatch
{
    QString revision;   // the revision compared with
    QStringList recorded; // what the version table says
    bool exact = false;
    QList<SchemaDifference> differences; // against revision (expected: its schema; found: the database)
    QString nearest;    // the revision whose schema is closest (== revision when exact)
    QList<SchemaDifference> nearestDifferences;
    // The differences against revision as a unified diff of the two schemas
    // written out as SQL (schemaOutline): "-" expected, "+" found. Empty when exact.
    QString diff;
    QStringList matching; // every revision whose schema is exactly the database's
    int built = 0;      // revisions built in a scratch database this time
    int cached = 0;     // revisions whose schema came from the cache
    QString scratch;    // the scratch database used (dropped afterwards)

    QString summary() const;
    QJsonObject toJson() const;
};

// ---- drift from the models -------------------------------------------------

struct DriftRequest
{
    ProjectPtr project;
    PythonChoice python;
    ConnectionProfile profile;
    QString password;
    int connectTimeout = 5;
};

struct Drift
{
    QList<SchemaDifference> differences; // expected: the models (target_metadata); found: the database
    QStringList current;
    QStringList log;

    QJsonObject toJson() const;
};

// ---- generating a revision -------------------------------------------------

struct RevisionRequest
{
    ProjectPtr project;
    PythonChoice python;
    std::optional<ConnectionProfile> profile; // needed for --autogenerate
    QString password;
    QString message;
    bool autogenerate = false;
    QString revId;
    QString head;
    QString branchLabel;
    QString journalPath;
    int connectTimeout = 5;
};

struct GeneratedRevision
{
    QString revision;
    QString path;
    QStringList log;
};

// The schema use cases both faces share. Synchronous; for a worker thread or
// the CLI's main thread.
class SchemaService
{
public:
    // Runs the plan with Alembic for real inside one transaction that is
    // always rolled back (PostgreSQL): every statement's outcome, duration,
    // locks and table rewrites, the rows that make one fail; then the
    // database is compared with before. Refusals (read-only, production
    // without the typed name, another run holding the run lock, not
    // PostgreSQL) are errors; a failing statement is a rehearsal that did
    // not succeed.
    static Result<Rehearsal> rehearse(const RehearsalRequest &request);

    // Builds the schema of revision (and of the revisions around it) in a
    // scratch database with the project's own Alembic, cached per revision
    // while the scripts are the same, and compares it with the database's.
    static Result<SchemaMatch> matchSchema(const SchemaMatchRequest &request);

    // Alembic's autogenerate comparison of env.py's target_metadata with the
    // database, writing nothing.
    static Result<Drift> drift(const DriftRequest &request);

    // Alembic's revision command through the project's own template; with
    // autogenerate, against an environment that must be up to date.
    static Result<GeneratedRevision> generateRevision(const RevisionRequest &request);

    // Where schema builds are cached.
    static QString defaultCacheDir();
};

} // namespace strata
