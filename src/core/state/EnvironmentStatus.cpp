#include "EnvironmentStatus.h"

#include "revision/RevisionResolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    }
    return QStringLiteral("unreachable");
}

QJsonObject EnvironmentStatus::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("profile"), profileName);
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
        st->reason = QStringLiteral("the database is at %1, which no revision script defines (a branch not merged "
                                    "here, deleted scripts, or the wrong project?)")
                             .arg(st->unknown.join(QStringLiteral(", ")));
        return;
    }
    // An ancestor and its descendant both recorded: Alembic refuses to go on.
    for (int n : nodes) {
        for (int a : graph.related({ n }, RevisionGraph::Edges::NormalizedDown)) {
            if (a != n && std::find(nodes.begin(), nodes.end(), a) != nodes.end()) {
                st->state = EnvironmentStatus::State::Overlap;
                st->reason = QStringLiteral("the version table holds %1 and its descendant %2; one row must go "
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
        st->reason = rows.empty() ? QStringLiteral("no revisions to apply") : QStringLiteral("at the head revision(s)");
        return;
    }
    if (st->current.size() > 1) {
        st->state = EnvironmentStatus::State::MultipleHeads;
        st->reason = QStringLiteral("the database records %1 heads (%2); %3 revision(s) pending")
                             .arg(st->current.size())
                             .arg(st->current.join(QStringLiteral(", ")))
                             .arg(st->pending.size());
        return;
    }
    st->state = EnvironmentStatus::State::Behind;
    st->reason = QStringLiteral("behind by %1 revision(s)").arg(st->pending.size());
}

namespace {

QString quoteIdent(const QString &name, ConnectionProfile::Driver driver = ConnectionProfile::Driver::PostgreSQL)
{
    const QChar q = driver == ConnectionProfile::Driver::MySQL ? QLatin1Char('`') : QLatin1Char('"');
    return q + QString(name).replace(q, QString(q) + q) + q;
}

} // namespace

EnvironmentStatus readEnvironmentStatus(const ConnectionProfile &p, const QString &password,
                                        const RevisionGraph &graph, int timeout)
{
    QElapsedTimer timer;
    timer.start();
    EnvironmentStatus st;
    st.profileName = p.name;
    st.checkedAt = QDateTime::currentDateTimeUtc();
    auto finish = [&]() {
        st.elapsedMs = timer.elapsed();
        return st;
    };
    DatabaseConnection conn;
    if (Status s = conn.open(p, password, timeout, QStringLiteral("strata status")); !s) {
        st.state = EnvironmentStatus::State::Unreachable;
        st.failure = conn.failure();
        st.reason = s.error().message;
        return finish();
    }
    inspectDatabase(conn.database(), p, graph, &st);
    return finish();
}

bool inspectDatabase(QSqlDatabase db, const ConnectionProfile &p, const RevisionGraph &graph, EnvironmentStatus *status)
{
    EnvironmentStatus &st = *status;
    QSqlQuery q(db);
    auto finish = [] { return true; };
    auto fail = [&](const QString &what) {
        st.state = EnvironmentStatus::State::Unreachable;
        st.failure = ConnectFailure::Other;
        st.reason = QStringLiteral("%1 failed: %2").arg(what, q.lastError().text());
        return false;
    };
    bool hasVersionTable = false;
    int userTables = 0;
    const QString table = p.versionTable;
    const QString schema = p.versionTableSchema;
    switch (p.driver) {
    case ConnectionProfile::Driver::PostgreSQL: {
        if (!q.exec(QStringLiteral("SELECT current_setting('server_version'), current_database(), current_user, "
                                   "coalesce(host(inet_server_addr()), 'local socket') || ':' || "
                                   "coalesce(inet_server_port()::text, current_setting('port'))")))
            return fail(QStringLiteral("reading the server identity"));
        if (q.next())
            st.identity = { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
        // to_regclass honours the search_path when no schema is given, as Alembic does.
        q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        q.addBindValue(schema.isEmpty() ? quoteIdent(table) : quoteIdent(schema) + QLatin1Char('.') + quoteIdent(table));
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("looking for the version table"));
        hasVersionTable = q.value(0).toBool();
        // pg_class, not information_schema: the latter hides tables this
        // user has no privilege on, and those still make the database non-empty.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON "
                                   "n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN "
                                   "('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"))
            || !q.next())
            return fail(QStringLiteral("counting tables"));
        userTables = q.value(0).toInt();
        break;
    }
    case ConnectionProfile::Driver::SQLite: {
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            st.identity = { QStringLiteral("SQLite ") + q.value(0).toString(), p.database, QString(), p.database };
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("looking for the version table"));
        hasVersionTable = q.value(0).toInt() > 0;
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite_%'"))
            || !q.next())
            return fail(QStringLiteral("counting tables"));
        userTables = q.value(0).toInt();
        break;
    }
    case ConnectionProfile::Driver::MySQL: {
        if (q.exec(QStringLiteral("SELECT version(), database(), current_user(), concat(@@hostname, ':', @@port)"))
            && q.next())
            st.identity = { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
        q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                 "coalesce(?, database()) AND table_name = ?"));
        q.addBindValue(schema.isEmpty() ? QVariant() : QVariant(schema));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("looking for the version table"));
        hasVersionTable = q.value(0).toInt() > 0;
        if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = database() "
                                   "AND table_type = 'BASE TABLE'"))
            || !q.next())
            return fail(QStringLiteral("counting tables"));
        userTables = q.value(0).toInt();
        break;
    }
    }
    if (!hasVersionTable) {
        if (userTables == 0) {
            st.state = EnvironmentStatus::State::Empty;
            st.reason = QStringLiteral("the database has no tables yet: 'upgrade head' starts it from base");
        } else {
            st.state = EnvironmentStatus::State::Unversioned;
            st.reason = QStringLiteral("%1 table(s) but no %2 table: the schema was made without Alembic (or the "
                                       "version table is elsewhere); if it matches a revision, 'stamp' it")
                                .arg(userTables)
                                .arg(table);
        }
        return finish();
    }
    const QString qualified = (schema.isEmpty() ? QString() : quoteIdent(schema, p.driver) + QLatin1Char('.'))
            + quoteIdent(table, p.driver);
    if (!q.exec(QStringLiteral("SELECT version_num FROM ") + qualified))
        return fail(QStringLiteral("reading %1").arg(qualified));
    while (q.next())
        st.current << q.value(0).toString();
    st.current.sort();
    classifyVersionRows(graph, &st);
    return finish();
}

} // namespace strata
