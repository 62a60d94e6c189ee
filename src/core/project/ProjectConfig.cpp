#include "ProjectConfig.h"

#include "common/Logging.h"
#include "project/IniFile.h"
#include "project/TomlTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace strata {

QString ProjectConfig::sourceName() const
{
    switch (source) {
    case Source::AlembicIni: return QStringLiteral("alembic.ini");
    case Source::PyProject: return QStringLiteral("pyproject.toml");
    case Source::ScriptDirectory: return QStringLiteral("script directory");
    case Source::VersionsDirectory: return QStringLiteral("versions directory");
    }
    return {};
}

Result<QStringList> splitVersionLocations(const QString &value, const QString &separatorSetting)
{
    QStringList parts;
    const QString sep = separatorSetting.trimmed();
    if (sep.isEmpty()) {
        static const QRegularExpression legacy(QStringLiteral(", *| +"));
        parts = value.split(legacy);
    } else if (sep == QLatin1String("space")) {
        parts = value.split(QLatin1Char(' '));
    } else if (sep == QLatin1String("newline")) {
        parts = value.split(QLatin1Char('\n'));
    } else if (sep == QLatin1String("os")) {
        parts = value.split(QDir::listSeparator());
    } else if (sep == QLatin1String(":") || sep == QLatin1String(";")) {
        parts = value.split(sep.at(0));
    } else {
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::ProjectConfig", "'%1' is not a valid path separator; expected 'space', 'newline', 'os', "
                                        "':' or ';'")
                                 .arg(sep));
    }
    QStringList out;
    for (const QString &p : std::as_const(parts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

namespace {

QString absoluteFrom(const QString &base, const QString &path)
{
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

// "package.sub:dir" resource form: look for the package next to the config.
Result<QString> resolveScriptLocation(const QString &value, const QString &baseDir, const QString &file, int line)
{
    QString loc = value.trimmed();
    static const QRegularExpression resource(QStringLiteral("^([A-Za-z_][\\w.]*):([^/\\\\].*)$"));
    const auto m = resource.match(loc);
    if (m.hasMatch() && !QFileInfo(loc).isAbsolute()) {
        const QString pkgPath = m.captured(1).replace(QLatin1Char('.'), QLatin1Char('/'));
        for (const QString &prefix : { QString(), QStringLiteral("src/") }) {
            const QString candidate = absoluteFrom(baseDir, prefix + pkgPath + QLatin1Char('/') + m.captured(2));
            if (QFileInfo(candidate).isDir())
                return candidate;
        }
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::ProjectConfig", "script_location '%1' names a package resource that was not found under "
                                        "%2")
                                 .arg(excerpt(loc), baseDir),
                         file, line, QStringLiteral("script_location"));
    }
    const QString abs = absoluteFrom(baseDir, loc);
    if (!QFileInfo(abs).isDir())
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::ProjectConfig", "script_location '%1' is not a directory (looked for %2)")
                                 .arg(excerpt(loc), excerpt(abs, 200)),
                         file, line, QStringLiteral("script_location"));
    return abs;
}

void addVersionLocations(ProjectConfig &cfg, const QStringList &locations, const QString &baseDir,
                         const QString &file, int line)
{
    for (const QString &loc : locations) {
        const QString abs = absoluteFrom(baseDir, loc);
        if (!QFileInfo(abs).isDir()) {
            // Alembic silently skips missing version locations; Strata says so.
            cfg.findings.append(Finding { Severity::Warning, QStringLiteral("missing-version-location"),
                                          QCoreApplication::translate("strata::ProjectConfig", "version location '%1' does not exist (%2); it is "
                                                         "skipped")
                                                  .arg(excerpt(loc), excerpt(abs, 200)),
                                          file, line, {} });
            continue;
        }
        if (!cfg.versionLocations.contains(abs))
            cfg.versionLocations << abs;
    }
}

// One configuration value and where it came from.
struct Setting
{
    QVariant value; // QString from the ini; any TOML value from [tool.alembic]
    QString file;
    int line = 0;
    bool fromToml = false;
    QString baseDir; // what %(here)s is for this file: relative paths start there
};

// Alembic's configuration as Alembic 1.16+ reads it: each key from the ini's
// section first, then from [tool.alembic] in pyproject.toml for the keys the
// ini lacks. Either file may be missing.
class ConfigSources
{
public:
    std::optional<IniFile> ini;
    QString section;
    std::optional<TomlTable> toml;
    QString tomlPath;
    QString alembic; // read as this Alembic version does; empty: as the newest
    bool olderThan(const char *version) const
    {
        return readAsAlembicOlderThan(alembic, QString::fromLatin1(version));
    }
    // The [tool.alembic] keys used, and TOML booleans taken (Alembic 1.16 / 1.16.4).
    mutable QList<AlembicFeature> features;

    void usedToml(const QString &key) const
    {
        const auto kind = key == QLatin1String("script_location") ? AlembicFeature::Kind::TomlConfiguration
                                                                  : AlembicFeature::Kind::TomlKey;
        for (const AlembicFeature &f : features)
            if (f.kind == kind && f.key == key)
                return;
        features.append(AlembicFeature { kind, key, tomlPath, toml->lineOf(key) });
    }

    bool iniHas(const QString &key) const { return ini && ini->hasSection(section) && ini->hasKey(section, key); }
    bool tomlHas(const QString &key) const { return toml && toml->contains(key); }

    Result<std::optional<Setting>> iniValue(const QString &key) const
    {
        if (!iniHas(key))
            return std::optional<Setting>();
        auto v = ini->value(section, key);
        if (!v)
            return v.error();
        return std::optional<Setting>(Setting { v.value(), ini->fileName(), ini->lineOf(section, key), false,
                                                QFileInfo(ini->fileName()).absolutePath() });
    }

    // [tool.alembic] strings go through Python's %-formatting with %(here)s
    // (Alembic 1.16+): %% is a literal %, anything else Alembic fails on.
    Result<QString> tomlText(const QString &key, const QString &raw) const
    {
        const QString here = QFileInfo(tomlPath).absolutePath();
        QString out;
        out.reserve(raw.size());
        for (int i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != QLatin1Char('%')) {
                out += raw.at(i);
                continue;
            }
            if (raw.mid(i, 2) == QLatin1String("%%")) {
                out += QLatin1Char('%');
                ++i;
            } else if (raw.mid(i, 8) == QLatin1String("%(here)s")) {
                out += here;
                i += 7;
            } else {
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::ProjectConfig", "'%1' has a '%' that Alembic's %-formatting of [tool.alembic] cannot "
                                                "take (only %(here)s is defined): write %% for a literal %")
                                         .arg(key),
                                 tomlPath, toml->lineOf(key), key);
            }
        }
        return out;
    }

    // A string key: the ini's, else the TOML's.
    Result<std::optional<Setting>> text(const QString &key) const
    {
        if (iniHas(key))
            return iniValue(key);
        if (!tomlHas(key))
            return std::optional<Setting>();
        const QVariant v = toml->value(key);
        if (v.typeId() != QMetaType::QString)
            return makeError(ErrorCode::Config, QCoreApplication::translate("strata::ProjectConfig", "'%1' in [tool.alembic] must be a string").arg(key),
                             tomlPath, toml->lineOf(key), key);
        auto t = tomlText(key, v.toString());
        if (!t)
            return t.error();
        usedToml(key);
        return std::optional<Setting>(Setting { t.value(), tomlPath, toml->lineOf(key), true,
                                                QFileInfo(tomlPath).absolutePath() });
    }

    // Alembic's get_alembic_boolean_option: in the ini exactly "true" is true
    // (True, 1, yes and on are false); in the TOML only a TOML boolean is
    // accepted.
    Result<bool> boolean(const QString &key, ProjectConfig *cfg) const
    {
        if (iniHas(key)) {
            auto v = ini->value(section, key);
            if (!v)
                return v.error();
            const QString value = v.value();
            if (value != QLatin1String("true") && value != QLatin1String("false") && !value.isEmpty())
                cfg->findings.append(Finding { Severity::Warning, QStringLiteral("not-a-boolean"),
                                               QCoreApplication::translate("strata::ProjectConfig", "%1 = %2 is false for Alembic, which takes only the "
                                                              "exact word 'true' as true")
                                                       .arg(key, excerpt(value)),
                                               ini->fileName(), ini->lineOf(section, key), {} });
            return value == QLatin1String("true");
        }
        if (!tomlHas(key))
            return false;
        const QVariant v = toml->value(key);
        if (v.typeId() != QMetaType::Bool)
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::ProjectConfig", "'%1' in [tool.alembic] must be a TOML boolean (true or false, unquoted); "
                                            "Alembic refuses anything else")
                                     .arg(key),
                             tomlPath, toml->lineOf(key), key);
        usedToml(key);
        if (!v.toBool())
            return false;
        features.append(AlembicFeature { AlembicFeature::Kind::TomlBoolean, key, tomlPath, toml->lineOf(key) });
        // Alembic 1.16.0 to 1.16.3 took a TOML true as false.
        return !olderThan("1.16.4");
    }
};

