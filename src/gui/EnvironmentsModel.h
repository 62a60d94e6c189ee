#pragma once

#include "connection/ConnectionProfile.h"
#include "state/EnvironmentStatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace strata {

// The environment matrix: one row per profile of the project, keyed by the
// profile's id (a rename never orphans a status), with its state, current
// revision, pending count, server and when it was checked.
class EnvironmentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColName, ColState, ColCurrent, ColPending, ColServer, ColChecked, ColCount };
    static constexpr int ProfileIdRole = Qt::UserRole + 1;

    explicit EnvironmentsModel(QObject *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, const QStringList &workspaceOnly);
    void setStatus(const EnvironmentStatus &status);
    void forget(const QString &profileId);
    // Drift found for an environment: the count (-1: could not be checked) and the list or the reason.
    void setDrift(const QString &profileId, int count, const QString &detail);
    // What the doctor found per environment (profile id -> problems).
    void setProblems(const QHash<QString, int> &counts);
    void clearStatuses();
    // These environments are being checked (until their status arrives).
    void setChecking(const QList<ConnectionProfile> &profiles);

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    const QHash<QString, EnvironmentStatus> &statuses() const { return m_statuses; }
    const ConnectionProfile *profileAt(int row) const;
    int rowOf(const QString &profileId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // CSV of the matrix: one row per environment.
    QString toCsv() const;

private:
    QList<ConnectionProfile> m_profiles;
    QSet<QString> m_workspaceOnly; // by name: environments from strata-workspace.json not among the user's own
    QHash<QString, EnvironmentStatus> m_statuses; // by profile id
    QSet<QString> m_checking; // profile ids being checked
    struct DriftBadge
    {
        int count = -1;
        QString detail;
    };
    QHash<QString, DriftBadge> m_drift; // by profile id
    QHash<QString, int> m_problems;     // by profile id: the doctor's count
};

} // namespace strata
