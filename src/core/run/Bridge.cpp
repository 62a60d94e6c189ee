#include "Bridge.h"

#include "common/Counters.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace strata {

namespace {

bool executable(const QString &path)
{
    const QFileInfo fi(path);
    return fi.exists() && fi.isExecutable() && !fi.isDir();
}

QString venvPython(const QString &dir)
{
#ifdef Q_OS_WIN
    const QString p = dir + QStringLiteral("/Scripts/python.exe");
#else
    const QString p = dir + QStringLiteral("/bin/python");
#endif
    return executable(p) ? p : QString();
}

// Asked once per interpreter (alembicVersionOf keeps the answer).
bool hasAlembic(const QString &program)
{
    return alembicVersionOf(program).ok();
}

} // namespace

Result<PythonChoice> choosePython(const QString &projectDir, const QString &explicitProgram)
{
    auto resolve = [&](const QString &program, const QString &origin) -> Result<PythonChoice> {
        QString path = program;
        if (!program.contains(QLatin1Char('/')))
            path = QStandardPaths::findExecutable(program);
        else if (QDir::isRelativePath(program))
            path = QDir(projectDir).absoluteFilePath(program);
        if (path.isEmpty() || !executable(path))
            return makeError(ErrorCode::PythonMissing,
                             QCoreApplication::translate("strata::Bridge", "the Python interpreter '%1' (%2) does not exist or is not executable")
                                     .arg(program, origin));
        return PythonChoice { path, origin };
    };
    if (!explicitProgram.isEmpty())
        return resolve(explicitProgram, QStringLiteral("--python"));
    QFile workspace(QDir(projectDir).filePath(QStringLiteral("strata-workspace.json")));
    if (workspace.open(QIODevice::ReadOnly)) {
        const QString configured = QJsonDocument::fromJson(workspace.readAll()).object().value(QStringLiteral("python")).toString();
        if (!configured.isEmpty())
            return resolve(configured, QStringLiteral("workspace"));
    }
    for (const QString &dir : { QStringLiteral(".venv"), QStringLiteral("venv") }) {
        const QString p = venvPython(QDir(projectDir).filePath(dir));
        if (!p.isEmpty())
            return PythonChoice { p, dir };
    }
    if (const QString venv = qEnvironmentVariable("VIRTUAL_ENV"); !venv.isEmpty()) {
        const QString p = venvPython(venv);
        if (!p.isEmpty())
            return PythonChoice { p, QStringLiteral("$VIRTUAL_ENV") };
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString system = QStringLiteral("/usr/bin/python3");
    // A python3 on PATH from pyenv or similar often lacks Alembic while the
    // system one has Debian's python3-alembic: prefer the one that can run.
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() != QFileInfo(system).canonicalFilePath()
        && executable(system) && !hasAlembic(onPath) && hasAlembic(system))
        return PythonChoice { system, QStringLiteral("/usr/bin/python3") };
    if (!onPath.isEmpty())
        return PythonChoice { onPath, QStringLiteral("PATH") };
    return makeError(ErrorCode::PythonMissing,
                     QCoreApplication::translate("strata::Bridge", "no Python interpreter found: create .venv next to the project, set "
                                    "VIRTUAL_ENV, or install python3"));
}

