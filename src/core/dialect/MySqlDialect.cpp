#include "MySqlDialect.h"

#include "common/Counters.h"
#include "run/SqlScript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

namespace strata {

namespace {

Error queryError(const Phrase &what, const QSqlQuery &q)
{
    const QString text = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return Dialect::queryFailed(what, text.trimmed(),
                                (text.contains(QLatin1String("command denied")) || text.contains(QLatin1String("Access denied")))
                                        ? ConnectFailure::NoPrivilege
                                        : ConnectFailure::Other);
}

QString lockName(const ConnectionProfile &p)
{
    // GET_LOCK names are server-wide: include the database.
    return QStringLiteral("strata-run:%1.%2").arg(p.database, p.versionTable).left(64);
}

class NamedLock final : public RunLockHandle
{
public:
    NamedLock(QSqlDatabase db, QString name) : m_db(db), m_name(std::move(name)) { }
    ~NamedLock() override { release(); }
    void release() override
    {
        if (m_name.isEmpty() || !m_db.isOpen())
            return;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
        q.addBindValue(m_name);
        q.exec();
        m_name.clear();
    }

private:
    QSqlDatabase m_db;
    QString m_name;
};

} // namespace

QStringList MySqlDialect::connectOptions(const ConnectionProfile &, const QString &, int timeout, bool writable) const
{
    QStringList options { QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(timeout) };
    // Status checks and control connections never wait long on a read; a
    // run's statements may take as long as they take.
    if (!writable)
        options << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(std::max(timeout, 10));
    return options;
}

Result<DatabaseIdentity> MySqlDialect::identity(QSqlDatabase db, const ConnectionProfile &) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version(), coalesce(database(), ''), current_user(), concat(@@hostname, ':', "
                               "@@port)"))
        || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading the server identity")), q);
    DatabaseIdentity id;
    id.serverVersion = q.value(0).toString();
    id.database = q.value(1).toString();
    id.user = q.value(2).toString();
    id.host = q.value(3).toString();
    if (!q.exec(identityKeySql(id)) || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading the server identity")), q);
    id.key = q.value(0).toString();
    id.serverId = id.key.section(QLatin1Char('|'), 0, 0);
    return id;
}

QString MySqlDialect::identityKeySql(const DatabaseIdentity &) const
{
    // MariaDB has no server_uuid; host, port and data directory name a server.
    return QStringLiteral("SELECT concat(@@hostname, ':', @@port, ':', @@datadir, '|', coalesce(database(), ''))");
}

Result<VersionTableFacts> MySqlDialect::readVersionTable(QSqlDatabase db, const ConnectionProfile &p) const
{
    Counters::add(Counter::VersionTableReads);
    QSqlQuery q(db);
    VersionTableFacts facts;
    q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                             "coalesce(?, database()) AND table_name = ?"));
    q.addBindValue(p.versionTableSchema.isEmpty() ? QVariant() : QVariant(p.versionTableSchema));
    q.addBindValue(p.versionTable);
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "looking for the version table")), q);
    facts.exists = q.value(0).toInt() > 0;
    q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = database() AND "
                             "table_type = 'BASE TABLE' AND NOT (table_schema = coalesce(?, database()) AND "
                             "table_name = ?)"));
    q.addBindValue(p.versionTableSchema.isEmpty() ? QVariant() : QVariant(p.versionTableSchema));
    q.addBindValue(p.versionTable);
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "counting tables")), q);
    facts.userTables = q.value(0).toInt();
    if (!facts.exists)
        return facts;
    if (!q.exec(QStringLiteral("SELECT version_num FROM ") + qualifiedVersionTable(p)))
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "reading %1"), { qualifiedVersionTable(p) }), q);
    while (q.next())
        facts.rows << q.value(0).toString();
    facts.rows.sort();
    return facts;
}

Result<std::unique_ptr<RunLockHandle>> MySqlDialect::acquireRunLock(QSqlDatabase db, const ConnectionProfile &p) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT GET_LOCK(?, 0)"));
    q.addBindValue(lockName(p));
    if (!q.exec() || !q.next())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "taking the run lock")), q);
    Counters::add(Counter::RunLockAcquisitions);
    if (q.value(0).toInt() == 1)
        return std::unique_ptr<RunLockHandle>(std::make_unique<NamedLock>(db, lockName(p)));
    auto holder = runLockHolder(db, p);
    return runLockHeld(holder ? holder.value() : QString());
}

