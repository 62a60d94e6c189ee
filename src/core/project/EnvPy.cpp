#include "EnvPy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace strata {

QString EnvPyFacts::describeSources() const
{
    if (path.isEmpty())
        return QCoreApplication::translate("strata::EnvPy", "the project has no env.py");
    QStringList parts;
    if (readsUrlOption)
        parts << QCoreApplication::translate("strata::EnvPy", "reads sqlalchemy.url from Alembic's configuration");
    if (!environmentVariables.isEmpty())
        parts << QCoreApplication::translate("strata::EnvPy", "reads %1 from the environment")
                         .arg(QStringLiteral("$") + environmentVariables.join(QStringLiteral(", $")));
    if (parts.isEmpty())
        return QCoreApplication::translate("strata::EnvPy", "env.py builds its database URL without sqlalchemy.url or an environment variable");
    return QCoreApplication::translate("strata::EnvPy", "env.py %1")
            .arg(parts.join(QCoreApplication::translate("strata::EnvPy", " and ")));
}

EnvPyFacts parseEnvPy(const QString &source, const QString &path)
{
    EnvPyFacts f;
    f.path = path;
    // Comments do not count.
    QString code;
    for (const QString &line : source.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.startsWith(QLatin1Char('#')))
            code += line + QLatin1Char('\n');
    }
    static const QRegularExpression env(QStringLiteral(
            R"((?:os\.environ\s*\[\s*|os\.environ\.get\s*\(\s*|os\.getenv\s*\(\s*|environ\.get\s*\(\s*|getenv\s*\(\s*)["']([A-Za-z_][A-Za-z0-9_]*)["'])"));
    for (auto it = env.globalMatch(code); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!f.environmentVariables.contains(name))
            f.environmentVariables << name;
    }
    static const QRegularExpression option(QStringLiteral(
            R"(get_main_option\s*\(\s*["']sqlalchemy\.url["']|get_section\s*\(|engine_from_config\s*\(|get_section_option\s*\([^)]*sqlalchemy\.url)"));
    f.readsUrlOption = option.match(code).hasMatch();
    static const QRegularExpression metadata(QStringLiteral(R"(^\s*target_metadata\s*=\s*(?!None\b)\S)"),
                                             QRegularExpression::MultilineOption);
    f.hasTargetMetadata = metadata.match(code).hasMatch();
    return f;
}

EnvPyFacts readEnvPy(const ProjectConfig &config)
{
    if (config.scriptLocation.isEmpty())
        return {};
    const QString path = QDir(config.scriptLocation).filePath(QStringLiteral("env.py"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseEnvPy(QString::fromUtf8(f.read(1 << 20)), path);
}

} // namespace strata
