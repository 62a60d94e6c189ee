#pragma once

#include "connection/ConnectionProfile.h"
#include "project/Project.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ProfileDialog;
}

namespace strata {

class SecretStore;
struct EnvironmentStatus;

// Edits one connection profile (forms/ProfileDialog.ui). "Test connection"
// runs on a worker thread; the password field stays empty unless the user
// types a new one, and goes to the keychain only, never into the profile.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const ConnectionProfile &profile, bool isNew, ProjectPtr project, SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const;
    // The password typed in the dialog; empty means "leave the keychain as it is".
    QString newPassword() const;
    QString testResultText() const;

signals:
    void testFinished(bool ok);

private:
    void updateFields();
    void runTest();
    void accept() override;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ConnectionProfile m_initial;
    bool m_isNew;
    ProjectPtr m_project;
    SecretStore *m_secrets;
    QFutureWatcher<EnvironmentStatus> *m_test;
};

} // namespace strata
