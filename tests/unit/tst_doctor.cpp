// The doctor decides from facts alone: two unlabelled heads and where each
// is applied (the demo's labelled ones are no trouble), an environment behind with its chain, the ancestor row of an
// overlapping version table, a failed run classified from its error, a
// blocking session (never Strata's own), same-database profiles, missing
// modules; the worst severity; reports without secrets.
#include "diagnose/Doctor.h"
#include "project/Project.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;

namespace {

// Two unlabelled heads, b1 and c1, on a1.
ProjectPtr forked(QTemporaryDir &dir)
{
    for (const auto &[rev, down] : { std::pair { "a1", "None" }, std::pair { "b1", "'a1'" }, std::pair { "c1", "'a1'" } }) {
        QFile f(dir.filePath(QStringLiteral("%1.py").arg(QLatin1String(rev))));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("\"\"\"step %1\"\"\"\nrevision = '%1'\ndown_revision = %2\n")
                        .arg(QLatin1String(rev), QLatin1String(down))
                        .toUtf8());
    }
    auto p = loadProject(dir.path());
    return p ? p.value() : ProjectPtr();
}

ProjectPtr demo()
{
    auto p = loadProject(QStringLiteral(STRATA_DEMO_DIR));
    return p ? p.value() : ProjectPtr();
}

EnvironmentFacts env(const QString &name, EnvironmentStatus::State state, const QStringList &current,
                     const QStringList &pending = {})
{
    EnvironmentFacts e;
    e.profile.id = name + QStringLiteral("-id");
    e.profile.name = name;
    e.profile.database = name;
    e.status.profileId = e.profile.id;
    e.status.profileName = name;
    e.status.state = state;
    e.status.current = current;
    e.status.pending = pending;
    e.status.checkedAt = QDateTime::currentDateTimeUtc();
    return e;
}

const Diagnosis *find(const QList<Diagnosis> &list, const QString &code, const QString &profile = {})
{
    for (const Diagnosis &d : list)
        if (d.code == code && (profile.isEmpty() || d.profileName == profile))
            return &d;
    return nullptr;
}

