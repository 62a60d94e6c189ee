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
    QString configFile;     // the file that set script_location; empty for bare directories
    QString iniFile;        // the ini Alembic reads (empty when there is none)
    QString tomlFile;       // pyproject.toml with [tool.alembic] (empty when there is none)
    QString section;        // ini section (the -n/--name choice), "alembic" by default
    QString scriptLocation; // absolute; empty when only a versions directory was given
    QStringList versionLocations; // absolute, in configured order
    bool recursiveVersionLocations = false;
    bool sourceless = false;
    QStringList multiDatabases; // the multidb template's "databases" (empty otherwise)
    Findings findings; // warnings about the configuration (nothing fatal)

    QString sourceName() const;
};

// Opens a project from a directory holding alembic.ini and/or a pyproject.toml
// with [tool.alembic] (each key from the ini first, then from the TOML, as
// Alembic 1.16+ reads them), a script directory (env.py + versions/), a bare
// versions directory, or the path of an .ini/.toml file itself (with the
// other file beside it). Nothing is executed.
Result<ProjectConfig> loadProjectConfig(const QString &path, const QString &section = QStringLiteral("alembic"));

// Splits a version_locations value the way Alembic does for the given separator
// setting (path_separator / version_path_separator); an empty setting means the
// legacy split on spaces and commas. Returns an Error for an unknown setting.
Result<QStringList> splitVersionLocations(const QString &value, const QString &separatorSetting);

} // namespace strata
