#include "ProfileImport.h"

#include "connection/DotEnv.h"
#include "connection/SqlAlchemyUrl.h"
#include "project/IniFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QFileInfo>

namespace strata {

namespace {

Result<ImportedProfile> fromParsedUrl(const QString &name, const QString &url, const QString &baseDir,
                                      const QString &projectDir, QString source)
{
    auto parsed = parseSqlAlchemyUrl(url, baseDir);
    if (!parsed)
        return parsed.error();
    ImportedProfile out;
    out.profile = parsed->profile;
    out.profile.name = name;
    if (!projectDir.isEmpty())
        out.profile.project = QFileInfo(projectDir).absoluteFilePath();
    out.password = parsed->password;
    out.hasPassword = parsed->hasPassword;
    out.source = std::move(source);
    if (Status s = out.profile.validate(); !s)
        return s.error();
    return out;
}

} // namespace

Result<ImportedProfile> ProfileImport::fromUrl(const QString &name, const QString &url, const QString &projectDir)
{
    const QString base = projectDir.isEmpty() ? QDir::currentPath() : QFileInfo(projectDir).absoluteFilePath();
    return fromParsedUrl(name, url, base, projectDir, QStringLiteral("the URL"));
}

Result<ImportedProfile> ProfileImport::fromDotEnv(const QString &name, const QStringList &files, const QString &variable,
                                                  const QString &projectDir)
{
    if (files.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::ProfileImport", "give one or more .env files"));
    const QString var = variable.isEmpty() ? QStringLiteral("DATABASE_URL") : variable;
    auto values = DotEnv::loadFiles(files, DotEnv::processEnvironment());
    if (!values)
        return values.error();
    if (values->value(var).isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::ProfileImport", "%1 is not set in %2").arg(var, files.join(QStringLiteral(", "))),
                         files.last(), 0, var);
    const QString base = projectDir.isEmpty() ? QFileInfo(files.last()).absolutePath()
                                              : QFileInfo(projectDir).absoluteFilePath();
    auto out = fromParsedUrl(name, values->value(var), base, projectDir, QStringLiteral(".env (%1)").arg(var));
    if (!out)
        return out;
    out->profile.urlEnvironmentVariables = QStringList { var };
    return out;
}

Result<ImportedProfile> ProfileImport::fromAlembicIni(const QString &name, const ProjectConfig &cfg)
{
    if (cfg.iniFile.isEmpty())
        return makeError(ErrorCode::Config, QCoreApplication::translate("strata::ProfileImport", "no alembic.ini to read sqlalchemy.url from"), cfg.rootDir);
    auto ini = IniFile::load(cfg.iniFile, { { QStringLiteral("here"), QFileInfo(cfg.iniFile).absolutePath() } });
    if (!ini)
        return ini.error();
    auto v = ini->value(cfg.section, QStringLiteral("sqlalchemy.url"));
    if (!v || v->trimmed().isEmpty())
        return makeError(ErrorCode::Config,
                         QCoreApplication::translate("strata::ProfileImport", "section [%1] has no sqlalchemy.url (env.py may build the URL itself; add the "
                                        "profile by hand)")
                                 .arg(cfg.section),
                         cfg.iniFile, v ? ini->lineOf(cfg.section, QStringLiteral("sqlalchemy.url")) : ini->sectionLine(cfg.section),
                         QStringLiteral("sqlalchemy.url"));
    auto out = fromParsedUrl(name, v.value(), cfg.rootDir, cfg.rootDir,
                             QStringLiteral("alembic.ini [%1] sqlalchemy.url").arg(cfg.section));
    if (out && out->hasPassword && !out->password.isEmpty()) {
        out->clearTextFile = cfg.iniFile;
        out->clearTextLine = ini->lineOf(cfg.section, QStringLiteral("sqlalchemy.url"));
    }
    return out;
}

Status ProfileImport::stripIniPassword(const QString &file, int line)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::ProfileImport", "cannot read it: %1").arg(in.errorString()), file);
    QByteArray text = in.readAll();
    in.close();
    QList<QByteArray> lines = text.split('\n');
    if (line < 1 || line > lines.size())
        return makeError(ErrorCode::Config, QCoreApplication::translate("strata::ProfileImport", "no line %1 to clean").arg(line), file);
    // scheme://user:password@host -> scheme://user@host (the last '@' ends the credentials)
    static const QRegularExpression credentials(QStringLiteral("(://[^:/@\\s]*):[^\\s]*@"));
    QString target = QString::fromUtf8(lines[line - 1]);
    const QString cleaned = QString(target).replace(credentials, QStringLiteral("\\1@"));
    if (cleaned == target)
        return makeError(ErrorCode::Config, QCoreApplication::translate("strata::ProfileImport", "line %1 holds no password to remove").arg(line), file, line);
    lines[line - 1] = cleaned.toUtf8();
    const QFileDevice::Permissions permissions = QFile::permissions(file);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(lines.join('\n')) < 0 || !out.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::ProfileImport", "cannot write it: %1").arg(out.errorString()), file);
    QFile::setPermissions(file, permissions);
    return {};
}

} // namespace strata
