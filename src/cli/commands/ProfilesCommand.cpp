// `strata-cli profiles ...`: connection profiles and their keychain secrets.
#include "CliContext.h"
#include "commands/Commands.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "connection/SqlAlchemyUrl.h"
#include "project/ProjectConfig.h"
#include "services/ProfileImport.h"
#include "services/Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

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
  import-ini NAME [--project DIR] [--name SECTION] [--strip-password]
                                from sqlalchemy.url in alembic.ini (a password
                                there goes to the keychain; --strip-password
                                also removes it from the file)
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
                                       QStringLiteral("--url-option"), QStringLiteral("--help"), QStringLiteral("-h"),
                                       QStringLiteral("--strip-password") };
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
        const QString key = opt.left(eq).simplified();
        if (ConnectionProfile::isSecretOption(key))
            return ConnectionProfile::secretOptionRefusal(key);
        p->options.insert(key, opt.mid(eq + 1));
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

class ProfilesCommand final : public Command
{
public:
    ProfilesCommand()
        : Command(QStringLiteral("profiles"), QStringLiteral("SUB ..."),
                  QStringLiteral("connection profiles: list, show, add, edit, remove, import-url, import-env, "
                                 "import-ini, set-password, save-workspace, load-workspace (see `strata-cli profiles "
                                 "--help`)"))
    {
    }

    bool takesRawArguments() const override { return true; }

    int execute(CliContext &ctx) override;

private:
    int add(CliContext &ctx, const QString &sub, ProfileArgs &a);
    int storePassword(CliContext &ctx, const ConnectionProfile &p, const QString &password);

    Workspace m_workspace;
};

int ProfilesCommand::storePassword(CliContext &ctx, const ConnectionProfile &p, const QString &password)
{
    const SecretStore::Answer w = await([&](SecretStore::Callback cb) { m_workspace.secrets()->write(p.id, password, cb); });
    if (w.state == SecretStore::Answer::Failed)
        return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("the password was NOT stored (%1); the profile is kept: "
                                                                "retry with 'strata-cli profiles set-password %2'")
                                                         .arg(w.message, p.name)),
                        exitcode::ProjectError);
    if (w.sessionOnly)
        ctx.err << "strata-cli: warning: " << w.message
                << "; a command-line session ends here, so the password was not kept (use ~/.pgpass, or a keychain)\n";
    else
        ctx.err << "strata-cli: password for '" << p.name << "' stored in the keychain\n";
    ctx.err.flush();
    return exitcode::Ok;
}