Result<QString> alembicVersionOf(const QString &program)
{
    const QString path = QFileInfo(program).absoluteFilePath();
    const QString cacheFile = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                      .filePath(QStringLiteral("strata/alembic-versions.json"));
    auto stamp = [](const QString &file) {
        const QFileInfo info(file);
        return info.exists() ? QString::number(info.lastModified().toMSecsSinceEpoch()) : QString();
    };
    QJsonObject cache;
    {
        QFile f(cacheFile);
        if (f.size() < 1024 * 1024 && f.open(QIODevice::ReadOnly))
            cache = QJsonDocument::fromJson(f.readAll()).object(); // garbage reads as empty
    }
    const QJsonObject known = cache.value(path).toObject();
    const QString init = known.value(QStringLiteral("alembic_init")).toString();
    if (!known.isEmpty() && !init.isEmpty() && known.value(QStringLiteral("program_mtime")).toString() == stamp(path)
        && known.value(QStringLiteral("alembic_mtime")).toString() == stamp(init))
        return known.value(QStringLiteral("version")).toString();

    Counters::add(Counter::PythonStarts);
    QProcess p;
    p.start(path, { QStringLiteral("-c"),
                    QStringLiteral("import alembic; print(alembic.__version__); print(alembic.__file__)") });
    if (!p.waitForFinished(15000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished(1000);
        return makeError(ErrorCode::PythonMissing, QCoreApplication::translate("strata::Bridge", "%1 did not say which Alembic it has").arg(path));
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (p.exitCode() != 0 || lines.size() < 2)
        return makeError(ErrorCode::PythonMissing, QCoreApplication::translate("strata::Bridge", "%1 has no Alembic").arg(path));
    const QString version = lines[0].trimmed(), file = lines[1].trimmed();
    cache.insert(path, QJsonObject { { QStringLiteral("version"), version },
                                     { QStringLiteral("alembic_init"), file },
                                     { QStringLiteral("alembic_mtime"), stamp(file) },
                                     { QStringLiteral("program_mtime"), stamp(path) } });
    QDir().mkpath(QFileInfo(cacheFile).absolutePath());
    QSaveFile out(cacheFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(cache).toJson(QJsonDocument::Compact));
        out.commit(); // a cache: a failed write costs a Python start next time, nothing else
    }
    return version;
}

Result<QString> bridgeScriptPath()
{
    const QString name = QStringLiteral("strata_bridge.py");
    if (const QString env = qEnvironmentVariable("STRATA_BRIDGE"); !env.isEmpty()) {
        if (QFileInfo::exists(env))
            return env;
        return makeError(ErrorCode::BridgeFailed, QCoreApplication::translate("strata::Bridge", "$STRATA_BRIDGE names %1, which does not exist").arg(env));
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList tried;
    for (const QString &rel : { QStringLiteral("/../share/strata/python/"), QStringLiteral("/../../share/strata/python/"),
                                QStringLiteral("/share/strata/python/") }) {
        const QString p = QDir::cleanPath(appDir + rel + name);
        if (QFileInfo::exists(p))
            return p;
        tried << p;
    }
    return makeError(ErrorCode::BridgeFailed,
                     Phrase(QT_TRANSLATE_NOOP("strata::Phrase",
                                              "the Alembic bridge script is missing (looked at %1); reinstall Strata"),
                            { tried.join(QStringLiteral(", ")) }));
}

Result<QJsonObject> bridgeRequest(const Project &project, const QString &verb)
{
    const ProjectConfig &cfg = project.config;
    if (cfg.iniFile.isEmpty() && cfg.tomlFile.isEmpty())
        return makeError(ErrorCode::Config, QCoreApplication::translate("strata::Bridge", "running Alembic needs an alembic.ini or a pyproject.toml "
                                                           "with [tool.alembic] (this project was opened from a %1)")
                                                    .arg(cfg.sourceName()));
    QJsonObject req;
    req.insert(QStringLiteral("verb"), verb);
    // Alembic reads both files, each key from the ini first (1.16+); an older
    // Alembic reads only the ini, which the bridge says when that cannot work.
    req.insert(QStringLiteral("config_file"), cfg.iniFile);
    if (!cfg.tomlFile.isEmpty()) {
        req.insert(QStringLiteral("toml_file"), cfg.tomlFile);
        req.insert(QStringLiteral("toml_needed"), cfg.source == ProjectConfig::Source::PyProject);
    }
    req.insert(QStringLiteral("section"), cfg.iniFile.isEmpty() ? QStringLiteral("alembic") : cfg.section);
    return req;
}

Result<QJsonObject> sessionBridgeRequest(const Project &project, const QString &verb, const ConnectionProfile &profile,
                                         const QString &password, const DatabaseIdentity &identity,
                                         const QString &appName, const QStringList &extraPreamble)
{
    auto base = bridgeRequest(project, verb);
    if (!base)
        return base.error();
    const Dialect &dialect = Dialect::of(profile);
    QJsonObject req = base.value();
    req.insert(QStringLiteral("url"), profile.sqlalchemyUrl(password));
    req.insert(QStringLiteral("password"), password);
    req.insert(QStringLiteral("url_as_option"), profile.urlAsConfigOption);
    req.insert(QStringLiteral("url_env"), QJsonArray::fromStringList(profile.urlEnvironmentVariables));
    QJsonObject session;
    session.insert(QStringLiteral("dialect"), ConnectionProfile::driverName(profile.driver));
    session.insert(QStringLiteral("application_name"), appName);
    session.insert(QStringLiteral("preamble"),
                   QJsonArray::fromStringList(dialect.sessionPreamble(profile, appName, identity) + extraPreamble));
    session.insert(QStringLiteral("session_id_sql"), dialect.sessionIdSql());
    session.insert(QStringLiteral("identity_sql"), identity.isKnown() ? dialect.identityKeySql(identity) : QString());
    session.insert(QStringLiteral("identity_key"), identity.key);
    session.insert(QStringLiteral("identity_text"), identity.describe());
    req.insert(QStringLiteral("session"), session);
    return req;
}

QStringList secretSpellings(const QString &password)
{
    if (password.isEmpty())
        return {};
    QStringList out { password };
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(password));
    if (encoded != password)
        out << encoded;
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

BridgeProcess::BridgeProcess() = default;

BridgeProcess::~BridgeProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

Status BridgeProcess::start(const PythonChoice &python, const QString &script, const QString &workingDir,
                            const QJsonObject &request)
{
    Counters::add(Counter::PythonStarts);
    m_script = script;
    m_greeted = false;
    m_protocolError.reset();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(python.program);
    // -u: unbuffered, so events and log lines arrive as they happen.
    m_process->setArguments({ QStringLiteral("-u"), script });
    m_process->setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(15000))
        return makeError(ErrorCode::PythonMissing,
                         Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "cannot start %1 (%2): %3"),
                                { python.program, python.origin, m_process->errorString() }));
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    m_process->write(line);
    m_process->waitForBytesWritten(5000);
    qCDebug(lcBridge) << "started" << python.program << script << "pid" << m_process->processId();
    return {};
}