// version_locations: the ini's when it is not empty (split by its separator
// setting), else the TOML's list; none of either means <script_location>/versions.
Status readVersionLocations(const ConfigSources &src, ProjectConfig &cfg)
{
    const QString key = QStringLiteral("version_locations");
    auto iniValue = src.iniValue(key);
    if (!iniValue)
        return iniValue.error();
    if (iniValue.value() && !iniValue.value()->value.toString().isEmpty()) {
        const Setting &v = *iniValue.value();
        QString sepKey;
        for (const char *name : { "path_separator", "version_path_separator" }) {
            // path_separator is Alembic 1.16's; older ones know only version_path_separator
            if (src.olderThan("1.16.0") && qstrcmp(name, "path_separator") == 0)
                continue;
            if (src.iniHas(QString::fromLatin1(name))) {
                sepKey = QString::fromLatin1(name);
                break;
            }
        }
        QString sep;
        if (sepKey == QLatin1String("path_separator"))
            cfg.alembicFeatures.append(AlembicFeature { AlembicFeature::Kind::PathSeparator, sepKey, v.file,
                                                        src.ini->lineOf(src.section, sepKey) });
        if (!sepKey.isEmpty()) {
            auto s = src.ini->value(src.section, sepKey);
            if (!s)
                return s.error();
            sep = s.value();
        }
        auto parts = splitVersionLocations(v.value.toString(), sep);
        if (!parts) {
            Error e = parts.error();
            e.file = v.file;
            e.line = src.ini->lineOf(src.section, sepKey);
            e.key = sepKey;
            return e;
        }
        if (sepKey.isEmpty() && parts.value().size() > 1)
            cfg.findings.append(Finding { Severity::Info, QStringLiteral("legacy-path-separator"),
                                          QCoreApplication::translate("strata::ProjectConfig", "version_locations is split on spaces and commas because "
                                                         "no path_separator is set"),
                                          v.file, v.line, {} });
        addVersionLocations(cfg, parts.value(), v.baseDir, v.file, v.line);
        return {};
    }
    if (iniValue.value())
        cfg.findings.append(Finding { Severity::Info, QStringLiteral("empty-version-locations"),
                                      QCoreApplication::translate("strata::ProjectConfig", "version_locations is empty, which Alembic takes as unset"),
                                      iniValue.value()->file, iniValue.value()->line, {} });
    if (src.tomlHas(key)) {
        src.usedToml(key);
        const QVariant v = src.toml->value(key);
        const int line = src.toml->lineOf(key);
        if (v.typeId() != QMetaType::QVariantList)
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::ProjectConfig", "'version_locations' in [tool.alembic] must be a list of strings (Alembic "
                                            "would read a single string one character at a time)"),
                             src.tomlPath, line, key);
        QStringList list;
        for (const QVariant &item : v.toList()) {
            if (item.typeId() != QMetaType::QString)
                return makeError(ErrorCode::Config,
                                 QCoreApplication::translate("strata::ProjectConfig", "'version_locations' in [tool.alembic] must be a list of strings"),
                                 src.tomlPath, line, key);
            auto t = src.tomlText(key, item.toString());
            if (!t)
                return t.error();
            list << t.value();
        }
        if (!list.isEmpty()) {
            addVersionLocations(cfg, list, QFileInfo(src.tomlPath).absolutePath(), src.tomlPath, line);
            return {};
        }
    }
    cfg.versionLocations << cfg.scriptLocation + QStringLiteral("/versions");
    return {};
}

