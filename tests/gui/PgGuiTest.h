#pragma once

// What the GUI tests that run under tests/integration/with_pg.py share: a
// copy of a test project with its workspace file, libpq's password from a
// private pgpass file (no keychain in these tests), and a profile store with
// one profile on the server with_pg.py started.
#include "connection/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

namespace pgtest {

inline bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dest = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir() ? !copyTree(fi.filePath(), dest) : !QFile::copy(fi.filePath(), dest))
            return false;
    }
    return true;
}

// The server's port (0 when not run under with_pg.py); PGPASSFILE and the
// XDG data and cache directories point into tmp.
inline int useServer(const QTemporaryDir &tmp)
{
    const int port = qEnvironmentVariableIntValue("STRATA_PG_PORT");
    if (port == 0)
        return 0;
    const QString pgpass = tmp.filePath(QStringLiteral("pgpass"));
    QFile f(pgpass);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    f.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n")
                    .arg(port)
                    .arg(qEnvironmentVariable("STRATA_PG_USER"), qEnvironmentVariable("STRATA_PG_PASSWORD"))
                    .toUtf8());
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", pgpass.toUtf8());
    qputenv("XDG_DATA_HOME", tmp.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", tmp.filePath(QStringLiteral("cache")).toUtf8());
    return port;
}

// The project copied to dest, with a workspace that runs Debian's Python.
inline bool copyProject(const QString &from, const QString &dest)
{
    if (!copyTree(from, dest))
        return false;
    QFile ws(dest + QStringLiteral("/strata-workspace.json"));
    if (!ws.open(QIODevice::WriteOnly))
        return false;
    ws.write("{\"schema\": 1, \"python\": \"/usr/bin/python3\", \"environments\": []}\n");
    return true;
}

// A profile store at path with one profile on with_pg.py's database.
inline bool writeStore(const QString &path, const QString &name, const QString &project, int port,
                       bool production = false, int lockTimeoutMs = -1)
{
    strata::ProfileStore s(path);
    strata::ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("127.0.0.1");
    p.port = port;
    p.database = qEnvironmentVariable("STRATA_PG_DB");
    p.user = qEnvironmentVariable("STRATA_PG_USER");
    p.project = project;
    p.production = production;
    if (lockTimeoutMs >= 0)
        p.lockTimeoutMs = lockTimeoutMs;
    return s.add(p).ok() && s.save().ok();
}

// A session of its own on the server with_pg.py started (a blocker, a hand
// edit), named application in pg_stat_activity; open, or invalid.
inline QSqlDatabase openSession(const QString &connectionName, int port, const QString &application = QString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(port);
    db.setDatabaseName(qEnvironmentVariable("STRATA_PG_DB"));
    db.setUserName(qEnvironmentVariable("STRATA_PG_USER"));
    db.setPassword(qEnvironmentVariable("STRATA_PG_PASSWORD"));
    if (!application.isEmpty())
        db.setConnectOptions(QStringLiteral("application_name=") + application);
    db.open();
    return db;
}

} // namespace pgtest
