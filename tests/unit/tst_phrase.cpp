// What a run said is kept as a phrase: its English source and arguments, so
// the window says it in its language while the journal, strata-cli and JSON
// keep English. The English is exactly what Strata said before phrases; the
// journal keeps both, and a phrase that no longer says what the English
// column says (an older Strata wrote the column since) or that is damaged is
// not believed. (The German rendering is checked in the window:
// gui.run_postgresql, germanWindowSaysWhatTheRunDidInGerman.)
#include "common/Phrase.h"
#include "dialect/Dialect.h"
#include "run/RunJob.h"
#include "run/RunJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace strata;

namespace {

RunRecord record(const Phrase &outcome, const Phrase &error = {})
{
    RunRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.verb = RunVerb::Upgrade;
    r.target = QStringLiteral("head");
    r.state = RunState::Failed;
    r.host = RunJournal::hostName();
    r.pid = QCoreApplication::applicationPid();
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.outcome = outcome;
    r.error = error;
    return r;
}

// Runs SQL on a journal file behind Strata's back (as another Strata would).
bool execOn(const QString &path, const QStringList &sql)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : sql)
            ok = ok && q.exec(s);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    return ok;
}

} // namespace

class TestPhrase : public QObject
{
    Q_OBJECT
private slots:
    void englishIsWhatStrataSaid();
    void argumentsAreNotReadTwice();
    void jsonRoundTrip();
    void damagedJsonIsRefused();
    void journalKeepsEnglishAndThePhrase();
    void journalBelievesAPhraseOnlyWhileItSaysTheSame();
    void olderJournalsGainTheColumnsOnce();
    void aRefusalKeepsItsPhrase();
};

void TestPhrase::englishIsWhatStrataSaid()
{
    const Phrase at(QStringLiteral("a1, b2"));
    Phrase p(QT_TRANSLATE_N_NOOP("strata::Phrase", "applied %n step(s); the database is at %1"), { at }, 3);
    QCOMPARE(p.english(), QStringLiteral("applied 3 step(s); the database is at a1, b2"));
    // Without a translation installed (strata-cli), the text is the English.
    QCOMPARE(p.text(), p.english());
    p += Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "; what committed on its own stayed: %1"),
                { QStringLiteral("CREATE INDEX i") });
    QCOMPARE(p.english(),
             QStringLiteral("applied 3 step(s); the database is at a1, b2; what committed on its own stayed: CREATE INDEX i"));
    // Nested phrases, and verbatim text that happens to look like a source.
    const Phrase nested(QT_TRANSLATE_NOOP("strata::Phrase", "rehearsal of %1 %2: %3"),
                        { QStringLiteral("upgrade"), QStringLiteral("head"),
                          Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "cancelled after %1 of %2 step(s)"),
                                 { QStringLiteral("1"), QStringLiteral("2") }) });
    QCOMPARE(nested.english(), QStringLiteral("rehearsal of upgrade head: cancelled after 1 of 2 step(s)"));
    QVERIFY(Phrase().isEmpty());
    QVERIFY(Phrase(QString()).isEmpty());
    QVERIFY(!Phrase(QStringLiteral("x")).isEmpty());
}

void TestPhrase::argumentsAreNotReadTwice()
{
    // A database's message may hold "%2" or "%n": it is shown as it is.
    const Phrase p(QT_TRANSLATE_NOOP("strata::Phrase", "refused before anything was written: %1"),
                   { QStringLiteral("column \"%2\" of 100%n%1 does not exist") });
    QCOMPARE(p.english(), QStringLiteral("refused before anything was written: column \"%2\" of 100%n%1 does not exist"));
    // A placeholder without its argument stays, rather than vanishing.
    const Phrase missing(QT_TRANSLATE_NOOP("strata::Phrase", "rehearsal of %1 %2: %3"), { QStringLiteral("a") });
    QCOMPARE(missing.english(), QStringLiteral("rehearsal of a %2: %3"));
    // Two-digit arguments.
    std::initializer_list<Phrase> many = { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                           QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                                           QStringLiteral("ten"), QStringLiteral("eleven") };
    QCOMPARE(Phrase("%11 %10 %1", many).english(), QStringLiteral("eleven ten 1"));
}

