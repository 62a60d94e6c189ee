#pragma once

#include "common/Phrase.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace strata {

// What a journal entry is about.
enum class RunVerb { Upgrade, Downgrade, Stamp, RunSql, Sql, Merge, Rehearse, Revision, SchemaBuild, RemoveRow };
// Where a run is in its life. The last four are final.
enum class RunState { Queued, Preflight, Running, Cancelling, Succeeded, Failed, Cancelled, Interrupted };
enum class StepDirection { Upgrade, Downgrade, Stamp };
// A step's state is what Strata read back, not what it expected: a step
// whose transaction rolled back reads RolledBack even though Alembic had
// finished it; Unknown until the database could be read.
enum class StepState { Pending, Running, Done, Failed, RolledBack, Interrupted, Unknown };

QString runVerbName(RunVerb v);
bool runVerbFromName(const QString &name, RunVerb *v);
QString runStateName(RunState s);
bool runStateFromName(const QString &name, RunState *s);
bool isFinal(RunState s);
QString stepDirectionName(StepDirection d);
bool stepDirectionFromName(const QString &name, StepDirection *d);
QString stepStateName(StepState s); // "pending", "running", "done", "failed", "rolled back", …
bool stepStateFromName(const QString &name, StepState *s);

// Revisions for people and scripts: joined by separator, "base" for none.
QString revisionsOrBase(const QStringList &revisions, const QString &separator = QStringLiteral(", "));

// One migration step of a run (or one "-- Running …" section of a SQL script).
struct RunStep
{
    int index = 0;
    StepDirection direction = StepDirection::Upgrade;
    QStringList from;
    QStringList to;
    QString message;
    QDateTime startedAt;
    double durationMs = -1; // -1 while running or not reached
    StepState state = StepState::Pending;
    // The version rows Alembic reported right after the step (in memory
    // only): matched against what is read back to tell committed steps.
    QStringList headsAfter;
    bool finished = false; // the executor reported the step's end

    QJsonObject toJson() const;
};

// What the journal keeps of a run: who, where, what, when, and how it ended.
// Never a password: the database is named by its display URL.
struct RunRecord
{
    QString id; // UUID without braces
    RunVerb verb = RunVerb::Upgrade;
    QString target;
    QString project; // project directory
    QString profileId;
    QString profileName;
    QString database; // display URL (no password) and, once known, the server identity
    QString identityKey; // the database's identity (DatabaseIdentity::key), once read
    QString osUser;
    QString host;
    qint64 pid = 0;
    RunState state = RunState::Queued;
    QDateTime startedAt;
    QDateTime finishedAt;
    QStringList fromRevisions;   // version rows before the run (read under the run lock)
    QStringList toRevisions;     // version rows after it (read under the run lock), when known
    QStringList targetRevisions; // where the plan leads
    QString sql;                 // offline SQL, or the reviewed script run
    QString errorType;
    Phrase error; // what went wrong, for people (the database's own words verbatim)
    std::optional<ErrorCode> problem; // the typed refusal or failure, when there is one
    // One line for people: what was applied, what was rolled back. Kept as
    // a phrase so the window says it in its language; JSON says english().
    Phrase outcome;
    QString waitedOn; // the sessions the run was last seen waiting on (in memory and JSON only)
    int stepsTotal = 0;
    std::vector<RunStep> steps;
    QJsonObject preflight; // what the person saw and accepted (Preflight::toJson)
    QJsonObject tools;     // Python, Alembic, SQLAlchemy and driver versions; Alembic's transaction mode
    // What happened in the database could not be read back (the process
    // died, the server stopped answering): verified later, when reachable.
    bool needsVerification = false;
    QDateTime verifiedAt;
    QStringList verifiedRevisions;

    QJsonObject toJson() const;
};

} // namespace strata
