#pragma once

#include "run/Bridge.h"
#include "run/RunExecutor.h"

#include <QJsonObject>

namespace strata {

// Runs Alembic's command (upgrade, downgrade, stamp) in the project's Python
// through the bridge. The request carries the URL and password on stdin, and
// the dialect's session settings: every connection env.py opens is named,
// bounded, and checked to be the profile's database before its first statement.
class AlembicExecutor final : public RunExecutor
{
public:
    AlembicExecutor(PythonChoice python, QString workingDir, QJsonObject request, QStringList secrets);

    Status start() override;
    bool poll(int msecs, const EventFn &onEvent, const LogFn &onLog) override;
    void askToStop() override { m_bridge.sendCancel(); }
    void kill() override;
    End end() const override;
    qint64 processId() const { return m_bridge.processId(); }

private:
    PythonChoice m_python;
    QString m_workingDir;
    QJsonObject m_request;
    BridgeProcess m_bridge;
    bool m_killed = false;
    std::optional<Error> m_startError;
};

} // namespace strata
