#pragma once

#include "lint/Linter.h"
#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "dialect/Dialect.h"
#include "project/Project.h"
#include "run/Bridge.h"
#include "run/CancelPolicy.h"
#include "run/RunRecord.h"
#include "run/SqlScript.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace strata {

// What to run, against which database, and the confirmation given.
struct RunRequest
{
    RunVerb verb = RunVerb::Upgrade; // Upgrade, Downgrade, Stamp or RunSql
    ProjectPtr project;
    ConnectionProfile profile;
    QString password;   // may be empty (libpq then reads ~/.pgpass); never stored
    QString target;     // revision specifier (upgrade, downgrade, stamp)
    bool purge = false; // stamp --purge
    QString sqlText;    // run-sql: the reviewed script
    QString sqlFile;    // run-sql: where it came from (for messages and the journal)
    std::shared_ptr<const SqlScript> script; // run-sql: sqlText split once (by the preparation)
    PythonChoice python; // the bridge's interpreter (not needed for run-sql)
    QString journalPath; // empty = RunJournal::defaultPath()
    int connectTimeout = 5;
    int graceMs = CancelPolicy::GraceMs;
    // A production profile writes only when this equals its database name.
    QString confirmedDatabase;
    // The user's other profiles: one reaching the same database makes this
    // run production or read-only too (WritePolicy::strictest).
    QList<ConnectionProfile> otherProfiles;
    // stamp: a production database whose schema does not match the revision
    // (or could not be compared) is stamped only with this set.
    bool allowSchemaMismatch = false;

    // "upgrade head", "run-sql /path/reviewed.sql"
    QString what() const;
};

// What a run would do and what stands in its way, found once before anything
// is written: what the confirmation shows, what the run then executes, and
// what the journal keeps as the analysis the person accepted.
struct Preflight
{
    DatabaseIdentity identity;
    QStringList current;          // version rows now
    std::vector<RunStep> plan;    // steps in order (pending)
    QStringList targetRevisions;  // the version rows after the plan
    QStringList warnings;         // people should read these before saying yes
    QStringList nonTransactional; // statements that cannot be rolled back, with their step
    QStringList willFail;         // statements that cannot succeed as the SQL stands, with why
    // The statements behind nonTransactional, by step: what to look for in
    // the database when a run fails after them.
    std::vector<std::pair<int, QString>> commitsOnItsOwn;
    QStringList touchedTables;
    QString offlineSql;           // the plan's offline SQL, when Alembic produced it
    std::optional<Error> refusal; // the run must not start (and why)
    // Why stricter rules apply than the profile's own ("profile 'prod'
    // (production) reaches the same database"); empty when they do not.
    QString policyNote;
    // stamp: whether the database's schema is the one the revision makes
    // (schema-match), said before anyone says yes.
    bool schemaChecked = false;
    bool schemaMatches = false;
    QString schemaCheck;            // one sentence: the match, or why it could not be checked
    QStringList schemaDifferences;  // what differs, when it does
    QString schemaDiff;             // the same as SchemaMatch::diff (for the window; not journaled)
    bool schemaRefused = false;     // refused for that alone: --schema-mismatch-ok / "Stamp Anyway" lifts it
    LintReport lint;                // the migration-safety rules over the plan's SQL (advice; never refuses)

    bool canRun(RunVerb verb) const;
    QString identityText() const;
    QJsonObject toJson() const;
};

// The planning and preflight policy, without a database or a process: the
// steps of a plan, what its offline SQL says, whether a reviewed script fits,
// and what the steps really are once the version rows were read back.
class RunPlanner
{
public:
    // The steps of verb (Upgrade, Downgrade or Stamp) from current to target.
    static Result<std::vector<RunStep>> planSteps(RunVerb verb, const RevisionGraph &graph, const QStringList &current,
                                                  const QString &target, bool purge);
    // Whether going from `from` to `target` is a downgrade: no upgrade leads
    // there, and a downgrade does (Alembic's own plans decide).
    static bool isDowngrade(const RevisionGraph &graph, const QStringList &from, const QString &target);
    // The version rows after the plan's last step (sorted).
    static QStringList rowsAfter(RunVerb verb, const RevisionGraph &graph, const std::vector<RunStep> &plan,
                                 const QStringList &current);

    struct SqlAnalysis
    {
        QStringList touchedTables;
        QStringList nonTransactional;
        QStringList willFail;
        std::vector<std::pair<int, QString>> commitsOnItsOwn; // (step, statement)
    };
    // What the plan's SQL says: the tables it touches (not the version
    // table), statements that cannot be rolled back, and statements that
    // will fail where they stand (CONCURRENTLY inside Alembic's BEGIN … COMMIT).
    static SqlAnalysis analyse(const SqlScript &script, const Dialect &dialect, const QString &versionTable);

    // A reviewed script as steps, and whether it starts where the database is
    // (ScriptMismatch when it does not; a warning when it cannot tell).
    static std::vector<RunStep> scriptSteps(const SqlScript &script);
    static Status checkScriptStart(const SqlScript &script, const QStringList &current, QStringList *warnings);

    // The policy checks that need no database: the write rules (the typed
    // name only when due) and a graph that can be walked.
    static Status checkRequest(const RunRequest &request, bool typedNameDue);

    // After a run: each step's state from the version rows read back
    // (`after`, nullopt when they could not be read), and one sentence for
    // people. Steps up to the last one whose rows were found committed are
    // done; later ones that had started rolled back; rows that match neither
    // the start nor any step were written by someone else.
    struct Settlement
    {
        std::vector<RunStep> steps;
        Phrase outcome;
        int committedSteps = 0;
        bool foreignChange = false; // another session moved the version table during the run
        bool unknown = false;       // the rows could not be read: verify later
    };
    static Settlement settle(const std::vector<RunStep> &steps, const QStringList &before,
                             const std::optional<QStringList> &after, const QStringList &target, RunState final,
                             const QString &verifyHint);

    // What an interrupted or unverified run left, from rows read later.
    static Phrase verifiedOutcome(const RunRecord &run, const QStringList &rows);

    // Version rows for people: "a1, b2", or "base (no version rows)".
    static Phrase revisionsPhrase(const QStringList &rows);
};

} // namespace strata
