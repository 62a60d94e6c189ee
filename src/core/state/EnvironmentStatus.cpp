#include "EnvironmentStatus.h"

#include "common/Logging.h"
#include "revision/RevisionResolver.h"
#include "state/DatabaseConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <set>

namespace strata {

QString EnvironmentStatus::stateName(State s)
{
    switch (s) {
    case State::UpToDate: return QStringLiteral("up-to-date");
    case State::Behind: return QStringLiteral("behind");
    case State::UnknownRevision: return QStringLiteral("unknown-revision");
    case State::Overlap: return QStringLiteral("overlap");
    case State::MultipleHeads: return QStringLiteral("multiple-heads");
    case State::Unversioned: return QStringLiteral("unversioned");
    case State::Empty: return QStringLiteral("empty");
    case State::Unreachable: return QStringLiteral("unreachable");
    case State::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case State::NoPrivilege: return QStringLiteral("no-privilege");
    }
    return QStringLiteral("unreachable");
}

QString EnvironmentStatus::stateText() const
{
    if (state == State::Behind)
        return QStringLiteral("behind by %1").arg(pending.size());
    if (state == State::Empty)
        return QStringLiteral("empty, %1 pending").arg(pending.size());
    return stateName(state);
}

QJsonObject EnvironmentStatus::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("profile"), profileName);
    o.insert(QStringLiteral("profile_id"), profileId);
    o.insert(QStringLiteral("state"), stateName(state));
    o.insert(QStringLiteral("current"), QJsonArray::fromStringList(current));
    o.insert(QStringLiteral("pending"), QJsonArray::fromStringList(pending));
    o.insert(QStringLiteral("unknown"), QJsonArray::fromStringList(unknown));
    o.insert(QStringLiteral("reason"), reason);
    if (failure != ConnectFailure::None)
        o.insert(QStringLiteral("failure"), connectFailureName(failure));
    QJsonObject id;
    id.insert(QStringLiteral("server_version"), identity.serverVersion);
    id.insert(QStringLiteral("database"), identity.database);
    id.insert(QStringLiteral("user"), identity.user);
    id.insert(QStringLiteral("host"), identity.host);
    id.insert(QStringLiteral("key"), identity.key);
    o.insert(QStringLiteral("identity"), id);
    o.insert(QStringLiteral("checked_at"), checkedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return o;
}

void classifyVersionRows(const RevisionGraph &graph, EnvironmentStatus *st)
{
    st->unknown.clear();
    st->pending.clear();
    std::vector<int> nodes;
    for (const QString &row : std::as_const(st->current)) {
        const int n = graph.indexOf(row);
        if (n < 0)
            st->unknown << row;
        else
            nodes.push_back(n);
    }
    if (!st->unknown.isEmpty()) {
        st->state = EnvironmentStatus::State::UnknownRevision;
        st->reason = QCoreApplication::translate("strata::EnvironmentStatus", "the database is at %1, which no revision script defines (a branch not merged "
                                    "here, deleted scripts, or the wrong project?)")
                             .arg(st->unknown.join(QStringLiteral(", ")));
        return;
    }
    // An ancestor and its descendant both recorded: Alembic refuses to go on.
    for (int n : nodes) {
        for (int a : graph.related({ n }, RevisionGraph::Edges::NormalizedDown)) {
            if (a != n && std::find(nodes.begin(), nodes.end(), a) != nodes.end()) {
                st->state = EnvironmentStatus::State::Overlap;
                st->reason = QCoreApplication::translate("strata::EnvironmentStatus", "the version table holds %1 and its descendant %2; one row must go "
                                            "(stamp --purge, then stamp the right heads)")
                                     .arg(graph.node(a).id, graph.node(n).id);
                return;
            }
        }
    }
    RevisionResolver resolver(graph);
    auto plan = resolver.upgradePlan(st->current, QStringLiteral("heads"));
    if (!plan) {
        st->state = EnvironmentStatus::State::UnknownRevision;
        st->reason = plan.error().message;
        return;
    }
    for (int n : plan.value())
        st->pending << graph.node(n).id;
    std::set<QString> rows(st->current.cbegin(), st->current.cend());
    std::set<QString> heads;
    for (int h : graph.realHeads())
        heads.insert(graph.node(h).id);
    if (st->pending.isEmpty()) {
        st->state = EnvironmentStatus::State::UpToDate;
        st->reason = rows.empty() ? QCoreApplication::translate("strata::EnvironmentStatus", "no revisions to apply") : QCoreApplication::translate("strata::EnvironmentStatus", "at the head revision(s)");
        return;
    }
    if (st->current.size() > 1) {
        st->state = EnvironmentStatus::State::MultipleHeads;
        st->reason = QCoreApplication::translate("strata::EnvironmentStatus", "the database records %1 heads (%2); %3 revision(s) pending")
                             .arg(st->current.size())
                             .arg(st->current.join(QStringLiteral(", ")))
                             .arg(st->pending.size());
        return;
    }
    st->state = EnvironmentStatus::State::Behind;
    st->reason = QCoreApplication::translate("strata::EnvironmentStatus", "behind by %1 revision(s)").arg(st->pending.size());
}