void TestPhrase::jsonRoundTrip()
{
    Phrase p(QT_TRANSLATE_N_NOOP("strata::Phrase",
                                 "partly applied: step(s) 1-%n committed and stay; the database moved from %1 to %2; "
                                 "steps after them rolled back at the failure"),
             { Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "base (no version rows)")), QStringLiteral("b2") }, 2);
    p += Phrase(QStringLiteral(", written to /tmp/x.sql"));
    const QByteArray json = QJsonDocument(p.toJson().toArray()).toJson(QJsonDocument::Compact);
    const auto back = Phrase::fromJson(QJsonDocument::fromJson(json).array());
    QVERIFY(back);
    QVERIFY(*back == p);
    QCOMPARE(back->english(), p.english());
    QVERIFY(p.english().startsWith(QStringLiteral("partly applied: step(s) 1-2 committed and stay; the database moved "
                                                  "from base (no version rows) to b2")));
    QVERIFY(Phrase::fromJson(QJsonArray()).value().isEmpty());
}

void TestPhrase::damagedJsonIsRefused()
{
    auto parse = [](const char *json) { return Phrase::fromJson(QJsonDocument::fromJson(json).array()); };
    QVERIFY(!Phrase::fromJson(QJsonValue(QStringLiteral("text"))));
    QVERIFY(!parse(R"([1])"));
    QVERIFY(!parse(R"([{"a": []}])"));
    QVERIFY(!parse(R"([{"s": 3}])"));
    QVERIFY(!parse(R"([{"s": "x %n", "n": -1}])"));
    QVERIFY(!parse(R"([{"s": "x %n", "n": 1.5}])"));
    QVERIFY(!parse(R"([{"s": "x %n", "n": 1e300}])"));
    QVERIFY(!parse(R"([{"s": "x %1", "a": "y"}])"));
    QVERIFY(!parse(R"([{"s": "x %1", "a": [5]}])"));
    // Nesting deeper than any sentence needs.
    QByteArray deep = R"(["x"])";
    for (int i = 0; i < 40; ++i)
        deep = R"([{"s": "%1", "a": [)" + deep + "]}]";
    QVERIFY(!Phrase::fromJson(QJsonDocument::fromJson(deep).array()));
    // Mutated phrases never crash, and what is taken renders.
    const QByteArray good = QJsonDocument(
            Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "rehearsal of %1 %2: %3"),
                   { QStringLiteral("upgrade"), QStringLiteral("head"),
                     Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "cancelled after %1 of %2 step(s)"),
                            { QStringLiteral("1"), QStringLiteral("2") }) })
                    .toJson()
                    .toArray())
                                    .toJson(QJsonDocument::Compact);
    QRandomGenerator rng(17);
    const QByteArray alphabet = R"([]{}",:0123456789nsa%-. )";
    int taken = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray m = good;
        for (int k = 0, n = 1 + rng.bounded(4); k < n; ++k)
            m[rng.bounded(int(m.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
        const auto p = Phrase::fromJson(QJsonDocument::fromJson(m).array());
        if (p) {
            ++taken;
            (void)p->english();
            (void)p->text();
        }
    }
    QVERIFY(taken > 0);
}

void TestPhrase::journalKeepsEnglishAndThePhrase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    auto journal = std::make_unique<RunJournal>();
    QVERIFY(journal->open(path));
    const Phrase outcome(QT_TRANSLATE_NOOP("strata::Phrase", "nothing was applied: the database is at %1, as before the run"),
                         { Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "base (no version rows)")) });
    const Phrase error = Phrase(QStringLiteral("(psycopg2.errors.LockNotAvailable) canceling statement"))
            + Phrase(QT_TRANSLATE_NOOP("strata::Phrase", " (install it with: %1)"), { QStringLiteral("apt install x") });
    const RunRecord r = record(outcome, error);
    QVERIFY(journal->begin(r));
    auto back = journal->find(r.id);
    QVERIFY(back);
    QVERIFY(back->outcome == outcome);
    QVERIFY(back->error == error);
    QCOMPARE(back->toJson().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("nothing was applied: the database is at base (no version rows), as before the run"));
    journal.reset();
    // The English column is what an older Strata and `sqlite3` read.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT outcome, error FROM runs")) && q.next());
        QCOMPARE(q.value(0).toString(), outcome.english());
        QCOMPARE(q.value(1).toString(), error.english());
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
}

