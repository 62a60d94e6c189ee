#include "Workspace.h"

#include "common/Logging.h"
#include "connection/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace strata {

Result<PythonChoice> PythonResolver::choose(const QString &explicitProgram)
{
    if (!explicitProgram.isEmpty())
        return choosePython(m_projectDir, explicitProgram);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_choice)
        m_choice = choosePython(m_projectDir);
    return *m_choice;
}

Workspace::Workspace(QString profileStorePath, QObject *parent)
    : QObject(parent), m_storePath(profileStorePath), m_store(std::move(profileStorePath)), m_secrets(new SecretStore(this)),
      m_python(std::make_shared<PythonResolver>(QString()))
{
}

Workspace::~Workspace() = default;

void Workspace::setProfileStorePath(const QString &path)
{
    m_storePath = path;
    m_store = ProfileStore(path);
    loadProfiles();
}

Status Workspace::setProject(ProjectPtr project)
{
    m_project = std::move(project);
    m_python = std::make_shared<PythonResolver>(m_project ? m_project->config.rootDir : QString());
    return loadProfiles();
}

Status Workspace::loadProfiles()
{
    const Status s = m_store.load();
    refreshEnvironments();
    return s;
}

void Workspace::refreshEnvironments()
{
    m_workspaceOnly.clear();
    m_workspaceProblem.clear();
    if (m_project)
        m_environments = m_store.profilesForProject(m_project->config.rootDir, &m_workspaceOnly, &m_workspaceProblem);
    else
        m_environments = m_store.profiles();
    Q_EMIT profilesChanged();
}

Result<ConnectionProfile> Workspace::findProfile(const QString &nameOrId) const
{
    for (const ConnectionProfile &p : m_environments)
        if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    if (const ConnectionProfile *p = m_store.find(nameOrId))
        return *p;
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("strata::Workspace", "no profile named '%1' (see 'strata-cli profiles list')").arg(nameOrId));
}

Result<ConnectionProfile> Workspace::profileFor(const QString &nameOrId, const QString &verb) const
{
    if (!nameOrId.isEmpty())
        return findProfile(nameOrId);
    if (m_environments.size() == 1)
        return m_environments.first();
    QStringList names;
    for (const ConnectionProfile &p : m_environments)
        names << p.name;
    return makeError(ErrorCode::InvalidArgument,
                     m_environments.isEmpty()
                             ? QCoreApplication::translate("strata::Workspace", "no profiles for this project: add one with 'strata-cli profiles add'")
                             : QCoreApplication::translate("strata::Workspace", "say which database %1 works on with --profile (%2)")
                                       .arg(verb, names.join(QStringLiteral(", "))));
}

void Workspace::readPassword(const ConnectionProfile &profile, std::function<void(const QString &)> done)
{
    if (profile.driver == ConnectionProfile::Driver::SQLite) {
        done(QString());
        return;
    }
    m_secrets->read(profile.id, [done = std::move(done)](const SecretStore::Answer &a) {
        done(a.state == SecretStore::Answer::Found ? a.password : QString());
    });
}

void Workspace::readPasswords(const QList<ConnectionProfile> &profiles,
                              std::function<void(const QHash<QString, QString> &)> done)
{
    if (profiles.isEmpty()) {
        done({});
        return;
    }
    struct Gather
    {
        QHash<QString, QString> passwords;
        int pending = 0;
        std::function<void(const QHash<QString, QString> &)> done;
    };
    auto gather = std::make_shared<Gather>();
    gather->pending = int(profiles.size());
    gather->done = std::move(done);
    for (const ConnectionProfile &p : profiles) {
        readPassword(p, [gather, id = p.id](const QString &password) {
            if (!password.isEmpty())
                gather->passwords.insert(id, password);
            if (--gather->pending == 0) {
                gather->done(gather->passwords);
                gather->passwords.clear();
            }
        });
    }
}

void Workspace::addProfile(ConnectionProfile profile, const QString &password, AddedFn done)
{
    if (m_store.isDamaged()) {
        done(makeError(ErrorCode::Io, QCoreApplication::translate("strata::Workspace", "the profile file is damaged and kept for repair; nothing was saved"),
                       m_storePath),
             QString(), false);
        return;
    }
    auto added = m_store.add(std::move(profile));
    if (!added) {
        done(added.error(), QString(), false);
        return;
    }
    if (Status s = m_store.save(); !s) {
        m_store.load();
        done(s.error(), QString(), false);
        return;
    }
    refreshEnvironments();
    if (password.isEmpty()) {
        done(added.value(), QString(), false);
        return;
    }
    const ConnectionProfile saved = added.value();
    QPointer<Workspace> guard(this);
    m_secrets->write(saved.id, password, [guard, saved, done](const SecretStore::Answer &a) {
        if (!guard)
            return;
        if (a.state == SecretStore::Answer::Failed)
            done(saved,
                 QCoreApplication::translate("strata::Workspace", "the password for '%1' was NOT stored (%2); the profile is kept: set it again with "
                                "'strata-cli profiles set-password %1'")
                         .arg(saved.name, a.message),
                 true);
        else if (a.sessionOnly)
            done(saved, a.message, false);
        else
            done(saved, QCoreApplication::translate("strata::Workspace", "password for '%1' stored in the keychain").arg(saved.name), false);
    });
}

} // namespace strata