Result<QString> MySqlDialect::runLockHolder(QSqlDatabase db, const ConnectionProfile &p) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.ID, p.USER, p.HOST FROM information_schema.PROCESSLIST p WHERE p.ID = "
                             "IS_USED_LOCK(?) AND p.ID <> CONNECTION_ID()"));
    q.addBindValue(lockName(p));
    if (!q.exec())
        return queryError(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "looking for the run lock's holder")), q);
    if (!q.next())
        return QString();
    return QStringLiteral("connection %1 (user %2, host %3)").arg(q.value(0).toString(), q.value(1).toString(),
                                                                  q.value(2).toString());
}

QStringList MySqlDialect::sessionPreamble(const ConnectionProfile &p, const QString &,
                                          const DatabaseIdentity &identity) const
{
    QStringList out;
    if (p.lockTimeoutMs > 0) {
        const int seconds = std::max(1, (p.lockTimeoutMs + 999) / 1000);
        out << QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(seconds)
            << QStringLiteral("SET SESSION innodb_lock_wait_timeout = %1").arg(seconds);
    }
    // MariaDB bounds every statement; MySQL's max_execution_time covers SELECTs only.
    if (identity.serverVersion.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive))
        out << QStringLiteral("SET SESSION max_statement_time = %1").arg(p.statementTimeoutMs / 1000.0, 0, 'f', 3);
    return out;
}

Status MySqlDialect::kill(QSqlDatabase control, qint64 id, bool terminate) const
{
    const QString what = terminate ? QStringLiteral("terminate") : QStringLiteral("cancel");
    QSqlQuery q(control);
    if (q.exec(QStringLiteral("SELECT connection_id()")) && q.next() && q.value(0).toLongLong() == id)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("strata::Dialect", "%1 is Strata's own connection").arg(id));
    // KILL takes no bound parameter; the id is a number formatted here.
    if (!q.exec(QStringLiteral("%1 %2").arg(terminate ? QStringLiteral("KILL") : QStringLiteral("KILL QUERY")).arg(id)))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot %1 connection %2: %3").arg(what).arg(id).arg(q.lastError().databaseText()));
    return {};
}

Status MySqlDialect::cancelSession(QSqlDatabase control, qint64 id) const
{
    return kill(control, id, false);
}

Status MySqlDialect::terminateSession(QSqlDatabase control, qint64 id) const
{
    return kill(control, id, true);
}

Result<QList<SessionRef>> MySqlDialect::waitingOn(QSqlDatabase control, qint64 id) const
{
    auto snap = lockSnapshot(control);
    if (!snap)
        return snap.error();
    QList<SessionRef> out;
    for (const SessionInfo *s : snap->waitingOn(id)) {
        SessionRef r;
        r.id = s->pid;
        r.user = s->user;
        r.host = s->clientAddress;
        r.state = s->state;
        r.ageSeconds = s->transactionAge(snap->takenAt);
        out << r;
    }
    return out;
}

Result<QList<SessionRef>> MySqlDialect::lockHolders(QSqlDatabase control, const QStringList &) const
{
    // Without performance_schema's metadata locks, which tables a session
    // holds is not visible; sessions idle inside a transaction are what
    // makes DDL wait, so those are named.
    auto snap = lockSnapshot(control);
    if (!snap)
        return snap.error();
    QList<SessionRef> out;
    for (const SessionInfo *s : snap->idleInTransaction()) {
        if (s->self)
            continue;
        SessionRef r;
        r.id = s->pid;
        r.user = s->user;
        r.host = s->clientAddress;
        r.state = s->state;
        r.ageSeconds = s->transactionAge(snap->takenAt);
        out << r;
    }
    return out;
}

