#include "CliContext.h"

#include "run/Bridge.h"
#include "services/Workspace.h"

#include <QEventLoop>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace strata {

CliContext::CliContext() : out(stdout), err(stderr) { }

CliContext::CliContext(QString *outText, QString *errText)
    : out(outText, QIODevice::WriteOnly), err(errText, QIODevice::WriteOnly)
{
}

CliContext::~CliContext() = default;

void CliContext::emitJson(QJsonObject doc)
{
    doc.insert(QStringLiteral("schema"), 1);
    out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    out.flush();
}

int CliContext::exitCodeFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Cycle: return exitcode::CheckErrors;
    case ErrorCode::NotFound:
    case ErrorCode::Ambiguous:
    case ErrorCode::MultipleHeads:
    case ErrorCode::RangeNotAncestor:
    case ErrorCode::Resolution: return exitcode::RevisionError;
    case ErrorCode::Config:
    case ErrorCode::Parse:
    case ErrorCode::Decode: return exitcode::ProjectError;
    case ErrorCode::InvalidArgument: return exitcode::Usage;
    case ErrorCode::Cancelled: return exitcode::RunCancelled;
    case ErrorCode::Io:
    case ErrorCode::MigrationFailed: return exitcode::RunFailed;
    default: break;
    }
    if (isMissingTool(e.code))
        return exitcode::RunNoPython;
    if (isRefusal(e.code))
        return exitcode::RunRefused;
    return exitcode::RunFailed;
}

int CliContext::fail(const Error &e)
{
    return fail(e, exitCodeFor(e));
}

int CliContext::fail(const Error &e, int code)
{
    if (json) {
        QJsonObject error;
        error.insert(QStringLiteral("code"), errorCodeName(e.code));
        error.insert(QStringLiteral("message"), e.message);
        if (!e.file.isEmpty())
            error.insert(QStringLiteral("file"), e.file);
        if (e.line > 0)
            error.insert(QStringLiteral("line"), e.line);
        if (!e.key.isEmpty())
            error.insert(QStringLiteral("key"), e.key);
        if (e.connectFailure != ConnectFailure::None)
            error.insert(QStringLiteral("failure"), connectFailureName(e.connectFailure));
        QJsonObject doc;
        doc.insert(QStringLiteral("error"), error);
        doc.insert(QStringLiteral("exit_code"), code);
        emitJson(doc);
    }
    err << "strata-cli: error: " << (isRefusal(e.code) && !e.message.startsWith(QLatin1String("refused"))
                                             ? QStringLiteral("refused: ")
                                             : QString())
        << e.toString() << "\n";
    err.flush();
    return code;
}

int CliContext::usage(const QString &error, const QString &help)
{
    if (!error.isEmpty())
        err << "strata-cli: " << error << "\n";
    err << help;
    err.flush();
    return exitcode::Usage;
}

Result<ProjectPtr> CliContext::openProject()
{
    if (m_project)
        return m_project;
    auto p = loadProject(project, section, {}, {}, alembicVersion == QLatin1String("auto") ? QString() : alembicVersion);
    if (!p)
        return p.error();
    if (alembicVersion == QLatin1String("auto")) {
        // As the interpreter the bridge would use reads it (its version is cached).
        auto py = PythonResolver(p.value()->config.rootDir).choose(python);
        if (!py)
            return py.error();
        auto version = alembicVersionOf(py->program);
        if (!version)
            return makeError(version.error().code,
                             QStringLiteral("--alembic-version auto: %1").arg(version.error().message));
        alembicVersion = version.value();
        p = loadProject(project, section, {}, {}, alembicVersion);
        if (!p)
            return p.error();
    }
    m_project = p.value();
    return m_project;
}

Result<Workspace *> CliContext::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    auto p = openProject();
    if (!p)
        return p.error();
    m_workspace = std::make_unique<Workspace>();
    if (Status s = m_workspace->setProject(p.value()); !s)
        return s.error();
    if (!m_workspace->workspaceProblem().isEmpty())
        err << "strata-cli: warning: workspace file skipped: " << m_workspace->workspaceProblem() << "\n";
    return m_workspace.get();
}

Result<ConnectionProfile> CliContext::profileFor(const QString &name, const QString &verb)
{
    auto ws = workspace();
    if (!ws)
        return ws.error();
    return ws.value()->profileFor(name, verb);
}

QString CliContext::passwordFor(const ConnectionProfile &profile)
{
    auto ws = workspace();
    if (!ws)
        return {};
    QString password;
    bool answered = false;
    QEventLoop loop;
    ws.value()->readPassword(profile, [&](const QString &pw) {
        password = pw;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return password;
}

bool CliContext::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#else
    return false;
#endif
}

bool CliContext::ask(const QString &question, QString *answer)
{
    if (!stdinIsTerminal())
        return false;
    err << question;
    err.flush();
    QTextStream in(stdin);
    *answer = in.readLine().trimmed();
    return true;
}

} // namespace strata
