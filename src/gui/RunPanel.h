#pragma once

#include "diagnose/RunSummary.h"
#include "run/RunJob.h"
#include "services/MigrationService.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace strata {

// The Run tab: one migration run at a time on a worker thread, with a
// progress bar, the step list, the live log and a Cancel button that answers
// at once (the database is told to stop; the window never waits for it).
class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // Back to "no run yet" (another project was opened); not while a run goes.
    void clear();
    // False when a run is already going.
    bool start(const PreparedRun &run);
    bool isRunning() const;
    RunState state() const { return m_state; }
    RunRecord lastRecord() const { return m_last; }
    // The environment of the current (or last) run.
    ConnectionProfile lastRequestProfile() const { return m_profile; }
    QString lastRequestPassword() const { return m_password; }

    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *stepList() const { return m_steps; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *waitingLabel() const { return m_waiting; }
    QPushButton *showInLocksButton() const { return m_showInLocks; }
    // The finished run's cause in one sentence, and its next steps as buttons.
    QLabel *headlineLabel() const { return m_headline; }
    QList<QPushButton *> nextStepButtons() const;
    RunSummary lastSummary() const { return m_summary; }
    // Names for people, in the window's language (the journal and
    // strata-cli keep runStateName() and friends).
    static QString stepStateText(StepState state);
    static QString runStateText(RunState state);
    static QString verbText(RunVerb verb);
    static QString directionText(StepDirection direction);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void runStarted();
    void runFinished(const strata::RunRecord &record);
    // "Show in Locks": the session the run waits on.
    void showSessionRequested(qint64 pid);
    // The journal could not be written (the run goes on).
    void journalProblem(const QString &message);
    // A next step of a failed run, done through the window's own actions.
    void stepRequested(const strata::Diagnosis &about, const strata::RecipeStep &step);

private:
    void setStep(const RunStep &step, int total);
    void appendLog(const QString &line, bool important = false);
    void onFinished(const RunRecord &record);
    void showSummary(const RunRecord &record);

    QLabel *m_title;
    QLabel *m_headline;
    QWidget *m_nextSteps;
    RunSummary m_summary;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QLabel *m_waiting;
    QPushButton *m_showInLocks;
    qint64 m_waitingOn = 0;
    ConnectionProfile m_profile;
    QString m_password; // memory only, for the Locks tab's "Show in Locks"
    RunJob *m_job = nullptr;
    QThread *m_thread = nullptr;
    RunState m_state = RunState::Succeeded;
    RunRecord m_last;
};

} // namespace strata
