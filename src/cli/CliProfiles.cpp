// `strata-cli profiles ...`: connection profiles and their keychain secrets.
#include "CliApp.h"

#include "connection/DotEnv.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "connection/SqlAlchemyUrl.h"
#include "project/IniFile.h"
#include "project/ProjectConfig.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace strata {

namespace {

const char *const kProfilesHelp = R"(Usage: strata-cli profiles SUB [ARGS] [--json]

  list                          all profiles (no secrets)
  show NAME                     one profile, and whether a password is stored
  add NAME [FIELDS]             a new profile
  edit NAME [FIELDS] [--rename NEW]
  remove NAME                   the profile and its keychain entry
  import-url NAME [URL|-]       from a SQLAlchemy URL ("-" or none: read it from
                                stdin, so the password is not in the process list)
  import-env NAME FILE... [--var NAME]
                                from .env files (later files override; the URL is
                                taken from --var, default DATABASE_URL)
  import-ini NAME [--project DIR] [--name SECTION]
                                from sqlalchemy.url in alembic.ini
  set-password NAME             read the password from stdin (no echo on a
                                terminal) into the keychain; empty removes it
  save-workspace [--project DIR]
                                write the project's profiles (no secrets) to
                                strata-workspace.json next to alembic.ini
  load-workspace [--project DIR]
                                add the workspace's profiles you do not have yet

FIELDS: --driver postgresql|sqlite|mysql --host H --port N --database DB
  --user U --kind development|test|staging|production|other --colour #rrggbb
  --ssl-mode MODE --service NAME --option KEY=VALUE (repeatable)
  --version-table T --version-table-schema S --project DIR
  --read-only/--no-read-only --production/--no-production
  --url-env VAR (repeatable) --no-url-option
  --lock-timeout MS --statement-timeout MS (every session of a run; 0 = none;
    defaults 10000 and 0)

A password found in a URL or .env file is moved to the keychain (service
"Strata") and never stored in the profile file.
)";

// Runs one asynchronous SecretStore call to completion. The CLI has no GUI
// thread, so waiting in a local event loop is fine here.
SecretStore::Answer await(const std::function<void(SecretStore::Callback)> &call)
{
    QEventLoop loop;
    SecretStore::Answer answer;
    call([&](const SecretStore::Answer &a) {
        answer = a;
        loop.quit();
    });
    loop.exec();
    return answer;
}

QString readSecretLine(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO);
    termios old {};
    if (tty) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &old);
        termios noEcho = old;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

struct ProfileArgs
{
    QStringList positional;
    QHash<QString, QStringList> values; // --key -> values
    QStringList flags;
    QString error;

    bool has(const QString &k) const { return values.contains(k) || flags.contains(k); }
    QString value(const QString &k) const { return values.value(k).value(0); }
};

ProfileArgs parseProfileArgs(const QStringList &rest)
{
    static const QStringList valued = { QStringLiteral("--driver"), QStringLiteral("--host"), QStringLiteral("--port"),
                                        QStringLiteral("--database"), QStringLiteral("--user"), QStringLiteral("--kind"),
                                        QStringLiteral("--colour"), QStringLiteral("--color"), QStringLiteral("--ssl-mode"),
                                        QStringLiteral("--service"), QStringLiteral("--option"),
                                        QStringLiteral("--lock-timeout"), QStringLiteral("--statement-timeout"),
                                        QStringLiteral("--version-table"), QStringLiteral("--version-table-schema"),
                                        QStringLiteral("--project"), QStringLiteral("-p"), QStringLiteral("--url-env"),
                                        QStringLiteral("--rename"), QStringLiteral("--var"), QStringLiteral("--name"),
                                        QStringLiteral("-n") };
    static const QStringList flags = { QStringLiteral("--json"), QStringLiteral("--read-only"),
                                       QStringLiteral("--no-read-only"), QStringLiteral("--production"),
                                       QStringLiteral("--no-production"), QStringLiteral("--no-url-option"),
                                       QStringLiteral("--url-option"), QStringLiteral("--help"), QStringLiteral("-h") };
    ProfileArgs a;
    for (int i = 0; i < rest.size(); ++i) {
        QString arg = rest.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QStringLiteral("--")) && arg.contains(QLatin1Char('='))) {
            inlineValue = arg.mid(arg.indexOf(QLatin1Char('=')) + 1);
            arg = arg.left(arg.indexOf(QLatin1Char('=')));
            hasInline = true;
        }
        if (valued.contains(arg)) {
            QString key = arg == QLatin1String("-p") ? QStringLiteral("--project")
                    : arg == QLatin1String("-n")     ? QStringLiteral("--name")
                    : arg == QLatin1String("--color") ? QStringLiteral("--colour")
                                                      : arg;
            if (hasInline) {
                a.values[key] << inlineValue;
            } else if (i + 1 < rest.size()) {
                a.values[key] << rest.at(++i);
            } else {
                a.error = QStringLiteral("option %1 needs a value").arg(arg);
                return a;
            }
        } else if (flags.contains(arg)) {
            a.flags << arg;
        } else if (arg == QLatin1String("-")) {
            a.positional << arg;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            a.error = QStringLiteral("unknown option %1").arg(arg);
            return a;
        } else {
            a.positional << arg;
        }
    }
    return a;
}

