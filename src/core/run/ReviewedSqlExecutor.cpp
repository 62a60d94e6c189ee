#include "ReviewedSqlExecutor.h"

#include "common/Abandoned.h"
#include "common/Logging.h"
#include "state/DatabaseConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace strata {

struct ReviewedSqlExecutor::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<bridge::Event> events;
    bool exited = false;
    bool abandoned = false;
    bool go = false; // start() was called: the connection may run the script
    std::atomic<bool> stop { false };
    std::atomic<int> statements { 0 };

    void push(bridge::Event e)
    {
        std::lock_guard<std::mutex> lock(mutex);
        events.push_back(std::move(e));
        wake.notify_all();
    }
    void exit()
    {
        std::lock_guard<std::mutex> lock(mutex);
        exited = true;
        if (abandoned)
            Abandoned::remove();
        wake.notify_all();
    }
};

namespace {

bridge::Failure failure(const QString &type, const QString &message, bool cancelled = false)
{
    bridge::Failure f;
    f.type = type;
    f.message = message;
    f.cancelled = cancelled;
    return f;
}

void runScript(const std::shared_ptr<ReviewedSqlExecutor::Shared> &shared, const ConnectionProfile &profile,
               const QString &password, int timeout, const QString &appName, const SqlScript &script,
               const DatabaseIdentity &expected)
{
    const Dialect &dialect = Dialect::of(profile);
    DatabaseConnection conn;
    conn.setWritable(true);
    if (Status s = conn.open(profile, password, timeout, appName); !s) {
        shared->push(failure(QStringLiteral("ConnectionError"), s.error().message));
        return;
    }
    QSqlDatabase db = conn.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The database this connection reached must be the one that was checked.
    if (expected.isKnown()) {
        const QString keySql = dialect.identityKeySql(expected);
        if (!q.exec(keySql) || !q.next()) {
            shared->push(failure(QStringLiteral("ConnectionError"),
                                 QStringLiteral("cannot read the identity of the database: %1").arg(q.lastError().text())));
            return;
        }
        const QString key = q.value(0).toString();
        if (key != expected.key) {
            bridge::Failure f = failure(QStringLiteral("StrataWrongDatabase"),
                                        QStringLiteral("the runner's connection reached another database (%1) than the "
                                                       "one checked (%2); nothing was run")
                                                .arg(key, expected.describe()));
            f.expectedKey = expected.key;
            f.actualKey = key;
            shared->push(f);
            return;
        }
    }
    for (const QString &sql : dialect.sessionPreamble(profile, appName, expected))
        q.exec(sql);
    if (const QString idSql = dialect.sessionIdSql(); !idSql.isEmpty() && q.exec(idSql) && q.next())
        shared->push(bridge::Backend { q.value(0).toLongLong(), QStringLiteral("Qt %1").arg(dialect.qtDriver()),
                                       expected.key });
    q.finish();
    // Connected and checked while the run lock was taken; run only once the
    // run says so (it may still be refused, or cancelled).
    {
        std::unique_lock<std::mutex> lock(shared->mutex);
        shared->wake.wait(lock, [&] { return shared->go || shared->stop.load(); });
        if (!shared->go) {
            lock.unlock();
            shared->push(failure(QStringLiteral("Cancelled"), QStringLiteral("stopped before the first statement"), true));
            return;
        }
    }
    const int total = int(script.statements.size());
    const std::unique_ptr<StatementRunner> runner = dialect.statementRunner(db);
    QElapsedTimer loopTimer;
    loopTimer.start();
    shared->push(bridge::Plan { int(script.steps.size()), total });
    bool inTransaction = false;
    int currentStep = -2;
    QElapsedTimer stepTimer;
    auto stepAt = [&](int step) {
        if (step == currentStep)
            return;
        if (currentStep >= 0) {
            bridge::StepFinished f;
            f.index = currentStep;
            f.durationMs = double(stepTimer.nsecsElapsed()) / 1e6;
            f.heads = script.steps[size_t(currentStep)].to;
            f.heads.sort();
            f.hasHeads = true;
            shared->push(f);
        }
        currentStep = step;
        if (step >= 0) {
            const SqlStep &s = script.steps[size_t(step)];
            stepTimer.start();
            bridge::StepStarted e;
            e.index = step;
            e.total = int(script.steps.size());
            if (!stepDirectionFromName(s.direction, &e.direction))
                e.direction = StepDirection::Upgrade;
            e.from = s.from;
            e.to = s.to;
            shared->push(e);
        }
    };
    for (int i = 0; i < total; ++i) {
        const SqlStatement &st = script.statements[size_t(i)];
        if (shared->stop.load()) {
            QString ignored;
            if (inTransaction)
                runner->exec(QStringLiteral("ROLLBACK"), &ignored);
            shared->push(failure(QStringLiteral("Cancelled"),
                                 QStringLiteral("cancelled before statement %1 (line %2)").arg(i + 1).arg(st.line), true));
            return;
        }
        stepAt(st.step);
        QString text;
        if (!runner->exec(st.text, &text)) {
            const bool cancelled = shared->stop.load() || text.contains(QLatin1String("canceling statement due to user request"));
            if (inTransaction || dialect.transactionalDdl())
                runner->exec(QStringLiteral("ROLLBACK"), &text);
            shared->push(failure(cancelled ? QStringLiteral("Cancelled") : QStringLiteral("SqlError"),
                                 QStringLiteral("statement %1 (line %2) failed: %3").arg(i + 1).arg(st.line).arg(text),
                                 cancelled));
            return;
        }
        switch (st.kind) {
        case SqlStatement::Kind::Begin: inTransaction = true; break;
        case SqlStatement::Kind::Commit:
        case SqlStatement::Kind::Rollback: inTransaction = false; break;
        case SqlStatement::Kind::Other: break;
        }
        shared->statements.store(i + 1, std::memory_order_relaxed);
    }
    stepAt(-1);
    qCDebug(lcRun) << total << "statements ran in" << loopTimer.elapsed() << "ms";
    shared->push(bridge::Done {});
}

} // namespace

