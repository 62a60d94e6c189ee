#pragma once

#include "common/Finding.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace strata {

// A configuration feature that not every Alembic has, where the project uses it.
struct AlembicFeature
{
    enum class Kind {
        TomlConfiguration, // script_location from [tool.alembic]: older Alembics do not find the project (1.16.0)
        TomlKey,           // another key from [tool.alembic] (1.16.0)
        TomlBoolean,       // a TOML boolean true (1.16.4)
        PathSeparator,     // path_separator in the ini (1.16.0)
        TemplateSubfolder, // a file_template with '/' (1.18.0)
        RecursiveVersionLocations, // recursive_version_locations = true (1.10.0)
    };
    Kind kind = Kind::TomlKey;
    QString key; // the setting
    QString file;
    int line = 0;

    QString since() const; // the first Alembic that has it, e.g. "1.16.0"
};

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
    // What the configuration relies on that older Alembics lack (Strata reads it as
    // the newest Alembic does; alembicFeatureGaps says what an older one will do).
    QList<AlembicFeature> alembicFeatures;

    QString sourceName() const;
};

// Opens a project from a directory holding alembic.ini and/or a pyproject.toml
// with [tool.alembic] (each key from the ini first, then from the TOML, as
// Alembic 1.16+ reads them), a script directory (env.py + versions/), a bare
// versions directory, or the path of an .ini/.toml file itself (with the
// other file beside it). Nothing is executed.
// alembicVersion reads it as that Alembic does ("1.8.1": no pyproject.toml, no
// path_separator, no recursive_version_locations); empty: as the newest does.
Result<ProjectConfig> loadProjectConfig(const QString &path, const QString &section = QStringLiteral("alembic"),
                                        const QString &alembicVersion = {});

// Compares Alembic versions ("1.13.2" < "1.16.0"): negative, 0 or positive.
int compareAlembicVersions(const QString &a, const QString &b);

// Whether a project is read as an Alembic older than `since` (an empty
// version is the newest, older than nothing).
bool readAsAlembicOlderThan(const QString &alembicVersion, const QString &since);

// Whether that Alembic takes ':' in a revision id (before 1.17.1). Empty: the
// newest Alembic, which does not.
bool alembicTakesColonInIds(const QString &alembicVersion);

// The features of the configuration that the given Alembic (e.g. "1.13.2", as
// the bridge's probe reports it) lacks, each as a finding saying what that
// Alembic will do instead. Errors where it will not find the project at all.
Findings alembicFeatureGaps(const ProjectConfig &config, const QString &alembicVersion);

// Splits a version_locations value the way Alembic does for the given separator
// setting (path_separator / version_path_separator); an empty setting means the
// legacy split on spaces and commas. Returns an Error for an unknown setting.
Result<QStringList> splitVersionLocations(const QString &value, const QString &separatorSetting);

} // namespace strata
