#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "dialect/Dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace strata {

// What a task on a DbWorker sees: its thread's connection, and the run lock
// when one was taken on it (the lock lives and dies with that connection).
struct DbSession
{
    QSqlDatabase db;
    const ConnectionProfile *profile = nullptr;
    std::unique_ptr<RunLockHandle> runLock;
};

// One database connection on a thread of its own. The caller posts work and
// waits for the answer with a deadline, so a server that stops answering
// (frozen, or a network that drops packets) never holds the caller beyond
// its bounds: the worker may stay stuck, the caller goes on and says what it
// could not learn. The connection is opened first, on the worker's thread
// (Qt's rule: a connection is used by the thread that made it). Destroying
// the worker closes the connection (releasing a lock held on it) without
// waiting; shutdown() waits for that within a bound.
class DbWorker
{
public:
    DbWorker(ConnectionProfile profile, QString password, int connectTimeoutSeconds, QString applicationName);
    ~DbWorker();
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    // Runs fn on the worker's thread, after the work posted before it. The
    // future is ready when fn returned; an open failure is its value for
    // every task when the connection could not be made.
    template <typename T>
    std::future<Result<T>> post(std::function<Result<T>(DbSession &)> fn)
    {
        auto promise = std::make_shared<std::promise<Result<T>>>();
        std::future<Result<T>> future = promise->get_future();
        enqueue([promise, fn = std::move(fn)](DbSession &s, const std::optional<Error> &openError) {
            promise->set_value(openError ? Result<T>(*openError) : fn(s));
        });
        return future;
    }
    // post() and wait at most timeoutMs: nullopt when no answer came in time.
    template <typename T>
    std::optional<Result<T>> call(std::function<Result<T>(DbSession &)> fn, int timeoutMs)
    {
        auto future = post<T>(std::move(fn));
        if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
            return std::nullopt;
        return future.get();
    }
    // Fire and forget (cancel signals): never waited on.
    void send(std::function<void(DbSession &)> fn);

    // Stops the worker: the connection closes once the work before is done.
    // Waits at most waitMs for that; a worker still stuck then is abandoned.
    void shutdown(int waitMs);

private:
    using Task = std::function<void(DbSession &, const std::optional<Error> &)>;
    void enqueue(Task task);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace strata
