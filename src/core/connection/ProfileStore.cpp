#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace strata {

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/strata/profiles.json");
}

QString ProfileStore::workspacePath(const QString &projectDir)
{
    return QDir(projectDir).absoluteFilePath(QStringLiteral("strata-workspace.json"));
}

QList<ConnectionProfile> ProfileStore::profilesForProject(const QString &projectDir, QStringList *workspaceOnly,
                                                        QString *problem) const
{
    QList<ConnectionProfile> out;
    const QDir root(projectDir);
    for (const ConnectionProfile &p : m_profiles)
        if (p.project.isEmpty() || QDir(p.project) == root)
            out << p;
    auto shared = readProfilesFile(workspacePath(projectDir), QStringLiteral("environments"));
    if (!shared) {
        if (problem)
            *problem = shared.error().toString();
        return out;
    }
    for (ConnectionProfile p : shared.value()) {
        if (find(p.id) || find(p.name))
            continue;
        p.project = root.absolutePath();
        out << p;
        if (workspaceOnly)
            *workspaceOnly << p.name;
    }
    return out;
}

ProfileStore::ProfileStore(QString path) : m_path(std::move(path)) { }

Result<QList<ConnectionProfile>> ProfileStore::readProfilesFile(const QString &path, const QString &listKey)
{
    QFile f(path);
    if (!f.exists())
        return QList<ConnectionProfile>();
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::ProfileStore", "cannot read the file: %1").arg(f.errorString()), path);
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(pe.offset).count('\n')) + 1;
        return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::ProfileStore", "not valid JSON: %1").arg(pe.errorString()), path, line);
    }
    if (!doc.isObject())
        return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::ProfileStore", "expected a JSON object at the top"), path, 1);
    const QJsonObject root = doc.object();
    const int schema = root.value(QStringLiteral("schema")).toInt(-1);
    if (schema < 1)
        return makeError(ErrorCode::Parse, QCoreApplication::translate("strata::ProfileStore", "missing or bad \"schema\" number"), path, 0,
                         QStringLiteral("schema"));
    if (schema > SchemaVersion)
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate("strata::ProfileStore", "written by a newer Strata (schema %1; this one reads %2)")
                                 .arg(schema)
                                 .arg(SchemaVersion),
                         path, 0, QStringLiteral("schema"));
    const QJsonValue list = root.value(listKey);
    if (!list.isArray())
        return makeError(ErrorCode::Parse, QStringLiteral("\"%1\" must be a list").arg(listKey), path, 0, listKey);
    QList<ConnectionProfile> out;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return makeError(ErrorCode::Parse, QStringLiteral("entry %1 of \"%2\" is not an object").arg(index).arg(listKey),
                             path, 0, listKey);
        auto p = ConnectionProfile::fromJson(v.toObject());
        if (!p) {
            Error e = p.error();
            const QString who = v.toObject().value(QStringLiteral("name")).toString();
            e.message = QStringLiteral("profile %1%2: %3")
                                .arg(index)
                                .arg(who.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(who), e.message);
            e.file = path;
            e.code = ErrorCode::Parse;
            return e;
        }
        out.append(p.value());
        ++index;
    }
    return out;
}

Status ProfileStore::writeProfilesFile(const QString &path, const QString &listKey,
                                       const QList<ConnectionProfile> &profiles)
{
    QJsonArray list;
    for (const ConnectionProfile &p : profiles)
        list.append(p.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("schema"), SchemaVersion);
    root.insert(listKey, list);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::ProfileStore", "cannot create the directory"), QFileInfo(path).absolutePath());
    // QSaveFile writes a temporary file and renames it over the old one, so a
    // crash leaves either the old or the new file, never half of one.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::ProfileStore", "cannot write: %1").arg(out.errorString()), path);
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::ProfileStore", "cannot write: %1").arg(out.errorString()), path);
    return {};
}

Status ProfileStore::load()
{
    m_profiles.clear();
    m_damaged = false;
    auto r = readProfilesFile(m_path, QStringLiteral("profiles"));
    if (!r) {
        m_damaged = r.error().code != ErrorCode::Io;
        Error e = r.error();
        e.message += QCoreApplication::translate("strata::ProfileStore", "; the file is kept as it is: repair or move it to start afresh");
        return e;
    }
    m_profiles = r.value();
    return {};
}

Status ProfileStore::save() const
{
    if (m_damaged)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("strata::ProfileStore", "not saving: the profile file is damaged and kept for repair (move it away to "
                                        "start afresh)"),
                         m_path);
    return writeProfilesFile(m_path, QStringLiteral("profiles"), m_profiles);
}

const ConnectionProfile *ProfileStore::find(const QString &nameOrId) const
{
    for (const ConnectionProfile &p : m_profiles)
        if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

Result<ConnectionProfile> ProfileStore::add(ConnectionProfile profile)
{
    if (Status s = profile.validate(); !s)
        return s.error();
    if (find(profile.name))
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::ProfileStore", "a profile named '%1' already exists").arg(profile.name),
                         {}, 0, QStringLiteral("name"));
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (find(profile.id))
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::ProfileStore", "a profile with id %1 already exists").arg(profile.id),
                         {}, 0, QStringLiteral("id"));
    m_profiles.append(profile);
    return profile;
}

Status ProfileStore::update(const ConnectionProfile &profile)
{
    if (Status s = profile.validate(); !s)
        return s;
    for (const ConnectionProfile &p : m_profiles)
        if (p.id != profile.id && p.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("strata::ProfileStore", "a profile named '%1' already exists").arg(profile.name), {}, 0,
                             QStringLiteral("name"));
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            return {};
        }
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::ProfileStore", "no profile with id %1").arg(profile.id));
}

Status ProfileStore::remove(const QString &nameOrId)
{
    const ConnectionProfile *p = find(nameOrId);
    if (!p)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::ProfileStore", "no profile named '%1'").arg(nameOrId));
    const QString id = p->id;
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                    [&id](const ConnectionProfile &x) { return x.id == id; }),
                     m_profiles.end());
    return {};
}

} // namespace strata
