#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "project/ProjectConfig.h"

#include <QString>
#include <QStringList>

namespace strata {

// A profile taken from somewhere a project already names its database, with
// the password apart (it goes to the keychain, never into the profile).
struct ImportedProfile
{
    ConnectionProfile profile;
    QString password;
    bool hasPassword = false;
    QString source; // "the URL", ".env (DATABASE_URL)", "alembic.ini [alembic] sqlalchemy.url"
    // Where the password still stands in clear after the import (a file and
    // line the person should clean up); empty file when nowhere.
    QString clearTextFile;
    int clearTextLine = 0;
};

// Importing a profile, the same for both faces. A relative SQLite path is
// taken from the project directory when the profile belongs to a project
// (that is where Alembic runs env.py), else from the .env file's folder,
// else from the current directory. Errors name the file, line and key.
class ProfileImport
{
public:
    static Result<ImportedProfile> fromUrl(const QString &name, const QString &url, const QString &projectDir);
    // The URL from `variable` (default DATABASE_URL) in the files (later
    // files override); the profile hands the URL to env.py in that variable.
    static Result<ImportedProfile> fromDotEnv(const QString &name, const QStringList &files, const QString &variable,
                                              const QString &projectDir);
    // sqlalchemy.url of the config's section in its alembic.ini.
    static Result<ImportedProfile> fromAlembicIni(const QString &name, const ProjectConfig &config);
    // Rewrites that line of alembic.ini without the password (user@host
    // stays), atomically; everything else in the file is kept as it was.
    static Status stripIniPassword(const QString &file, int line);
};

} // namespace strata
