#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata {

// Where a run is in its life. The last four are final.
enum class RunState { Queued, Preflight, Running, Cancelling, Succeeded, Failed, Cancelled, Interrupted };

QString runStateName(RunState s);

// Revisions for people and scripts: joined by separator, "base" for none.
QString revisionsOrBase(const QStringList &revisions, const QString &separator = QStringLiteral(", "));
bool runStateFromName(const QString &name, RunState *s);
bool isFinal(RunState s);

// One migration step of a run (or one "-- Running …" section of a SQL script).
struct RunStep
{
    int index = 0;
    QString direction; // upgrade, downgrade, stamp
    QStringList from;
    QStringList to;
    QString message;
    QDateTime startedAt;
    double durationMs = -1; // -1 while running or not reached
    QString state;          // pending, running, done, failed

    QJsonObject toJson() const;
};

// What the journal keeps of a run: who, where, what, when, and how it ended.
// Never a password: the database is named by its display URL.
struct RunRecord
{
    QString id; // UUID without braces
    QString verb; // upgrade, downgrade, stamp, merge, sql, run-sql
    QString target;
    QString project; // project directory
    QString profileId;
    QString profileName;
    QString database; // display URL (no password) and, once known, the server identity
    QString osUser;
    QString host;
    qint64 pid = 0;
    RunState state = RunState::Queued;
    QDateTime startedAt;
    QDateTime finishedAt;
    QStringList fromRevisions; // version rows before the run
    QStringList toRevisions;   // version rows after it (when known)
    QString sql;               // offline SQL, or the reviewed script run
    QString errorType;
    QString error;
    QString outcome; // one line for people: what was applied, what was rolled back
    int stepsTotal = 0;
    std::vector<RunStep> steps;

    QJsonObject toJson() const;
};

} // namespace strata
