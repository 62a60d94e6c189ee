#pragma once

#include "connection/ConnectionProfile.h"
#include "dialect/Dialect.h"
#include "run/RunExecutor.h"
#include "run/SqlScript.h"

#include <memory>

namespace strata {

// Strata's own runner for a reviewed script: statement by statement on its
// own connection and thread, with the dialect's session settings, after
// checking that the connection reaches the profile's database. Progress is a
// counter, not an event per statement, so the runner keeps pace with psql.
// Cancel stops it between statements (the server cancels the running one);
// a runner stuck on a server that stopped answering is left behind after the
// grace period, and the run says so.
class ReviewedSqlExecutor final : public RunExecutor
{
public:
    ReviewedSqlExecutor(ConnectionProfile profile, QString password, int connectTimeout, QString applicationName,
                        SqlScript script, DatabaseIdentity expected);
    ~ReviewedSqlExecutor() override;

    void warmUp() override;
    Status start() override;
    bool poll(int msecs, const EventFn &onEvent, const LogFn &onLog) override;
    void askToStop() override;
    void kill() override;
    End end() const override;
    int statementsDone() const override;

    struct Shared; // what the runner's thread shares with this object

private:
    std::shared_ptr<Shared> m_shared;
    ConnectionProfile m_profile;
    QString m_password;
    int m_timeout;
    QString m_applicationName;
    SqlScript m_script;
    DatabaseIdentity m_expected;
    bool m_killed = false;
    bool m_launched = false;
};

} // namespace strata
