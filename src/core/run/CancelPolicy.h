#pragma once

#include <QtGlobal>

namespace strata {

// When Cancel asks what of whom, as named bounds. The executor is asked to
// stop and the server to cancel the run's sessions at once; the server is
// asked again every ResignalMs (a statement may have started just after the
// first signal); after GraceMs the executor is killed whatever the database
// is doing. Pure: the run loop feeds it the clock, tests feed it numbers.
class CancelPolicy
{
public:
    static constexpr int PollMs = 20;        // how often the run loop looks at its executor
    static constexpr int ResignalMs = 200;   // cancel the server-side statement again after this
    static constexpr int GraceMs = 3000;     // then the executor is killed
    static constexpr int WaitCheckMs = 500;  // "whom does the run wait on?" this often
    // After the executor ended on a cancel, the version rows are read back
    // within what remains of the promised bound (at least this long).
    static constexpr int ReadBackMinMs = 200;
    static constexpr int ReadBackSlackMs = 300; // grace + this = the promised end of a cancelled run
    static constexpr int ReadBackMs = 15000;    // after a run that was not cancelled

    struct Actions
    {
        bool askExecutor = false;  // tell the executor to stop (bridge: "cancel"; SQL runner: flag)
        bool signalServer = false; // cancel the run's sessions from the control connection
        bool kill = false;         // stop the executor for good
    };

    explicit CancelPolicy(int graceMs = GraceMs) : m_graceMs(graceMs) { }

    // What to do now (nowMs: any monotonic clock in ms).
    Actions tick(bool cancelRequested, qint64 nowMs);
    bool requested() const { return m_requestedAt >= 0; }
    bool killed() const { return m_killed; }
    // How long the read-back after the executor ended may take, at nowMs.
    int readBackBudget(qint64 nowMs) const;

private:
    int m_graceMs;
    qint64 m_requestedAt = -1;
    qint64 m_lastSignal = -1;
    bool m_killed = false;
};

} // namespace strata
