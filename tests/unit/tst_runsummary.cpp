// What a finished run says first (diagnose/RunSummary): the cause in one
// sentence with what the run left, the next steps, and durations for people.
#include "common/TimeFormat.h"
#include "diagnose/RunSummary.h"

#include <QtTest>

using namespace strata;

class TestRunSummary : public QObject
{
    Q_OBJECT
private slots:
    void durations();
    void errorFirstLineStripsTheWrappers();
    void lockTimeoutNamesTheSessionAndWhatWasLeft();
    void dataErrorOffersARehearsal();
    void wrongDatabase();
    void cancelledAndSucceeded();
};

static RunRecord failed(const QString &error)
{
    RunRecord r;
    r.verb = RunVerb::Upgrade;
    r.target = QStringLiteral("head");
    r.profileName = QStringLiteral("staging");
    r.state = RunState::Failed;
    r.errorType = QStringLiteral("sqlalchemy.exc.OperationalError");
    r.error = error;
    r.outcome = QStringLiteral("nothing was applied: the database is at a1, as before the run");
    return r;
}

void TestRunSummary::durations()
{
    QCOMPARE(formatDuration(-1), QStringLiteral("-"));
    QCOMPARE(formatDuration(3.2), QStringLiteral("3.2 ms"));
    QCOMPARE(formatDuration(312.4), QStringLiteral("312 ms"));
    QCOMPARE(formatDuration(20020.4), QStringLiteral("20.0 s"));
    QCOMPARE(formatDuration(125000), QStringLiteral("2 min 5 s"));
}

void TestRunSummary::errorFirstLineStripsTheWrappers()
{
    QCOMPARE(errorFirstLine(
                 QStringLiteral("(psycopg2.errors.InvalidTextRepresentation) invalid input syntax for type "
                                "integer: \"x\"\n\n[SQL: ALTER TABLE t]\n(Background on this error at: "
                                "https://sqlalche.me/e/14/9h9h)")),
        QStringLiteral("invalid input syntax for type integer: \"x\""));
    QCOMPARE(errorFirstLine(
                 QStringLiteral("(pymysql.err.OperationalError) (1205, 'Lock wait timeout exceeded; try "
                                "restarting transaction')")),
        QStringLiteral("Lock wait timeout exceeded; try restarting transaction (error 1205)"));
    QCOMPARE(errorFirstLine(QStringLiteral("(1205, 'Lock wait timeout exceeded')")),
        QStringLiteral("Lock wait timeout exceeded (error 1205)"));
    QVERIFY(errorFirstLine(QString(1000, QLatin1Char('x'))).size() <= 240);
}

void TestRunSummary::lockTimeoutNamesTheSessionAndWhatWasLeft()
{
    RunRecord r = failed(
        QStringLiteral("(psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout"));
    r.waitedOn = QStringLiteral("session 29141 (application 'report-job'), idle in transaction for 40 s");
    const RunSummary s = summarizeRun(r, 10000);
    QCOMPARE(s.cause, QStringLiteral("lock timeout"));
    QCOMPARE(s.headline,
        QStringLiteral("Gave up after lock_timeout 10.0 s waiting for session 29141 (application "
                       "'report-job'), idle in transaction for 40 s; nothing was applied: the "
                       "database is at a1, as before the run"));
    QCOMPARE(s.next.size(), 3);
    QCOMPARE(s.next[0].command,
        (QStringList { QStringLiteral("locks"), QStringLiteral("--profile"), QStringLiteral("staging") }));
    QCOMPARE(s.next[1].command,
        (QStringList { QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--profile"),
            QStringLiteral("staging") }));
    QCOMPARE(s.next[2].command.first(), QStringLiteral("doctor"));
    QVERIFY(s.details.startsWith(QStringLiteral("sqlalchemy.exc.OperationalError: (psycopg2")));
    // without the session seen
    r.waitedOn.clear();
    QVERIFY(summarizeRun(r, 2000).headline.startsWith(
        QStringLiteral("Gave up after lock_timeout 2.0 s waiting for another session;")));
}

void TestRunSummary::dataErrorOffersARehearsal()
{
    RunRecord r = failed(QStringLiteral("(psycopg2.errors.InvalidTextRepresentation) invalid input syntax "
                                        "for type integer: \"x\"\n[SQL: ...]"));
    r.verb = RunVerb::Downgrade;
    r.target = QStringLiteral("a1");
    const RunSummary s = summarizeRun(r, 10000);
    QCOMPARE(s.cause, QStringLiteral("data that does not fit"));
    QVERIFY2(
        s.headline.startsWith(QStringLiteral(
            "Data that does not fit: invalid input syntax for type integer: \"x\"; nothing was applied")),
        qPrintable(s.headline));
    QCOMPARE(s.next.first().command,
        (QStringList { QStringLiteral("rehearse"), QStringLiteral("a1"), QStringLiteral("--profile"),
            QStringLiteral("staging"), QStringLiteral("--downgrade") }));
}

void TestRunSummary::wrongDatabase()
{
    RunRecord r = failed(QStringLiteral("env.py connected to db2"));
    r.errorType = QStringLiteral("StrataWrongDatabase");
    const RunSummary s = summarizeRun(r, 10000);
    QCOMPARE(s.cause, QStringLiteral("wrong database"));
    QVERIFY(s.headline.contains(QStringLiteral("env.py connected to another database than staging's")));
    QCOMPARE(s.next.first().command.first(), QStringLiteral("probe"));
}

void TestRunSummary::cancelledAndSucceeded()
{
    RunRecord r = failed(QString());
    r.state = RunState::Cancelled;
    QCOMPARE(summarizeRun(r, 0).headline,
        QStringLiteral("Cancelled; nothing was applied: the database is at a1, as before the run"));
    r.state = RunState::Succeeded;
    r.outcome = QStringLiteral("applied 2 step(s); the database is at b2");
    const RunSummary ok = summarizeRun(r, 0);
    QCOMPARE(ok.headline, QStringLiteral("Applied 2 step(s); the database is at b2"));
    QVERIFY(ok.cause.isEmpty() && ok.next.isEmpty());
}

QTEST_GUILESS_MAIN(TestRunSummary)
#include "tst_runsummary.moc"