QString BridgeProcess::scrub(QString line) const
{
    for (const QString &s : m_secrets)
        line.replace(s, QStringLiteral("***"));
    return line;
}

void BridgeProcess::drain(const EventFn &onEvent, const LogFn &onLog, bool final)
{
    m_out += m_process->readAllStandardOutput();
    m_err += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_out.indexOf('\n')) >= 0) {
        const QByteArray line = m_out.left(nl);
        m_out.remove(0, nl + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            if (!line.trimmed().isEmpty())
                onLog(scrub(QString::fromUtf8(line)));
            continue;
        }
        if (m_protocolError)
            continue;
        auto event = bridge::parse(doc.object());
        if (!event) {
            qCWarning(lcBridge) << event.error().message;
            onLog(QStringLiteral("strata: ") + event.error().message);
            continue;
        }
        if (!m_greeted) {
            if (Status s = bridge::checkHello(event.value(), m_script); !s) {
                m_protocolError = s.error();
                m_process->kill();
                continue;
            }
            m_greeted = true;
        }
        onEvent(event.value());
    }
    while ((nl = m_err.indexOf('\n')) >= 0) {
        onLog(scrub(QString::fromUtf8(m_err.left(nl))));
        m_err.remove(0, nl + 1);
    }
    if (final) {
        if (!m_err.isEmpty())
            onLog(scrub(QString::fromUtf8(m_err)));
        m_err.clear();
    }
}

