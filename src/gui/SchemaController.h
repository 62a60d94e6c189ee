#pragma once

#include "run/RunPlanner.h"
#include "schema/SchemaCatalog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace strata {

class EnvironmentsPanel;
class RehearsalDialog;
class Workspace;

// The schema use cases of the window (SchemaService's, on worker threads):
// Rehearse… (from the run confirmation and the SQL tab), Match Schema… and
// Check Drift (on the selected environment), Generate Revision…. Results are
// shown in dialogs that never block the GUI thread; drift also becomes a
// badge in the Environments dock.
class SchemaController : public QObject
{
    Q_OBJECT
public:
    SchemaController(Workspace *workspace, EnvironmentsPanel *environments, QWidget *dialogParent);

    // A rehearsal of this request (its environment, password, target and,
    // for production, the typed name when one was given).
    void rehearse(RunRequest request);
    // A rehearsal on the selected environment up (or down) to revision.
    void rehearseTo(const QString &revision, bool downgrade);
    // Which revision the selected environment's schema matches (revision: to compare with; empty = its own).
    void matchSchema(const QString &revision = {});
    void checkDrift();
    void generateRevision();

    RehearsalDialog *lastRehearsal() const { return m_lastRehearsal; }
    QWidget *lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void message(const QString &text);
    // A new revision file was written (reload the project, show it).
    void revisionWritten(const QString &revision, const QString &path);
    void rehearsalFinished();
    void reportShown();

private:
    void withEnvironment(const std::function<void(const ConnectionProfile &, const QString &)> &fn);
    void startRehearsal(RunRequest request);
    // A report dialog: the summary, the differences (and, given a diff, a Diff tab beside them), the footer.
    void showReport(const QString &title, const QString &summary, const QList<SchemaDifference> &differences,
                    const QString &footer = {}, const QString &diff = {});

    Workspace *m_workspace;
    EnvironmentsPanel *m_environments;
    QPointer<QWidget> m_dialogParent;
    QPointer<RehearsalDialog> m_lastRehearsal;
    QPointer<QWidget> m_lastReport;
};

} // namespace strata
