#include "Dialect.h"

#include "lint/Lint.h"

#include "common/TimeFormat.h"
#include "dialect/MySqlDialect.h"
#include "dialect/PostgresDialect.h"
#include "dialect/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace strata {

QString DatabaseIdentity::describe() const
{
    if (database.isEmpty() && host.isEmpty())
        return QCoreApplication::translate("strata::Dialect", "an unidentified database");
    QString text = host == database ? QCoreApplication::translate("strata::Dialect", "database file %1").arg(database)
                                    : QStringLiteral("database %1 at %2").arg(database, host);
    if (!serverVersion.isEmpty())
        text += QStringLiteral(" (%1)").arg(serverVersion);
    return text;
}

QString SessionRef::describe() const
{
    QString text = QStringLiteral("session %1").arg(id);
    QStringList parts;
    if (!user.isEmpty())
        parts << QStringLiteral("user %1").arg(user);
    if (!host.isEmpty())
        parts << QStringLiteral("host %1").arg(host);
    if (!application.isEmpty())
        parts << QStringLiteral("application '%1'").arg(application);
    if (!parts.isEmpty())
        text += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    if (state.isEmpty())
        text += QCoreApplication::translate("strata::Dialect", ", its state hidden from this user (membership in pg_read_all_stats shows it)");
    else if (ageSeconds >= 0)
        text += QStringLiteral(", %1 for %2").arg(state, formatAge(ageSeconds));
    else
        text += QStringLiteral(", %1").arg(state);
    if (!detail.isEmpty())
        text += QStringLiteral(", holds %1").arg(detail);
    return text;
}

const Dialect &Dialect::of(ConnectionProfile::Driver driver)
{
    static const PostgresDialect postgres;
    static const MySqlDialect mysql;
    static const SqliteDialect sqlite;
    switch (driver) {
    case ConnectionProfile::Driver::PostgreSQL: return postgres;
    case ConnectionProfile::Driver::MySQL: return mysql;
    case ConnectionProfile::Driver::SQLite: return sqlite;
    }
    return postgres;
}

QString Dialect::whereText(const ConnectionProfile &p)
{
    if (p.driver == ConnectionProfile::Driver::SQLite)
        return p.database;
    return (p.host.isEmpty() ? QCoreApplication::translate("strata::Dialect", "the local socket") : p.host) + QLatin1Char(':')
            + QString::number(p.effectivePort());
}

std::pair<ConnectFailure, Phrase> Dialect::classifyConnectError(const ConnectionProfile &p, const QString &text) const
{
    const QString t = text.toLower();
    const QString where = whereText(p);
    if (t.contains(QLatin1String("could not translate host name")) || t.contains(QLatin1String("unknown mysql server host"))
        || t.contains(QLatin1String("name or service not known")) || t.contains(QLatin1String("temporary failure in name resolution")))
        return { ConnectFailure::HostNotFound,
                 Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "host '%1' not found (check the name and DNS)"), { p.host }) };
    if (t.contains(QLatin1String("timeout expired")) || t.contains(QLatin1String("timed out")))
        return { ConnectFailure::Timeout,
                 Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "no answer from %1 within the connect timeout (firewall, VPN, "
                                                            "or a server that is down?)"),
                        { where }) };
    if (t.contains(QLatin1String("connection refused")) || t.contains(QLatin1String("no such file or directory"))
        || t.contains(QLatin1String("can't connect to")) || t.contains(QLatin1String("is the server running")))
        return { ConnectFailure::ServerNotRunning,
                 Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                          "no database server is listening at %1 (is it running, and on this port?)"),
                        { where }) };
    if (t.contains(QLatin1String("password authentication failed")) || t.contains(QLatin1String("authentication failed"))
        || t.contains(QLatin1String("no password supplied")) || t.contains(QLatin1String("access denied for user"))
        || t.contains(QLatin1String("fe_sendauth")))
    {
        Phrase message(QT_TRANSLATE_NOOP("strata::Phrase", "authentication failed for user '%1' at %2 (check the password "
                                                           "in the keychain, ~/.pgpass, or the server's pg_hba.conf)"),
                       { p.user, where });
        // libpq takes these from the environment, over ~/.pgpass (and a
        // service over the profile's own settings): name them when they may be the cause.
        if (p.driver == ConnectionProfile::Driver::PostgreSQL) {
            QStringList overriding;
            for (const char *var : { "PGPASSWORD", "PGSERVICE", "PGUSER", "PGPASSFILE", "PGSERVICEFILE" })
                if (qEnvironmentVariableIsSet(var))
                    overriding << QLatin1Char('$') + QLatin1String(var);
            if (!overriding.isEmpty())
                message += overriding.size() == 1
                        ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                   "; %1 is set in Strata's environment, and libpq uses it when no "
                                                   "password is stored for the profile: unset it or store the password"),
                                 { overriding.first() })
                        : Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                                   "; %1 are set in Strata's environment, and libpq uses them when no "
                                                   "password is stored for the profile: unset them or store the "
                                                   "password"),
                                 { overriding.join(QStringLiteral(", ")) });
        }
        return { ConnectFailure::AuthenticationFailed, message };
    }
    if ((t.contains(QLatin1String("database")) && t.contains(QLatin1String("does not exist")))
        || t.contains(QLatin1String("unknown database")))
        return { ConnectFailure::DatabaseMissing,
                 Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "database '%1' does not exist at %2"), { p.database, where }) };
    if (t.contains(QLatin1String("ssl")))
        return { ConnectFailure::SslError,
                 Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "SSL problem talking to %1: %2"), { where, text.trimmed() }) };
    return { ConnectFailure::Other,
             Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "cannot connect to %1: %2"), { where, text.trimmed() }) };
}

