#include "ProjectConfig.h"

#include "common/Logging.h"
#include "project/IniFile.h"
#include "project/TomlTable.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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
                         QStringLiteral("'%1' is not a valid path separator; expected 'space', 'newline', 'os', "
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

bool truthy(const QString &v)
{
    const QString s = v.trimmed().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes")
            || s == QLatin1String("on");
}

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
                         QStringLiteral("script_location '%1' names a package resource that was not found under "
                                        "%2")
                                 .arg(loc, baseDir),
                         file, line, QStringLiteral("script_location"));
    }
    const QString abs = absoluteFrom(baseDir, loc);
    if (!QFileInfo(abs).isDir())
        return makeError(ErrorCode::Config,
                         QStringLiteral("script_location '%1' is not a directory (looked for %2)").arg(loc, abs), file,
                         line, QStringLiteral("script_location"));
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
                                          QStringLiteral("version location '%1' does not exist (%2); it is "
                                                         "skipped")
                                                  .arg(loc, abs),
                                          file, line, {} });
            continue;
        }
        if (!cfg.versionLocations.contains(abs))
            cfg.versionLocations << abs;
    }
}

Result<ProjectConfig> fromIni(const QString &iniPath, const QString &section)
{
    const QString baseDir = QFileInfo(iniPath).absolutePath();
    QHash<QString, QString> defaults;
    defaults.insert(QStringLiteral("here"), baseDir);
    auto ini = IniFile::load(iniPath, defaults);
    if (!ini)
        return ini.error();
    const IniFile &f = ini.value();
    if (!f.hasSection(section)) {
        return makeError(ErrorCode::Config,
                         QStringLiteral("no section [%1] in the file (sections: %2)")
                                 .arg(section, f.sectionNames().join(QStringLiteral(", "))),
                         iniPath);
    }
    ProjectConfig cfg;
    cfg.source = ProjectConfig::Source::AlembicIni;
    cfg.rootDir = baseDir;
    cfg.configFile = iniPath;
    cfg.section = section;

    if (!f.hasKey(section, QStringLiteral("script_location")))
        return makeError(ErrorCode::Config, QStringLiteral("section [%1] has no 'script_location' key").arg(section),
                         iniPath, 0, QStringLiteral("script_location"));
    auto loc = f.value(section, QStringLiteral("script_location"));
    if (!loc)
        return loc.error();
    const int locLine = f.lineOf(section, QStringLiteral("script_location"));
    auto scriptDir = resolveScriptLocation(loc.value(), baseDir, iniPath, locLine);
    if (!scriptDir)
        return scriptDir.error();
    cfg.scriptLocation = scriptDir.value();

    for (const char *key : { "recursive_version_locations", "sourceless" }) {
        const QString k = QString::fromLatin1(key);
        if (!f.hasKey(section, k))
            continue;
        auto v = f.value(section, k);
        if (!v)
            return v.error();
        (k == QLatin1String("sourceless") ? cfg.sourceless : cfg.recursiveVersionLocations) = truthy(v.value());
    }

    if (f.hasKey(section, QStringLiteral("version_locations"))) {
        auto v = f.value(section, QStringLiteral("version_locations"));
        if (!v)
            return v.error();
        const int vlLine = f.lineOf(section, QStringLiteral("version_locations"));
        QString sepKey;
        for (const char *key : { "path_separator", "version_path_separator" }) {
            if (f.hasKey(section, QString::fromLatin1(key))) {
                sepKey = QString::fromLatin1(key);
                break;
            }
        }
        QString sep;
        if (!sepKey.isEmpty()) {
            auto s = f.value(section, sepKey);
            if (!s)
                return s.error();
            sep = s.value();
        }
        auto parts = splitVersionLocations(v.value(), sep);
        if (!parts) {
            Error e = parts.error();
            e.file = iniPath;
            e.line = f.lineOf(section, sepKey);
            e.key = sepKey;
            return e;
        }
        if (sepKey.isEmpty() && parts.value().size() > 1)
            cfg.findings.append(Finding { Severity::Info, QStringLiteral("legacy-path-separator"),
                                          QStringLiteral("version_locations is split on spaces and commas because "
                                                         "no path_separator is set"),
                                          iniPath, vlLine, {} });
        addVersionLocations(cfg, parts.value(), baseDir, iniPath, vlLine);
    } else {
        cfg.versionLocations << cfg.scriptLocation + QStringLiteral("/versions");
    }
    return cfg;
}

