#pragma once

#include "connection/ConnectionProfile.h"
#include "dialect/Dialect.h"
#include "revision/RevisionGraph.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace strata {

// An environment's state compared with the revision graph.
struct EnvironmentStatus
{
    enum class State {
        UpToDate,
        Behind,          // pending lists what upgrade heads would run
        UnknownRevision, // the database names revisions the scripts do not have
        Overlap,         // the version table holds an ancestor and its descendant
        MultipleHeads,   // several rows that are not the scripts' heads
        Unversioned,     // user tables but no version rows: made without Alembic, likely needs stamp
        Empty,           // a new database: no tables yet; pending lists everything from base
        Unreachable,     // the server could not be reached (reason and failure say why)
        AuthenticationFailed, // the server answered and refused the login
        NoPrivilege,     // connected, but may not read the version table (or the catalogs)
    };

    QString profileId;
    QString profileName;
    State state = State::Unreachable;
    QStringList current;       // rows of the version table
    QStringList pending;       // revisions still to apply, in upgrade order
    QStringList unknown;       // rows the scripts do not know
    QString reason;            // human text for the state
    ConnectFailure failure = ConnectFailure::None;
    DatabaseIdentity identity;
    QDateTime checkedAt;
    qint64 elapsedMs = 0;

    static QString stateName(State s);
    // The version rows were read (the state compares them with the scripts).
    bool hasRows() const { return state != State::Unreachable && state != State::AuthenticationFailed && state != State::NoPrivilege; }
    // "behind by 3", "empty, 6 pending", "unversioned", …: what a person reads first.
    QString stateText() const;
    QJsonObject toJson() const;
};

// Reads one environment's version table and classifies it against the graph.
// Runs on the calling thread with its own connection (never the GUI thread).
EnvironmentStatus readEnvironmentStatus(const ConnectionProfile &profile, const QString &password,
                                        const RevisionGraph &graph, int connectTimeoutSeconds = 5);

// The same on a connection the caller has open (e.g. a run's control
// connection). False when a query failed (status says which, as Unreachable).
bool inspectDatabase(QSqlDatabase db, const ConnectionProfile &profile, const RevisionGraph &graph,
                     EnvironmentStatus *status);

// Classifies what a database said against the graph (the pure part of the above).
void classifyEnvironment(const RevisionGraph &graph, const ConnectionProfile &profile, const VersionTableFacts &facts,
                         EnvironmentStatus *status);
// Compares rows of a version table with the graph.
void classifyVersionRows(const RevisionGraph &graph, EnvironmentStatus *status);

// "profiles 'a' and 'b' point at the same database (…)", for every pair of
// checked environments whose databases have the same identity.
QStringList sameDatabaseNotes(const QList<EnvironmentStatus> &statuses);

} // namespace strata
