#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace strata {

namespace {

struct KindName
{
    ConnectionProfile::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    { ConnectionProfile::Kind::Development, "development" }, { ConnectionProfile::Kind::Test, "test" },
    { ConnectionProfile::Kind::Staging, "staging" },         { ConnectionProfile::Kind::Production, "production" },
    { ConnectionProfile::Kind::Other, "other" },
};

const QStringList &sslModes()
{
    static const QStringList modes = { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                       QStringLiteral("require"), QStringLiteral("verify-ca"),
                                       QStringLiteral("verify-full") };
    return modes;
}

Error fieldError(const QString &key, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, {}, 0, key);
}

} // namespace

bool ConnectionProfile::isSecretOption(const QString &key)
{
    QString k = key.simplified().toLower();
    k.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("passwd")) || k == QLatin1String("pwd")
            || k.contains(QLatin1String("secret"));
}

QString ConnectionProfile::secretOptionRefusal(const QString &key)
{
    QString k = key.simplified().toLower();
    if (k == QLatin1String("password"))
        return QCoreApplication::translate("strata::ConnectionProfile", "the password is not an option: it goes to the keychain ('strata-cli profiles "
                              "set-password', or user:password@ in an imported URL)");
    return QCoreApplication::translate("strata::ConnectionProfile", "'%1' is a secret, and Strata keeps no secret in a profile (only the password, in the "
                          "keychain); use a client key without a passphrase, protected by its file's permissions, or "
                          "connect through a pg_service.conf service")
            .arg(excerpt(key.simplified()));
}

QString ConnectionProfile::kindName(Kind k)
{
    for (const KindName &kn : kKinds)
        if (kn.kind == k)
            return QString::fromLatin1(kn.name);
    return QStringLiteral("other");
}

bool ConnectionProfile::kindFromName(const QString &name, Kind *k)
{
    for (const KindName &kn : kKinds)
        if (name.compare(QLatin1String(kn.name), Qt::CaseInsensitive) == 0) {
            *k = kn.kind;
            return true;
        }
    return false;
}

QString ConnectionProfile::driverName(Driver d)
{
    switch (d) {
    case Driver::PostgreSQL: return QStringLiteral("postgresql");
    case Driver::SQLite: return QStringLiteral("sqlite");
    case Driver::MySQL: return QStringLiteral("mysql");
    }
    return QStringLiteral("postgresql");
}

bool ConnectionProfile::driverFromName(const QString &name, Driver *d)
{
    const QString n = name.toLower();
    if (n == QLatin1String("postgresql") || n == QLatin1String("postgres") || n == QLatin1String("pg")) {
        *d = Driver::PostgreSQL;
        return true;
    }
    if (n == QLatin1String("sqlite")) {
        *d = Driver::SQLite;
        return true;
    }
    if (n == QLatin1String("mysql") || n == QLatin1String("mariadb")) {
        *d = Driver::MySQL;
        return true;
    }
    return false;
}

int ConnectionProfile::effectivePort() const
{
    if (port > 0)
        return port;
    switch (driver) {
    case Driver::PostgreSQL: return 5432;
    case Driver::MySQL: return 3306;
    case Driver::SQLite: return 0;
    }
    return 0;
}

QString ConnectionProfile::effectiveColour() const
{
    if (!colour.isEmpty())
        return colour;
    switch (kind) {
    case Kind::Development: return QStringLiteral("#2da44e");
    case Kind::Test: return QStringLiteral("#0969da");
    case Kind::Staging: return QStringLiteral("#bf8700");
    case Kind::Production: return QStringLiteral("#cf222e");
    case Kind::Other: return QStringLiteral("#6e7781");
    }
    return QStringLiteral("#6e7781");
}

static QString urlWith(const ConnectionProfile &p, const QString *password)
{
    using D = ConnectionProfile::Driver;
    if (p.driver == D::SQLite)
        return QStringLiteral("sqlite:///") + p.database;
    QString url = p.driver == D::PostgreSQL ? QStringLiteral("postgresql://") : QStringLiteral("mysql+pymysql://");
    if (!p.user.isEmpty()) {
        url += QString::fromLatin1(QUrl::toPercentEncoding(p.user));
        if (password && !password->isEmpty())
            url += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(*password));
        url += QLatin1Char('@');
    }
    const bool ipv6 = p.host.contains(QLatin1Char(':'));
    url += ipv6 ? QLatin1Char('[') + p.host + QLatin1Char(']') : p.host;
    if (p.port > 0)
        url += QLatin1Char(':') + QString::number(p.port);
    url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(p.database));
    QStringList query;
    if (!p.sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + p.sslMode;
    if (!p.service.isEmpty())
        query << QStringLiteral("service=") + p.service;
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
        query << it.key() + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString()));
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