Result<LockSnapshot> MySqlDialect::lockSnapshot(QSqlDatabase db) const
{
    QElapsedTimer timer;
    timer.start();
    LockSnapshot snap;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT now(), database(), connection_id()")) || !q.next())
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "cannot read the server clock: %1").arg(q.lastError().text()));
    snap.takenAt = q.value(0).toDateTime();
    snap.database = q.value(1).toString();
    snap.ownPid = q.value(2).toLongLong();
    if (!q.exec(QStringLiteral("SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.STATE, p.INFO, t.trx_started, "
                               "t.trx_state, p.TIME FROM information_schema.PROCESSLIST p LEFT JOIN "
                               "information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID ORDER BY p.ID")))
        return makeError(ErrorCode::Io, QCoreApplication::translate("strata::Dialect", "cannot read the process list: %1").arg(q.lastError().text()));
    std::unordered_map<qint64, int> index;
    while (q.next()) {
        SessionInfo s;
        s.pid = q.value(0).toLongLong();
        s.user = q.value(1).toString();
        s.clientAddress = q.value(2).toString();
        s.backendType = q.value(3).toString();
        const bool inTrx = !q.value(6).isNull();
        const QString command = q.value(3).toString();
        s.state = command == QLatin1String("Sleep") ? (inTrx ? QStringLiteral("idle in transaction") : QStringLiteral("idle"))
                                                    : QStringLiteral("active");
        s.waitEvent = q.value(4).toString();
        s.query = q.value(5).toString();
        s.transactionStart = q.value(6).toDateTime();
        if (q.value(7).toString() == QLatin1String("LOCK WAIT"))
            s.waitEventType = QStringLiteral("Lock");
        s.self = s.pid == snap.ownPid;
        index.emplace(s.pid, int(snap.sessions.size()));
        snap.sessions << s;
    }
    // MySQL 8: performance_schema.data_lock_waits; MariaDB / 5.7: INNODB_LOCK_WAITS.
    const QString waits8 = QStringLiteral(
            "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM performance_schema.data_lock_waits w JOIN "
            "information_schema.INNODB_TRX r ON r.trx_id = w.REQUESTING_ENGINE_TRANSACTION_ID JOIN "
            "information_schema.INNODB_TRX b ON b.trx_id = w.BLOCKING_ENGINE_TRANSACTION_ID");
    const QString waits57 = QStringLiteral(
            "SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM information_schema.INNODB_LOCK_WAITS w JOIN "
            "information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id JOIN information_schema.INNODB_TRX b "
            "ON b.trx_id = w.blocking_trx_id");
    if (q.exec(waits8) || q.exec(waits57)) {
        while (q.next()) {
            const auto it = index.find(q.value(0).toLongLong());
            if (it != index.end())
                snap.sessions[it->second].blockedBy << q.value(1).toLongLong();
        }
    }
    // Metadata locks (DDL waiting behind an open transaction): exact from
    // performance_schema when its MDL instrument is on (MySQL 8's default);
    // otherwise every other session inside a transaction is a holder
    // candidate, since any table it touched keeps its metadata lock until it
    // ends (MariaDB's default, where the instrument is off).
    bool exact = false;
    if (q.exec(QStringLiteral(
                "SELECT wt.PROCESSLIST_ID, ht.PROCESSLIST_ID FROM performance_schema.metadata_locks w JOIN "
                "performance_schema.metadata_locks h ON h.OBJECT_TYPE = w.OBJECT_TYPE AND h.OBJECT_SCHEMA <=> "
                "w.OBJECT_SCHEMA AND h.OBJECT_NAME <=> w.OBJECT_NAME AND h.LOCK_STATUS = 'GRANTED' AND "
                "h.OWNER_THREAD_ID <> w.OWNER_THREAD_ID JOIN performance_schema.threads wt ON wt.THREAD_ID = "
                "w.OWNER_THREAD_ID JOIN performance_schema.threads ht ON ht.THREAD_ID = h.OWNER_THREAD_ID WHERE "
                "w.LOCK_STATUS = 'PENDING'"))) {
        while (q.next()) {
            exact = true;
            const auto it = index.find(q.value(0).toLongLong());
            const qint64 holder = q.value(1).toLongLong();
            if (it != index.end() && !snap.sessions[it->second].blockedBy.contains(holder))
                snap.sessions[it->second].blockedBy << holder;
        }
    }
    // Without the instrument: the metadata-lock queue is first come, first
    // served, and a DDL statement waiting for its exclusive lock makes every
    // later statement on that table queue behind it. So the waiters, longest
    // first: one behind an earlier waiting DDL on a table its query names
    // waits on that DDL; otherwise on the sessions inside a transaction.
    QHash<qint64, qint64> waitedMs;
    if (q.exec(QStringLiteral("SELECT ID, TIME_MS FROM information_schema.PROCESSLIST")))
        while (q.next())
            waitedMs.insert(q.value(0).toLongLong(), qint64(q.value(1).toDouble()));
    QList<int> waiters;
    for (int i = 0; i < snap.sessions.size(); ++i) {
        SessionInfo &s = snap.sessions[i];
        if (!s.waitEvent.contains(QLatin1String("metadata lock"), Qt::CaseInsensitive))
            continue;
        s.waitEventType = QStringLiteral("Lock");
        waiters << i;
    }
    std::stable_sort(waiters.begin(), waiters.end(), [&](int a, int b) {
        return waitedMs.value(snap.sessions[a].pid) > waitedMs.value(snap.sessions[b].pid);
    });
    static const QRegularExpression ddlTable(
            QStringLiteral(R"(^\s*(?:ALTER|DROP|TRUNCATE|RENAME|OPTIMIZE|CREATE\s+(?:UNIQUE\s+)?INDEX\s+\S+\s+ON)\s+(?:TABLE\s+)?(?:IF\s+EXISTS\s+)?`?([\w$]+)`?)"),
            QRegularExpression::CaseInsensitiveOption);
    for (int k = 0; k < waiters.size(); ++k) {
        SessionInfo &s = snap.sessions[waiters[k]];
        if (exact && !s.blockedBy.isEmpty())
            continue;
        for (int j = k - 1; j >= 0 && s.blockedBy.isEmpty(); --j) {
            const SessionInfo &earlier = snap.sessions[waiters[j]];
            const auto m = ddlTable.match(earlier.query);
            if (m.hasMatch()
                && s.query.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(m.captured(1))),
                                                       QRegularExpression::CaseInsensitiveOption)))
                s.blockedBy << earlier.pid;
        }
        if (!s.blockedBy.isEmpty())
            continue;
        for (const SessionInfo &other : std::as_const(snap.sessions))
            if (other.pid != s.pid && other.transactionStart.isValid()
                && !other.waitEvent.contains(QLatin1String("metadata lock"), Qt::CaseInsensitive)
                && !s.blockedBy.contains(other.pid))
                s.blockedBy << other.pid;
    }
    snap.elapsedMs = timer.elapsed();
    return snap;
}