QString Dialect::describeKey(const QString &key, const DatabaseIdentity &expected) const
{
    // Keys are "<server>|…|<database>" (a file path for SQLite).
    if (!key.contains(QLatin1Char('|')))
        return QCoreApplication::translate("strata::Dialect", "database file %1").arg(key);
    const QString database = key.section(QLatin1Char('|'), -1);
    const bool sameServer = key.section(QLatin1Char('|'), 0, -2) .section(QLatin1Char('|'), 0, 1)
            == expected.key.section(QLatin1Char('|'), 0, -2).section(QLatin1Char('|'), 0, 1);
    return sameServer ? QCoreApplication::translate("strata::Dialect", "database %1 on the same server").arg(database)
                      : QCoreApplication::translate("strata::Dialect", "database %1 on another server (%2)").arg(database, key.section(QLatin1Char('|'), 0, 0));
}

QString Dialect::quoteIdentifier(const QString &name) const
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString Dialect::qualifiedVersionTable(const ConnectionProfile &p) const
{
    return (p.versionTableSchema.isEmpty() ? QString() : quoteIdentifier(p.versionTableSchema) + QLatin1Char('.'))
            + quoteIdentifier(p.versionTable);
}

namespace {

class QueryRunner final : public StatementRunner
{
public:
    explicit QueryRunner(QSqlDatabase db) : m_query(db) { m_query.setForwardOnly(true); }
    bool exec(const QString &sql, QString *error) override
    {
        const bool ok = m_query.exec(sql);
        if (!ok) {
            const QSqlError e = m_query.lastError();
            *error = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
        }
        m_query.finish();
        return ok;
    }

private:
    QSqlQuery m_query;
};

} // namespace

QStringList Dialect::leftovers(QSqlDatabase, const QStringList &) const
{
    return {};
}

Result<LintFacts> Dialect::readLintFacts(QSqlDatabase, const QStringList &, const QStringList &) const
{
    return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::Dialect", "table sizes are not read from %1 databases yet").arg(displayName()));
}

Result<SchemaCatalog> Dialect::readCatalog(QSqlDatabase, const ConnectionProfile &) const
{
    return makeError(ErrorCode::Refused, QCoreApplication::translate("strata::Dialect", "Strata does not read %1's schema yet").arg(displayName()));
}

Status Dialect::createScratchDatabase(QSqlDatabase, const ConnectionProfile &, const QString &) const
{
    return makeError(ErrorCode::Refused,
                     QCoreApplication::translate("strata::Dialect", "Strata does not build scratch databases on %1 yet").arg(displayName()));
}

Status Dialect::dropScratchDatabase(QSqlDatabase, const ConnectionProfile &, const QString &) const
{
    return {};
}

Result<QStringList> Dialect::scratchDatabases(QSqlDatabase, const QString &) const
{
    return QStringList();
}

std::unique_ptr<StatementRunner> Dialect::statementRunner(QSqlDatabase db) const
{
    return std::make_unique<QueryRunner>(db);
}

QString sqliteFilePath(const ConnectionProfile &p)
{
    if (p.database == QLatin1String(":memory:"))
        return p.database;
    if (QDir::isRelativePath(p.database) && !p.project.isEmpty())
        return QDir(p.project).absoluteFilePath(p.database);
    return QFileInfo(p.database).absoluteFilePath();
}

Error Dialect::queryFailed(const Phrase &what, const QString &driverText, ConnectFailure failure)
{
    Error e = makeError(ErrorCode::Unreachable,
                        Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "%1 failed: %2"), { what, driverText }));
    e.connectFailure = failure;
    return e;
}

Error Dialect::runLockHeld(const QString &holder)
{
    return makeError(ErrorCode::RunLockHeld,
                     Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "another run holds the run lock of this database: %1"),
                            { holder.isEmpty() ? Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "another session"))
                                               : Phrase(holder) }));
}

} // namespace strata