// Applies FIELDS options to a profile; returns an error message or empty.
QString applyFields(const ProfileArgs &a, ConnectionProfile *p)
{
    if (a.has(QStringLiteral("--driver")) && !ConnectionProfile::driverFromName(a.value(QStringLiteral("--driver")), &p->driver))
        return QStringLiteral("unknown driver '%1' (postgresql, sqlite, mysql)").arg(a.value(QStringLiteral("--driver")));
    if (a.has(QStringLiteral("--kind")) && !ConnectionProfile::kindFromName(a.value(QStringLiteral("--kind")), &p->kind))
        return QStringLiteral("unknown kind '%1' (development, test, staging, production, other)")
                .arg(a.value(QStringLiteral("--kind")));
    const std::pair<const char *, QString *> strings[] = {
        { "--host", &p->host }, { "--database", &p->database }, { "--user", &p->user },
        { "--colour", &p->colour }, { "--ssl-mode", &p->sslMode }, { "--service", &p->service },
        { "--version-table", &p->versionTable }, { "--version-table-schema", &p->versionTableSchema } };
    for (const auto &[key, dest] : strings)
        if (a.has(QString::fromLatin1(key)))
            *dest = a.value(QString::fromLatin1(key));
    if (a.has(QStringLiteral("--port"))) {
        bool ok = false;
        const int port = a.value(QStringLiteral("--port")).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return QStringLiteral("--port must be a number from 0 to 65535");
        p->port = port;
    }
    for (const auto &[key, dest] : { std::pair { "--lock-timeout", &p->lockTimeoutMs },
                                     { "--statement-timeout", &p->statementTimeoutMs } }) {
        if (!a.has(QString::fromLatin1(key)))
            continue;
        bool ok = false;
        const int ms = a.value(QString::fromLatin1(key)).toInt(&ok);
        if (!ok || ms < 0)
            return QStringLiteral("%1 takes milliseconds (0 = no limit)").arg(QLatin1String(key));
        *dest = ms;
    }
    if (a.has(QStringLiteral("--project")))
        p->project = QFileInfo(a.value(QStringLiteral("--project"))).absoluteFilePath();
    for (const QString &opt : a.values.value(QStringLiteral("--option"))) {
        const int eq = opt.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return QStringLiteral("--option needs KEY=VALUE, got '%1'").arg(opt);
        if (opt.left(eq).compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("a password is not an option: use 'strata-cli profiles set-password'");
        p->options.insert(opt.left(eq), opt.mid(eq + 1));
    }
    if (a.has(QStringLiteral("--url-env")))
        p->urlEnvironmentVariables = a.values.value(QStringLiteral("--url-env"));
    if (a.flags.contains(QStringLiteral("--read-only")))
        p->readOnly = true;
    if (a.flags.contains(QStringLiteral("--no-read-only")))
        p->readOnly = false;
    if (a.flags.contains(QStringLiteral("--production")))
        p->production = true;
    if (a.flags.contains(QStringLiteral("--no-production")))
        p->production = false;
    if (a.flags.contains(QStringLiteral("--no-url-option")))
        p->urlAsConfigOption = false;
    if (a.flags.contains(QStringLiteral("--url-option")))
        p->urlAsConfigOption = true;
    // The kind "production" implies the production safeguard unless said otherwise.
    if (p->kind == ConnectionProfile::Kind::Production && !a.flags.contains(QStringLiteral("--no-production")))
        p->production = true;
    return {};
}

QStringList urlRoutes(const ConnectionProfile &p)
{
    QStringList routes;
    if (p.urlAsConfigOption)
        routes << QStringLiteral("sqlalchemy.url");
    for (const QString &v : p.urlEnvironmentVariables)
        routes << QStringLiteral("$") + v;
    if (routes.isEmpty())
        routes << QStringLiteral("(nothing: env.py builds its own URL)");
    return routes;
}

QJsonObject profileJson(const ConnectionProfile &p)
{
    QJsonObject o = p.toJson();
    o.insert(QStringLiteral("url"), p.displayUrl());
    o.insert(QStringLiteral("colour"), p.effectiveColour());
    return o;
}

} // namespace

