#pragma once

#include "connection/ConnectionProfile.h"
#include "locks/LockSnapshot.h"
#include "project/EnvPy.h"
#include "project/Project.h"
#include "run/RunRecord.h"
#include "state/EnvironmentStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

// A fact a diagnosis rests on, and where it was read.
struct Evidence
{
    QString fact;   // "the version table holds a1 and b2"
    QString source; // "database app at 127.0.0.1:5432, read 14:02:11"
};

// One step of a recipe: explain (words), show (a place to look), act (a
// strata-cli command line, which goes through the normal planner, preflight
// and confirmation; the doctor checks again afterwards).
struct RecipeStep
{
    enum class Kind { Explain, Show, Act };
    Kind kind = Kind::Explain;
    QString text;
    QStringList command; // Act: strata-cli's arguments ("upgrade", "heads", "--profile", "P"); Show: a hint
    bool optional = false; // offered (a backup first), not what --fix does
};

// A failed run's error in the classes support staff meet ("lock timeout",
// "data that does not fit", …), with the way out in plain words.
struct FailureClass
{
    QString kind;
    QString explanation;
};
// kind is a key ("lock timeout"); the explanation is in the program's language.
FailureClass classifyFailure(const QString &error);
// The kind in the program's language.
QString failureKindText(const QString &kind);

struct Diagnosis
{
    enum class Severity { Info, Warning, Error };
    QString code;    // "not-up-to-date", "blocked-by-session", …
    Severity severity = Severity::Warning;
    QString profileId;   // empty: about the project
    QString profileName;
    QString title;       // one line: what is wrong
    QString explanation; // plain words for support staff
    QList<Evidence> evidence;
    QList<RecipeStep> steps;

    // The first act that is not optional, if any: what `doctor --fix` runs.
    const RecipeStep *act() const;
    QJsonObject toJson() const;
    // For a ticket: what is wrong, the evidence, the steps (never a password).
    QString toMarkdown() const;
};
QString severityName(Diagnosis::Severity s);

// What one environment looks like to the doctor.
struct EnvironmentFacts
{
    ConnectionProfile profile;
    EnvironmentStatus status;
    std::optional<LockSnapshot> locks; // PostgreSQL, when reachable
    QString locksError;
    QList<RunRecord> runs; // this profile's runs, newest first
};

// A password in clear in a project file (the secret itself never kept).
struct SecretInFile
{
    QString file;
    int line = 0;
    QString what; // "sqlalchemy.url in alembic.ini holds a password"
};

struct DoctorFacts
{
    ProjectPtr project;
    QList<EnvironmentFacts> environments;
    // The Python that runs Alembic: versions, or what is missing and how to install it.
    QJsonObject probe;   // the bridge's probe answer ("alembic", "missing": [{module, install}])
    QString probeError;  // no Python, no bridge
    QString python;      // the interpreter in use
    QList<SecretInFile> secrets;
    QHash<QString, QStringList> revisionCommits; // unknown revision id -> "abc123 (branch x) message" lines
    EnvPyFacts envPy;                              // where env.py takes its URL from
    QStringList variablesSet;                      // of envPy.environmentVariables, those set in Strata's environment
    QHash<QString, QStringList> variableDefinedIn; // variable -> ".env:3" places that define it
    bool hasPgDump = false;                        // pg_dump is installed (a backup can be offered)
    QDateTime now;
};

// Detects the troubles in what Strata knows and says, for each, what is
// wrong, on what evidence, and the way out. Pure: no database, no process.
class Doctor
{
public:
    static QList<Diagnosis> diagnose(const DoctorFacts &facts);
    // The worst severity (none: Info).
    static Diagnosis::Severity worst(const QList<Diagnosis> &diagnoses);
};

} // namespace strata
