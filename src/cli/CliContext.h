#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "project/Project.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace strata {

class Workspace;

// Exit codes (documented in the README), derived from typed errors in one place.
namespace exitcode {
enum : int {
    Ok = 0,
    CheckWarnings = 1,
    CheckErrors = 2,   // also: the graph cannot be walked (cycles)
    RevisionError = 3, // unknown/ambiguous revision, multiple heads, not an ancestor
    ProjectError = 4,  // the project cannot be opened (config, missing directory)
    // status: the worst environment decides
    StatusBehind = 10, // also: a new, empty database (everything pending)
    StatusNotVersioned = 11, // tables but no recorded version (unversioned)
    StatusHeadsProblem = 12, // several heads or overlapping rows
    StatusUnknownRevision = 13,
    StatusUnreachable = 14,
    StatusAuthenticationFailed = 15,
    StatusNoPrivilege = 16,
    // runs
    RunFailed = 20,
    RunRefused = 21,
    RunNoPython = 22,
    JournalFailed = 23, // the run ended, but its journal record could not be written
    RehearsalChangedDatabase = 24, // the database differs after a rehearsal (never expected; said loudly)
    RehearsalIncomplete = 25, // the rehearsal stopped before a statement that cannot be rolled back
    Usage = 64,
    RunCancelled = 130,
};
} // namespace exitcode

// What every verb shares: the global options, the output streams, the one
// place that stamps "schema": 1 on JSON, the mapping from typed errors to
// exit codes, the project and the workspace (opened on first use), and
// waiting for the keychain (a terminal program may wait; the GUI never does).
class CliContext
{
public:
    CliContext();
    // Output into strings (strata-cli batch answers each query in one JSON line).
    CliContext(QString *outText, QString *errText);
    ~CliContext();

    QString project = QStringLiteral(".");
    QString section = QStringLiteral("alembic");
    QString python;
    QString alembicVersion; // --alembic-version: read the project as that Alembic does
    bool projectGiven = false;
    bool json = false;

    QTextStream out;
    QTextStream err;

    void emitJson(QJsonObject doc);
    // The exit code a typed error calls for, and the error said on stderr
    // (and as {"error": …} with --json).
    static int exitCodeFor(const Error &error);
    int fail(const Error &error);
    int fail(const Error &error, int code);
    int usage(const QString &error, const QString &help);

    Result<ProjectPtr> openProject();
    // The workspace of the opened project (profiles loaded); a damaged
    // profile file is an Error naming it.
    Result<Workspace *> workspace();
    // The profile a verb works on (--profile, or the project's only one).
    Result<ConnectionProfile> profileFor(const QString &name, const QString &verb);
    QString passwordFor(const ConnectionProfile &profile);

    // Asks on the terminal; false when stdin is not one.
    bool ask(const QString &question, QString *answer);
    static bool stdinIsTerminal();

private:
    ProjectPtr m_project;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace strata
