#pragma once

#include "common/Result.h"
#include "lint/Lint.h"
#include "project/Project.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace strata {

struct SqlScript;

// The project's lint settings, from "lint" in strata-workspace.json:
//   "lint": { "off": ["rename"], "severity": { "drop-column": "error" } }
struct LintConfig
{
    QSet<QString> off;
    QMap<QString, Severity> severity;
    QStringList problems; // what in the file could not be used, with where

    static LintConfig load(const QString &projectDir);
    static LintConfig fromJson(const QJsonValue &value, const QString &where);
};

// How long a table stays locked by the plan: from the statement that takes
// the lock to the COMMIT that ends its transaction.
struct PlanLock
{
    QString table;
    LockMode mode = LockMode::None;
    int fromLine = 0;
    int untilLine = 0;       // the COMMIT (or the statement itself outside a transaction)
    int statements = 0;      // statements that run while it is held, the first included
    bool wholeTable = false; // a rewrite, scan or index build of it happens meanwhile
    bool inTransaction = false;

    QString describe() const; // "ACCESS EXCLUSIVE on orders, lines 4–31 (12 statements, until COMMIT)"
    QJsonObject toJson() const;
};

struct LintReport
{
    QString dialect;         // "postgresql", "mysql", "sqlite"
    QString parser;          // "PostgreSQL 15.1 grammar (libpg_query)", "Strata's SQL lexer"
    int statements = 0;      // statements linted (control statements excluded)
    int unparsed = 0;        // statements the grammar refused (reported, not guessed)
    LintFindings findings;   // allowed ones included, marked
    QList<PlanLock> locks;   // PostgreSQL: what the plan holds, in order
    QStringList satisfied;   // rules met by how Strata runs the SQL ("lock-timeout: …")
    QStringList notes;       // facts read or not, configuration problems
    QString factsSource;     // where the table sizes came from; empty without a database

    int count(Severity severity) const; // findings not allowed
    bool hasFindings() const;
    // "2 errors, 3 warnings, 1 note (1 allowed)" or "no findings".
    QString summary() const;
    QJsonObject toJson() const;
    // The findings at a line of the linted SQL (allowed ones included).
    LintFindings atLine(int line) const;
};

// What a lint run knows besides the SQL.
struct LintOptions
{
    ConnectionProfile::Driver driver = ConnectionProfile::Driver::PostgreSQL;
    const LintFacts *facts = nullptr;
    bool runByStrata = true;
    int lockTimeoutMs = 0;
    QString versionTable = QStringLiteral("alembic_version");
    LintConfig config;
    ProjectPtr project; // revision files: "# strata: allow RULE reason" comments
    bool eachRevisionAlone = false; // see Linter::prepare
};

// Runs every rule over a script. Two phases so a face can read the catalog
// in between: prepare() parses the statements and finds what they lock;
// lint() applies the rules with whatever facts were read.
class Linter
{
public:
    static const std::vector<std::unique_ptr<LintRule>> &rules();
    static const LintRule *rule(const QString &code);

    // eachRevisionAlone: every Alembic step is linted as if it ran by itself
    // (lint --all): tables earlier steps create already exist, and a step's
    // statements are one transaction of their own.
    static std::vector<LintStatement> prepare(const SqlScript &script, ConnectionProfile::Driver driver,
                                              const ProjectPtr &project = {}, bool eachRevisionAlone = false);
    // The existing tables and the functions the statements name (what to read
    // from the catalog); with eachRevisionAlone, tables earlier steps create too.
    static QStringList tablesOf(const std::vector<LintStatement> &statements, const QString &versionTable,
                                bool eachRevisionAlone = false);
    static QStringList functionsOf(const std::vector<LintStatement> &statements);

    static LintReport lint(const std::vector<LintStatement> &statements, const QString &sqlText,
                           const LintOptions &options);
    // prepare() then lint(), for SQL text alone.
    static LintReport lintText(const QString &sqlText, const LintOptions &options);
};

} // namespace strata
