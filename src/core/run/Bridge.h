#pragma once

#include "common/Result.h"
#include "dialect/Dialect.h"
#include "project/Project.h"
#include "run/BridgeProtocol.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

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
// PythonMissing when none can be found.
Result<PythonChoice> choosePython(const QString &projectDir, const QString &explicitProgram = {});

// The Alembic version the interpreter imports ("1.13.2"), or an Error when it
// has none (PythonMissing) or does not answer. Kept in the user's cache
// (strata/alembic-versions.json) by interpreter path, with the modification
// times of the interpreter and of the alembic package it loaded: an upgrade
// in a virtualenv is noticed without starting Python each time.
Result<QString> alembicVersionOf(const QString &program);

// Where the bridge script is: $STRATA_BRIDGE, else share/strata/python next to
// the program (installed or in the build tree). BridgeFailed when missing.
Result<QString> bridgeScriptPath();

// One bridge child process, driven synchronously from one worker thread
// (QProcess is used only by the thread that made it; no event loop needed).
// The request goes to stdin as one JSON line; stdin stays open for "cancel".
// Events arrive as JSON lines on stdout, parsed into typed events; the first
// must be a hello of this protocol version, else the process is stopped and
// protocolError() says why. stderr lines are the run's log. The child is
// started in its own process group, so a Ctrl-C in a terminal reaches Strata,
// which then cancels the run cleanly.
class BridgeProcess
{
public:
    using EventFn = std::function<void(const bridge::Event &)>;
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
    // A schema build waiting at a revision goes on.
    void sendContinue();
    void kill();
    qint64 processId() const;
    int exitCode() const;
    bool crashed() const; // ended by a signal (or killed here)
    // The bridge did not speak this Strata's protocol (the process was stopped).
    std::optional<Error> protocolError() const { return m_protocolError; }

private:
    void drain(const EventFn &onEvent, const LogFn &onLog, bool final);
    QString scrub(QString line) const;

    std::unique_ptr<QProcess> m_process;
    QString m_script;
    QByteArray m_out;
    QByteArray m_err;
    QStringList m_secrets;
    bool m_greeted = false;
    std::optional<Error> m_protocolError;
};

// Runs one bridge request to its end (probe, sql, merge): the events, or the
// error the bridge reported. For worker threads and the CLI.
struct BridgeOutcome
{
    std::vector<bridge::Event> events;
    QStringList log;
    std::optional<bridge::Done> done;       // the result, absent on failure
    std::optional<bridge::Failure> failure; // the error the bridge reported, if any
    int exitCode = 0;

    // The first event of kind T, if any.
    template <typename T>
    const T *first() const
    {
        for (const bridge::Event &e : events)
            if (const T *t = std::get_if<T>(&e))
                return t;
        return nullptr;
    }
};
Result<BridgeOutcome> runBridge(const PythonChoice &python, const QString &workingDir, const QJsonObject &request,
                                const QStringList &secrets = {}, int timeoutMs = 120000);

// The fields every bridge request about a project carries: the verb, its
// alembic.ini and section. An Error when the project has no alembic.ini
// (Alembic's command API needs one).
Result<QJsonObject> bridgeRequest(const Project &project, const QString &verb);

// A bridge request that connects to a database: bridgeRequest() plus the
// URL with its password (and the routes it takes to env.py), and the session
// settings the dialect builds for every connection env.py opens: its name,
// timeouts (extraPreamble runs after them), and the identity check that
// refuses a connection to any other database than `identity`.
Result<QJsonObject> sessionBridgeRequest(const Project &project, const QString &verb, const ConnectionProfile &profile,
                                         const QString &password, const DatabaseIdentity &identity,
                                         const QString &appName, const QStringList &extraPreamble = {});

// The password in the spellings it may take in a URL or a message.
QStringList secretSpellings(const QString &password);

// A bridge failure as the typed error people and exit codes need: a missing
// module is AlembicMissing or DriverMissing with how to install it.
Error bridgeFailureError(const bridge::Failure &failure);

} // namespace strata
