#pragma once

#include "run/RunPlanner.h"
#include "run/RunRecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace strata {

class DbWorker;

// One migration run, prepared (RunRequest + the Preflight the person saw)
// and executed on the calling (worker) thread by run(); the GUI and the CLI
// follow it by signals and stop it with cancel(), which any thread may call
// and which returns at once. RunJob only orchestrates:
//  - the journal first (a run nobody could find later does not start);
//  - a control session (its own thread, see DbWorker) takes the run lock and
//    reads the identity and version rows under it: the run refuses when the
//    database is not the one checked or has moved since the plan was shown;
//  - an executor (Alembic through the bridge, or the reviewed-SQL runner)
//    carries out the plan while the control session watches whom it waits on;
//  - Cancel follows CancelPolicy: the executor is asked to stop, the server
//    cancels the run's sessions, and after the grace period the executor is
//    killed whatever the database is doing;
//  - the outcome and each step's state come from the version rows read back
//    under the run lock (RunPlanner::settle), or say "unknown, verify" when
//    they could not be read.
class RunJob : public QObject
{
    Q_OBJECT
public:
    // session: the preflight's database session, adopted as the run's
    // control session (a new one is opened without it, or when it died).
    RunJob(RunRequest request, Preflight preflight, std::shared_ptr<DbWorker> session = {}, QObject *parent = nullptr);
    ~RunJob() override;

    QString id() const { return m_record.id; }
    const RunRequest &request() const { return m_request; }
    const Preflight &preflight() const { return m_preflight; }

    // Worker thread: runs to a final state; the record is then complete.
    void run();
    // Any thread.
    void cancel();
    RunRecord record() const;
    // Non-empty when the journal could not be written during or after the
    // run (the run itself went on): what failed.
    QString journalFailure() const { return m_journalFailure; }

Q_SIGNALS:
    void stateChanged(strata::RunState state, const QString &detail);
    void planReady(const std::vector<strata::RunStep> &plan);
    void stepStarted(const strata::RunStep &step, int total);
    void stepFinished(const strata::RunStep &step, int total);
    // run-sql: statements done of total (emitted at most every 100 ms).
    void progress(int done, int total);
    void logLine(const QString &line);
    void warning(const QString &text);
    // The run's session waits on these sessions (empty: no longer waiting),
    // with a sentence naming them; checked twice a second.
    void waitingOn(const QList<qint64> &ids, const QString &description);
    // The journal could not be written: said at once, the run goes on.
    void journalProblem(const QString &message);
    void finished(const strata::RunRecord &record);

private:
    class Impl;
    friend class Impl;
    RunRequest m_request;
    Preflight m_preflight;
    std::shared_ptr<DbWorker> m_session;
    RunRecord m_record;
    std::atomic<bool> m_cancel { false };
    QString m_journalFailure;
};

} // namespace strata