QString facts(const Diagnosis &d)
{
    QStringList out;
    for (const Evidence &e : d.evidence)
        out << e.fact;
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private slots:
    void headsAndBehind()
    {
        QTemporaryDir dir;
        DoctorFacts f;
        f.project = forked(dir);
        QVERIFY(f.project);
        f.environments << env(QStringLiteral("dev"), EnvironmentStatus::State::Behind, { QStringLiteral("b1") },
                              { QStringLiteral("c1") });
        const QList<Diagnosis> found = Doctor::diagnose(f);
        const Diagnosis *heads = find(found, QStringLiteral("multiple-heads"));
        QVERIFY(heads);
        QVERIFY2(facts(*heads).contains(QStringLiteral("head b1 (step b1) — applied on: dev")), qPrintable(facts(*heads)));
        QVERIFY(facts(*heads).contains(QStringLiteral("head c1 (step c1) — applied on: no environment")));
        QCOMPARE(heads->act()->command.first(), QStringLiteral("merge"));
        const Diagnosis *behind = find(found, QStringLiteral("not-up-to-date"), QStringLiteral("dev"));
        QVERIFY(behind);
        QCOMPARE(behind->act()->command, (QStringList { QStringLiteral("upgrade"), QStringLiteral("heads"),
                                                        QStringLiteral("--profile"), QStringLiteral("dev") }));
        QCOMPARE(Doctor::worst(found), Diagnosis::Severity::Error);
        QCOMPARE(found.first().severity, Diagnosis::Severity::Error); // worst first
    }

    void overlapNamesTheAncestor()
    {
        DoctorFacts f;
        f.project = demo();
        f.environments << env(QStringLiteral("ov"), EnvironmentStatus::State::Overlap,
                              { QStringLiteral("d6e7f8091a2b"), QStringLiteral("c5d6e7f8091a") });
        const QList<Diagnosis> found = Doctor::diagnose(f);
        const Diagnosis *d = find(found, QStringLiteral("overlapping-rows"));
        QVERIFY(d);
        QVERIFY(facts(*d).contains(QStringLiteral("c5d6e7f8091a is an ancestor of another row")));
        QVERIFY(!facts(*d).contains(QStringLiteral("d6e7f8091a2b is an ancestor")));
        QVERIFY(d->steps.first().text.contains(QStringLiteral("WHERE version_num IN ('c5d6e7f8091a')")));
    }

    void failedRunsAreClassified_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << "constraint \"x\" of relation \"t\" does not exist" << "missing object";
        QTest::newRow("data") << "invalid input syntax for type integer: \"\"" << "data that does not fit";
        QTest::newRow("nulls") << "column \"c\" of relation \"t\" contains null values" << "data that does not fit";
        QTest::newRow("depends") << "cannot drop index ix because constraint fk on table t requires it; other objects depend on it"
                                 << "dependent objects";
        QTest::newRow("lock") << "canceling statement due to lock timeout" << "lock timeout";
        QTest::newRow("tx") << "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"
                            << "statement outside a transaction";
        QTest::newRow("race") << "duplicate key value violates unique constraint \"alembic_version_pkc\""
                              << "concurrent migrator";
        QTest::newRow("privilege") << "permission denied for table accounts" << "missing privilege";
        QTest::newRow("exists") << "relation \"users\" already exists" << "object already exists";
        QTest::newRow("other") << "division by zero" << "migration error";
    }

    void failedRunsAreClassified()
    {
        QFETCH(QString, error);
        QFETCH(QString, kind);
        DoctorFacts f;
        f.project = demo();
        EnvironmentFacts e = env(QStringLiteral("ci"), EnvironmentStatus::State::Behind, { QStringLiteral("c5d6e7f8091a") },
                                 { QStringLiteral("d6e7f8091a2b") });
        RunRecord run;
        run.id = QStringLiteral("0123456789");
        run.verb = RunVerb::Upgrade;
        run.target = QStringLiteral("d6e7f8091a2b");
        run.state = RunState::Failed;
        run.error = error;
        e.runs << run;
        f.environments << e;
        const QList<Diagnosis> found = Doctor::diagnose(f);
        const Diagnosis *d = find(found, QStringLiteral("failed-migration"));
        QVERIFY(d);
        QVERIFY2(d->title.endsWith(kind), qPrintable(d->title));
        QCOMPARE(d->act()->command.first(), QStringLiteral("rehearse"));
    }

    void wrongDatabaseIsItsOwnStory()
    {
        DoctorFacts f;
        f.project = demo();
        EnvironmentFacts e = env(QStringLiteral("app"), EnvironmentStatus::State::Behind, {}, { QStringLiteral("d6e7f8091a2b") });
        RunRecord run;
        run.id = QStringLiteral("abcdef0123");
        run.verb = RunVerb::Upgrade;
        run.state = RunState::Failed;
        run.problem = ErrorCode::WrongDatabase;
        run.error = QStringLiteral("env.py connected to database app_demo instead of database app_test");
        e.runs << run;
        f.environments << e;
        const QList<Diagnosis> found = Doctor::diagnose(f);
        const Diagnosis *d = find(found, QStringLiteral("env-connects-elsewhere"));
        QVERIFY(d);
        QVERIFY(facts(*d).contains(QStringLiteral("app_demo")));
        QVERIFY(!find(found, QStringLiteral("failed-migration"))); // not a migration's failure
        QCOMPARE(d->steps.first().command.first(), QStringLiteral("probe"));
    }

    void blockingSessionsButNeverStrata()
    {
        DoctorFacts f;
        f.project = demo();
        EnvironmentFacts e = env(QStringLiteral("pg"), EnvironmentStatus::State::UpToDate, { QStringLiteral("d6e7f8091a2b") });
        LockSnapshot snap;
        snap.takenAt = QDateTime::currentDateTimeUtc();
        SessionInfo holder;
        holder.pid = 100;
        holder.application = QStringLiteral("report");
        holder.state = QStringLiteral("idle in transaction");
        holder.transactionStart = snap.takenAt.addSecs(-600);
        holder.query = QStringLiteral("SELECT * FROM accounts");
        holder.locks << HeldLock { QStringLiteral("relation"), QStringLiteral("AccessShareLock"), true, QStringLiteral("public.accounts") };
        SessionInfo waiter;
        waiter.pid = 200;
        waiter.application = QStringLiteral("alembic");
        waiter.state = QStringLiteral("active");
        waiter.blockedBy << 100;
        SessionInfo strata;
        strata.pid = 300;
        strata.application = QStringLiteral("strata-run 1 control");
        snap.sessions << holder << waiter << strata;
        e.locks = snap;
        f.environments << e;
        const QList<Diagnosis> found = Doctor::diagnose(f);
        const Diagnosis *d = find(found, QStringLiteral("blocked-by-session"));
        QVERIFY(d);
        QVERIFY(facts(*d).contains(QStringLiteral("pid 100")));
        QVERIFY(facts(*d).contains(QStringLiteral("waiting behind it: pid 200")));
        QCOMPARE(d->act()->command.mid(0, 2), (QStringList { QStringLiteral("terminate-backend"), QStringLiteral("100") }));
        for (const Diagnosis &x : found)
            for (const RecipeStep &s : x.steps)
                QVERIFY(!s.command.contains(QStringLiteral("300")));
        // A blocker still running a query: cancelling its statement comes first.
        f.environments[0].locks->sessions[0].state = QStringLiteral("active");
        const QList<Diagnosis> active = Doctor::diagnose(f);
        const Diagnosis *a = find(active, QStringLiteral("blocked-by-session"));
        QVERIFY(a);
        QCOMPARE(a->act()->command.mid(0, 2), (QStringList { QStringLiteral("cancel-backend"), QStringLiteral("100") }));
    }

    void environmentAndSecrets()
    {
        DoctorFacts f;
        f.project = demo();
        EnvironmentFacts a = env(QStringLiteral("a"), EnvironmentStatus::State::UpToDate, {});
        EnvironmentFacts b = env(QStringLiteral("b"), EnvironmentStatus::State::UpToDate, {});
        a.status.identity.key = b.status.identity.key = QStringLiteral("pg:1:app");
        f.environments << a << b;
        f.probe.insert(QStringLiteral("missing"), QJsonArray { QJsonObject { { QStringLiteral("module"), QStringLiteral("psycopg2") },
                                                                               { QStringLiteral("install"), QStringLiteral("apt install python3-psycopg2") } } });
        f.python = QStringLiteral("/usr/bin/python3");
        f.secrets << SecretInFile { f.project->config.rootDir + QStringLiteral("/alembic.ini"), 7,
                                    QStringLiteral("a database URL in alembic.ini holds a password") };
        const QList<Diagnosis> found = Doctor::diagnose(f);
        QVERIFY(find(found, QStringLiteral("same-database")));
        const Diagnosis *m = find(found, QStringLiteral("missing-module"));
        QVERIFY(m && m->steps.first().text.contains(QStringLiteral("apt install python3-psycopg2")));
        const Diagnosis *s = find(found, QStringLiteral("plaintext-password"));
        QVERIFY(s);
        QCOMPARE(s->title, QStringLiteral("a password in clear at alembic.ini:7"));
        QVERIFY(s->toMarkdown().contains(QStringLiteral("### plaintext-password")));
        // Nothing to say: the demo's two heads are deliberately labelled branches.
        DoctorFacts quiet;
        quiet.project = demo();
        quiet.environments << env(QStringLiteral("x"), EnvironmentStatus::State::UpToDate,
                                  { QStringLiteral("d6e7f8091a2b"), QStringLiteral("e7f8091a2b3c") });
        QVERIFY(Doctor::diagnose(quiet).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