int ProfilesCommand::add(CliContext &ctx, const QString &sub, ProfileArgs &a)
{
    const QString name = a.positional.isEmpty() ? QString() : a.positional.takeFirst();
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("%1 needs a profile NAME").arg(sub), QString::fromUtf8(kProfilesHelp));
    ImportedProfile imported;
    if (sub == QLatin1String("add")) {
        imported.profile.name = name;
    } else {
        const QString projectDir = a.has(QStringLiteral("--project")) ? a.value(QStringLiteral("--project")) : QString();
        Result<ImportedProfile> result = makeError(ErrorCode::InvalidArgument, QString());
        if (sub == QLatin1String("import-url")) {
            QString url = a.positional.isEmpty() ? QStringLiteral("-") : a.positional.takeFirst();
            if (url == QLatin1String("-"))
                url = readSecretLine(QStringLiteral("Database URL: "));
            else if (maskUrlPassword(url) != url)
                ctx.err << "strata-cli: warning: the password was visible to other users in the process list; prefer "
                           "'import-url NAME -' and type the URL\n";
            result = ProfileImport::fromUrl(name, url, projectDir);
        } else if (sub == QLatin1String("import-env")) {
            if (a.positional.isEmpty())
                return ctx.usage(QStringLiteral("import-env needs one or more .env FILEs"), QString::fromUtf8(kProfilesHelp));
            result = ProfileImport::fromDotEnv(name, a.positional, a.value(QStringLiteral("--var")), projectDir);
        } else {
            const QString dir = projectDir.isEmpty() ? ctx.project : projectDir;
            auto cfg = loadProjectConfig(dir, a.has(QStringLiteral("--name")) ? a.value(QStringLiteral("--name")) : ctx.section);
            if (!cfg)
                return ctx.fail(cfg.error(), exitcode::ProjectError);
            result = ProfileImport::fromAlembicIni(name, cfg.value());
        }
        if (!result)
            return ctx.fail(result.error(), exitcode::ProjectError);
        imported = result.value();
    }
    ConnectionProfile p = imported.profile;
    if (const QString err = applyFields(a, &p); !err.isEmpty())
        return ctx.usage(err, QString::fromUtf8(kProfilesHelp));
    Result<ConnectionProfile> added = makeError(ErrorCode::InvalidArgument, QString());
    QString note;
    bool passwordFailed = false;
    QEventLoop loop;
    bool answered = false;
    m_workspace.addProfile(p, imported.hasPassword ? imported.password : QString(),
                           [&](const Result<ConnectionProfile> &r, const QString &n, bool failed) {
                               added = r;
                               note = n;
                               passwordFailed = failed;
                               answered = true;
                               loop.quit();
                           });
    if (!answered)
        loop.exec();
    if (!added)
        return ctx.fail(added.error(), added.error().code == ErrorCode::Io ? exitcode::ProjectError : exitcode::Usage);
    ctx.err << "strata-cli: profile '" << added->name << "' saved (" << added->displayUrl() << ")\n";
    if (passwordFailed)
        return ctx.fail(makeError(ErrorCode::Io, note), exitcode::ProjectError);
    if (!note.isEmpty())
        ctx.err << "strata-cli: " << (note.contains(QLatin1String("memory")) ? QStringLiteral("warning: ") + note
                                                                             + QStringLiteral("; a command-line session "
                                                                                              "ends here, so the password "
                                                                                              "was not kept (use "
                                                                                              "~/.pgpass, or a keychain)")
                                                                         : note)
                << "\n";
    // The password is in the keychain now; where it still stands in clear is said.
    if (!imported.clearTextFile.isEmpty()) {
        if (a.flags.contains(QStringLiteral("--strip-password"))) {
            if (Status s = ProfileImport::stripIniPassword(imported.clearTextFile, imported.clearTextLine); !s)
                return ctx.fail(s.error(), exitcode::ProjectError);
            ctx.err << "strata-cli: the password was removed from " << imported.clearTextFile << ":"
                    << imported.clearTextLine << " (the user and host stay)\n";
        } else {
            ctx.err << "strata-cli: warning: " << imported.clearTextFile << ":" << imported.clearTextLine
                    << ": sqlalchemy.url still holds the password in clear (it is in the keychain now); remove it "
                       "from the file, or run import-ini again with --strip-password\n";
        }
    }
    ctx.err.flush();
    if (ctx.json) {
        QJsonObject doc;
        doc.insert(QStringLiteral("profile"), profileJson(added.value()));
        if (!imported.clearTextFile.isEmpty() && !a.flags.contains(QStringLiteral("--strip-password")))
            doc.insert(QStringLiteral("password_in_clear"),
                       QStringLiteral("%1:%2").arg(imported.clearTextFile).arg(imported.clearTextLine));
        ctx.emitJson(doc);
    }
    return exitcode::Ok;
}

