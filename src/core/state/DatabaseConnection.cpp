#include "DatabaseConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace strata {

QString connectFailureName(ConnectFailure f)
{
    switch (f) {
    case ConnectFailure::None: return QStringLiteral("none");
    case ConnectFailure::MissingDriver: return QStringLiteral("missing-driver");
    case ConnectFailure::ServerNotRunning: return QStringLiteral("server-not-running");
    case ConnectFailure::HostNotFound: return QStringLiteral("host-not-found");
    case ConnectFailure::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ConnectFailure::DatabaseMissing: return QStringLiteral("database-missing");
    case ConnectFailure::SslError: return QStringLiteral("ssl-error");
    case ConnectFailure::Timeout: return QStringLiteral("timeout");
    case ConnectFailure::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

namespace {

// libpq conninfo values with spaces, quotes or backslashes must be quoted.
QString conninfoValue(const QString &v)
{
    if (!v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) && !v.contains(QLatin1Char('\\'))
        && !v.contains(QLatin1Char(';')))
        return v;
    QString out = QStringLiteral("'");
    for (QChar c : v) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('\'');
}

} // namespace

DatabaseConnection::~DatabaseConnection()
{
    close();
}

void DatabaseConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

std::pair<ConnectFailure, QString> DatabaseConnection::classify(const ConnectionProfile &p, const QString &text)
{
    const QString t = text.toLower();
    const QString where = p.driver == ConnectionProfile::Driver::SQLite
            ? p.database
            : (p.host.isEmpty() ? QStringLiteral("the local socket") : p.host) + QLatin1Char(':')
                    + QString::number(p.effectivePort());
    if (t.contains(QLatin1String("could not translate host name")) || t.contains(QLatin1String("unknown mysql server host"))
        || t.contains(QLatin1String("name or service not known")) || t.contains(QLatin1String("temporary failure in name resolution")))
        return { ConnectFailure::HostNotFound, QStringLiteral("host '%1' not found (check the name and DNS)").arg(p.host) };
    if (t.contains(QLatin1String("timeout expired")) || t.contains(QLatin1String("timed out")))
        return { ConnectFailure::Timeout, QStringLiteral("no answer from %1 within the connect timeout (firewall, VPN, "
                                                         "or a server that is down?)").arg(where) };
    if (t.contains(QLatin1String("connection refused")) || t.contains(QLatin1String("no such file or directory"))
        || t.contains(QLatin1String("can't connect to")) || t.contains(QLatin1String("is the server running")))
        return { ConnectFailure::ServerNotRunning,
                 QStringLiteral("no database server is listening at %1 (is it running, and on this port?)").arg(where) };
    if (t.contains(QLatin1String("password authentication failed")) || t.contains(QLatin1String("authentication failed"))
        || t.contains(QLatin1String("no password supplied")) || t.contains(QLatin1String("access denied for user"))
        || t.contains(QLatin1String("fe_sendauth")))
        return { ConnectFailure::AuthenticationFailed,
                 QStringLiteral("authentication failed for user '%1' at %2 (check the password in the keychain, "
                                "~/.pgpass, or the server's pg_hba.conf)")
                         .arg(p.user, where) };
    if ((t.contains(QLatin1String("database")) && t.contains(QLatin1String("does not exist")))
        || t.contains(QLatin1String("unknown database")))
        return { ConnectFailure::DatabaseMissing,
                 QStringLiteral("database '%1' does not exist at %2").arg(p.database, where) };
    if (t.contains(QLatin1String("ssl")))
        return { ConnectFailure::SslError, QStringLiteral("SSL problem talking to %1: %2").arg(where, text.trimmed()) };
    return { ConnectFailure::Other, QStringLiteral("cannot connect to %1: %2").arg(where, text.trimmed()) };
}

Status DatabaseConnection::open(const ConnectionProfile &p, const QString &password, int timeout,
                                const QString &applicationName)
{
    close();
    m_failure = ConnectFailure::None;
    static const char *const drivers[] = { "QPSQL", "QSQLITE", "QMYSQL" };
    const QString driver = QString::fromLatin1(drivers[int(p.driver)]);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        m_failure = ConnectFailure::MissingDriver;
        const QString package = p.driver == ConnectionProfile::Driver::PostgreSQL ? QStringLiteral("libqt6sql6-psql")
                : p.driver == ConnectionProfile::Driver::MySQL                    ? QStringLiteral("libqt6sql6-mysql")
                                                                                   : QStringLiteral("libqt6sql6-sqlite");
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the Qt SQL driver %1 is not installed (Debian package %2)").arg(driver, package));
    }
    // A relative SQLite path belongs to the profile's project (workspace files
    // are shared between people whose checkouts live in different places).
    QString sqlitePath = p.database;
    if (p.driver == ConnectionProfile::Driver::SQLite && QDir::isRelativePath(sqlitePath)
        && sqlitePath != QLatin1String(":memory:") && !p.project.isEmpty())
        sqlitePath = QDir(p.project).absoluteFilePath(sqlitePath);
    if (p.driver == ConnectionProfile::Driver::SQLite && sqlitePath != QLatin1String(":memory:")
        && !QFileInfo::exists(sqlitePath)) {
        m_failure = ConnectFailure::DatabaseMissing;
        return makeError(ErrorCode::NotFound, QStringLiteral("SQLite database file %1 does not exist").arg(sqlitePath));
    }
    const QString name = QStringLiteral("strata-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    m_name = name;
    QStringList options;
    if (p.driver != ConnectionProfile::Driver::SQLite) {
        if (!p.host.isEmpty())
            db.setHostName(p.host);
        if (p.port > 0)
            db.setPort(p.port);
        db.setDatabaseName(p.database);
        db.setUserName(p.user);
        if (!password.isEmpty())
            db.setPassword(password);
    }
    switch (p.driver) {
    case ConnectionProfile::Driver::PostgreSQL:
        options << QStringLiteral("connect_timeout=%1").arg(timeout)
                << QStringLiteral("application_name=") + conninfoValue(applicationName);
        if (!p.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + conninfoValue(p.sslMode);
        if (!p.service.isEmpty())
            options << QStringLiteral("service=") + conninfoValue(p.service);
        for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
            if (it.key() != QLatin1String("connect_timeout") && it.key() != QLatin1String("application_name"))
                options << it.key() + QLatin1Char('=') + conninfoValue(it.value().toString());
        break;
    case ConnectionProfile::Driver::MySQL:
        options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(timeout)
                << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(std::max(timeout, 10));
        break;
    case ConnectionProfile::Driver::SQLite:
        db.setDatabaseName(sqlitePath);
        // Read-only: checking status must never create or change the file.
        if (!m_writable)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeout * 1000);
        break;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    QString errorText;
    if (!db.open())
        errorText = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
    db = QSqlDatabase(); // let go of the handle before the connection may be removed
    if (!errorText.isNull()) {
        auto [failure, message] = classify(p, errorText);
        m_failure = failure;
        close();
        return makeError(ErrorCode::Io, message);
    }
    return {};
}

} // namespace strata
