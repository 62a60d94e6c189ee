#include "ProfileDialog.h"

#include "Colours.h"

#include "connection/SecretStore.h"
#include "state/EnvironmentStatus.h"
#include "ui_ProfileDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QtConcurrent>

namespace strata {

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, bool isNew, ProjectPtr project, SecretStore *secrets,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>()), m_initial(profile), m_isNew(isNew),
      m_project(std::move(project)), m_secrets(secrets), m_test(new QFutureWatcher<EnvironmentStatus>(this))
{
    m_ui->setupUi(this);
    setWindowTitle(isNew ? tr("New Connection Profile") : tr("Edit Connection Profile"));
    const std::pair<ConnectionProfile::Kind, QString> kinds[] = {
        { ConnectionProfile::Kind::Development, tr("Development") }, { ConnectionProfile::Kind::Test, tr("Test") },
        { ConnectionProfile::Kind::Staging, tr("Staging") },         { ConnectionProfile::Kind::Production, tr("Production") },
        { ConnectionProfile::Kind::Other, tr("Other") } };
    for (const auto &[k, label] : kinds)
        m_ui->kindCombo->addItem(label, int(k));
    m_ui->driverCombo->addItem(QStringLiteral("PostgreSQL"), int(ConnectionProfile::Driver::PostgreSQL));
    m_ui->driverCombo->addItem(QStringLiteral("SQLite"), int(ConnectionProfile::Driver::SQLite));
    m_ui->driverCombo->addItem(QStringLiteral("MySQL / MariaDB"), int(ConnectionProfile::Driver::MySQL));
    m_ui->sslCombo->addItem(tr("(libpq default)"), QString());
    for (const char *m : { "disable", "allow", "prefer", "require", "verify-ca", "verify-full" })
        m_ui->sslCombo->addItem(QString::fromLatin1(m), QString::fromLatin1(m));

    m_ui->nameEdit->setText(profile.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(profile.kind)));
    m_ui->driverCombo->setCurrentIndex(m_ui->driverCombo->findData(int(profile.driver)));
    m_ui->hostEdit->setText(profile.host);
    m_ui->portSpin->setValue(profile.port);
    m_ui->databaseEdit->setText(profile.database);
    m_ui->userEdit->setText(profile.user);
    m_ui->sslCombo->setCurrentIndex(std::max(0, m_ui->sslCombo->findData(profile.sslMode)));
    m_ui->serviceEdit->setText(profile.service);
    m_ui->schemaEdit->setText(profile.versionTableSchema);
    m_ui->versionTableEdit->setText(profile.versionTable);
    m_ui->envVarsEdit->setText(profile.urlEnvironmentVariables.join(QStringLiteral(", ")));
    m_ui->productionCheck->setChecked(profile.production);
    m_ui->readOnlyCheck->setChecked(profile.readOnly);
    m_ui->lockTimeoutSpin->setValue(profile.lockTimeoutMs / 1000.0);
    m_ui->statementTimeoutSpin->setValue(profile.statementTimeoutMs / 1000.0);
    if (isNew)
        m_ui->passwordEdit->setPlaceholderText(tr("optional: ~/.pgpass or pg_service.conf may supply it"));

    connect(m_ui->driverCombo, &QComboBox::currentIndexChanged, this, [this] { updateFields(); });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->kindCombo->currentData().toInt() == int(ConnectionProfile::Kind::Production))
            m_ui->productionCheck->setChecked(true);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::runTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_test, &QFutureWatcher<EnvironmentStatus>::finished, this, [this] {
        m_ui->testButton->setEnabled(true);
        const EnvironmentStatus st = m_test->result();
        const bool ok = st.state != EnvironmentStatus::State::Unreachable
                && st.state != EnvironmentStatus::State::AuthenticationFailed;
        m_ui->testResult->setText(ok ? tr("Connected (%1): %2").arg(st.identity.serverVersion, st.reason)
                                     : tr("Failed: %1").arg(st.reason));
        emit testFinished(ok);
    });
    updateFields();
}

ProfileDialog::~ProfileDialog()
{
    m_test->waitForFinished(); // bounded by the connect timeout
}

void ProfileDialog::updateFields()
{
    const bool sqlite = m_ui->driverCombo->currentData().toInt() == int(ConnectionProfile::Driver::SQLite);
    const bool pg = m_ui->driverCombo->currentData().toInt() == int(ConnectionProfile::Driver::PostgreSQL);
    for (QWidget *w : { static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
                        static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit) })
        w->setEnabled(!sqlite);
    m_ui->sslCombo->setEnabled(pg);
    m_ui->serviceEdit->setEnabled(pg);
    m_ui->databaseLabel->setText(sqlite ? tr("Data&base file:") : tr("Data&base:"));
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_initial;
    p.name = m_ui->nameEdit->text().trimmed();
    p.kind = ConnectionProfile::Kind(m_ui->kindCombo->currentData().toInt());
    p.driver = ConnectionProfile::Driver(m_ui->driverCombo->currentData().toInt());
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.sslMode = m_ui->sslCombo->currentData().toString();
    p.service = m_ui->serviceEdit->text().trimmed();
    p.versionTableSchema = m_ui->schemaEdit->text().trimmed();
    p.versionTable = m_ui->versionTableEdit->text().trimmed();
    p.urlEnvironmentVariables.clear();
    for (const QString &v : m_ui->envVarsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.urlEnvironmentVariables << v.trimmed();
    p.production = m_ui->productionCheck->isChecked();
    p.readOnly = m_ui->readOnlyCheck->isChecked();
    p.lockTimeoutMs = int(m_ui->lockTimeoutSpin->value() * 1000 + 0.5);
    p.statementTimeoutMs = int(m_ui->statementTimeoutSpin->value() * 1000 + 0.5);
    return p;
}

QString ProfileDialog::newPassword() const
{
    return m_ui->passwordEdit->text();
}

QString ProfileDialog::testResultText() const
{
    return m_ui->testResult->text();
}

void ProfileDialog::runTest()
{
    const ConnectionProfile p = profile();
    if (Status s = p.validate(); !s) {
        m_ui->testResult->setText(s.error().message);
        emit testFinished(false);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Connecting…"));
    const ProjectPtr project = m_project ? m_project : std::make_shared<const Project>();
    auto start = [this, p, project](const QString &password) {
        m_test->setFuture(QtConcurrent::run([p, password, project] { return readEnvironmentStatus(p, password, project->graph); }));
    };
    if (!newPassword().isEmpty() || m_isNew || !m_secrets) {
        start(newPassword());
        return;
    }
    // Use the stored password, read asynchronously; the dialog may close meanwhile.
    QPointer<ProfileDialog> guard(this);
    m_secrets->read(p.id, [guard, start](const SecretStore::Answer &a) {
        if (guard)
            start(a.state == SecretStore::Answer::Found ? a.password : QString());
    });
}

void ProfileDialog::accept()
{
    if (Status s = profile().validate(); !s) {
        m_ui->errorLabel->setText(Colours::span(Colours::danger(palette()), s.error().message.toHtmlEscaped()));
        return;
    }
    QDialog::accept();
}

} // namespace strata
