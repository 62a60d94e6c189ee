#pragma once

#include "services/MigrationService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RunConfirmDialog;
}

namespace strata {

// Shows what a prepared run will do (the plan from the database's current
// revision), what the preflight found (blockers, non-transactional
// statements), and for a production profile asks for the typed database
// name (WritePolicy decides when it matches) before Run is enabled.
class RunConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    RunConfirmDialog(PreparedRun run, QWidget *parent = nullptr);
    ~RunConfirmDialog() override;

    // The run with the confirmation filled in (the typed name).
    PreparedRun confirmedRun() const;
    bool canRun() const;
    // One sentence on what the run does that running again cannot undo
    // (what a downgrade drops, what a stamp does not do); empty otherwise.
    static QString consequenceOf(const PreparedRun &run);
    const PreparedRun &run() const { return m_run; }

Q_SIGNALS:
    // "Rehearse…": the same plan, run and rolled back (the typed name as entered so far).
    void rehearseRequested(const strata::RunRequest &request);
    // "Stamp Anyway…": prepare the stamp again with the schema mismatch accepted.
    void schemaMismatchAccepted(const strata::RunRequest &request);

private:
    void updateOk();
    void showLint(const LintReport &lint);

    std::unique_ptr<Ui::RunConfirmDialog> m_ui;
    PreparedRun m_run;
};

} // namespace strata
