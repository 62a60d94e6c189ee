#pragma once

#include "project/ProjectConfig.h"

#include <QString>
#include <QStringList>

namespace strata {

// What a project's env.py says about where its database URL comes from,
// read statically (never executed): the environment variables it reads, and
// whether it reads Alembic's sqlalchemy.url at all. Enough to explain a run
// or a preview aimed elsewhere ("env.py takes its URL from $ENV_TARGET").
struct EnvPyFacts
{
    QString path;                 // empty when the project has no env.py
    QStringList environmentVariables; // os.environ[...], os.environ.get(...), os.getenv(...), in order
    bool readsUrlOption = false;  // get_main_option("sqlalchemy.url"), get_section(...), engine_from_config
    bool hasTargetMetadata = false; // target_metadata = something other than None

    bool ignoresUrlOption() const { return !path.isEmpty() && !readsUrlOption; }
    // "env.py reads DATABASE_URL, ENV_TARGET from the environment"
    QString describeSources() const;
};

EnvPyFacts readEnvPy(const ProjectConfig &config);
EnvPyFacts parseEnvPy(const QString &source, const QString &path);

} // namespace strata