namespace {

void fail(EnvironmentStatus &st, const Error &e)
{
    st.failure = e.connectFailure == ConnectFailure::None ? ConnectFailure::Other : e.connectFailure;
    st.state = st.failure == ConnectFailure::AuthenticationFailed ? EnvironmentStatus::State::AuthenticationFailed
            : st.failure == ConnectFailure::NoPrivilege             ? EnvironmentStatus::State::NoPrivilege
                                                                    : EnvironmentStatus::State::Unreachable;
    st.reason = e.message;
}

} // namespace

EnvironmentStatus readEnvironmentStatus(const ConnectionProfile &p, const QString &password,
                                        const RevisionGraph &graph, int timeout)
{
    QElapsedTimer timer;
    timer.start();
    EnvironmentStatus st;
    st.profileId = p.id;
    st.profileName = p.name;
    st.checkedAt = QDateTime::currentDateTimeUtc();
    DatabaseConnection conn;
    Status s = conn.open(p, password, timeout, QStringLiteral("strata status"));
    const qint64 connected = timer.elapsed();
    if (!s)
        fail(st, s.error());
    else
        inspectDatabase(conn.database(), p, graph, &st);
    st.elapsedMs = timer.elapsed();
    qCDebug(lcState) << "checked" << p.name << "connected in" << connected << "ms, read in" << st.elapsedMs - connected
                     << "ms";
    return st;
}

bool inspectDatabase(QSqlDatabase db, const ConnectionProfile &p, const RevisionGraph &graph, EnvironmentStatus *status)
{
    EnvironmentStatus &st = *status;
    st.profileId = p.id;
    st.profileName = p.name;
    const Dialect &dialect = Dialect::of(p);
    auto identity = dialect.identity(db, p);
    if (!identity) {
        fail(st, identity.error());
        return false;
    }
    st.identity = identity.value();
    auto facts = dialect.readVersionTable(db, p);
    if (!facts) {
        fail(st, facts.error());
        if (st.state == EnvironmentStatus::State::NoPrivilege)
            st.reason = QCoreApplication::translate("strata::EnvironmentStatus", "the server answered, but user '%1' may not read %2 (%3): grant it SELECT on "
                                       "the version table")
                                .arg(st.identity.user, dialect.qualifiedVersionTable(p), facts.error().message);
        return false;
    }
    classifyEnvironment(graph, p, facts.value(), &st);
    return true;
}

void classifyEnvironment(const RevisionGraph &graph, const ConnectionProfile &p, const VersionTableFacts &facts,
                         EnvironmentStatus *status)
{
    EnvironmentStatus &st = *status;
    st.current = facts.rows;
    if (facts.rows.isEmpty() && facts.userTables > 0) {
        // Tables but no version recorded: upgrading from base would create
        // them again and fail; the schema decides which revision to stamp.
        st.state = EnvironmentStatus::State::Unversioned;
        st.pending.clear();
        st.unknown.clear();
        st.reason = facts.exists
                ? QCoreApplication::translate("strata::EnvironmentStatus", "%1 table(s) but an empty %2 table: the schema was made without Alembic (or "
                                 "create_all()); if it matches a revision, 'stamp' that revision")
                          .arg(facts.userTables)
                          .arg(p.versionTable)
                : QCoreApplication::translate("strata::EnvironmentStatus", "%1 table(s) but no %2 table: the schema was made without Alembic (or the version "
                                 "table is elsewhere); if it matches a revision, 'stamp' it")
                          .arg(facts.userTables)
                          .arg(p.versionTable);
        return;
    }
    classifyVersionRows(graph, &st);
    if (facts.rows.isEmpty() && st.state == EnvironmentStatus::State::Behind) {
        st.state = EnvironmentStatus::State::Empty;
        st.reason = QCoreApplication::translate("strata::EnvironmentStatus", "a new database: %1 revision(s) to apply from base ('upgrade heads' builds it)")
                            .arg(st.pending.size());
    }
}

QStringList sameDatabaseNotes(const QList<EnvironmentStatus> &results)
{
    QStringList notes;
    for (int i = 0; i < results.size(); ++i)
        for (int j = i + 1; j < results.size(); ++j)
            if (results.at(i).identity.isKnown() && results.at(i).identity.key == results.at(j).identity.key)
                notes << QCoreApplication::translate("strata::EnvironmentStatus", "profiles '%1' and '%2' point at the same database (%3)")
                                 .arg(results.at(i).profileName, results.at(j).profileName,
                                      results.at(i).identity.describe());
    return notes;
}

} // namespace strata