void TestPhrase::journalBelievesAPhraseOnlyWhileItSaysTheSame()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const RunRecord r = record(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "nothing was done")));
    {
        RunJournal journal;
        QVERIFY(journal.open(path));
        QVERIFY(journal.begin(r));
    }
    // An older Strata verified the run: it wrote the English, not the phrase.
    QVERIFY(execOn(path, { QStringLiteral("UPDATE runs SET outcome = 'verified 2026-12-03T05:00:00Z: the run "
                                          "committed; the database is at b2, where its plan leads'") }));
    {
        RunJournal journal;
        QVERIFY(journal.open(path));
        auto back = journal.find(r.id);
        QVERIFY(back);
        QCOMPARE(back->outcome.english(), QStringLiteral("verified 2026-12-03T05:00:00Z: the run committed; the "
                                                         "database is at b2, where its plan leads"));
    }
    // A damaged phrase column: the English stands.
    for (const QString &bad : { QStringLiteral("not json"), QStringLiteral("[{\"s\": 5}]"), QStringLiteral("{}"),
                                QStringLiteral("[\"something else\"]") }) {
        QVERIFY(execOn(path, { QStringLiteral("UPDATE runs SET outcome = 'nothing was done', outcome_phrase = '%1'")
                                       .arg(QString(bad).replace(QLatin1Char('\''), QStringLiteral("''"))) }));
        RunJournal again;
        QVERIFY(again.open(path));
        auto read = again.find(r.id);
        QVERIFY(read);
        QCOMPARE(read->outcome.english(), QStringLiteral("nothing was done"));
    }
}

void TestPhrase::olderJournalsGainTheColumnsOnce()
{
    // A journal of schema 2 as the first wave wrote it, without the phrase
    // columns; eight Stratas open copies of it at the same moment.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(execOn(old, {
            QStringLiteral("CREATE TABLE runs (id TEXT PRIMARY KEY, verb TEXT NOT NULL, target TEXT, project TEXT, "
                           "profile_id TEXT, profile_name TEXT, database TEXT, os_user TEXT, host TEXT, pid INTEGER, "
                           "state TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, from_revisions TEXT, "
                           "to_revisions TEXT, sql TEXT, error_type TEXT, error TEXT, outcome TEXT, steps_total INTEGER, "
                           "identity_key TEXT, target_revisions TEXT, problem TEXT, preflight TEXT, tools TEXT, "
                           "needs_verification INTEGER NOT NULL DEFAULT 0, verified_at TEXT, verified_revisions TEXT)"),
            QStringLiteral("INSERT INTO runs (id, verb, state, started_at, outcome) VALUES ('r1', 'upgrade', "
                           "'succeeded', '2026-01-01T00:00:00.000Z', 'applied 2 step(s); the database is at b2')"),
            QStringLiteral("PRAGMA user_version = 2"),
    }));
    const QString shared = dir.filePath(QStringLiteral("shared.sqlite"));
    QVERIFY(QFile::copy(old, shared));
    QList<QFuture<QString>> opens;
    for (int i = 0; i < 8; ++i)
        opens << QtConcurrent::run([shared] {
            RunJournal j;
            const Status s = j.open(shared);
            if (!s)
                return s.error().toString();
            auto r = j.find(QStringLiteral("r1"));
            return r ? r->outcome.english() : r.error().toString();
        });
    for (QFuture<QString> &f : opens)
        QCOMPARE(f.result(), QStringLiteral("applied 2 step(s); the database is at b2"));
    RunJournal j;
    QVERIFY(j.open(shared));
    const RunRecord r = record(Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "nothing was done")));
    QVERIFY(j.begin(r));
    QVERIFY(j.find(r.id)->outcome == r.outcome);
}