bool BridgeProcess::poll(int msecs, const EventFn &onEvent, const LogFn &onLog)
{
    if (!m_process)
        return false;
    if (m_process->state() == QProcess::NotRunning) {
        drain(onEvent, onLog, true);
        return false;
    }
    m_process->waitForReadyRead(msecs);
    drain(onEvent, onLog, false);
    if (m_process->state() == QProcess::NotRunning) {
        drain(onEvent, onLog, true);
        return false;
    }
    return true;
}

void BridgeProcess::sendCancel()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->write("cancel\n");
        m_process->waitForBytesWritten(1000);
    }
}

void BridgeProcess::sendContinue()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->write("continue\n");
        m_process->waitForBytesWritten(1000);
    }
}

void BridgeProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

qint64 BridgeProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

int BridgeProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

bool BridgeProcess::crashed() const
{
    return m_process && m_process->exitStatus() == QProcess::CrashExit && !m_protocolError;
}

Result<BridgeOutcome> runBridge(const PythonChoice &python, const QString &workingDir, const QJsonObject &request,
                                const QStringList &secrets, int timeoutMs)
{
    auto script = bridgeScriptPath();
    if (!script)
        return script.error();
    BridgeProcess bridge;
    bridge.setSecrets(secrets);
    if (Status s = bridge.start(python, script.value(), workingDir, request); !s)
        return s.error();
    BridgeOutcome out;
    QElapsedTimer timer;
    timer.start();
    auto onEvent = [&out](const bridge::Event &e) {
        out.events.push_back(e);
        if (const auto *d = std::get_if<bridge::Done>(&e))
            out.done = *d;
        else if (const auto *f = std::get_if<bridge::Failure>(&e))
            out.failure = *f;
    };
    auto onLog = [&out](const QString &line) { out.log << line; };
    while (bridge.poll(100, onEvent, onLog)) {
        if (timer.elapsed() > timeoutMs) {
            bridge.kill();
            return makeError(ErrorCode::BridgeFailed, QCoreApplication::translate("strata::Bridge", "the Alembic bridge did not answer within %1 s")
                                                              .arg(timeoutMs / 1000));
        }
    }
    if (auto e = bridge.protocolError())
        return *e;
    out.exitCode = bridge.exitCode();
    if (!out.done && !out.failure) {
        QString tail = out.log.mid(std::max<qsizetype>(0, out.log.size() - 5)).join(QLatin1Char('\n'));
        return makeError(ErrorCode::BridgeFailed, QCoreApplication::translate("strata::Bridge", "the Alembic bridge (%1) ended without an answer (exit %2)%3")
                                                          .arg(python.program)
                                                          .arg(out.exitCode)
                                                          .arg(tail.isEmpty() ? QString() : QStringLiteral(":\n") + tail));
    }
    return out;
}

Error bridgeFailureError(const bridge::Failure &f)
{
    if (!f.module.isEmpty()) {
        const QString lower = f.module.toLower();
        const ErrorCode code = (lower == QLatin1String("alembic") || lower == QLatin1String("sqlalchemy"))
                ? ErrorCode::AlembicMissing
                : ErrorCode::DriverMissing;
        return makeError(code, f.install.isEmpty() ? f.message
                                                   : QCoreApplication::translate("strata::Bridge", "%1 (install it with: %2)").arg(f.message, f.install));
    }
    if (f.type == QLatin1String("StrataWrongDatabase"))
        return makeError(ErrorCode::WrongDatabase, f.message);
    if (f.type == QLatin1String("Cancelled") || f.cancelled)
        return makeError(ErrorCode::Cancelled, f.message);
    return makeError(ErrorCode::MigrationFailed, f.type.isEmpty() ? f.message : QStringLiteral("%1: %2").arg(f.type, f.message));
}

} // namespace strata
