#include "connection/ConnectionProfile.h"
#include "connection/DotEnv.h"
#include "connection/ProfileStore.h"
#include "connection/SqlAlchemyUrl.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;

class TestConnection : public QObject
{
    Q_OBJECT
private slots:
    void urls_data();
    void urls();
    void badUrls_data();
    void badUrls();
    void masking_data();
    void masking();
    void displayUrlHasNoPassword();
    void dotenv();
    void dotenvErrors();
    void profileJsonRoundTrip();
    void profileJsonErrorsNameTheField();
    void storeIsAtomicAndKeepsDamage();
};

void TestConnection::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("psycopg2 with encoded password")
            << "postgresql+psycopg2://user:pa%40ss@host:5432/db?sslmode=require" << "postgresql" << "host" << 5432
            << "db" << "user" << "pa@ss";
    QTest::newRow("no password") << "postgresql://app@db/shop" << "postgresql" << "db" << 0 << "shop" << "app" << "";
    QTest::newRow("ipv6") << "postgresql://u:p@[::1]:6543/d" << "postgresql" << "::1" << 6543 << "d" << "u" << "p";
    QTest::newRow("unencoded @ in password") << "postgresql://u:p@ss@h/d" << "postgresql" << "h" << 0 << "d" << "u"
                                             << "p@ss";
    QTest::newRow("mysql") << "mysql+pymysql://root:x@localhost:3307/app" << "mysql" << "localhost" << 3307 << "app"
                           << "root" << "x";
    QTest::newRow("mariadb") << "mariadb://a@b/c" << "mysql" << "b" << 0 << "c" << "a" << "";
    QTest::newRow("sqlite absolute") << "sqlite:////var/db/app.db" << "sqlite" << "" << 0 << "/var/db/app.db" << ""
                                     << "";
    QTest::newRow("sqlite relative") << "sqlite:///relative.db" << "sqlite" << "" << 0 << "/base/relative.db" << ""
                                     << "";
    QTest::newRow("sqlite memory") << "sqlite://" << "sqlite" << "" << 0 << ":memory:" << "" << "";
    QTest::newRow("socket via query") << "postgresql://u@/db?host=/var/run/postgresql" << "postgresql"
                                      << "/var/run/postgresql" << 0 << "db" << "u" << "";
    // libpq's ?password= is the password (for the keychain), never an option
    QTest::newRow("password in query") << "postgresql://u@h/d?password=x" << "postgresql" << "h" << 0 << "d" << "u"
                                       << "x";
    QTest::newRow("password in query, any case") << "postgresql://u@h/d?PASSWORD=x%26y" << "postgresql" << "h" << 0
                                                 << "d" << "u" << "x&y";
}

void TestConnection::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, driver);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    auto r = parseSqlAlchemyUrl(url, QStringLiteral("/base"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(ConnectionProfile::driverName(r->profile.driver), driver);
    QCOMPARE(r->profile.host, host);
    QCOMPARE(r->profile.port, port);
    QCOMPARE(r->profile.database, database);
    QCOMPARE(r->profile.user, user);
    QCOMPARE(r->password, password);
    QCOMPARE(r->hasPassword, !password.isEmpty());
    for (auto it = r->profile.options.cbegin(); it != r->profile.options.cend(); ++it)
        QVERIFY2(!it.key().contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(it.key()));
}

void TestConnection::badUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not a url") << "just text" << "not a database URL";
    QTest::newRow("oracle") << "oracle://u@h/d" << "unsupported database 'oracle'";
    QTest::newRow("bad port") << "postgresql://u@h:99999/d" << "port '99999'";
    QTest::newRow("sqlite host") << "sqlite://host/x.db" << "SQLite URL has no host";
    QTest::newRow("secret in query") << "postgresql://u@h/d?sslpassword=x" << "'sslpassword' is a secret";
    QTest::newRow("two passwords") << "postgresql://u:a@h/d?password=b" << "two different passwords";
}

void TestConnection::badUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, fragment);
    auto r = parseSqlAlchemyUrl(url);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
}

void TestConnection::masking_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("masked");
    QTest::newRow("simple") << "postgresql://u:secret@h/d" << "postgresql://u:***@h/d";
    QTest::newRow("@ in password") << "postgresql://u:se@cret@h:1/d" << "postgresql://u:***@h:1/d";
    QTest::newRow("no password") << "postgresql://u@h/d" << "postgresql://u@h/d";
    QTest::newRow("no credentials") << "sqlite:////x.db" << "sqlite:////x.db";
    QTest::newRow("not a url") << "hello" << "hello";
}

void TestConnection::masking()
{
    QFETCH(QString, url);
    QFETCH(QString, masked);
    QCOMPARE(maskUrlPassword(url), masked);
}

void TestConnection::displayUrlHasNoPassword()
{
    auto r = parseSqlAlchemyUrl(QStringLiteral("postgresql://u:topsecret@h:5433/d?sslmode=verify-full"));
    QVERIFY(r.ok());
    QVERIFY(!r->profile.displayUrl().contains(QStringLiteral("topsecret")));
    QCOMPARE(r->profile.displayUrl(), QStringLiteral("postgresql://u@h:5433/d?sslmode=verify-full"));
    QCOMPARE(r->profile.sqlalchemyUrl(QStringLiteral("p@ss")), QStringLiteral("postgresql://u:p%40ss@h:5433/d?sslmode=verify-full"));
}

