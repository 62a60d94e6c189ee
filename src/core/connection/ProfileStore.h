#pragma once

#include "connection/ConnectionProfile.h"

#include <QList>
#include <QString>

namespace strata {

// The user's connection profiles, as JSON in their config location, written
// atomically with a schema version. A damaged file is reported and kept: the
// store then refuses to save, so nothing overwrites what the user may repair.
class ProfileStore
{
public:
    static constexpr int SchemaVersion = 1;

    // $XDG_CONFIG_HOME/strata/profiles.json (or the platform's config location).
    static QString defaultPath();

    explicit ProfileStore(QString path = defaultPath());

    QString path() const { return m_path; }
    // A missing file is an empty store; a damaged one an Error naming the file
    // (and line where JSON says so), after which save() refuses.
    Status load();
    Status save() const;
    bool isDamaged() const { return m_damaged; }

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    // By name (case-insensitive) or id.
    const ConnectionProfile *find(const QString &nameOrId) const;
    // Validates, checks the name is free, assigns an id when it has none.
    Result<ConnectionProfile> add(ConnectionProfile profile);
    // Replaces the profile with the same id.
    Status update(const ConnectionProfile &profile);
    Status remove(const QString &nameOrId);

    // Team workspace file next to alembic.ini: the environment definitions
    // (never a secret) to share through version control.
    static QString workspacePath(const QString &projectDir);
    // The environments of a project: the user's profiles for it (or for any
    // project), then those of its workspace file that the user does not have
    // yet (same id or name), with workspaceOnly listing their names. A bad
    // workspace file is reported in *problem and skipped.
    QList<ConnectionProfile> profilesForProject(const QString &projectDir, QStringList *workspaceOnly,
                                                QString *problem) const;
    static Result<QList<ConnectionProfile>> readProfilesFile(const QString &path, const QString &listKey);
    static Status writeProfilesFile(const QString &path, const QString &listKey,
                                    const QList<ConnectionProfile> &profiles);

private:
    QString m_path;
    QList<ConnectionProfile> m_profiles;
    bool m_damaged = false;
};

} // namespace strata
