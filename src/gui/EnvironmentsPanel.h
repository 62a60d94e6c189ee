#pragma once

#include "connection/ConnectionProfile.h"
#include "project/Project.h"
#include "schema/SchemaCatalog.h"
#include "state/EnvironmentStatus.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QTreeView;

namespace strata {

class EnvironmentsModel;
class SecretStore;
class StatusRefresher;
class Workspace;
struct ImportedProfile;

// The Environments dock: every profile of the open project with a coloured
// chip, its state ("behind by N" …), current revision, pending count, server
// and when it was checked — the environment matrix (EnvironmentsModel, keyed
// by profile id), exportable to CSV. Checks run on worker threads; passwords
// are read from the keychain asynchronously first. Profiles come from, and
// go to, the window's Workspace.
class EnvironmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~EnvironmentsPanel() override;

    void setProfileStorePath(const QString &path); // tests point it at a temp file
    // A project was opened: what was known about the last one's environments goes.
    void projectOpened();
    QList<ConnectionProfile> profiles() const;
    // By profile id.
    QHash<QString, EnvironmentStatus> statuses() const;
    // The status of the environment with this name (tests and badges).
    EnvironmentStatus statusByName(const QString &name) const;
    QTreeView *table() const { return m_table; }
    EnvironmentsModel *model() const { return m_model; }
    bool isRefreshing() const;
    const ConnectionProfile *selectedProfile() const;
    void selectProfile(const QString &profileId);
    SecretStore *secrets() const;
    QString lastMessage() const;
    // The columns left out because the dock is too narrow for them (the
    // least needed first: checked, server, pending); the header's tooltip names them.
    QList<int> columnsLeftOut() const;

    // CSV of the matrix: one row per environment.
    QString toCsv() const;

    // What drift found for an environment (nullopt: it could not be checked, error says why).
    // The doctor's problem count per environment (a badge in the state column).
    void setProblems(const QHash<QString, int> &counts);
    void setDrift(const QString &profileId, const std::optional<QList<SchemaDifference>> &differences,
                  const QString &error);

public Q_SLOTS:
    void refresh();
    void addProfile();
    void editSelected();
    void removeSelected();
    void importUrl();
    void importEnv();
    void importIni();
    void setPasswordForSelected();
    void exportCsv();

Q_SIGNALS:
    // The selected environment changed: its id, current revisions and pending ones.
    void environmentSelected(const QString &profileId, const QStringList &current, const QStringList &pending);
    void statusesChanged();
    // The Schema menu: for the selected environment.
    void matchSchemaRequested();
    void driftRequested();
    void statusReady(const strata::EnvironmentStatus &status);
    void refreshFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void onProfilesChanged();
    void saveProfile(const ConnectionProfile &p, bool isNew, const QString &password);
    void addImported(const ImportedProfile &imported);
    void removeProfile(const ConnectionProfile &p);
    void forgetPassword(const ConnectionProfile &p);
    void askPassword(const ConnectionProfile &p);
    QString nameTaken(const QString &name) const;
    void offerToStripPassword(const QString &file, int line);
    // action: the outcome of something the user did; refresh progress does not replace it.
    void showMessage(const QString &text, bool error = false, bool action = false);
    void startRefresh();
    void emitSelection();

    Workspace *m_workspace;
    EnvironmentsModel *m_model;
    QTreeView *m_table;
    QLabel *m_message;
    StatusRefresher *m_refresher;
    bool m_readingPasswords = false;
    bool m_actionMessage = false;
    QSet<QString> m_askedForPassword; // profile ids asked for a password this session (no keychain)
};

} // namespace strata
