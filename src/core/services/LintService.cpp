#include "services/LintService.h"

#include "common/Logging.h"
#include "dialect/Dialect.h"
#include "run/DbWorker.h"
#include "run/SqlScript.h"
#include "services/MigrationService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace strata {

LintReport LintService::lintSql(const QString &sql, const LintSetup &setup)
{
    const ProjectPtr &project = setup.project;
    const ConnectionProfile::Driver driver = setup.driver;
    const ConnectionProfile *profile = setup.profile;
    const int connectTimeout = setup.connectTimeout;
    const std::shared_ptr<DbWorker> &session = setup.session;
    LintOptions options;
    options.driver = driver;
    options.project = project;
    options.runByStrata = setup.runByStrata;
    options.eachRevisionAlone = setup.eachRevisionAlone;
    options.lockTimeoutMs = profile ? profile->lockTimeoutMs : ConnectionProfile().lockTimeoutMs;
    if (profile)
        options.versionTable = profile->versionTable;
    if (project)
        options.config = LintConfig::load(project->config.rootDir);
    auto script = SqlScript::parse(sql);
    if (!script) {
        LintReport r = Linter::lint({}, QString(), options);
        r.notes << QCoreApplication::translate("strata::LintService", "not linted: %1").arg(script.error().toString());
        return r;
    }
    const std::vector<LintStatement> statements =
            Linter::prepare(script.value(), driver, project, setup.eachRevisionAlone);
    LintFacts facts;
    if (profile && profile->driver == ConnectionProfile::Driver::PostgreSQL && driver == profile->driver) {
        const QStringList tables = Linter::tablesOf(statements, options.versionTable.toLower(), setup.eachRevisionAlone);
        const QStringList functions = Linter::functionsOf(statements);
        std::shared_ptr<DbWorker> worker = session;
        if (!worker)
            worker = std::make_shared<DbWorker>(*profile, setup.password, connectTimeout, QStringLiteral("strata lint"));
        const ConnectionProfile p = *profile;
        auto read = worker->call<LintFacts>(
                [p, tables, functions](DbSession &s) -> Result<LintFacts> {
                    return Dialect::of(p).readLintFacts(s.db, tables, functions);
                },
                connectTimeout * 1000 + 10000);
        if (!read)
            facts.problem = QCoreApplication::translate("strata::LintService", "%1 did not answer in time").arg(profile->name);
        else if (!read->ok())
            facts.problem = read->error().message;
        else {
            facts = read->value();
            facts.source = QCoreApplication::translate("strata::LintService", "the catalog of '%1' (%2)").arg(profile->name, facts.source);
        }
        if (!session)
            worker->shutdown(2000);
    } else if (profile && profile->driver == ConnectionProfile::Driver::MySQL) {
        facts.problem = QCoreApplication::translate("strata::LintService", "table sizes are not read from MySQL/MariaDB databases yet; severities are the "
                                       "rules' defaults");
    }
    options.facts = &facts;
    return Linter::lint(statements, sql, options);
}

Result<LintResult> LintService::lintPlan(const LintRequest &r)
{
    QElapsedTimer clock;
    clock.start();
    const ConnectionProfile::Driver driver =
            r.profile ? r.profile->driver : r.dialect.value_or(ConnectionProfile::Driver::PostgreSQL);
    LintResult out;
    out.environment = r.profile ? r.profile->name : QString();
    if (!r.sqlText.isNull()) {
        out.sql = r.sqlText;
    } else {
        PreviewRequest p;
        p.project = r.project;
        p.python = r.python;
        p.profile = r.profile;
        p.password = r.password;
        p.from = r.all ? std::optional<QStringList>(QStringList()) : r.from;
        p.target = r.all ? QStringLiteral("heads") : r.target;
        p.downgrade = !r.all && r.downgrade;
        p.connectTimeout = r.connectTimeout;
        p.journal = false;
        p.lint = false; // linted here, once
        auto preview = MigrationService::previewSql(p);
        if (!preview)
            return preview.error();
        out.from = preview->from;
        out.to = preview->to;
        out.target = preview->target;
        out.downgrade = preview->downgrade;
        out.sql = preview->sql;
    }
    LintSetup setup;
    setup.project = r.project;
    setup.driver = driver;
    setup.profile = r.readFacts && r.profile ? &*r.profile : nullptr;
    setup.password = r.password;
    setup.runByStrata = !r.external;
    setup.eachRevisionAlone = r.all;
    setup.connectTimeout = r.connectTimeout;
    out.report = lintSql(out.sql, setup);
    qCDebug(lcServices) << "linted" << out.report.statements << "statements in" << clock.elapsed() << "ms";
    return out;
}

} // namespace strata
