#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace strata {

// One environment a project is deployed to: where its database is and how
// Strata and Alembic reach it. Never holds the password (that lives in the
// keychain under the profile's id).
struct ConnectionProfile
{
    enum class Kind { Development, Test, Staging, Production, Other };
    enum class Driver { PostgreSQL, SQLite, MySQL };

    QString id;   // stable, generated (UUID without braces)
    QString name; // unique, what people type
    Kind kind = Kind::Development;
    QString colour; // #rrggbb, empty = derived from the kind
    Driver driver = Driver::PostgreSQL;
    QString host;
    int port = 0; // 0 = the driver's default
    QString database; // for SQLite: the file path
    QString user;
    QString sslMode;      // libpq sslmode (disable, allow, prefer, require, verify-ca, verify-full)
    QVariantMap options;  // extra connection options (e.g. connect_timeout, application_name)
    QString service;      // libpq pg_service.conf service name
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema; // empty = the connection's default schema
    QString project;            // project directory this profile belongs to (may be empty)
    bool readOnly = false;
    bool production = false; // writes need the typed database name
    // How the URL reaches Alembic: as sqlalchemy.url (config option) and/or in
    // these environment variables (e.g. DATABASE_URL) for env.py to read.
    bool urlAsConfigOption = true;
    QStringList urlEnvironmentVariables;
    // Bounds for every session of a run (PostgreSQL lock_timeout and
    // statement_timeout, in ms; 0 = no limit). A lock wait is the classic hang
    // of a migration, so it is bounded by default; statements are not.
    int lockTimeoutMs = 10000;
    int statementTimeoutMs = 0;

    // A connection option that is a secret (libpq's password or sslpassword,
    // in any case and spacing): never stored in a profile.
    static bool isSecretOption(const QString &key);
    // Why such an option is refused, with what to do instead.
    static QString secretOptionRefusal(const QString &key);

    static QString kindName(Kind k);
    static bool kindFromName(const QString &name, Kind *k);
    static QString driverName(Driver d);
    static bool driverFromName(const QString &name, Driver *d);

    int effectivePort() const;
    QString effectiveColour() const;
    // "postgresql://user@host:5432/db": never a password.
    QString displayUrl() const;
    // The SQLAlchemy URL with the password (for the Alembic bridge only; never
    // logged, shown or written).
    QString sqlalchemyUrl(const QString &password) const;

    QJsonObject toJson() const;
    // Validates every field; the Error names the field (key) that is wrong.
    static Result<ConnectionProfile> fromJson(const QJsonObject &o);
    // Checks the combination of fields (e.g. SQLite needs a file, PostgreSQL a
    // host, service or socket). The Error names the field.
    Status validate() const;
};

} // namespace strata