void TestConnection::dotenv()
{
    const DotEnv::Values env { { QStringLiteral("HOME_HOST"), QStringLiteral("envhost") } };
    auto r = DotEnv::parse(QStringLiteral("# comment\n"
                                          "export A=1\n"
                                          "B = 'literal ${A} $A'\n"
                                          "C=\"x${A}y\\n\"\n"
                                          "D=${MISSING:-fallback}\n"
                                          "E=$HOME_HOST # trailing comment\n"
                                          "F=\"multi\nline\"\n"
                                          "G=\\$notvar\n"),
                           QStringLiteral(".env"), {}, env);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(r->value(QStringLiteral("B")), QStringLiteral("literal ${A} $A"));
    QCOMPARE(r->value(QStringLiteral("C")), QStringLiteral("x1y\n"));
    QCOMPARE(r->value(QStringLiteral("D")), QStringLiteral("fallback"));
    QCOMPARE(r->value(QStringLiteral("E")), QStringLiteral("envhost"));
    QCOMPARE(r->value(QStringLiteral("F")), QStringLiteral("multi\nline"));
    QCOMPARE(r->value(QStringLiteral("G")), QStringLiteral("$notvar"));

    // later files override earlier ones
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("a.env"))), b(dir.filePath(QStringLiteral("b.env")));
    QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    a.write("X=one\nY=keep\n");
    b.write("X=two-${Y}\n");
    a.close();
    b.close();
    auto both = DotEnv::loadFiles({ a.fileName(), b.fileName() }, {});
    QVERIFY(both.ok());
    QCOMPARE(both->value(QStringLiteral("X")), QStringLiteral("two-keep"));
}

void TestConnection::dotenvErrors()
{
    auto noEq = DotEnv::parse(QStringLiteral("A=1\nnot a pair\n"), QStringLiteral("f.env"), {}, {});
    QVERIFY(!noEq.ok());
    QCOMPARE(noEq.error().line, 2);
    QCOMPARE(noEq.error().file, QStringLiteral("f.env"));
    auto quote = DotEnv::parse(QStringLiteral("A=\"open\n"), QStringLiteral("f.env"), {}, {});
    QVERIFY(!quote.ok());
    QCOMPARE(quote.error().key, QStringLiteral("A"));
}

void TestConnection::profileJsonRoundTrip()
{
    auto r = parseSqlAlchemyUrl(QStringLiteral("postgresql://app@db:5433/shop?sslmode=require&connect_timeout=5"));
    QVERIFY(r.ok());
    ConnectionProfile p = r->profile;
    p.id = QStringLiteral("id-1");
    p.name = QStringLiteral("Staging EU");
    p.kind = ConnectionProfile::Kind::Staging;
    p.versionTableSchema = QStringLiteral("meta");
    p.urlEnvironmentVariables = { QStringLiteral("DATABASE_URL") };
    auto back = ConnectionProfile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), p.toJson());
    QCOMPARE(back->options.value(QStringLiteral("connect_timeout")).toString(), QStringLiteral("5"));
}

void TestConnection::profileJsonErrorsNameTheField()
{
    auto port = ConnectionProfile::fromJson(QJsonDocument::fromJson(R"({"name":"a","port":"x"})").object());
    QVERIFY(!port.ok());
    QCOMPARE(port.error().key, QStringLiteral("port"));
    auto kind = ConnectionProfile::fromJson(QJsonDocument::fromJson(R"({"name":"a","kind":"prod"})").object());
    QVERIFY(!kind.ok());
    QCOMPARE(kind.error().key, QStringLiteral("kind"));
    auto table = ConnectionProfile::fromJson(
            QJsonDocument::fromJson(R"({"name":"a","version_table":"x; drop table y"})").object());
    QVERIFY(!table.ok());
    QCOMPARE(table.error().key, QStringLiteral("version_table"));
    auto sqlite = ConnectionProfile::fromJson(QJsonDocument::fromJson(R"({"name":"a","driver":"sqlite"})").object());
    QVERIFY(!sqlite.ok());
    QCOMPARE(sqlite.error().key, QStringLiteral("database"));
}

void TestConnection::storeIsAtomicAndKeepsDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("strata/profiles.json"));
    ProfileStore store(path);
    QVERIFY(store.load().ok()); // missing file: empty store
    ConnectionProfile p;
    p.name = QStringLiteral("dev");
    p.driver = ConnectionProfile::Driver::SQLite;
    p.database = QStringLiteral("/tmp/dev.db");
    auto added = store.add(p);
    QVERIFY(added.ok());
    QVERIFY(!added->id.isEmpty());
    QVERIFY(store.save().ok());
    QVERIFY(!store.add(p).ok()); // the name is taken

    ProfileStore again(path);
    QVERIFY(again.load().ok());
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.find(QStringLiteral("DEV"))->id, added->id);

    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"schema\": 99, \"profiles\": []}");
    f.close();
    ProfileStore newer(path);
    const Status s = newer.load();
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("newer Strata")));
    QVERIFY(newer.isDamaged());
    QVERIFY(!newer.save().ok());
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("{\"schema\": 99, \"profiles\": []}"));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