int ProfilesCommand::execute(CliContext &ctx)
{
    ProfileArgs a = parseProfileArgs(m_raw);
    if (!a.error.isEmpty())
        return ctx.usage(a.error, QString::fromUtf8(kProfilesHelp));
    if (a.positional.isEmpty() || a.flags.contains(QStringLiteral("--help")) || a.flags.contains(QStringLiteral("-h"))) {
        ctx.err << QString::fromUtf8(kProfilesHelp);
        ctx.err.flush();
        return a.positional.isEmpty() ? exitcode::Usage : exitcode::Ok;
    }
    const QString sub = a.positional.takeFirst();
    if (Status s = m_workspace.loadProfiles(); !s)
        return ctx.fail(s.error(), exitcode::ProjectError);
    ProfileStore &store = m_workspace.store();
    SecretStore &secrets = *m_workspace.secrets();
    auto emitDoc = [&ctx](const QString &key, const QJsonValue &v) {
        QJsonObject doc;
        doc.insert(key, v);
        ctx.emitJson(doc);
    };

    if (sub == QLatin1String("list")) {
        if (ctx.json) {
            QJsonArray list;
            for (const ConnectionProfile &p : store.profiles())
                list.append(profileJson(p));
            emitDoc(QStringLiteral("profiles"), list);
            return exitcode::Ok;
        }
        for (const ConnectionProfile &p : store.profiles()) {
            QStringList flags;
            if (p.production)
                flags << QStringLiteral("PRODUCTION");
            if (p.readOnly)
                flags << QStringLiteral("read-only");
            ctx.out << p.name << "\t" << ConnectionProfile::kindName(p.kind) << "\t" << p.displayUrl()
                    << (flags.isEmpty() ? QString() : QStringLiteral("\t[") + flags.join(QStringLiteral(", ")) + QLatin1Char(']'))
                    << "\n";
        }
        if (store.profiles().isEmpty())
            ctx.err << "no profiles yet: add one with 'strata-cli profiles add NAME ...' or import-url\n";
        return exitcode::Ok;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("import-url") || sub == QLatin1String("import-env")
        || sub == QLatin1String("import-ini"))
        return add(ctx, sub, a);

    if (sub == QLatin1String("save-workspace") || sub == QLatin1String("load-workspace")) {
        const QString dir = QFileInfo(a.has(QStringLiteral("--project")) ? a.value(QStringLiteral("--project")) : ctx.project)
                                    .absoluteFilePath();
        const QString path = ProfileStore::workspacePath(dir);
        if (sub == QLatin1String("save-workspace")) {
            QList<ConnectionProfile> mine;
            for (const ConnectionProfile &p : store.profiles())
                if (p.project.isEmpty() || QDir(p.project) == QDir(dir))
                    mine << p;
            if (Status s = ProfileStore::writeProfilesFile(path, QStringLiteral("environments"), mine); !s)
                return ctx.fail(s.error(), exitcode::ProjectError);
            ctx.err << "strata-cli: " << mine.size() << " environment(s) written to " << path << " (no secrets)\n";
            return exitcode::Ok;
        }
        auto shared = ProfileStore::readProfilesFile(path, QStringLiteral("environments"));
        if (!shared)
            return ctx.fail(shared.error(), exitcode::ProjectError);
        int added = 0;
        for (ConnectionProfile p : shared.value()) {
            if (store.find(p.id) || store.find(p.name))
                continue;
            p.project = dir;
            if (store.add(p))
                ++added;
        }
        if (Status s = store.save(); !s)
            return ctx.fail(s.error(), exitcode::ProjectError);
        ctx.err << "strata-cli: " << added << " environment(s) added from " << path
                << "; set their passwords with 'strata-cli profiles set-password NAME'\n";
        return exitcode::Ok;
    }

    const QString name = a.positional.isEmpty() ? QString() : a.positional.takeFirst();
    if (name.isEmpty())
        return ctx.usage(QStringLiteral("%1 needs a profile NAME").arg(sub), QString::fromUtf8(kProfilesHelp));
    const ConnectionProfile *found = store.find(name);
    if (!found)
        return ctx.fail(makeError(ErrorCode::NotFound,
                                  QStringLiteral("no profile named '%1' (see 'strata-cli profiles list')").arg(name)),
                        exitcode::Usage);
    ConnectionProfile p = *found;

    if (sub == QLatin1String("show")) {
        const SecretStore::Answer r = await([&](SecretStore::Callback cb) { secrets.read(p.id, cb); });
        const QString pw = r.state == SecretStore::Answer::Found ? QStringLiteral("stored in the keychain")
                : r.state == SecretStore::Answer::NotFound        ? QStringLiteral("none stored (~/.pgpass or pg_service.conf may supply it)")
                                                                  : r.message;
        if (ctx.json) {
            QJsonObject obj = profileJson(p);
            obj.insert(QStringLiteral("password"), r.state == SecretStore::Answer::Found ? QStringLiteral("stored")
                               : r.state == SecretStore::Answer::NotFound                ? QStringLiteral("none")
                                                                                         : QStringLiteral("unknown"));
            emitDoc(QStringLiteral("profile"), obj);
            return exitcode::Ok;
        }
        ctx.out << "Name: " << p.name << (p.production ? "  [PRODUCTION]" : "") << (p.readOnly ? "  [read-only]" : "") << "\n"
                << "Id: " << p.id << "\n"
                << "Kind: " << ConnectionProfile::kindName(p.kind) << "\n"
                << "URL: " << p.displayUrl() << "\n"
                << "Password: " << pw << "\n"
                << "Version table: " << (p.versionTableSchema.isEmpty() ? QString() : p.versionTableSchema + QLatin1Char('.'))
                << p.versionTable << "\n"
                << "Project: " << (p.project.isEmpty() ? QStringLiteral("(any)") : p.project) << "\n"
                << "URL reaches Alembic as: " << urlRoutes(p).join(QStringLiteral(", ")) << "\n";
        return exitcode::Ok;
    }
    if (sub == QLatin1String("edit")) {
        if (const QString err = applyFields(a, &p); !err.isEmpty())
            return ctx.usage(err, QString::fromUtf8(kProfilesHelp));
        if (a.has(QStringLiteral("--rename")))
            p.name = a.value(QStringLiteral("--rename"));
        if (Status s = store.update(p); !s)
            return ctx.fail(s.error(), exitcode::Usage);
        if (Status s = store.save(); !s)
            return ctx.fail(s.error(), exitcode::ProjectError);
        ctx.err << "strata-cli: profile '" << p.name << "' updated\n";
        if (ctx.json)
            emitDoc(QStringLiteral("profile"), profileJson(p));
        return exitcode::Ok;
    }
    if (sub == QLatin1String("remove")) {
        const SecretStore::Answer r = await([&](SecretStore::Callback cb) { secrets.remove(p.id, cb); });
        if (r.state == SecretStore::Answer::Failed)
            return ctx.fail(makeError(ErrorCode::Io, r.message), exitcode::ProjectError);
        if (Status s = store.remove(p.id); !s)
            return ctx.fail(s.error(), exitcode::Usage);
        if (Status s = store.save(); !s)
            return ctx.fail(s.error(), exitcode::ProjectError);
        ctx.err << "strata-cli: profile '" << p.name << "' removed, with its keychain entry\n";
        return exitcode::Ok;
    }
    if (sub == QLatin1String("set-password")) {
        if (!a.positional.isEmpty())
            return ctx.usage(QStringLiteral("set-password reads the password from stdin, never from the command line"),
                             QString::fromUtf8(kProfilesHelp));
        const QString password = readSecretLine(QStringLiteral("Password for %1: ").arg(p.name));
        if (password.isEmpty()) {
            const SecretStore::Answer r = await([&](SecretStore::Callback cb) { secrets.remove(p.id, cb); });
            if (r.state == SecretStore::Answer::Failed)
                return ctx.fail(makeError(ErrorCode::Io, r.message), exitcode::ProjectError);
            ctx.err << "strata-cli: password for '" << p.name << "' removed\n";
            return exitcode::Ok;
        }
        return storePassword(ctx, p, password);
    }
    return ctx.usage(QStringLiteral("unknown profiles command '%1'").arg(sub), QString::fromUtf8(kProfilesHelp));
}

} // namespace

std::unique_ptr<Command> makeProfilesCommand()
{
    return std::make_unique<ProfilesCommand>();
}

} // namespace strata
