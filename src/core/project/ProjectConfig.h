#pragma once

#include "common/Finding.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace strata {

// Where an Alembic project's revision scripts live, as its configuration says.
struct ProjectConfig
{
    enum class Source { AlembicIni, PyProject, ScriptDirectory, VersionsDirectory };

    Source source = Source::AlembicIni;
    QString rootDir;        // the directory the user opened (absolute)
    QString configFile;     // alembic.ini or pyproject.toml; empty for bare directories
    QString section;        // ini section (the -n/--name choice), "alembic" by default
    QString scriptLocation; // absolute; empty when only a versions directory was given
    QStringList versionLocations; // absolute, in configured order
    bool recursiveVersionLocations = false;
    bool sourceless = false;
    Findings findings; // warnings about the configuration (nothing fatal)

    QString sourceName() const;
};

// Opens a project from a directory holding alembic.ini, a pyproject.toml with
// [tool.alembic], a script directory (env.py + versions/), a bare versions
// directory, or the path of an .ini/.toml file itself. Nothing is executed.
Result<ProjectConfig> loadProjectConfig(const QString &path, const QString &section = QStringLiteral("alembic"));

// Splits a version_locations value the way Alembic does for the given separator
// setting (path_separator / version_path_separator); an empty setting means the
// legacy split on spaces and commas. Returns an Error for an unknown setting.
Result<QStringList> splitVersionLocations(const QString &value, const QString &separatorSetting);

} // namespace strata
