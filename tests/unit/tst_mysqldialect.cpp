// What the MySQL/MariaDB dialect can tell from a statement alone: which DDL
// it can check for leftovers after a failed step (the rest makes the step's
// fate unknown rather than "rolled back"), and what commits implicitly.
#include "dialect/MySqlDialect.h"
#include "run/SqlScript.h"

#include <QTest>

using namespace strata;

class TestMySqlDialect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkableLeftovers_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("checkable");
        QTest::newRow("create table") << QStringLiteral("CREATE TABLE scratch (id INTEGER NOT NULL)") << true;
        QTest::newRow("create table if not exists") << QStringLiteral("CREATE TABLE IF NOT EXISTS `s` (id INT)") << true;
        QTest::newRow("drop table") << QStringLiteral("DROP TABLE accounts") << true;
        QTest::newRow("create index") << QStringLiteral("CREATE UNIQUE INDEX ix_a ON accounts (email)") << true;
        QTest::newRow("add column") << QStringLiteral("ALTER TABLE accounts ADD COLUMN phone VARCHAR(20)") << true;
        QTest::newRow("add two, drop one") << QStringLiteral("ALTER TABLE `db`.`t` ADD COLUMN a INT, ADD b DECIMAL(10, 2), "
                                                             "DROP COLUMN c")
                                           << true;
        QTest::newRow("type change") << QStringLiteral("ALTER TABLE accounts MODIFY name VARCHAR(200)") << false;
        QTest::newRow("add constraint") << QStringLiteral("ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES b (id)")
                                        << false;
        QTest::newRow("add column and index") << QStringLiteral("ALTER TABLE o ADD COLUMN a INT, ADD INDEX ix (a)") << false;
        QTest::newRow("update") << QStringLiteral("UPDATE accounts SET name = 'x'") << false;
        QTest::newRow("rename") << QStringLiteral("RENAME TABLE a TO b") << false;
    }

    void checkableLeftovers()
    {
        QFETCH(QString, sql);
        QFETCH(bool, checkable);
        QCOMPARE(MySqlDialect().canCheckLeftover(sql), checkable);
    }

    void ddlCommitsImplicitly()
    {
        auto script = SqlScript::parse(QStringLiteral("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n"
                                                      "alter table a add column b int;\nTRUNCATE a;\n"));
        QVERIFY(script);
        const MySqlDialect d;
        QVERIFY(d.commitsImplicitly(script->statements[0]));
        QVERIFY(!d.commitsImplicitly(script->statements[1]));
        QVERIFY(d.commitsImplicitly(script->statements[2]));
        QVERIFY(d.commitsImplicitly(script->statements[3]));
        QVERIFY(!d.transactionalDdl());
    }
};

QTEST_GUILESS_MAIN(TestMySqlDialect)
#include "tst_mysqldialect.moc"
