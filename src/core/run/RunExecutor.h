#pragma once

#include "common/Result.h"
#include "run/BridgeProtocol.h"

#include <functional>
#include <optional>

namespace strata {

// Something that carries out a run's plan and reports it as bridge events:
// Alembic in a child process (AlembicExecutor) or Strata's own statement
// runner for a reviewed script (ReviewedSqlExecutor). RunJob drives either
// the same way, from one thread, and never waits on one beyond its bounds.
class RunExecutor
{
public:
    using EventFn = std::function<void(const bridge::Event &)>;
    using LogFn = std::function<void(const QString &)>;

    struct End
    {
        bool killed = false;  // stopped for good after the grace period
        bool crashed = false; // died on its own (a signal)
        int exitCode = 0;
        std::optional<Error> error; // could not run at all (missing bridge, protocol)
    };

    virtual ~RunExecutor() = default;
    // May begin what takes time and changes nothing (connecting), while the
    // run lock is taken; start() then lets it work.
    virtual void warmUp() { }
    virtual Status start() = 0;
    // Waits up to msecs for news, delivers it; false once it has ended and
    // everything it said was delivered.
    virtual bool poll(int msecs, const EventFn &onEvent, const LogFn &onLog) = 0;
    // Cancel: stop at the next chance (the database is told separately).
    virtual void askToStop() = 0;
    // After the grace period: stop now, whatever it is doing.
    virtual void kill() = 0;
    virtual End end() const = 0;
    // Statements done so far (the reviewed-SQL runner; 0 for Alembic).
    virtual int statementsDone() const { return 0; }
};

} // namespace strata
