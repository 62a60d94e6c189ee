#include "DbWorker.h"

#include "common/Abandoned.h"
#include "common/Logging.h"
#include "state/DatabaseConnection.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace strata {

struct DbWorker::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable done;
    std::deque<Task> tasks;
    bool stop = false;
    bool finished = false;
    bool abandoned = false;
};

DbWorker::DbWorker(ConnectionProfile profile, QString password, int timeout, QString applicationName)
    : m_shared(std::make_shared<Shared>())
{
    std::thread([shared = m_shared, profile = std::move(profile), password = std::move(password), timeout,
                 applicationName = std::move(applicationName)]() mutable {
        std::optional<Error> openError;
        {
            DatabaseConnection conn;
            DbSession session;
            session.profile = &profile;
            if (Status s = conn.open(profile, password, timeout, applicationName); !s)
                openError = s.error();
            else
                session.db = conn.database();
            password.fill(QLatin1Char('\0'));
            for (;;) {
                Task task;
                {
                    std::unique_lock<std::mutex> lock(shared->mutex);
                    shared->wake.wait(lock, [&] { return shared->stop || !shared->tasks.empty(); });
                    if (shared->tasks.empty())
                        break; // stop, and nothing left to do
                    task = std::move(shared->tasks.front());
                    shared->tasks.pop_front();
                }
                task(session, openError);
            }
            session.runLock.reset(); // released on the connection that took it
            session.db = QSqlDatabase();
        }
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->finished = true;
        if (shared->abandoned)
            Abandoned::remove();
        shared->done.notify_all();
    }).detach();
}

DbWorker::~DbWorker()
{
    // Never waits (a GUI thread may drop the last reference): the worker
    // closes its connection on its own; until it has, it counts as left behind.
    shutdown(0);
}

void DbWorker::shutdown(int waitMs)
{
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    if (m_shared->stop)
        return;
    m_shared->stop = true;
    m_shared->wake.notify_all();
    // Closing a healthy connection takes milliseconds; a stuck one is left.
    if (!m_shared->done.wait_for(lock, std::chrono::milliseconds(waitMs), [&] { return m_shared->finished; })) {
        m_shared->abandoned = true;
        Abandoned::add();
        // Only a wait that was given and ran out says something about the
        // server; a worker let go without waiting closes on its own.
        if (waitMs > 0)
            qCWarning(lcRun) << "a database worker did not stop within" << waitMs
                             << "ms (the server does not answer); leaving it";
    }
}

void DbWorker::enqueue(Task task)
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->tasks.push_back(std::move(task));
    m_shared->wake.notify_one();
}

void DbWorker::send(std::function<void(DbSession &)> fn)
{
    enqueue([fn = std::move(fn)](DbSession &s, const std::optional<Error> &openError) {
        if (!openError)
            fn(s);
    });
}

} // namespace strata
