#include "DoctorService.h"

#include "dialect/Dialect.h"
#include "project/EnvPy.h"
#include "run/RunJournal.h"
#include "state/DatabaseConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace strata {

namespace {

EnvironmentFacts examineEnvironment(const ConnectionProfile &p, const QString &password, const ProjectPtr &project,
                                    int timeout)
{
    EnvironmentFacts e;
    e.profile = p;
    e.status = readEnvironmentStatus(p, password, project->graph, timeout);
    const Dialect &d = Dialect::of(p);
    if (d.hasServerSessions() && e.status.hasRows()) {
        DatabaseConnection c;
        if (Status s = c.open(p, password, timeout, QStringLiteral("strata locks")); s) {
            auto snap = d.lockSnapshot(c.database());
            if (snap)
                e.locks = snap.value();
            else
                e.locksError = snap.error().message;
        }
    }
    return e;
}

// A URL with a password in it ("postgresql://u:secret@h/db"), not an
// interpolation or an environment reference.
const QRegularExpression &urlWithPassword()
{
    static const QRegularExpression re(QStringLiteral("://[^/@\\s:]+:([^@\\s]+)@"));
    return re;
}

bool isReference(const QString &secret)
{
    return secret.startsWith(QLatin1String("%(")) || secret.startsWith(QLatin1String("${"))
            || secret.startsWith(QLatin1Char('$')) || secret == QLatin1String("***") || secret.startsWith(QLatin1Char('<'));
}

void scanFile(const QString &path, bool dotEnv, QList<SecretInFile> *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024)
        return;
    static const QRegularExpression passwordVar(QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_]*(?:PASSWORD|PASSWD|PWD))\\s*=\\s*(\\S.*)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    int line = 0;
    const QString name = QFileInfo(path).fileName();
    while (!f.atEnd()) {
        const QString text = QString::fromUtf8(f.readLine());
        ++line;
        if (text.trimmed().startsWith(QLatin1Char('#')) || text.trimmed().startsWith(QLatin1Char(';')))
            continue;
        const QRegularExpressionMatch m = urlWithPassword().match(text);
        if (m.hasMatch() && !isReference(m.captured(1))) {
            out->append({ path, line, QCoreApplication::translate("strata::DoctorService", "a database URL in %1 holds a password").arg(name) });
            continue;
        }
        if (dotEnv) {
            const QRegularExpressionMatch v = passwordVar.match(text);
            QString value = v.captured(2).trimmed();
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                value = value.mid(1, value.size() - 2);
            if (v.hasMatch() && !value.isEmpty() && !isReference(value))
                out->append({ path, line, QCoreApplication::translate("strata::DoctorService", "%1 in %2 holds a password").arg(v.captured(1), name) });
        }
    }
}

QHash<QString, QStringList> commitsHolding(const QString &root, const QStringList &ids)
{
    QHash<QString, QStringList> out;
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty() || ids.isEmpty())
        return out;
    for (const QString &id : ids) {
        QProcess p;
        p.setWorkingDirectory(root);
        p.start(git, { QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%h%d %s"),
                       QStringLiteral("-S") + id, QStringLiteral("--"), QStringLiteral(".") });
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(1000);
            continue;
        }
        if (p.exitCode() != 0)
            continue;
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList described;
        for (const QString &l : lines.mid(0, 5)) {
            // Which branches have that commit.
            QProcess b;
            b.setWorkingDirectory(root);
            b.start(git, { QStringLiteral("branch"), QStringLiteral("-a"), QStringLiteral("--contains"), l.section(QLatin1Char(' '), 0, 0),
                           QStringLiteral("--format=%(refname:short)") });
            QString branches;
            if (b.waitForFinished(5000) && b.exitCode() == 0)
                branches = QString::fromUtf8(b.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
            described << (branches.isEmpty() ? l : QStringLiteral("%1 [on %2]").arg(l, branches));
        }
        out.insert(id, described);
    }
    return out;
}

} // namespace

DoctorFacts DoctorService::gather(const DoctorRequest &r)
{
    DoctorFacts facts;
    facts.project = r.project;
    facts.now = QDateTime::currentDateTimeUtc();
    // Every environment at once (each bounded by its connect timeout), the probe meanwhile.
    // A pool of its own: the examination itself may run on the global pool,
    // whose few threads must not wait on each other.
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(int(r.profiles.size()), 1, 64));
    QFuture<EnvironmentFacts> environments = QtConcurrent::mapped(&pool, r.profiles, [&r](const ConnectionProfile &p) {
        return examineEnvironment(p, r.passwords.value(p.id), r.project, r.connectTimeout);
    });
    if (r.python) {
        facts.python = r.python->program;
        QJsonObject req;
        req.insert(QStringLiteral("verb"), QStringLiteral("probe"));
        if (!r.profiles.isEmpty())
            req.insert(QStringLiteral("dialect"), r.profiles.first().sqlalchemyUrl(QString()).section(QStringLiteral("://"), 0, 0));
        auto out = runBridge(*r.python, r.project->config.rootDir, req, {}, 30000);
        if (!out)
            facts.probeError = out.error().message;
        else if (out->done)
            facts.probe = out->done->payload.value(QStringLiteral("probe")).toObject();
    } else {
        facts.probeError = r.pythonError;
    }
    RunJournal journal;
    QHash<QString, QList<RunRecord>> runs;
    if (journal.open(r.journalPath.isEmpty() ? RunJournal::defaultPath() : r.journalPath))
        if (auto list = journal.list(500))
            for (const RunRecord &run : list.value())
                runs[run.profileId] << run;
    for (EnvironmentFacts e : environments.results()) {
        e.runs = runs.value(e.profile.id);
        facts.environments << e;
    }
    // Passwords in clear.
    if (!r.project->config.iniFile.isEmpty())
        scanFile(r.project->config.iniFile, false, &facts.secrets);
    const QDir root(r.project->config.rootDir);
    for (const QFileInfo &fi : root.entryInfoList({ QStringLiteral(".env"), QStringLiteral(".env.*"), QStringLiteral("*.env") },
                                                  QDir::Files | QDir::Hidden))
        if (!fi.fileName().endsWith(QLatin1String(".example")) && !fi.fileName().endsWith(QLatin1String(".sample")))
            scanFile(fi.filePath(), true, &facts.secrets);
    facts.hasPgDump = !QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty();
    // Where env.py takes its URL from, and which of those variables are set or defined.
    facts.envPy = readEnvPy(r.project->config);
    for (const QString &v : facts.envPy.environmentVariables)
        if (qEnvironmentVariableIsSet(v.toUtf8().constData()))
            facts.variablesSet << v;
    for (const QFileInfo &fi : root.entryInfoList({ QStringLiteral(".env"), QStringLiteral(".env.*"), QStringLiteral("*.env") },
                                                  QDir::Files | QDir::Hidden)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024)
            continue;
        int line = 0;
        while (!f.atEnd()) {
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            ++line;
            for (const QString &v : facts.envPy.environmentVariables)
                if (text.startsWith(v + QLatin1Char('=')) || text.startsWith(QStringLiteral("export ") + v + QLatin1Char('=')))
                    facts.variableDefinedIn[v] << QStringLiteral("%1:%2").arg(fi.fileName()).arg(line);
        }
    }
    // Unknown revisions in git history.
    QStringList unknown;
    for (const EnvironmentFacts &e : facts.environments)
        for (const QString &id : e.status.unknown)
            if (!unknown.contains(id))
                unknown << id;
    facts.revisionCommits = commitsHolding(r.project->config.rootDir, unknown);
    return facts;
}

} // namespace strata
