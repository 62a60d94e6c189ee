#pragma once

#include "common/Result.h"
#include "connection/ConnectionProfile.h"
#include "lint/Linter.h"
#include "project/Project.h"
#include "run/Bridge.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace strata {

class DbWorker;
struct Preview;

// "Lint": the migration-safety rules over a plan's offline SQL, with the
// catalog of the profile's database when there is one.
struct LintRequest
{
    ProjectPtr project;
    PythonChoice python;
    std::optional<ConnectionProfile> profile; // the environment: its dialect, its tables' sizes
    QString password;
    std::optional<QStringList> from; // the rows the SQL starts from ({} = base); else the profile's
    QString target;
    bool downgrade = false;
    bool all = false; // every revision's SQL: base to every head
    std::optional<ConnectionProfile::Driver> dialect; // without a profile (default PostgreSQL)
    bool external = false; // the SQL will be run by another tool (psql): Strata's lock_timeout does not apply
    bool readFacts = true; // read table sizes from the profile's database
    QString sqlText;       // lint this SQL instead of asking Alembic for it
    int connectTimeout = 5;
};

struct LintResult
{
    QStringList from;
    QStringList to;
    QString target;
    bool downgrade = false;
    QString sql;
    QString environment; // the profile's name, empty without one
    LintReport report;
};

// What lintSql needs besides the SQL.
struct LintSetup
{
    ProjectPtr project; // lint settings and revision files
    ConnectionProfile::Driver driver = ConnectionProfile::Driver::PostgreSQL;
    const ConnectionProfile *profile = nullptr; // table sizes from its database
    QString password;
    bool runByStrata = true;
    bool eachRevisionAlone = false;
    int connectTimeout = 5;
    std::shared_ptr<DbWorker> session; // the caller's connection to the profile's database, if it has one
};

class LintService
{
public:
    // Alembic's offline SQL for the request's plan (or its sqlText), linted.
    static Result<LintResult> lintPlan(const LintRequest &request);

    // SQL linted for a dialect, with facts read from the profile's database
    // (through session when one is given, else a connection of its own, within
    // the connect timeout). A database that cannot be read leaves the facts out
    // and says why in the report's notes; the lint itself never fails.
    static LintReport lintSql(const QString &sql, const LintSetup &setup);
};

} // namespace strata
