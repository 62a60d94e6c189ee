#include "ImportEnvDialog.h"

#include "Colours.h"
#include "ui_ImportEnvDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace strata {

namespace {

void showError(QLabel *note, const QString &text)
{
    note->setText(Colours::span(Colours::danger(note->palette()), text.toHtmlEscaped()));
}

} // namespace

ImportEnvDialog::ImportEnvDialog(QString projectDir, ImportCheck check, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportEnvDialog>()), m_projectDir(std::move(projectDir)),
      m_check(std::move(check))
{
    m_ui->setupUi(this);
    if (!m_projectDir.isEmpty())
        m_ui->filesEdit->setText(QDir(m_projectDir).absoluteFilePath(QStringLiteral(".env")));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *fd = new QFileDialog(this, tr("Choose .env files"), m_projectDir);
        fd->setAttribute(Qt::WA_DeleteOnClose);
        fd->setFileMode(QFileDialog::ExistingFiles);
        fd->setOption(QFileDialog::DontResolveSymlinks);
        fd->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        connect(fd, &QFileDialog::filesSelected, this,
                [this](const QStringList &chosen) { m_ui->filesEdit->setText(chosen.join(QStringLiteral(", "))); });
        fd->open();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ImportEnvDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportEnvDialog::~ImportEnvDialog() = default;

void ImportEnvDialog::accept()
{
    QStringList files;
    for (const QString &f : m_ui->filesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        files << f.trimmed();
    auto imported = ProfileImport::fromDotEnv(m_ui->nameEdit->text().trimmed(), files,
                                              m_ui->variableEdit->text().trimmed(), m_projectDir);
    if (!imported)
        return showError(m_ui->note, imported.error().toString());
    imported->profile.production = m_ui->productionCheck->isChecked();
    if (imported->profile.production)
        imported->profile.kind = ConnectionProfile::Kind::Production;
    if (const QString problem = m_check ? m_check(imported.value()) : QString(); !problem.isEmpty())
        return showError(m_ui->note, problem);
    m_result = imported.value();
    QDialog::accept();
}

} // namespace strata
