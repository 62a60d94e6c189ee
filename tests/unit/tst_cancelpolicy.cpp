// Cancel's bounds without a server: the executor is asked once, the server
// again every ResignalMs, the executor is killed at the grace period whatever
// the database does, and the read-back after a cancel fits the promised end.
#include "run/CancelPolicy.h"

#include <QtTest>

using namespace strata;

class TestCancelPolicy : public QObject
{
    Q_OBJECT
private slots:
    void nothingWithoutCancel()
    {
        CancelPolicy p;
        for (qint64 t = 0; t < 10000; t += CancelPolicy::PollMs) {
            const auto a = p.tick(false, t);
            QVERIFY(!a.askExecutor && !a.signalServer && !a.kill);
        }
        QVERIFY(!p.requested());
        QCOMPARE(p.readBackBudget(10000), CancelPolicy::ReadBackMs);
    }

    void askOnceSignalAgainKillAtGrace()
    {
        CancelPolicy p(3000);
        int asks = 0, resignals = 0, kills = 0;
        qint64 killedAt = -1;
        for (qint64 t = 1000; t <= 6000; t += CancelPolicy::PollMs) {
            const auto a = p.tick(true, t);
            asks += a.askExecutor;
            resignals += a.signalServer;
            if (a.kill) {
                ++kills;
                killedAt = t;
            }
        }
        QCOMPARE(asks, 1);
        QCOMPARE(kills, 1);
        QCOMPARE(killedAt, qint64(4000)); // requested at 1000, grace 3000
        // one at the request, then every 200 ms until the kill
        QCOMPARE(resignals, 1 + (3000 - CancelPolicy::PollMs) / CancelPolicy::ResignalMs);
        QVERIFY(p.killed());
    }

    void readBackFitsThePromisedEnd()
    {
        CancelPolicy p(3000);
        p.tick(true, 0);
        // the run stopped quickly: the read-back may take until the promised end
        QCOMPARE(p.readBackBudget(150), 3000 + CancelPolicy::ReadBackSlackMs - 150);
        // killed at the grace: what is left, but never less than the minimum
        QCOMPARE(p.readBackBudget(3000), std::max(CancelPolicy::ReadBackMinMs, CancelPolicy::ReadBackSlackMs));
        QCOMPARE(p.readBackBudget(9000), CancelPolicy::ReadBackMinMs);
        // the promised end of a cancelled run stays within 3.5 s of Cancel
        QVERIFY(CancelPolicy::GraceMs + CancelPolicy::ReadBackSlackMs < 3500);
    }
};

QTEST_MAIN(TestCancelPolicy)
#include "tst_cancelpolicy.moc"