// A run refused at the run lock journals the refusal in English whichever
// language the window speaks: the error carries its phrase.
void TestPhrase::aRefusalKeepsItsPhrase()
{
    QTemporaryDir dir;
    ConnectionProfile p;
    p.name = QStringLiteral("local");
    p.driver = ConnectionProfile::Driver::SQLite;
    p.database = dir.filePath(QStringLiteral("app.db"));
    QVERIFY(execOn(p.database, { QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)") }));
    const Dialect &dialect = Dialect::of(p);
    auto first = dialect.acquireRunLock(QSqlDatabase(), p);
    QVERIFY(first);
    auto second = dialect.acquireRunLock(QSqlDatabase(), p);
    QVERIFY(!second);
    const Error e = second.error();
    QCOMPARE(e.code, ErrorCode::RunLockHeld);
    QVERIFY(!e.said.isEmpty());
    QVERIFY2(e.phrase().english().startsWith(QStringLiteral("another run holds the run lock of this database: ")),
             qPrintable(e.phrase().english()));
    QCOMPARE(e.message, e.said.text());
    // A connection that fails says why as a phrase too (what a run quotes
    // when its database stops answering between the check and the run).
    ConnectionProfile pg;
    pg.driver = ConnectionProfile::Driver::PostgreSQL;
    pg.host = QStringLiteral("db.example");
    pg.port = 5439;
    const auto [failure, why] = Dialect::of(pg).classifyConnectError(pg, QStringLiteral("Connection refused"));
    QCOMPARE(failure, ConnectFailure::ServerNotRunning);
    QCOMPARE(why.english(), QStringLiteral("no database server is listening at db.example:5439 (is it running, and on "
                                           "this port?)"));
    QVERIFY(QJsonDocument(why.toJson().toArray()).toJson().contains("no database server is listening at %1"));
    // An error made from text keeps the text.
    QCOMPARE(makeError(ErrorCode::Io, QStringLiteral("disk full")).phrase().english(), QStringLiteral("disk full"));
    first->reset();

    // A run that meets a held run lock: refused, journaled in English.
    auto held = dialect.acquireRunLock(QSqlDatabase(), p);
    QVERIFY(held);
    RunRequest request;
    request.verb = RunVerb::RunSql;
    request.project = std::make_shared<Project>();
    request.profile = p;
    request.sqlText = QStringLiteral("CREATE TABLE t (x integer);\n");
    request.sqlFile = dir.filePath(QStringLiteral("reviewed.sql"));
    request.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    RunJob job(request, Preflight {});
    job.run();
    const RunRecord r = job.record();
    QCOMPARE(r.state, RunState::Failed);
    QVERIFY2(r.problem == ErrorCode::RunLockHeld, qPrintable(r.error.english()));
    QVERIFY2(r.error.english().startsWith(QStringLiteral("refused before anything was written: another run holds "
                                                         "the run lock of this database: ")),
             qPrintable(r.error.english()));
    // Kept as phrases all the way down, so a German window says all of it in German.
    const QByteArray kept = QJsonDocument(r.error.toJson().toArray()).toJson(QJsonDocument::Compact);
    QVERIFY2(kept.contains(R"("s":"another run holds the run lock of this database: %1")"), kept.constData());
    RunJournal journal;
    QVERIFY(journal.open(request.journalPath));
    auto back = journal.find(r.id);
    QVERIFY(back);
    QVERIFY(back->error == r.error);
    QCOMPARE(back->outcome.english(), QStringLiteral("nothing was done"));
}

QTEST_GUILESS_MAIN(TestPhrase)
#include "tst_phrase.moc"
