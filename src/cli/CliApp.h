#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "project/Project.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace strata {

// The command-line face of the core: every verb prints text for people or,
// with --json, a stable JSON document for scripts and tests.
class CliApp
{
public:
    // Exit codes (documented in the README).
    enum Exit {
        Ok = 0,
        CheckWarnings = 1,
        CheckErrors = 2,    // also: the graph cannot be walked (cycles)
        RevisionError = 3,  // unknown/ambiguous revision, multiple heads, not an ancestor
        ProjectError = 4,   // the project cannot be opened (config, missing directory)
        Usage = 64,
    };
    // status: the worst environment decides (documented in the README).
    enum StatusExit {
        StatusBehind = 10,
        StatusNotVersioned = 11, // empty or unversioned
        StatusHeadsProblem = 12, // several heads or overlapping rows
        StatusUnknownRevision = 13,
        StatusUnreachable = 14,
    };
    // Runs (upgrade, downgrade, stamp, run-sql, merge, sql).
    enum RunExit {
        RunFailed = 20,
        RunRefused = 21,
        RunNoPython = 22,
        RunCancelled = 130,
    };

    CliApp();
    int run(const QStringList &args);

private:
    struct Options
    {
        QString project = QStringLiteral(".");
        QString section = QStringLiteral("alembic");
        QString verb;
        QStringList positional;
        QString range;
        QString from;
        bool fromGiven = false;
        QString format;
        bool json = false;
        bool downgrade = false;
        bool resolveDependencies = false;
        bool projectGiven = false;
        QStringList rest; // everything after a verb that parses its own options (profiles)
        QStringList profiles; // status --profile (repeatable)
        bool all = false;
        int timeout = 5;
        QString python;
        QString message;
        QString revId;
        QString branchLabel;
        QString confirmDatabase;
        QString output;
        int limit = 20;
        bool yes = false;
        bool purge = false;
        QString watch;
    };

    bool parse(const QStringList &args, Options *o, QString *error);
    int usage(const QString &error);
    int fail(const Options &o, const Error &e, int code);
    void emitJson(const QJsonObject &o);
    Result<ProjectPtr> open(const Options &o);

    int cmdGraph(const Options &o, const Project &p);
    int cmdHeads(const Options &o, const Project &p, bool bases);
    int cmdBranches(const Options &o, const Project &p);
    int cmdHistory(const Options &o, const Project &p);
    int cmdShow(const Options &o, const Project &p);
    int cmdResolve(const Options &o, const Project &p);
    int cmdPlan(const Options &o, const Project &p);
    int cmdCheck(const Options &o, const Project &p);
    int cmdProfiles(const Options &o);
    int cmdStatus(const Options &o, const ProjectPtr &project);
    int cmdSql(const Options &o, const ProjectPtr &project);
    int cmdMerge(const Options &o, const ProjectPtr &project);
    int cmdRun(const Options &o, const ProjectPtr &project);
    int cmdJournal(const Options &o);
    int cmdProbe(const Options &o, const ProjectPtr &project);
    int cmdLocks(const Options &o, const ProjectPtr &project);
    int cmdSignalBackend(const Options &o, const ProjectPtr &project, bool terminate);

    // The one profile a run verb works on (--profile, or the project's only one).
    Result<ConnectionProfile> runProfile(const Options &o, const ProjectPtr &project);
    // The profile's password from the keychain (empty when none is stored).
    QString passwordFor(const ConnectionProfile &profile);
    // Asks on the terminal; false when stdin is not one.
    bool ask(const QString &question, QString *answer);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace strata
