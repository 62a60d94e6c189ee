// `strata-cli status`: every environment's revision against the scripts.
#include "CliApp.h"

#include "connection/ProfileStore.h"
#include "state/StatusRefresher.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>

namespace strata {

namespace {

int exitFor(EnvironmentStatus::State s)
{
    using S = EnvironmentStatus::State;
    switch (s) {
    case S::UpToDate: return CliApp::Ok;
    case S::Behind: return CliApp::StatusBehind;
    case S::Empty:
    case S::Unversioned: return CliApp::StatusNotVersioned;
    case S::MultipleHeads:
    case S::Overlap: return CliApp::StatusHeadsProblem;
    case S::UnknownRevision: return CliApp::StatusUnknownRevision;
    case S::Unreachable: return CliApp::StatusUnreachable;
    }
    return CliApp::StatusUnreachable;
}

QString stateText(const EnvironmentStatus &s)
{
    if (s.state == EnvironmentStatus::State::Behind)
        return QStringLiteral("behind by %1").arg(s.pending.size());
    return EnvironmentStatus::stateName(s.state);
}

} // namespace

int CliApp::cmdStatus(const Options &o, const ProjectPtr &project)
{
    ProfileStore store;
    if (Status s = store.load(); !s)
        return fail(o, s.error(), ProjectError);
    QList<ConnectionProfile> chosen;
    if (!o.profiles.isEmpty()) {
        for (const QString &name : o.profiles) {
            const ConnectionProfile *p = store.find(name);
            if (!p)
                return fail(o, makeError(ErrorCode::NotFound, QStringLiteral("no profile named '%1'").arg(name)), Usage);
            chosen << *p;
        }
    } else {
        QString problem;
        chosen = store.profilesForProject(project->config.rootDir, nullptr, &problem);
        if (!problem.isEmpty())
            m_err << "strata-cli: warning: workspace file skipped: " << problem << "\n";
    }
    if (chosen.isEmpty())
        return fail(o, makeError(ErrorCode::NotFound,
                                 QStringLiteral("no profiles for this project: add one with 'strata-cli profiles "
                                                "add' or 'import-ini'")),
                    Usage);

    // Passwords from the keychain, one after another.
    QHash<QString, QString> passwords;
    for (const ConnectionProfile &p : chosen)
        if (const QString password = passwordFor(p); !password.isEmpty())
            passwords.insert(p.id, password);

    QList<EnvironmentStatus> results;
    StatusRefresher refresher;
    QEventLoop loop;
    QObject::connect(&refresher, &StatusRefresher::statusReady, &loop,
                     [&results](const EnvironmentStatus &s) { results << s; });
    QObject::connect(&refresher, &StatusRefresher::finished, &loop, &QEventLoop::quit);
    refresher.refresh(chosen, passwords, project, o.timeout);
    loop.exec();
    passwords.clear();
    // Report in the order the profiles were chosen, not the order they answered.
    QHash<QString, int> indexOf;
    for (int i = 0; i < chosen.size(); ++i)
        indexOf.insert(chosen.at(i).name, i);
    std::sort(results.begin(), results.end(), [&indexOf](const EnvironmentStatus &a, const EnvironmentStatus &b) {
        return indexOf.value(a.profileName) < indexOf.value(b.profileName);
    });
    auto profileOf = [&](const EnvironmentStatus &s) -> const ConnectionProfile & {
        return chosen.at(indexOf.value(s.profileName));
    };

    // Two profiles reaching the same database is worth saying.
    QStringList notes;
    for (int i = 0; i < results.size(); ++i)
        for (int j = i + 1; j < results.size(); ++j)
            if (!results.at(i).identity.host.isEmpty() && results.at(i).identity.key() == results.at(j).identity.key())
                notes << QStringLiteral("profiles '%1' and '%2' point at the same database (%3)")
                                 .arg(results.at(i).profileName, results.at(j).profileName, results.at(i).identity.key());

    int worst = Ok;
    for (const EnvironmentStatus &s : results)
        worst = std::max(worst, exitFor(s.state));

    if (o.json) {
        QJsonArray list;
        for (const EnvironmentStatus &s : results) {
            QJsonObject obj = s.toJson();
            const ConnectionProfile &p = profileOf(s);
            obj.insert(QStringLiteral("kind"), ConnectionProfile::kindName(p.kind));
            obj.insert(QStringLiteral("production"), p.production);
            obj.insert(QStringLiteral("url"), p.displayUrl());
            list.append(obj);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), 1);
        doc.insert(QStringLiteral("environments"), list);
        doc.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
        doc.insert(QStringLiteral("exit_code"), worst);
        emitJson(doc);
        return worst;
    }
    // Production environments are marked wherever they appear.
    auto label = [&](const EnvironmentStatus &s) -> QString {
        return profileOf(s).production ? s.profileName + QStringLiteral(" [PROD]") : s.profileName;
    };
    int nameWidth = 4;
    for (const EnvironmentStatus &s : results)
        nameWidth = std::max(nameWidth, int(label(s).size()));
    for (const EnvironmentStatus &s : results) {
        const QString current = s.current.isEmpty() ? QStringLiteral("-") : s.current.join(QLatin1Char(','));
        m_out << label(s).leftJustified(nameWidth) << "  " << stateText(s).leftJustified(16) << "  "
              << current.leftJustified(14) << "  ";
        if (s.state == EnvironmentStatus::State::UpToDate)
            m_out << s.identity.serverVersion << " " << s.identity.database << "@" << s.identity.host;
        else
            m_out << s.reason;
        m_out << "\n";
        if (!s.pending.isEmpty() && s.state != EnvironmentStatus::State::UpToDate)
            m_out << QString(nameWidth, QLatin1Char(' ')) << "  pending: " << s.pending.join(QStringLiteral(", ")) << "\n";
    }
    for (const QString &n : notes)
        m_out << "note: " << n << "\n";
    return worst;
}

} // namespace strata
