#pragma once

#include "run/BridgeProtocol.h"
#include "services/SchemaService.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace strata {

// A rehearsal as it happens: one row per statement under its step (result,
// duration, the locks it took, the tables it rewrote, why it failed), then
// the outcome and whether the database is as before. Cancel stops it (the
// transaction is rolled back either way).
class RehearsalDialog : public QDialog
{
    Q_OBJECT
public:
    RehearsalDialog(const QString &title, std::shared_ptr<std::atomic<bool>> cancel, QWidget *parent = nullptr);

    void addStatement(const bridge::Statement &statement);
    void finish(const Result<Rehearsal> &result);
    bool isFinished() const { return m_finished; }
    QString summaryText() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidgetItem *stepItem(int step);

    std::shared_ptr<std::atomic<bool>> m_cancel;
    QLabel *m_header;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    bool m_finished = false;
};

} // namespace strata
