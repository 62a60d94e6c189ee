#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace strata {

// The advisory run lock of one database's version table: PostgreSQL
// pg_try_advisory_lock, MySQL GET_LOCK, and for SQLite a lock file keyed by the
// database file. Held by a control connection for the whole run; released by
// release() or when the connection (or the process) goes away.
class RunLock
{
public:
    RunLock() = default;
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    // True when taken. When someone else holds it, *holder says who: session,
    // user, host and application.
    Result<bool> tryAcquire(QSqlDatabase control, const ConnectionProfile &profile, QString *holder);
    void release();
    bool held() const { return m_held; }

private:
    QSqlDatabase m_db;
    ConnectionProfile::Driver m_driver = ConnectionProfile::Driver::PostgreSQL;
    QString m_key;
    std::unique_ptr<QLockFile> m_file;
    bool m_held = false;
};

// PostgreSQL: sessions other than ours holding granted locks on these tables
// (or, with no tables given, sessions idle in a transaction that hold any
// table lock), as sentences naming pid, user, application, state, mode, age.
QStringList describeLockHolders(QSqlDatabase control, const QStringList &tables);

// The SQLite file a profile names (relative paths against its project).
QString sqliteFilePath(const ConnectionProfile &profile);

} // namespace strata
