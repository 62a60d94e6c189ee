#include "SqlAlchemyUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace strata {

namespace {

QString decode(const QString &s)
{
    return QUrl::fromPercentEncoding(s.toUtf8());
}

} // namespace

QString maskUrlPassword(const QString &url)
{
    // scheme://user:password@ -> scheme://user:***@ (the last '@' before the
    // path ends the credentials, as passwords may contain '@' unencoded)
    const int scheme = url.indexOf(QStringLiteral("://"));
    if (scheme < 0)
        return url;
    const int authStart = scheme + 3;
    int pathStart = url.indexOf(QLatin1Char('/'), authStart);
    if (pathStart < 0)
        pathStart = url.size();
    const int at = url.lastIndexOf(QLatin1Char('@'), pathStart - 1);
    if (at < authStart)
        return url;
    const int colon = url.indexOf(QLatin1Char(':'), authStart);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon + 1) + QStringLiteral("***") + url.mid(at);
}

Result<ParsedUrl> parseSqlAlchemyUrl(const QString &input, const QString &baseDir)
{
    const QString url = input.trimmed();
    const int sep = url.indexOf(QStringLiteral("://"));
    if (sep <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("strata::SqlAlchemyUrl", "'%1' is not a database URL (expected dialect://…)").arg(excerpt(maskUrlPassword(url))));
    ParsedUrl out;
    out.dialect = url.left(sep).toLower();
    const QString base = out.dialect.section(QLatin1Char('+'), 0, 0);
    ConnectionProfile &p = out.profile;
    if (base == QLatin1String("postgresql") || base == QLatin1String("postgres"))
        p.driver = ConnectionProfile::Driver::PostgreSQL;
    else if (base == QLatin1String("mysql") || base == QLatin1String("mariadb"))
        p.driver = ConnectionProfile::Driver::MySQL;
    else if (base == QLatin1String("sqlite"))
        p.driver = ConnectionProfile::Driver::SQLite;
    else
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("strata::SqlAlchemyUrl", "unsupported database '%1' (PostgreSQL, MySQL/MariaDB or SQLite)").arg(excerpt(out.dialect)));

    QString rest = url.mid(sep + 3);
    QString query;
    const int q = rest.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }

    if (p.driver == ConnectionProfile::Driver::SQLite) {
        // sqlite:// -> memory; sqlite:///x -> "x"; sqlite:////x -> "/x"
        if (!rest.startsWith(QLatin1Char('/')) && !rest.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("strata::SqlAlchemyUrl", "an SQLite URL has no host: write sqlite:///relative.db or "
                                            "sqlite:////absolute/path.db"));
        QString path = decode(rest.mid(1));
        if (path.isEmpty())
            path = QStringLiteral(":memory:");
        if (path != QLatin1String(":memory:") && !baseDir.isEmpty() && QDir::isRelativePath(path))
            path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
        p.database = path;
    } else {
        QString authority = rest;
        const int slash = rest.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            authority = rest.left(slash);
            p.database = decode(rest.mid(slash + 1));
        }
        const int at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QString cred = authority.left(at);
            authority = authority.mid(at + 1);
            const int colon = cred.indexOf(QLatin1Char(':'));
            if (colon >= 0) {
                p.user = decode(cred.left(colon));
                out.password = decode(cred.mid(colon + 1));
                out.hasPassword = true;
            } else {
                p.user = decode(cred);
            }
        }
        QString hostPort = authority;
        if (hostPort.startsWith(QLatin1Char('['))) {
            const int close = hostPort.indexOf(QLatin1Char(']'));
            if (close < 0)
                return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::SqlAlchemyUrl", "IPv6 host is missing its closing ']'"));
            p.host = hostPort.mid(1, close - 1);
            hostPort = hostPort.mid(close + 1);
            if (hostPort.startsWith(QLatin1Char(':')))
                hostPort = QLatin1Char('x') + hostPort; // keep the port parse below uniform
            else
                hostPort.clear();
        }
        const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            bool ok = false;
            const int port = hostPort.mid(colon + 1).toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("strata::SqlAlchemyUrl", "port '%1' is not a number from 1 to 65535").arg(excerpt(hostPort.mid(colon + 1))),
                                 {}, 0, QStringLiteral("port"));
            p.port = port;
            if (p.host.isEmpty())
                p.host = decode(hostPort.left(colon));
        } else if (p.host.isEmpty()) {
            p.host = decode(hostPort);
        }
    }
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (key == QLatin1String("sslmode"))
            p.sslMode = value;
        else if (key == QLatin1String("service"))
            p.service = value;
        else if (key == QLatin1String("host") && p.host.isEmpty())
            p.host = value; // libpq style: ?host=/var/run/postgresql
        else if (key.simplified().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
            // libpq takes ?password= too: it goes to the keychain like user:password@.
            if (out.hasPassword && out.password != value)
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("strata::SqlAlchemyUrl", "the URL carries two different passwords (user:password@ and "
                                                "?password=); keep one"));
            out.password = value;
            out.hasPassword = true;
        } else if (ConnectionProfile::isSecretOption(key))
            return makeError(ErrorCode::InvalidArgument, ConnectionProfile::secretOptionRefusal(key), {}, 0,
                             key.simplified());
        else
            p.options.insert(key.simplified(), value);
    }
    return out;
}

} // namespace strata
