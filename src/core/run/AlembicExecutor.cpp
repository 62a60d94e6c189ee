#include "AlembicExecutor.h"

namespace strata {

AlembicExecutor::AlembicExecutor(PythonChoice python, QString workingDir, QJsonObject request, QStringList secrets)
    : m_python(std::move(python)), m_workingDir(std::move(workingDir)), m_request(std::move(request))
{
    m_bridge.setSecrets(secrets);
}

Status AlembicExecutor::start()
{
    auto script = bridgeScriptPath();
    if (!script) {
        m_startError = script.error();
        return script.error();
    }
    if (Status s = m_bridge.start(m_python, script.value(), m_workingDir, m_request); !s) {
        m_startError = s.error();
        return s;
    }
    return {};
}

bool AlembicExecutor::poll(int msecs, const EventFn &onEvent, const LogFn &onLog)
{
    return m_bridge.poll(msecs, onEvent, onLog);
}

void AlembicExecutor::kill()
{
    m_killed = true;
    m_bridge.kill();
}

RunExecutor::End AlembicExecutor::end() const
{
    End e;
    e.killed = m_killed;
    e.crashed = !m_killed && m_bridge.crashed();
    e.exitCode = m_bridge.exitCode();
    if (m_startError)
        e.error = m_startError;
    else if (auto p = m_bridge.protocolError())
        e.error = p;
    return e;
}

} // namespace strata
