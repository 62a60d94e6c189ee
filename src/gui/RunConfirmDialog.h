#pragma once

#include "run/RunJob.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RunConfirmDialog;
}

namespace strata {

// Shows what a run will do (the plan from the database's current revision),
// what the preflight found (blockers, non-transactional statements), and for
// a production profile asks for the typed database name before OK is enabled.
class RunConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    RunConfirmDialog(const RunRequest &request, const Preflight &preflight, QWidget *parent = nullptr);
    ~RunConfirmDialog() override;

    // The request with the confirmations filled in (typed name, expected start).
    RunRequest confirmedRequest() const;
    bool canRun() const;

private:
    void updateOk();

    std::unique_ptr<Ui::RunConfirmDialog> m_ui;
    RunRequest m_request;
    Preflight m_preflight;
};

} // namespace strata