QString ConnectionProfile::displayUrl() const
{
    return urlWith(*this, nullptr);
}

QString ConnectionProfile::sqlalchemyUrl(const QString &password) const
{
    return urlWith(*this, &password);
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), kindName(kind));
    if (!colour.isEmpty())
        o.insert(QStringLiteral("colour"), colour);
    o.insert(QStringLiteral("driver"), driverName(driver));
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("port"), port);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("ssl_mode"), sslMode);
    o.insert(QStringLiteral("options"), QJsonObject::fromVariantMap(options));
    o.insert(QStringLiteral("service"), service);
    o.insert(QStringLiteral("version_table"), versionTable);
    o.insert(QStringLiteral("version_table_schema"), versionTableSchema);
    o.insert(QStringLiteral("project"), project);
    o.insert(QStringLiteral("read_only"), readOnly);
    o.insert(QStringLiteral("production"), production);
    o.insert(QStringLiteral("url_as_config_option"), urlAsConfigOption);
    o.insert(QStringLiteral("url_environment_variables"), QJsonArray::fromStringList(urlEnvironmentVariables));
    o.insert(QStringLiteral("lock_timeout_ms"), lockTimeoutMs);
    o.insert(QStringLiteral("statement_timeout_ms"), statementTimeoutMs);
    return o;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &o)
{
    ConnectionProfile p;
    auto str = [&o](const char *key, QString *out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return fieldError(QString::fromLatin1(key), QCoreApplication::translate("strata::ConnectionProfile", "'%1' must be a string").arg(QLatin1String(key)));
        *out = v.toString();
        return {};
    };
    auto boolean = [&o](const char *key, bool *out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isBool())
            return fieldError(QString::fromLatin1(key),
                              QCoreApplication::translate("strata::ConnectionProfile", "'%1' must be true or false").arg(QLatin1String(key)));
        *out = v.toBool();
        return {};
    };
    QString kind = QStringLiteral("development"), driver = QStringLiteral("postgresql");
    for (const auto &[key, dest] : { std::pair { "id", &p.id }, { "name", &p.name }, { "kind", &kind },
                                     { "colour", &p.colour }, { "driver", &driver }, { "host", &p.host },
                                     { "database", &p.database }, { "user", &p.user }, { "ssl_mode", &p.sslMode },
                                     { "service", &p.service }, { "version_table", &p.versionTable },
                                     { "version_table_schema", &p.versionTableSchema }, { "project", &p.project } }) {
        if (Status s = str(key, dest); !s)
            return s.error();
    }
    for (const auto &[key, dest] : { std::pair { "read_only", &p.readOnly }, { "production", &p.production },
                                     { "url_as_config_option", &p.urlAsConfigOption } }) {
        if (Status s = boolean(key, dest); !s)
            return s.error();
    }
    if (!kindFromName(kind, &p.kind))
        return fieldError(QStringLiteral("kind"),
                          QCoreApplication::translate("strata::ConnectionProfile", "unknown environment kind '%1' (development, test, staging, production, "
                                         "other)")
                                  .arg(excerpt(kind)));
    if (!driverFromName(driver, &p.driver))
        return fieldError(QStringLiteral("driver"),
                          QCoreApplication::translate("strata::ConnectionProfile", "unknown driver '%1' (postgresql, sqlite, mysql)").arg(excerpt(driver)));
    const QJsonValue port = o.value(QStringLiteral("port"));
    if (!port.isUndefined() && !port.isNull()) {
        if (!port.isDouble() || port.toDouble() != double(port.toInt()) || port.toInt() < 0 || port.toInt() > 65535)
            return fieldError(QStringLiteral("port"), QCoreApplication::translate("strata::ConnectionProfile", "'port' must be a number from 0 to 65535"));
        p.port = port.toInt();
    }
    for (const auto &[key, dest] : { std::pair { "lock_timeout_ms", &p.lockTimeoutMs },
                                     { "statement_timeout_ms", &p.statementTimeoutMs } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0)
            return fieldError(QString::fromLatin1(key),
                              QCoreApplication::translate("strata::ConnectionProfile", "'%1' must be a whole number of milliseconds (0 = no limit)")
                                      .arg(QLatin1String(key)));
        *dest = v.toInt();
    }
    const QJsonValue options = o.value(QStringLiteral("options"));
    if (!options.isUndefined() && !options.isNull()) {
        if (!options.isObject())
            return fieldError(QStringLiteral("options"), QCoreApplication::translate("strata::ConnectionProfile", "'options' must be an object"));
        p.options = options.toObject().toVariantMap();
    }
    const QJsonValue vars = o.value(QStringLiteral("url_environment_variables"));
    if (!vars.isUndefined() && !vars.isNull()) {
        if (!vars.isArray())
            return fieldError(QStringLiteral("url_environment_variables"),
                              QCoreApplication::translate("strata::ConnectionProfile", "'url_environment_variables' must be a list of names"));
        for (const QJsonValue &v : vars.toArray()) {
            if (!v.isString())
                return fieldError(QStringLiteral("url_environment_variables"),
                                  QCoreApplication::translate("strata::ConnectionProfile", "'url_environment_variables' must be a list of names"));
            p.urlEnvironmentVariables << v.toString();
        }
    }
    if (p.versionTable.isEmpty())
        p.versionTable = QStringLiteral("alembic_version");
    if (Status s = p.validate(); !s)
        return s.error();
    return p;
}