// What Alembic would do that the static reader cannot follow, said up front.
void addConfigFindings(const ConfigSources &src, ProjectConfig &cfg)
{
    // A file_template with a '/' writes new revisions into sub-directories
    // (Alembic 1.18); without recursion Alembic will not find them again.
    auto tmpl = src.text(QStringLiteral("file_template"));
    if (tmpl && tmpl.value()) {
        const Setting &t = *tmpl.value();
        if (t.value.toString().contains(QLatin1Char('/')))
            cfg.alembicFeatures.append(AlembicFeature { AlembicFeature::Kind::TemplateSubfolder,
                                                        QStringLiteral("file_template"), t.file, t.line });
        if (t.value.toString().contains(QLatin1Char('/')) && !cfg.recursiveVersionLocations)
            cfg.findings.append(Finding { Severity::Warning, QStringLiteral("template-subfolder-not-recursive"),
                                          QCoreApplication::translate("strata::ProjectConfig", "file_template '%1' writes new revisions into "
                                                         "sub-directories, but recursive_version_locations is not "
                                                         "true: Alembic will not find them (set "
                                                         "recursive_version_locations = true)")
                                                  .arg(excerpt(t.value.toString())),
                                          t.file, t.line, {} });
    }
    // The multidb template migrates several databases per revision.
    auto dbs = src.iniValue(QStringLiteral("databases"));
    if (dbs && dbs.value() && !dbs.value()->value.toString().trimmed().isEmpty()) {
        const Setting &d = *dbs.value();
        cfg.multiDatabases = d.value.toString().split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                                       Qt::SkipEmptyParts);
        cfg.findings.append(Finding { Severity::Info, QStringLiteral("multidb-template"),
                                      QCoreApplication::translate("strata::ProjectConfig", "this project uses Alembic's multidb template (databases = %1): "
                                                     "each revision has upgrade_<name>() functions and one run "
                                                     "migrates every database, each at the URL of its own section")
                                              .arg(excerpt(cfg.multiDatabases.join(QStringLiteral(", ")))),
                                      d.file, d.line, {} });
    }
    // The alembic command reads $ALEMBIC_CONFIG instead of ./alembic.ini.
    const QString env = qEnvironmentVariable("ALEMBIC_CONFIG");
    if (!env.isEmpty() && cfg.source != ProjectConfig::Source::ScriptDirectory
        && cfg.source != ProjectConfig::Source::VersionsDirectory) {
        const QString target = QFileInfo(env).absoluteFilePath();
        if (target != cfg.iniFile && target != cfg.tomlFile)
            cfg.findings.append(Finding { Severity::Warning, QStringLiteral("alembic-config-env"),
                                          QCoreApplication::translate("strata::ProjectConfig", "ALEMBIC_CONFIG is set to %1 here: the alembic command run "
                                                         "without -c reads that file, not %2")
                                                  .arg(excerpt(env, 200), cfg.configFile),
                                          cfg.configFile, 0, {} });
    }
}

