// What the lock view derives from a snapshot: the blocking tree (root
// blockers first, waiters queued behind waiters, wait cycles), idle and long
// transactions, and whom a session waits on.
#include "locks/LockSnapshot.h"

#include <QTest>
#include <QTimeZone>

using namespace strata;

namespace {

SessionInfo session(qint64 pid, const QString &state, QList<qint64> blockedBy = {}, int xactAgeSeconds = -1)
{
    SessionInfo s;
    s.pid = pid;
    s.user = QStringLiteral("u");
    s.state = state;
    s.blockedBy = std::move(blockedBy);
    const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
    if (xactAgeSeconds >= 0)
        s.transactionStart = now.addSecs(-xactAgeSeconds);
    return s;
}

QString shape(const QList<BlockingNode> &nodes)
{
    QStringList parts;
    for (const BlockingNode &n : nodes)
        parts << (n.waiters.isEmpty() ? QString::number(n.pid)
                                      : QStringLiteral("%1(%2)").arg(n.pid).arg(shape(n.waiters)));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TstLockSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeHasRootBlockersFirstAndQueuedWaitersBelow()
    {
        LockSnapshot snap;
        snap.takenAt = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
        // 10 idle in transaction holds a lock; 20 waits on it; 30 is queued
        // behind 20 (pg_blocking_pids names the waiter ahead); 40 waits on 10
        // too; 50 is unrelated and active.
        snap.sessions << session(10, QStringLiteral("idle in transaction"), {}, 300)
                      << session(20, QStringLiteral("active"), { 10 }) << session(30, QStringLiteral("active"), { 20 })
                      << session(40, QStringLiteral("active"), { 10 }) << session(50, QStringLiteral("active"));
        QCOMPARE(shape(snap.blockingTree()), QStringLiteral("10(20(30) 40)"));
        QCOMPARE(snap.waitingOn(30).size(), 1);
        QCOMPARE(snap.waitingOn(30).first()->pid, qint64(20));
        QVERIFY(snap.waitingOn(50).isEmpty());
        QCOMPARE(snap.idleInTransaction().size(), 1);
        QCOMPARE(snap.idleInTransaction().first()->pid, qint64(10));
        QCOMPARE(snap.longTransactions(60).size(), 1);
        QVERIFY(snap.longTransactions(600).isEmpty());
        QCOMPARE(snap.session(10)->transactionAge(snap.takenAt), qint64(300));
    }

    void aWaitCycleStillShowsOnce()
    {
        LockSnapshot snap;
        snap.sessions << session(7, QStringLiteral("active"), { 8 }) << session(8, QStringLiteral("active"), { 7 });
        QCOMPARE(shape(snap.blockingTree()), QStringLiteral("7(8)"));
    }

    void idleTransactionsOldestFirst()
    {
        LockSnapshot snap;
        snap.takenAt = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
        snap.sessions << session(1, QStringLiteral("idle in transaction"), {}, 5)
                      << session(2, QStringLiteral("idle in transaction (aborted)"), {}, 500);
        const auto idle = snap.idleInTransaction();
        QCOMPARE(idle.size(), 2);
        QCOMPARE(idle.first()->pid, qint64(2));
    }

    void strataControlConnectionsAreRecognised()
    {
        SessionInfo s = session(1, QStringLiteral("idle"));
        s.application = QStringLiteral("strata-run 1a2b3c4d control");
        QVERIFY(s.isStrataControl());
        s.application = QStringLiteral("strata-run 1a2b3c4d");
        QVERIFY(!s.isStrataControl()); // the run's own session may be cancelled
        s.self = true;
        QVERIFY(s.isStrataControl());
    }

    void agesForPeople()
    {
        QCOMPARE(formatAge(-1), QStringLiteral("-"));
        QCOMPARE(formatAge(119), QStringLiteral("119 s"));
        QCOMPARE(formatAge(120), QStringLiteral("2 min"));
        QCOMPARE(formatAge(7200), QStringLiteral("2 h"));
    }
};

QTEST_GUILESS_MAIN(TstLockSnapshot)
#include "tst_locksnapshot.moc"
