#include "WritePolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#endif

namespace strata {

namespace {

// Where a host name points, as addresses; an empty host is the local socket.
QSet<QString> addressesOf(const QString &host)
{
    static const QSet<QString> loopback { QStringLiteral("127.0.0.1"), QStringLiteral("::1") };
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return loopback;
    QSet<QString> out;
#ifdef Q_OS_UNIX
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &found) == 0) {
        for (addrinfo *a = found; a; a = a->ai_next) {
            char text[INET6_ADDRSTRLEN] = {};
            const void *where = a->ai_family == AF_INET ? static_cast<const void *>(&reinterpret_cast<sockaddr_in *>(a->ai_addr)->sin_addr)
                                                        : static_cast<const void *>(&reinterpret_cast<sockaddr_in6 *>(a->ai_addr)->sin6_addr);
            if (::inet_ntop(a->ai_family, where, text, sizeof text))
                out.insert(QString::fromLatin1(text));
        }
        ::freeaddrinfo(found);
    }
#endif
    if (out.isEmpty())
        out.insert(host.toLower());
    for (const QString &a : std::as_const(out))
        if (a.startsWith(QLatin1String("127.")) || a == QLatin1String("::1"))
            return loopback;
    return out;
}

QString sqliteFile(const ConnectionProfile &p)
{
    const QString path = QDir::isRelativePath(p.database) && !p.project.isEmpty() ? QDir(p.project).absoluteFilePath(p.database)
                                                                                  : p.database;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

} // namespace

bool WritePolicy::sameDatabase(const ConnectionProfile &a, const ConnectionProfile &b)
{
    if (a.driver != b.driver)
        return false;
    if (a.driver == ConnectionProfile::Driver::SQLite)
        return sqliteFile(a) == sqliteFile(b);
    if (!a.service.isEmpty() || !b.service.isEmpty())
        return a.service == b.service && a.database == b.database;
    if (a.database != b.database || a.effectivePort() != b.effectivePort())
        return false;
    return addressesOf(a.host).intersects(addressesOf(b.host));
}

ConnectionProfile WritePolicy::strictest(const ConnectionProfile &profile, const QString &identityKey,
                                         const QList<ConnectionProfile> &others, const QHash<QString, QString> &knownKeys,
                                         QString *because)
{
    ConnectionProfile out = profile;
    QStringList reasons;
    for (const ConnectionProfile &o : others) {
        if (o.id == profile.id || (!o.production && !o.readOnly) || (out.production >= o.production && out.readOnly >= o.readOnly))
            continue;
        const QString known = knownKeys.value(o.id);
        const bool same = (!identityKey.isEmpty() && !known.isEmpty()) ? known == identityKey : sameDatabase(profile, o);
        if (!same)
            continue;
        if (o.production && !out.production) {
            out.production = true;
            reasons << QCoreApplication::translate("strata::WritePolicy", "profile '%1' (production) reaches the same database").arg(o.name);
        }
        if (o.readOnly && !out.readOnly) {
            out.readOnly = true;
            reasons << QCoreApplication::translate("strata::WritePolicy", "profile '%1' (read-only) reaches the same database").arg(o.name);
        }
    }
    if (because)
        *because = reasons.join(QStringLiteral("; "));
    return out;
}

bool WritePolicy::typedNameMatches(const ConnectionProfile &p, const QString &typed)
{
    return !p.database.isEmpty() && typed == p.database;
}

QString WritePolicy::typedNamePrompt(const ConnectionProfile &p)
{
    return QCoreApplication::translate("strata::WritePolicy", "'%1' is a production database. Type its name (%2) to continue: ").arg(p.name, p.database);
}

Status WritePolicy::check(const ConnectionProfile &p, const QString &typed, const QString &action, bool typedNameDue)
{
    if (p.readOnly)
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("strata::WritePolicy", "profile '%1' is read-only: Strata does not %2 on its database").arg(p.name, action));
    if (typedNameDue && p.production && !typedNameMatches(p, typed))
        return makeError(ErrorCode::ProductionUnconfirmed,
                         typed.isEmpty() ? QCoreApplication::translate("strata::WritePolicy", "profile '%1' is production: type its database name '%2' to "
                                                          "confirm (--confirm-database %2)")
                                                   .arg(p.name, p.database)
                                         : QCoreApplication::translate("strata::WritePolicy", "profile '%1' is production and '%2' is not its database "
                                                          "name; nothing was done")
                                                   .arg(p.name, typed));
    return {};
}

} // namespace strata
