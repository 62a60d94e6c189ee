#pragma once

#include "common/Result.h"
#include "connection/ProfileStore.h"
#include "project/Project.h"
#include "run/Bridge.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace strata {

class SecretStore;

// The project's Python, chosen once and shared with worker threads (which
// may outlive the Workspace that handed it out).
class PythonResolver
{
public:
    explicit PythonResolver(QString projectDir) : m_projectDir(std::move(projectDir)) { }
    // An explicit program always wins; otherwise the first answer is kept.
    Result<PythonChoice> choose(const QString &explicitProgram = {});

private:
    QString m_projectDir;
    std::mutex m_mutex;
    std::optional<Result<PythonChoice>> m_choice;
};
using PythonResolverPtr = std::shared_ptr<PythonResolver>;

// What a face works on: the open project, the user's profiles, the keychain,
// and the one rule for finding a profile. Both the GUI and the CLI hold one;
// the use cases in MigrationService take the values it hands out, so worker
// threads never touch it (python() is the exception, and is locked).
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QString profileStorePath = ProfileStore::defaultPath(), QObject *parent = nullptr);
    ~Workspace() override;

    // Reads the profiles again and forgets the Python choice of the old
    // project; an Error when the profile file cannot be read (see loadProfiles).
    Status setProject(ProjectPtr project);
    ProjectPtr project() const { return m_project; }
    void setProfileStorePath(const QString &path);

    // The profile file could not be read: what, and where (the store is then damaged and never saved).
    Status loadProfiles();
    ProfileStore &store() { return m_store; }
    const ProfileStore &store() const { return m_store; }

    // The project's environments: the user's profiles for it (or for any
    // project), then those of its strata-workspace.json the user has not.
    QList<ConnectionProfile> environments() const { return m_environments; }
    QStringList workspaceOnly() const { return m_workspaceOnly; }
    QString workspaceProblem() const { return m_workspaceProblem; }

    // The one rule for finding a profile: by name (case-insensitive) or id
    // among the project's environments, then among all the user's profiles.
    Result<ConnectionProfile> findProfile(const QString &nameOrId) const;
    // The profile a verb works on: the named one, else the project's only one.
    Result<ConnectionProfile> profileFor(const QString &nameOrId, const QString &verb) const;

    // The project's Python (chosen once; an explicit program always wins).
    Result<PythonChoice> python(const QString &explicitProgram = {}) const { return m_python->choose(explicitProgram); }
    PythonResolverPtr pythonResolver() const { return m_python; }

    // Passwords, asynchronously (the callback runs later on this object's
    // thread; never a nested event loop in the GUI).
    SecretStore *secrets() const { return m_secrets; }
    void readPassword(const ConnectionProfile &profile, std::function<void(const QString &)> done);
    // Every profile's password at once; done gets profile id -> password
    // (profiles without one are left out) after the last answer.
    void readPasswords(const QList<ConnectionProfile> &profiles,
                       std::function<void(const QHash<QString, QString> &)> done);

    // Adds a profile (validated, its name free) and stores its password in
    // the keychain; done gets the saved profile and a note about the password.
    using AddedFn = std::function<void(const Result<ConnectionProfile> &, const QString &passwordNote, bool passwordFailed)>;
    void addProfile(ConnectionProfile profile, const QString &password, AddedFn done);

Q_SIGNALS:
    void profilesChanged();

private:
    void refreshEnvironments();

    QString m_storePath;
    ProfileStore m_store;
    ProjectPtr m_project;
    QList<ConnectionProfile> m_environments;
    QStringList m_workspaceOnly;
    QString m_workspaceProblem;
    SecretStore *m_secrets;
    PythonResolverPtr m_python;
};

} // namespace strata
