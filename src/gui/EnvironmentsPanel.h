#pragma once

#include "connection/ConnectionProfile.h"
#include "connection/ProfileStore.h"
#include "project/Project.h"
#include "state/EnvironmentStatus.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace strata {

class SecretStore;
class StatusRefresher;

// The Environments dock: every profile of the open project with a coloured
// chip, its state ("behind by N" …), current revision, pending count, server
// and when it was checked — the environment matrix, exportable to CSV.
// Checks run on worker threads; passwords are read from the keychain
// asynchronously first.
class EnvironmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentsPanel(QWidget *parent = nullptr);
    ~EnvironmentsPanel() override;

    void setProject(const ProjectPtr &project);
    void setProfileStorePath(const QString &path); // tests point it at a temp file
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    QHash<QString, EnvironmentStatus> statuses() const { return m_statuses; }
    QTreeWidget *table() const { return m_table; }
    bool isRefreshing() const;
    const ConnectionProfile *selectedProfile() const { return selected(); }
    SecretStore *secrets() const { return m_secrets; }
    QString lastMessage() const;

    // CSV of the matrix: one row per environment.
    QString toCsv() const;

public slots:
    void refresh();
    void addProfile();
    void editSelected();
    void removeSelected();
    void importUrl();
    void importEnv();
    void importIni();
    void setPasswordForSelected();
    void exportCsv();

signals:
    // The selected environment changed: its current revisions and pending ones.
    void environmentSelected(const QString &name, const QStringList &current, const QStringList &pending);
    void statusesChanged();
    void refreshFinished();

private:
    void reloadProfiles();
    void rebuildTable();
    void fillRow(QTreeWidgetItem *item, const ConnectionProfile &p);
    const ConnectionProfile *selected() const;
    void saveProfile(const ConnectionProfile &p, bool isNew, const QString &password);
    void removeProfile(const ConnectionProfile &p);
    void forgetPassword(const ConnectionProfile &p);
    void askPassword(const ConnectionProfile &p);
    // Adds a profile from a parsed URL (import dialogs); the password goes to the keychain.
    bool addFromUrl(const QString &name, const QString &url, const QStringList &envVars, QString *error);
    // action: the outcome of something the user did; refresh progress does not replace it.
    void showMessage(const QString &text, bool error = false, bool action = false);
    void startRefresh();

    ProjectPtr m_project;
    ProfileStore m_store;
    QList<ConnectionProfile> m_profiles;
    QHash<QString, EnvironmentStatus> m_statuses; // by profile name
    QTreeWidget *m_table;
    QLabel *m_message;
    SecretStore *m_secrets;
    StatusRefresher *m_refresher;
    int m_pendingPasswordReads = 0;
    bool m_actionMessage = false;
    QSet<QString> m_askedForPassword; // profiles asked for a password this session (no keychain)
    QStringList m_workspaceOnly; // environments from strata-workspace.json not in the user's store
};

} // namespace strata
