#pragma once

#include "ImportUrlDialog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportEnvDialog;
}

namespace strata {

// Import from .env files (forms/ImportEnvDialog.ui).
class ImportEnvDialog : public QDialog
{
    Q_OBJECT
public:
    ImportEnvDialog(QString projectDir, ImportCheck check, QWidget *parent = nullptr);
    ~ImportEnvDialog() override;
    ImportedProfile result() const { return m_result; }

private:
    void accept() override;

    std::unique_ptr<Ui::ImportEnvDialog> m_ui;
    QString m_projectDir;
    ImportCheck m_check;
    ImportedProfile m_result;
};

} // namespace strata
