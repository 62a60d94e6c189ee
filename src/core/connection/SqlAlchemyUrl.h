#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"

#include <QString>

namespace strata {

// A SQLAlchemy database URL taken apart: the profile fields it names, and the
// password separately (it goes to the keychain, never into the profile).
struct ParsedUrl
{
    ConnectionProfile profile; // name, kind and id left for the caller
    QString password;
    bool hasPassword = false;
    QString dialect; // e.g. "postgresql+psycopg2"
};

// dialect[+driver]://[user[:password]@][host][:port][/database][?query], with
// percent-decoding, [IPv6] hosts, and SQLite's sqlite:///relative.db,
// sqlite:////absolute.db and sqlite:// (memory). Relative SQLite paths are
// made absolute against baseDir when it is given.
Result<ParsedUrl> parseSqlAlchemyUrl(const QString &url, const QString &baseDir = {});

// The URL with any password replaced by "***", for showing and logging.
// Works on anything URL-like, also malformed input.
QString maskUrlPassword(const QString &url);

} // namespace strata