int CliApp::cmdProfiles(const Options &o)
{
    ProfileArgs a = parseProfileArgs(o.rest);
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.isEmpty() || a.flags.contains(QStringLiteral("--help")) || a.flags.contains(QStringLiteral("-h"))) {
        m_err << QString::fromUtf8(kProfilesHelp);
        m_err.flush();
        return a.positional.isEmpty() ? Usage : Ok;
    }
    const QString sub = a.positional.takeFirst();
    ProfileStore store;
    if (Status s = store.load(); !s)
        return fail(o, s.error(), ProjectError);
    SecretStore secrets;

    auto emitDoc = [this](const QString &key, const QJsonValue &v) {
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(key, v);
        emitJson(doc);
    };
    auto takeName = [&a]() { return a.positional.isEmpty() ? QString() : a.positional.takeFirst(); };
    auto storePassword = [&](const ConnectionProfile &p, const QString &password) -> int {
        const SecretStore::Answer w = await([&](SecretStore::Callback cb) { secrets.write(p.id, password, cb); });
        if (w.state == SecretStore::Answer::Failed)
            return fail(o, makeError(ErrorCode::Io, QStringLiteral("the password was NOT stored (%1); the profile is "
                                                                   "kept: retry with 'strata-cli profiles "
                                                                   "set-password %2'")
                                                            .arg(w.message, p.name)),
                        ProjectError);
        if (w.sessionOnly)
            m_err << "strata-cli: warning: " << w.message
                  << "; a command-line session ends here, so the password was not kept (use ~/.pgpass, or a "
                     "keychain)\n";
        else
            m_err << "strata-cli: password for '" << p.name << "' stored in the keychain\n";
        m_err.flush();
        return Ok;
    };

    if (sub == QLatin1String("list")) {
        if (o.json) {
            QJsonArray list;
            for (const ConnectionProfile &p : store.profiles())
                list.append(profileJson(p));
            emitDoc(QStringLiteral("profiles"), list);
            return Ok;
        }
        for (const ConnectionProfile &p : store.profiles()) {
            QStringList flags;
            if (p.production)
                flags << QStringLiteral("PRODUCTION");
            if (p.readOnly)
                flags << QStringLiteral("read-only");
            m_out << p.name << "\t" << ConnectionProfile::kindName(p.kind) << "\t" << p.displayUrl()
                  << (flags.isEmpty() ? QString() : QStringLiteral("\t[") + flags.join(QStringLiteral(", ")) + QLatin1Char(']'))
                  << "\n";
        }
        if (store.profiles().isEmpty())
            m_err << "no profiles yet: add one with 'strata-cli profiles add NAME ...' or import-url\n";
        return Ok;
    }

    if (sub == QLatin1String("add") || sub == QLatin1String("import-url") || sub == QLatin1String("import-env")
        || sub == QLatin1String("import-ini")) {
        const QString name = takeName();
        if (name.isEmpty())
            return usage(QStringLiteral("%1 needs a profile NAME").arg(sub));
        ConnectionProfile p;
        QString password;
        bool hasPassword = false;
        if (sub != QLatin1String("add")) {
            QString url;
            QString baseDir = QDir::currentPath();
            if (sub == QLatin1String("import-url")) {
                url = a.positional.isEmpty() ? QStringLiteral("-") : a.positional.takeFirst();
                if (url == QLatin1String("-"))
                    url = readSecretLine(QStringLiteral("Database URL: "));
                else if (maskUrlPassword(url) != url)
                    m_err << "strata-cli: warning: the password was visible to other users in the process list; "
                             "prefer 'import-url NAME -' and type the URL\n";
            } else if (sub == QLatin1String("import-env")) {
                if (a.positional.isEmpty())
                    return usage(QStringLiteral("import-env needs one or more .env FILEs"));
                auto values = DotEnv::loadFiles(a.positional, DotEnv::processEnvironment());
                if (!values)
                    return fail(o, values.error(), ProjectError);
                const QString var = a.has(QStringLiteral("--var")) ? a.value(QStringLiteral("--var"))
                                                                   : QStringLiteral("DATABASE_URL");
                if (!values->contains(var) || values->value(var).isEmpty())
                    return fail(o, makeError(ErrorCode::NotFound,
                                             QStringLiteral("%1 is not set in %2").arg(var, a.positional.join(QStringLiteral(", ")))),
                                ProjectError);
                url = values->value(var);
                baseDir = QFileInfo(a.positional.last()).absolutePath();
                if (!a.has(QStringLiteral("--url-env")))
                    p.urlEnvironmentVariables = QStringList { var };
            } else {
                const QString dir = a.has(QStringLiteral("--project")) ? a.value(QStringLiteral("--project"))
                                                                       : o.project;
                auto cfg = loadProjectConfig(dir, a.has(QStringLiteral("--name")) ? a.value(QStringLiteral("--name"))
                                                                                  : o.section);
                if (!cfg)
                    return fail(o, cfg.error(), ProjectError);
                if (cfg->configFile.isEmpty() || !cfg->configFile.endsWith(QStringLiteral(".ini")))
                    return fail(o, makeError(ErrorCode::Config, QStringLiteral("no alembic.ini to read sqlalchemy.url from"),
                                             cfg->rootDir),
                                ProjectError);
                QHash<QString, QString> defaults { { QStringLiteral("here"), cfg->rootDir } };
                auto ini = IniFile::load(cfg->configFile, defaults);
                if (!ini)
                    return fail(o, ini.error(), ProjectError);
                auto v = ini->value(cfg->section, QStringLiteral("sqlalchemy.url"));
                if (!v || v->trimmed().isEmpty())
                    return fail(o, makeError(ErrorCode::Config,
                                             QStringLiteral("section [%1] has no sqlalchemy.url (env.py may build the "
                                                            "URL itself; add the profile by hand)")
                                                     .arg(cfg->section),
                                             cfg->configFile, ini->lineOf(cfg->section, QStringLiteral("sqlalchemy.url")),
                                             QStringLiteral("sqlalchemy.url")),
                                ProjectError);
                url = v.value();
                baseDir = cfg->rootDir;
                p.project = cfg->rootDir;
            }
            auto parsed = parseSqlAlchemyUrl(url, baseDir);
            if (!parsed)
                return fail(o, parsed.error(), ProjectError);
            const QString project = p.project;
            const QStringList vars = p.urlEnvironmentVariables;
            p = parsed->profile;
            if (!project.isEmpty())
                p.project = project;
            p.urlEnvironmentVariables = vars;
            password = parsed->password;
            hasPassword = parsed->hasPassword;
        }
        p.name = name;
        if (const QString err = applyFields(a, &p); !err.isEmpty())
            return usage(err);
        auto added = store.add(p);
        if (!added)
            return fail(o, added.error(), Usage);
        if (Status s = store.save(); !s)
            return fail(o, s.error(), ProjectError);
        m_err << "strata-cli: profile '" << added->name << "' saved (" << added->displayUrl() << ")\n";
        m_err.flush();
        if (hasPassword && !password.isEmpty()) {
            if (int rc = storePassword(added.value(), password); rc != Ok)
                return rc;
        }
        if (o.json)
            emitDoc(QStringLiteral("profile"), profileJson(added.value()));
        return Ok;
    }

    if (sub == QLatin1String("save-workspace") || sub == QLatin1String("load-workspace")) {
        const QString dir = QFileInfo(a.has(QStringLiteral("--project")) ? a.value(QStringLiteral("--project")) : o.project)
                                    .absoluteFilePath();
        const QString path = ProfileStore::workspacePath(dir);
        if (sub == QLatin1String("save-workspace")) {
            QList<ConnectionProfile> mine;
            for (const ConnectionProfile &p : store.profiles())
                if (p.project.isEmpty() || QDir(p.project) == QDir(dir))
                    mine << p;
            if (Status s = ProfileStore::writeProfilesFile(path, QStringLiteral("environments"), mine); !s)
                return fail(o, s.error(), ProjectError);
            m_err << "strata-cli: " << mine.size() << " environment(s) written to " << path << " (no secrets)\n";
            return Ok;
        }
        auto shared = ProfileStore::readProfilesFile(path, QStringLiteral("environments"));
        if (!shared)
            return fail(o, shared.error(), ProjectError);
        int added = 0;
        for (ConnectionProfile p : shared.value()) {
            if (store.find(p.id) || store.find(p.name))
                continue;
            p.project = dir;
            if (store.add(p))
                ++added;
        }
        if (Status s = store.save(); !s)
            return fail(o, s.error(), ProjectError);
        m_err << "strata-cli: " << added << " environment(s) added from " << path
              << "; set their passwords with 'strata-cli profiles set-password NAME'\n";
        return Ok;
    }

    const QString name = takeName();
    if (name.isEmpty())
        return usage(QStringLiteral("%1 needs a profile NAME").arg(sub));
    const ConnectionProfile *found = store.find(name);
    if (!found)
        return fail(o, makeError(ErrorCode::NotFound, QStringLiteral("no profile named '%1' (see 'strata-cli profiles list')").arg(name)),
                    Usage);
    ConnectionProfile p = *found;

    if (sub == QLatin1String("show")) {
        const SecretStore::Answer r = await([&](SecretStore::Callback cb) { secrets.read(p.id, cb); });
        const QString pw = r.state == SecretStore::Answer::Found ? QStringLiteral("stored in the keychain")
                : r.state == SecretStore::Answer::NotFound        ? QStringLiteral("none stored (~/.pgpass or pg_service.conf may supply it)")
                                                                  : r.message;
        if (o.json) {
            QJsonObject obj = profileJson(p);
            obj.insert(QStringLiteral("password"), r.state == SecretStore::Answer::Found ? QStringLiteral("stored")
                               : r.state == SecretStore::Answer::NotFound                ? QStringLiteral("none")
                                                                                         : QStringLiteral("unknown"));
            emitDoc(QStringLiteral("profile"), obj);
            return Ok;
        }
        m_out << "Name: " << p.name << (p.production ? "  [PRODUCTION]" : "") << (p.readOnly ? "  [read-only]" : "") << "\n"
              << "Id: " << p.id << "\n"
              << "Kind: " << ConnectionProfile::kindName(p.kind) << "\n"
              << "URL: " << p.displayUrl() << "\n"
              << "Password: " << pw << "\n"
              << "Version table: " << (p.versionTableSchema.isEmpty() ? QString() : p.versionTableSchema + QLatin1Char('.'))
              << p.versionTable << "\n"
              << "Project: " << (p.project.isEmpty() ? QStringLiteral("(any)") : p.project) << "\n"
              << "URL reaches Alembic as: " << urlRoutes(p).join(QStringLiteral(", ")) << "\n";
        return Ok;
    }
    if (sub == QLatin1String("edit")) {
        if (const QString err = applyFields(a, &p); !err.isEmpty())
            return usage(err);
        if (a.has(QStringLiteral("--rename")))
            p.name = a.value(QStringLiteral("--rename"));
        if (Status s = store.update(p); !s)
            return fail(o, s.error(), Usage);
        if (Status s = store.save(); !s)
            return fail(o, s.error(), ProjectError);
        m_err << "strata-cli: profile '" << p.name << "' updated\n";
        if (o.json)
            emitDoc(QStringLiteral("profile"), profileJson(p));
        return Ok;
    }
    if (sub == QLatin1String("remove")) {
        const SecretStore::Answer r = await([&](SecretStore::Callback cb) { secrets.remove(p.id, cb); });
        if (r.state == SecretStore::Answer::Failed)
            return fail(o, makeError(ErrorCode::Io, r.message), ProjectError);
        if (Status s = store.remove(p.id); !s)
            return fail(o, s.error(), Usage);
        if (Status s = store.save(); !s)
            return fail(o, s.error(), ProjectError);
        m_err << "strata-cli: profile '" << p.name << "' removed, with its keychain entry\n";
        return Ok;
    }
    if (sub == QLatin1String("set-password")) {
        if (!a.positional.isEmpty())
            return usage(QStringLiteral("set-password reads the password from stdin, never from the command line"));
        const QString password = readSecretLine(QStringLiteral("Password for %1: ").arg(p.name));
        if (password.isEmpty()) {
            const SecretStore::Answer r = await([&](SecretStore::Callback cb) { secrets.remove(p.id, cb); });
            if (r.state == SecretStore::Answer::Failed)
                return fail(o, makeError(ErrorCode::Io, r.message), ProjectError);
            m_err << "strata-cli: password for '" << p.name << "' removed\n";
            return Ok;
        }
        return storePassword(p, password);
    }
    return usage(QStringLiteral("unknown profiles command '%1'").arg(sub));
}

} // namespace strata