Status ConnectionProfile::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[\\w][\\w .@+-]{0,63}$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), QCoreApplication::translate("strata::ConnectionProfile", "the profile needs a name"));
    if (!nameRe.match(name).hasMatch())
        return fieldError(QStringLiteral("name"),
                          QCoreApplication::translate("strata::ConnectionProfile", "profile name '%1' may use letters, digits, spaces and . @ + - _ (at most "
                                         "64 characters)")
                                  .arg(excerpt(name)));
    if (!colour.isEmpty() && !QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(colour).hasMatch())
        return fieldError(QStringLiteral("colour"), QCoreApplication::translate("strata::ConnectionProfile", "colour must look like #1a2b3c"));
    if (driver == Driver::SQLite) {
        if (database.isEmpty())
            return fieldError(QStringLiteral("database"), QCoreApplication::translate("strata::ConnectionProfile", "an SQLite profile needs a database file"));
    } else {
        if (host.isEmpty() && service.isEmpty() && driver == Driver::MySQL)
            return fieldError(QStringLiteral("host"), QCoreApplication::translate("strata::ConnectionProfile", "a MySQL profile needs a host"));
        if (!sslMode.isEmpty() && driver == Driver::PostgreSQL && !sslModes().contains(sslMode))
            return fieldError(QStringLiteral("ssl_mode"),
                              QCoreApplication::translate("strata::ConnectionProfile", "unknown sslmode '%1' (%2)").arg(excerpt(sslMode), sslModes().join(QStringLiteral(", "))));
    }
    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$]*$"));
    if (!ident.match(versionTable).hasMatch())
        return fieldError(QStringLiteral("version_table"),
                          QCoreApplication::translate("strata::ConnectionProfile", "version table '%1' is not a plain SQL identifier").arg(excerpt(versionTable)));
    if (!versionTableSchema.isEmpty() && !ident.match(versionTableSchema).hasMatch())
        return fieldError(QStringLiteral("version_table_schema"),
                          QCoreApplication::translate("strata::ConnectionProfile", "schema '%1' is not a plain SQL identifier").arg(excerpt(versionTableSchema)));
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (isSecretOption(it.key()))
            return fieldError(QStringLiteral("options"), secretOptionRefusal(it.key()));
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &v : urlEnvironmentVariables)
        if (!envName.match(v).hasMatch())
            return fieldError(QStringLiteral("url_environment_variables"),
                              QCoreApplication::translate("strata::ConnectionProfile", "'%1' is not an environment variable name").arg(excerpt(v)));
    return {};
}

} // namespace strata