ReviewedSqlExecutor::ReviewedSqlExecutor(ConnectionProfile profile, QString password, int connectTimeout,
                                         QString applicationName, SqlScript script, DatabaseIdentity expected)
    : m_shared(std::make_shared<Shared>()), m_profile(std::move(profile)), m_password(std::move(password)),
      m_timeout(connectTimeout), m_applicationName(std::move(applicationName)), m_script(std::move(script)),
      m_expected(std::move(expected))
{
}

ReviewedSqlExecutor::~ReviewedSqlExecutor()
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->stop.store(true);
    m_shared->wake.notify_all();
}

void ReviewedSqlExecutor::warmUp()
{
    if (m_launched)
        return;
    m_launched = true;
    // The thread owns copies of everything it uses: a runner stuck on a dead
    // server may outlive this object.
    std::thread([shared = m_shared, profile = m_profile, password = m_password, timeout = m_timeout,
                 app = m_applicationName, script = m_script, expected = m_expected] {
        runScript(shared, profile, password, timeout, app, script, expected);
        shared->exit();
    }).detach();
}

Status ReviewedSqlExecutor::start()
{
    warmUp();
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->go = true;
    m_shared->wake.notify_all();
    return {};
}

bool ReviewedSqlExecutor::poll(int msecs, const EventFn &onEvent, const LogFn &)
{
    if (m_killed)
        return false;
    std::deque<bridge::Event> events;
    bool exited = false;
    {
        std::unique_lock<std::mutex> lock(m_shared->mutex);
        m_shared->wake.wait_for(lock, std::chrono::milliseconds(msecs),
                                [&] { return !m_shared->events.empty() || m_shared->exited; });
        events.swap(m_shared->events);
        exited = m_shared->exited;
    }
    for (const bridge::Event &e : events)
        onEvent(e);
    return !exited;
}

void ReviewedSqlExecutor::askToStop()
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->stop.store(true);
    m_shared->wake.notify_all();
}

void ReviewedSqlExecutor::kill()
{
    m_shared->stop.store(true);
    m_killed = true;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        if (!m_shared->exited) {
            m_shared->abandoned = true;
            Abandoned::add();
        }
    }
    qCWarning(lcRun) << "the SQL runner did not stop within the grace period; it is left to end on its own";
}

RunExecutor::End ReviewedSqlExecutor::end() const
{
    End e;
    e.killed = m_killed;
    return e;
}

int ReviewedSqlExecutor::statementsDone() const
{
    return m_shared->statements.load(std::memory_order_relaxed);
}

} // namespace strata
