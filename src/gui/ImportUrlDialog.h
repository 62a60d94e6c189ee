#pragma once

#include "services/ProfileImport.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ImportUrlDialog;
}

namespace strata {

// Checks an imported profile before the dialog closes (e.g. its name is
// free); an empty answer means it may be saved.
using ImportCheck = std::function<QString(const ImportedProfile &)>;

// Import from a SQLAlchemy URL (forms/ImportUrlDialog.ui): the URL is typed
// hidden, its password goes to the keychain; ProfileImport does the reading.
class ImportUrlDialog : public QDialog
{
    Q_OBJECT
public:
    ImportUrlDialog(QString projectDir, ImportCheck check, QWidget *parent = nullptr);
    ~ImportUrlDialog() override;
    ImportedProfile result() const { return m_result; }

private:
    void accept() override;

    std::unique_ptr<Ui::ImportUrlDialog> m_ui;
    QString m_projectDir;
    ImportCheck m_check;
    ImportedProfile m_result;
};

} // namespace strata