Result<ProjectConfig> fromSources(const ConfigSources &src, const QString &rootDir)
{
    ProjectConfig cfg;
    cfg.rootDir = rootDir;
    cfg.section = src.section;
    cfg.iniFile = src.ini ? src.ini->fileName() : QString();
    cfg.tomlFile = src.toml ? src.tomlPath : QString();
    auto loc = src.text(QStringLiteral("script_location"));
    if (!loc)
        return loc.error();
    if (!loc.value()) {
        if (src.ini && !src.ini->hasSection(src.section) && !src.toml)
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::ProjectConfig", "no section [%1] in the file (sections: %2)")
                                     .arg(src.section, excerpt(src.ini->sectionNames().join(QStringLiteral(", ")), 200)),
                             src.ini->fileName());
        if (src.ini && !src.toml)
            return makeError(ErrorCode::Config,
                             QCoreApplication::translate("strata::ProjectConfig", "section [%1] has no 'script_location' key").arg(src.section),
                             src.ini->fileName(), 0, QStringLiteral("script_location"));
        if (!src.ini)
            return makeError(ErrorCode::Config, QCoreApplication::translate("strata::ProjectConfig", "[tool.alembic] has no 'script_location' key"),
                             src.tomlPath, src.toml->tableLine(), QStringLiteral("script_location"));
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::ProjectConfig", "no 'script_location': neither [%1] of %2 nor [tool.alembic] of %3 sets it")
                                 .arg(src.section, src.ini->fileName(), src.tomlPath),
                         src.ini->fileName(), 0, QStringLiteral("script_location"));
    }
    const Setting &location = *loc.value();
    cfg.source = location.fromToml ? ProjectConfig::Source::PyProject : ProjectConfig::Source::AlembicIni;
    cfg.configFile = location.file;
    if (!src.ini)
        cfg.section = QStringLiteral("tool.alembic");
    auto scriptDir = resolveScriptLocation(location.value.toString(), location.baseDir, location.file, location.line);
    if (!scriptDir)
        return scriptDir.error();
    cfg.scriptLocation = scriptDir.value();

    // recursive_version_locations came with Alembic 1.10; older ones ignore it
    // (it is still recorded as a feature the project uses).
    auto recursive = src.boolean(QStringLiteral("recursive_version_locations"), &cfg);
    if (!recursive)
        return recursive.error();
    cfg.recursiveVersionLocations = recursive.value() && !src.olderThan("1.10.0");
    if (recursive.value()) {
        const QString key = QStringLiteral("recursive_version_locations");
        const bool inIni = src.iniHas(key);
        src.features.append(AlembicFeature { AlembicFeature::Kind::RecursiveVersionLocations, key,
                                             inIni ? src.ini->fileName() : src.tomlPath,
                                             inIni ? src.ini->lineOf(src.section, key) : src.toml->lineOf(key) });
    }
    auto sourceless = src.boolean(QStringLiteral("sourceless"), &cfg);
    if (!sourceless)
        return sourceless.error();
    cfg.sourceless = sourceless.value();
    if (Status s = readVersionLocations(src, cfg); !s)
        return s.error();
    addConfigFindings(src, cfg);
    cfg.alembicFeatures = src.features + cfg.alembicFeatures;
    return cfg;
}