Result<ProjectConfig> fromPyProject(const QString &tomlPath, const TomlTable &t)
{
    const QString baseDir = QFileInfo(tomlPath).absolutePath();
    auto here = [&](QString s) { return s.replace(QStringLiteral("%(here)s"), baseDir); };
    ProjectConfig cfg;
    cfg.source = ProjectConfig::Source::PyProject;
    cfg.rootDir = baseDir;
    cfg.configFile = tomlPath;
    cfg.section = QStringLiteral("tool.alembic");
    if (!t.contains(QStringLiteral("script_location")))
        return makeError(ErrorCode::Config, QStringLiteral("[tool.alembic] has no 'script_location' key"), tomlPath,
                         t.tableLine(), QStringLiteral("script_location"));
    const QVariant loc = t.value(QStringLiteral("script_location"));
    if (loc.typeId() != QMetaType::QString)
        return makeError(ErrorCode::Config, QStringLiteral("'script_location' must be a string"), tomlPath,
                         t.lineOf(QStringLiteral("script_location")), QStringLiteral("script_location"));
    auto scriptDir = resolveScriptLocation(here(loc.toString()), baseDir, tomlPath,
                                           t.lineOf(QStringLiteral("script_location")));
    if (!scriptDir)
        return scriptDir.error();
    cfg.scriptLocation = scriptDir.value();
    const QVariant rec = t.value(QStringLiteral("recursive_version_locations"));
    cfg.recursiveVersionLocations = rec.typeId() == QMetaType::Bool ? rec.toBool() : truthy(rec.toString());
    cfg.sourceless = t.value(QStringLiteral("sourceless")).toBool();
    if (t.contains(QStringLiteral("version_locations"))) {
        const QVariant v = t.value(QStringLiteral("version_locations"));
        const int line = t.lineOf(QStringLiteral("version_locations"));
        QStringList list;
        if (v.typeId() == QMetaType::QVariantList) {
            for (const QVariant &item : v.toList()) {
                if (item.typeId() != QMetaType::QString)
                    return makeError(ErrorCode::Config,
                                     QStringLiteral("'version_locations' must be a list of strings"), tomlPath, line,
                                     QStringLiteral("version_locations"));
                list << here(item.toString());
            }
        } else if (v.typeId() == QMetaType::QString) {
            auto parts = splitVersionLocations(here(v.toString()), QString());
            list = parts.value();
        } else {
            return makeError(ErrorCode::Config, QStringLiteral("'version_locations' must be a list of strings"),
                             tomlPath, line, QStringLiteral("version_locations"));
        }
        addVersionLocations(cfg, list, baseDir, tomlPath, line);
    } else {
        cfg.versionLocations << cfg.scriptLocation + QStringLiteral("/versions");
    }
    return cfg;
}

} // namespace

Result<ProjectConfig> loadProjectConfig(const QString &path, const QString &section)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such file or directory"), info.absoluteFilePath());

    if (info.isFile()) {
        if (info.suffix() == QLatin1String("toml")) {
            auto t = TomlTable::load(info.absoluteFilePath(), QStringLiteral("tool.alembic"));
            if (!t)
                return t.error();
            if (!t->found())
                return makeError(ErrorCode::Config, QStringLiteral("no [tool.alembic] table in this file"),
                                 info.absoluteFilePath());
            return fromPyProject(info.absoluteFilePath(), t.value());
        }
        return fromIni(info.absoluteFilePath(), section);
    }

    const QDir dir(info.absoluteFilePath());
    const QString pyproject = dir.absoluteFilePath(QStringLiteral("pyproject.toml"));
    const QString ini = dir.absoluteFilePath(QStringLiteral("alembic.ini"));
    // A pyproject.toml with [tool.alembic] holds the script settings (Alembic
    // 1.16+); alembic.ini beside it then only configures logging and the URL.
    if (QFileInfo(pyproject).isFile()) {
        auto t = TomlTable::load(pyproject, QStringLiteral("tool.alembic"));
        if (!t)
            return t.error();
        if (t->found())
            return fromPyProject(pyproject, t.value());
    }
    if (QFileInfo(ini).isFile())
        return fromIni(ini, section);

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
                         QStringLiteral("not an Alembic project: no alembic.ini, no pyproject.toml with "
                                        "[tool.alembic], no env.py with versions/, and no revision scripts"),
                         dir.absolutePath());
    cfg.source = ProjectConfig::Source::VersionsDirectory;
    cfg.versionLocations << dir.absolutePath();
    return cfg;
}

} // namespace strata
