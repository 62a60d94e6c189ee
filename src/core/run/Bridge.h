#pragma once

#include "common/Result.h"
#include "project/Project.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace strata {

// Which Python runs Alembic for a project, and why that one.
struct PythonChoice
{
    QString program;
    QString origin; // "--python", "workspace", ".venv", "venv", "$VIRTUAL_ENV", "PATH", "/usr/bin/python3"
};

// The project's interpreter: an explicit choice (a command-line option or the
// "python" entry of the project's strata-workspace.json) wins, then .venv/ or
// venv/ next to the project, then $VIRTUAL_ENV, then python3 on PATH (and,
// when that one has no Alembic, the system's /usr/bin/python3).
Result<PythonChoice> choosePython(const QString &projectDir, const QString &explicitProgram = {});

// Where the bridge script is: $STRATA_BRIDGE, else share/strata/python next to
// the program (installed or in the build tree).
Result<QString> bridgeScriptPath();

// One bridge child process, driven synchronously from one worker thread
// (QProcess is used only by the thread that made it; no event loop needed).
// The request goes to stdin as one JSON line; stdin stays open for "cancel".
// Events arrive as JSON lines on stdout; stderr lines are the run's log. The
// child is started in its own process group, so a Ctrl-C in a terminal
// reaches Strata, which then cancels the run cleanly.
class BridgeProcess
{
public:
    using EventFn = std::function<void(const QJsonObject &)>;
    using LogFn = std::function<void(const QString &)>;

    BridgeProcess();
    ~BridgeProcess();

    // Secrets to mask in any log line (the password, in all its spellings).
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    Status start(const PythonChoice &python, const QString &script, const QString &workingDir,
                 const QJsonObject &request);
    // Waits up to msecs for output, then delivers whatever whole lines came.
    // Returns false once the process has ended and all output was delivered.
    bool poll(int msecs, const EventFn &onEvent, const LogFn &onLog);
    void sendCancel();
    void kill();
    bool running() const;
    qint64 processId() const;
    int exitCode() const;
    bool crashed() const; // ended by a signal

private:
    void drain(const EventFn &onEvent, const LogFn &onLog, bool final);
    QString scrub(QString line) const;

    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
    QStringList m_secrets;
};

// Runs one bridge request to its end (probe, sql, merge): the events, or the
// error the bridge reported. For worker threads and the CLI.
struct BridgeOutcome
{
    QList<QJsonObject> events;
    QStringList log;
    QJsonObject result; // the "result" event, empty on failure
    QJsonObject error;  // the "error" event, if any
    int exitCode = 0;
};
Result<BridgeOutcome> runBridge(const PythonChoice &python, const QString &workingDir, const QJsonObject &request,
                                const QStringList &secrets = {}, int timeoutMs = 120000);

// The fields every bridge request about a project carries: the verb, its
// alembic.ini and section. An Error when the project has no alembic.ini
// (Alembic's command API needs one).
Result<QJsonObject> bridgeRequest(const Project &project, const QString &verb);

// The password in the spellings it may take in a URL or a message.
QStringList secretSpellings(const QString &password);

} // namespace strata