bool MySqlDialect::commitsImplicitly(const SqlStatement &s) const
{
    if (s.nonTransactional)
        return true;
    const QString head = s.text.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
    return head == QLatin1String("CREATE") || head == QLatin1String("ALTER") || head == QLatin1String("DROP")
            || head == QLatin1String("RENAME") || head == QLatin1String("TRUNCATE");
}

namespace {

// `name`, "name" or name; the last part of db.name.
QString bareName(QString name)
{
    name = name.section(QLatin1Char('.'), -1);
    if (name.size() >= 2 && (name.startsWith(QLatin1Char('`')) || name.startsWith(QLatin1Char('"'))))
        name = name.mid(1, name.size() - 2);
    return name;
}

bool exists(QSqlDatabase db, const QString &sql, const QStringList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QString &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

} // namespace

namespace {

struct LeftoverPatterns
{
    QRegularExpression createTable, dropTable, createIndex, alter, addColumn, dropColumn;
};

const LeftoverPatterns &leftoverPatterns()
{
    static const LeftoverPatterns p = [] {
        // [schema.]name, each part `quoted`, "quoted" or bare.
        const QString ident = QStringLiteral(R"(((?:`[^`]+`|"[^"]+"|[\w$]+)(?:\.(?:`[^`]+`|"[^"]+"|[\w$]+))?))");
        const QRegularExpression createTable(
                QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?)") + ident,
                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression dropTable(QStringLiteral(R"(^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?)") + ident,
                                                  QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression createIndex(
                QStringLiteral(R"(^\s*CREATE\s+(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+)") + ident
                        + QStringLiteral(R"(\s+ON\s+)") + ident,
                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression alter(QStringLiteral(R"(^\s*ALTER\s+TABLE\s+)") + ident + QStringLiteral(R"(\s+(.*)$)"),
                                              QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression addColumn(QStringLiteral(R"(^\s*ADD\s+(?:COLUMN\s+)?(?!CONSTRAINT|INDEX|KEY|UNIQUE|PRIMARY|FOREIGN|FULLTEXT|SPATIAL|CHECK)\b)")
                                                          + ident,
                                                  QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression dropColumn(QStringLiteral(R"(^\s*DROP\s+(?:COLUMN\s+)?(?!CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK)\b)")
                                                           + ident,
                                                   QRegularExpression::CaseInsensitiveOption);
        return LeftoverPatterns { createTable, dropTable, createIndex, alter, addColumn, dropColumn };
    }();
    return p;
}

// ALTER TABLE's clauses at the top level, split at commas outside brackets.
QStringList alterClauses(const QString &text)
{
    QStringList clauses;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            clauses << current;
            current.clear();
        } else {
            current += c;
        }
    }
    clauses << current;
    return clauses;
}

} // namespace

bool MySqlDialect::canCheckLeftover(const QString &sql) const
{
    const LeftoverPatterns &p = leftoverPatterns();
    if (p.createTable.match(sql).hasMatch() || p.dropTable.match(sql).hasMatch() || p.createIndex.match(sql).hasMatch())
        return true;
    const auto m = p.alter.match(sql);
    if (!m.hasMatch())
        return false;
    for (const QString &clause : alterClauses(m.captured(2)))
        if (!p.addColumn.match(clause).hasMatch() && !p.dropColumn.match(clause).hasMatch())
            return false;
    return true;
}

QStringList MySqlDialect::leftovers(QSqlDatabase db, const QStringList &statements) const
{
    const LeftoverPatterns &patterns = leftoverPatterns();
    const QRegularExpression &createTable = patterns.createTable;
    const QRegularExpression &dropTable = patterns.dropTable;
    const QRegularExpression &createIndex = patterns.createIndex;
    const QRegularExpression &alter = patterns.alter;
    const QRegularExpression &addColumn = patterns.addColumn;
    const QRegularExpression &dropColumn = patterns.dropColumn;
    const QString tableSql = QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                            "database() AND table_name = ?");
    const QString columnSql = QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                             "database() AND table_name = ? AND column_name = ?");
    const QString indexSql = QStringLiteral("SELECT count(*) FROM information_schema.statistics WHERE table_schema = "
                                            "database() AND table_name = ? AND index_name = ?");
    QStringList out;
    for (const QString &sql : statements) {
        if (const auto created = createTable.match(sql); created.hasMatch()) {
            const QString t = bareName(created.captured(1));
            if (exists(db, tableSql, { t }))
                out << QCoreApplication::translate("strata::Dialect", "table %1 was created and stays (CREATE TABLE commits on its own)").arg(t);
        } else if (const auto dropped = dropTable.match(sql); dropped.hasMatch()) {
            const QString t = bareName(dropped.captured(1));
            if (!exists(db, tableSql, { t }))
                out << QCoreApplication::translate("strata::Dialect", "table %1 was dropped, with its rows").arg(t);
        } else if (const auto index = createIndex.match(sql); index.hasMatch()) {
            const QString i = bareName(index.captured(1));
            const QString t = bareName(index.captured(2));
            if (exists(db, indexSql, { t, i }))
                out << QCoreApplication::translate("strata::Dialect", "index %1 on %2 was built and stays").arg(i, t);
        } else if (const auto m = alter.match(sql); m.hasMatch()) {
            const QString t = bareName(m.captured(1));
            const QStringList clauses = alterClauses(m.captured(2));
            for (const QString &clause : clauses) {
                if (const auto a = addColumn.match(clause); a.hasMatch()) {
                    const QString c = bareName(a.captured(1));
                    if (exists(db, columnSql, { t, c }))
                        out << QCoreApplication::translate("strata::Dialect", "column %1.%2 was added and stays").arg(t, c);
                } else if (const auto d = dropColumn.match(clause); d.hasMatch()) {
                    const QString c = bareName(d.captured(1));
                    if (exists(db, tableSql, { t }) && !exists(db, columnSql, { t, c }))
                        out << QCoreApplication::translate("strata::Dialect", "column %1.%2 was dropped, with its data").arg(t, c);
                }
            }
        }
    }
    return out;
}

QString MySqlDialect::quoteIdentifier(const QString &name) const
{
    return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) + QLatin1Char('`');
}

} // namespace strata
