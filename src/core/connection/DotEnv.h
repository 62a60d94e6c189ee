#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace strata {

// Reads .env files the way python-dotenv and docker compose do: KEY=VALUE
// lines, '#' comments, optional "export ", single quotes (literal), double
// quotes (escapes, may span lines), ${VAR}, ${VAR:-default} and $VAR from
// earlier definitions or the process environment. Later files override.
class DotEnv
{
public:
    using Values = QHash<QString, QString>;

    static Result<Values> parse(const QString &text, const QString &fileName, const Values &defined,
                                const Values &environment);
    static Result<Values> loadFiles(const QStringList &files, const Values &environment);
    static Values processEnvironment();
};

} // namespace strata
