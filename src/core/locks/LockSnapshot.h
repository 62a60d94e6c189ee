#pragma once

#include "common/Result.h"
#include "common/TimeFormat.h"
#include "connection/ConnectionProfile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace strata {

// One lock a session holds or waits for.
struct HeldLock
{
    QString lockType; // relation, transactionid, advisory, …
    QString mode;     // AccessShareLock, …
    bool granted = false;
    QString relation; // schema-qualified name when the lock is on a relation
};

// One server session (PostgreSQL backend, MySQL connection).
struct SessionInfo
{
    qint64 pid = 0;
    QString user;
    QString application;
    QString clientAddress;
    QString backendType;
    QString state; // active, idle, idle in transaction, idle in transaction (aborted), …
    QDateTime transactionStart;
    QDateTime queryStart;
    QDateTime stateChange;
    QString waitEventType;
    QString waitEvent;
    QString query;
    QList<qint64> blockedBy; // pg_blocking_pids: holders and waiters queued ahead
    QList<HeldLock> locks;
    bool self = false; // Strata's own connection that took the snapshot
    // Another role's session whose state, query and waits this user may not
    // see (no pg_read_all_stats); its waits still come from pg_locks.
    bool hidden = false;

    bool idleInTransaction() const { return state.startsWith(QLatin1String("idle in transaction")); }
    // A connection Strata uses to control a run or take these snapshots:
    // acting on it would break Strata's own work, so it is never offered.
    bool isStrataControl() const
    {
        return self || application == QLatin1String("strata locks")
                || (application.startsWith(QLatin1String("strata-run ")) && application.endsWith(QLatin1String(" control")));
    }
    bool waiting() const { return !blockedBy.isEmpty(); }
    // Seconds since the transaction (else the query) started, at `now`.
    qint64 transactionAge(const QDateTime &now) const;
    // "accounts (AccessShareLock), orders (RowExclusiveLock)": granted relation locks.
    QString relationsHeld() const;
    QJsonObject toJson(const QDateTime &now) const;
};

// A node of the blocking tree: a session and those waiting on it.
struct BlockingNode
{
    qint64 pid = 0;
    QList<BlockingNode> waiters;
};

// Sessions and locks of one database at one moment, and what follows from
// them: who blocks whom (as a tree, root blockers first), idle transactions,
// long transactions.
struct LockSnapshot
{
    QDateTime takenAt;  // the server's clock
    QString database;
    qint64 ownPid = 0;  // the snapshot's own session (never to be acted on by mistake)
    QList<SessionInfo> sessions;
    qint64 elapsedMs = 0;

    const SessionInfo *session(qint64 pid) const;
    // Root blockers (blocking someone, waiting on no one; or in a wait cycle)
    // with everyone waiting behind them, recursively.
    QList<BlockingNode> blockingTree() const;
    QList<const SessionInfo *> idleInTransaction() const;
    QList<const SessionInfo *> longTransactions(int seconds) const;
    // The sessions pid waits on (directly), empty when it is not waiting.
    QList<const SessionInfo *> waitingOn(qint64 pid) const;
    int hiddenSessions() const;
    // What this user cannot see, and which role would show it; empty when nothing is hidden.
    QString hiddenNote() const;

    QJsonObject toJson() const;
};

// Cancels a session's running query (terminate = false) or ends the session,
// rolling back its open transaction (terminate = true), through the
// profile's dialect. Refused on read-only profiles, on production ones
// without the typed database name (WritePolicy), and on the connection
// Strata itself uses; a missing privilege is said plainly.
// The rules are those of the strictest profile reaching the same database
// (others: the user's other profiles; knownKeys: their last identities).
Status signalSession(QSqlDatabase db, const ConnectionProfile &profile, qint64 pid, bool terminate,
                     const QString &confirmedDatabase, const QList<ConnectionProfile> &others = {},
                     const QHash<QString, QString> &knownKeys = {});

} // namespace strata
