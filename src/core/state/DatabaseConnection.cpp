#include "DatabaseConnection.h"

#include "common/Logging.h"
#include "dialect/Dialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace strata {

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

Status DatabaseConnection::open(const ConnectionProfile &p, const QString &password, int timeout,
                                const QString &applicationName)
{
    close();
    m_failure = ConnectFailure::None;
    const Dialect &dialect = Dialect::of(p);
    if (!QSqlDatabase::isDriverAvailable(dialect.qtDriver())) {
        m_failure = ConnectFailure::MissingDriver;
        Error e = makeError(ErrorCode::DriverMissing, QCoreApplication::translate("strata::DatabaseConnection", "the Qt SQL driver %1 is not installed (Debian "
                                                                     "package %2)")
                                                              .arg(dialect.qtDriver(), dialect.driverPackage()));
        e.connectFailure = m_failure;
        return e;
    }
    const bool sqlite = p.driver == ConnectionProfile::Driver::SQLite;
    // A relative SQLite path belongs to the profile's project (workspace files
    // are shared between people whose checkouts live in different places).
    const QString sqlitePath = sqlite ? sqliteFilePath(p) : QString();
    if (sqlite && sqlitePath != QLatin1String(":memory:") && !QFileInfo::exists(sqlitePath)) {
        m_failure = ConnectFailure::DatabaseMissing;
        Error e = makeError(ErrorCode::Unreachable, QCoreApplication::translate("strata::DatabaseConnection", "SQLite database file %1 does not exist").arg(sqlitePath));
        e.connectFailure = m_failure;
        return e;
    }
    const QString name = QStringLiteral("strata-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.qtDriver(), name);
    m_name = name;
    if (sqlite) {
        db.setDatabaseName(sqlitePath);
    } else {
        if (!p.host.isEmpty())
            db.setHostName(p.host);
        if (p.port > 0)
            db.setPort(p.port);
        db.setDatabaseName(p.database);
        db.setUserName(p.user);
        if (!password.isEmpty())
            db.setPassword(password);
    }
    db.setConnectOptions(dialect.connectOptions(p, applicationName, timeout, m_writable).join(QLatin1Char(';')));
    QString errorText;
    if (!db.open())
        errorText = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
    db = QSqlDatabase(); // let go of the handle before the connection may be removed
    if (!errorText.isNull()) {
        auto [failure, message] = dialect.classifyConnectError(p, errorText);
        qCDebug(lcConnection) << "connecting" << p.name << "failed:" << connectFailureName(failure);
        m_failure = failure;
        close();
        Error e = makeError(ErrorCode::Unreachable, message);
        e.connectFailure = failure;
        return e;
    }
    return {};
}

} // namespace strata