// Loads the ini (when there is one) and pyproject.toml's [tool.alembic] (when
// there is one) that Alembic would read together.
Result<ProjectConfig> fromFiles(const QString &iniPath, const QString &tomlPath, const QString &section,
                                const QString &rootDir, const QString &alembicVersion)
{
    ConfigSources src;
    src.section = section;
    src.alembic = alembicVersion;
    if (!iniPath.isEmpty()) {
        QHash<QString, QString> defaults;
        defaults.insert(QStringLiteral("here"), QFileInfo(iniPath).absolutePath());
        auto ini = IniFile::load(iniPath, defaults);
        if (!ini)
            return ini.error();
        src.ini = std::move(ini.value());
    }
    Findings tomlFindings;
    if (!tomlPath.isEmpty()) {
        auto t = TomlTable::load(tomlPath, QStringLiteral("tool.alembic"));
        if (!t) {
            // Without an ini to fall back on this is the project's only
            // configuration; beside one, Alembic (1.16+) would stop on an
            // invalid pyproject.toml too, but older versions never read it.
            if (!src.ini)
                return t.error();
            tomlFindings.append(Finding { Severity::Warning, QStringLiteral("unreadable-pyproject"),
                                          QCoreApplication::translate("strata::ProjectConfig", "pyproject.toml cannot be read (%1); only %2 is used, and "
                                                         "Alembic 1.16+ would stop on it")
                                                  .arg(t.error().message, QFileInfo(iniPath).fileName()),
                                          tomlPath, t.error().line, {} });
        } else if (t->found()) {
            src.toml = std::move(t.value());
            src.tomlPath = tomlPath;
        }
    }
    auto cfg = fromSources(src, rootDir);
    if (cfg)
        cfg->findings = tomlFindings + cfg->findings;
    return cfg;
}

} // namespace

