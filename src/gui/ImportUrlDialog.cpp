#include "ImportUrlDialog.h"

#include "Colours.h"
#include "ui_ImportUrlDialog.h"

namespace strata {

namespace {

void showError(QLabel *note, const QString &text)
{
    note->setText(Colours::span(Colours::danger(note->palette()), text.toHtmlEscaped()));
}

} // namespace

ImportUrlDialog::ImportUrlDialog(QString projectDir, ImportCheck check, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportUrlDialog>()), m_projectDir(std::move(projectDir)),
      m_check(std::move(check))
{
    m_ui->setupUi(this);
    connect(m_ui->showUrlCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->urlEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ImportUrlDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportUrlDialog::~ImportUrlDialog() = default;

void ImportUrlDialog::accept()
{
    auto imported = ProfileImport::fromUrl(m_ui->nameEdit->text().trimmed(), m_ui->urlEdit->text(), m_projectDir);
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
