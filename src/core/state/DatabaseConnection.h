#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"

#include <QSqlDatabase>
#include <QString>

namespace strata {

class Dialect;

// One database connection owned by the thread that created it (Qt's rule):
// a unique connection name, removed again when this object goes away.
class DatabaseConnection
{
public:
    DatabaseConnection() = default;
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    // Opens the profile's database. The password may be empty: libpq then
    // looks in ~/.pgpass and pg_service.conf. SQLite databases are opened
    // read-only and never created. connectTimeoutSeconds bounds the wait.
    // A failure is ErrorCode::Unreachable with its kind in connectFailure
    // (MissingDriver: ErrorCode::DriverMissing).
    Status open(const ConnectionProfile &profile, const QString &password, int connectTimeoutSeconds,
                const QString &applicationName = QStringLiteral("strata"));
    // SQLite files are opened read-only unless this is set first (a run's
    // executor writes; status checks and control connections never do).
    void setWritable(bool writable) { m_writable = writable; }
    ConnectFailure failure() const { return m_failure; }
    QSqlDatabase database() const;
    bool isOpen() const { return !m_name.isEmpty(); }
    void close();

private:
    QString m_name;
    ConnectFailure m_failure = ConnectFailure::None;
    bool m_writable = false;
};

} // namespace strata