Result<ProjectConfig> loadProjectConfig(const QString &path, const QString &section, const QString &alembicVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::ProjectConfig", "no such file or directory"), info.absoluteFilePath());

    // The two files Alembic reads together: alembic.ini (or the named ini)
    // and the pyproject.toml beside it.
    // Alembic reads pyproject.toml from 1.16; read as an older one, it is not there.
    const bool readsToml = !readAsAlembicOlderThan(alembicVersion, QStringLiteral("1.16.0"));
    auto tomlWithTable = [readsToml](const QString &file) {
        return readsToml && QFileInfo(file).isFile() ? file : QString();
    };
    auto noToml = [&alembicVersion](const QString &file) {
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::ProjectConfig", "Alembic %1 does not read pyproject.toml (Alembic reads [tool.alembic] "
                                        "from 1.16.0), and there is no alembic.ini beside it")
                                 .arg(alembicVersion),
                         file);
    };
    if (info.isFile()) {
        const QDir dir = info.absoluteDir();
        if (info.suffix() == QLatin1String("toml")) {
            auto t = TomlTable::load(info.absoluteFilePath(), QStringLiteral("tool.alembic"));
            if (!t)
                return t.error();
            if (!t->found())
                return makeError(ErrorCode::Config, QCoreApplication::translate("strata::ProjectConfig", "no [tool.alembic] table in this file"),
                                 info.absoluteFilePath());
            const QString ini = dir.absoluteFilePath(QStringLiteral("alembic.ini"));
            if (!readsToml)
                return QFileInfo(ini).isFile() ? fromFiles(ini, QString(), section, dir.absolutePath(), alembicVersion)
                                               : Result<ProjectConfig>(noToml(info.absoluteFilePath()));
            return fromFiles(QFileInfo(ini).isFile() ? ini : QString(), info.absoluteFilePath(), section,
                             dir.absolutePath(), alembicVersion);
        }
        return fromFiles(info.absoluteFilePath(), tomlWithTable(dir.absoluteFilePath(QStringLiteral("pyproject.toml"))),
                         section, dir.absolutePath(), alembicVersion);
    }

    const QDir dir(info.absoluteFilePath());
    const QString pyproject = dir.absoluteFilePath(QStringLiteral("pyproject.toml"));
    const QString ini = dir.absoluteFilePath(QStringLiteral("alembic.ini"));
    if (QFileInfo(ini).isFile())
        return fromFiles(ini, tomlWithTable(pyproject), section, dir.absolutePath(), alembicVersion);
    if (QFileInfo(pyproject).isFile()) {
        auto t = TomlTable::load(pyproject, QStringLiteral("tool.alembic"));
        if (!t)
            return t.error();
        if (t->found() && !readsToml)
            return noToml(pyproject);
        if (t->found())
            return fromFiles(QString(), pyproject, section, dir.absolutePath(), alembicVersion);
    }

    ProjectConfig cfg;
    cfg.rootDir = dir.absolutePath();
    cfg.section = section;
    if (QFileInfo(dir.absoluteFilePath(QStringLiteral("env.py"))).isFile()
        && QFileInfo(dir.absoluteFilePath(QStringLiteral("versions"))).isDir()) {
        cfg.source = ProjectConfig::Source::ScriptDirectory;
        cfg.scriptLocation = dir.absolutePath();
        cfg.versionLocations << dir.absoluteFilePath(QStringLiteral("versions"));
        return cfg;
    }
    const QStringList py = dir.entryList({ QStringLiteral("*.py") }, QDir::Files);
    if (py.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("strata::ProjectConfig", "not an Alembic project: no alembic.ini, no pyproject.toml with "
                                        "[tool.alembic], no env.py with versions/, and no revision scripts"),
                         dir.absolutePath());
    cfg.source = ProjectConfig::Source::VersionsDirectory;
    cfg.versionLocations << dir.absolutePath();
    return cfg;
}

int compareAlembicVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.')), pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < 3; ++i) {
        // "1.18.0rc1" and "2.0.dev0": the leading digits of each part count
        auto part = [i](const QStringList &p) {
            if (i >= p.size())
                return 0;
            int n = 0, j = 0;
            while (j < p[i].size() && p[i][j].isDigit() && n < 100000)
                n = n * 10 + p[i][j++].digitValue();
            return n;
        };
        if (const int d = part(pa) - part(pb); d != 0)
            return d;
    }
    return 0;
}

bool readAsAlembicOlderThan(const QString &alembicVersion, const QString &since)
{
    return !alembicVersion.isEmpty() && compareAlembicVersions(alembicVersion, since) < 0;
}

bool alembicTakesColonInIds(const QString &alembicVersion)
{
    return readAsAlembicOlderThan(alembicVersion, QStringLiteral("1.17.1"));
}

QString AlembicFeature::since() const
{
    switch (kind) {
    case Kind::TomlConfiguration:
    case Kind::TomlKey:
    case Kind::PathSeparator:
        return QStringLiteral("1.16.0");
    case Kind::TomlBoolean:
        return QStringLiteral("1.16.4");
    case Kind::RecursiveVersionLocations:
        return QStringLiteral("1.10.0");
    case Kind::TemplateSubfolder:
        return QStringLiteral("1.18.0");
    }
    return {};
}

Findings alembicFeatureGaps(const ProjectConfig &config, const QString &alembicVersion)
{
    Findings out;
    if (alembicVersion.isEmpty())
        return out;
    using Kind = AlembicFeature::Kind;
    const bool readsToml = compareAlembicVersions(alembicVersion, QStringLiteral("1.16.0")) >= 0;
    for (const AlembicFeature &f : config.alembicFeatures) {
        if (compareAlembicVersions(alembicVersion, f.since()) >= 0)
            continue;
        QString message;
        switch (f.kind) {
        case Kind::TomlConfiguration:
            message = QCoreApplication::translate("strata::ProjectConfig", "the project is configured in pyproject.toml [tool.alembic], which Alembic reads "
                                     "from %1: Alembic %2 will not find it");
            break;
        case Kind::TomlKey:
            message = QCoreApplication::translate("strata::ProjectConfig", "'%3' is set in pyproject.toml [tool.alembic], which Alembic reads from %1: "
                                     "Alembic %2 does not use it");
            break;
        case Kind::TomlBoolean:
            if (!readsToml)
                continue; // said by the key's own gap
            message = QCoreApplication::translate("strata::ProjectConfig", "'%3 = true' is a TOML boolean, which Alembic takes as true from %1: Alembic %2 "
                                     "takes it as false");
            break;
        case Kind::PathSeparator:
            message = QCoreApplication::translate("strata::ProjectConfig", "path_separator is a setting of Alembic %1 and later: Alembic %2 ignores it and "
                                     "splits version_locations on spaces and commas");
            break;
        case Kind::RecursiveVersionLocations:
            message = QCoreApplication::translate("strata::ProjectConfig", "recursive_version_locations = true makes Alembic read the sub-directories of "
                                     "the version locations from %1: Alembic %2 ignores it and does not see the "
                                     "revisions there");
            break;
        case Kind::TemplateSubfolder:
            message = QCoreApplication::translate("strata::ProjectConfig", "file_template writes new revisions into sub-directories, which Alembic does "
                                     "from %1: Alembic %2 does not create them");
            break;
        }
        out.append(Finding { f.kind == Kind::TomlConfiguration ? Severity::Error : Severity::Warning,
                             QStringLiteral("alembic-too-old"),
                             message.replace(QLatin1String("%3"), f.key).arg(f.since(), alembicVersion), f.file,
                             f.line, {} });
    }
    // When Alembic cannot find the project at all, that is the one thing to say.
    Findings fatal;
    for (const Finding &f : out)
        if (f.severity == Severity::Error)
            fatal.append(f);
    return fatal.isEmpty() ? out : fatal;
}

} // namespace strata
