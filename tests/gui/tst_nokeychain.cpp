// No keychain (no D-Bus session): the Environments dock says so, asks for the
// password when a server wants one, keeps it in memory only, and the next
// check succeeds; the missing keychain is asked once per session, not at every
// refresh; the settings file is the owner's alone. Run under
// tests/integration/with_pg.py (a real PostgreSQL).
#include "EnvironmentsPanel.h"
#include "MainWindow.h"
#include "common/Counters.h"
#include "connection/ProfileStore.h"

#include <QDirIterator>
#include <QInputDialog>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace strata;

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void asksForThePasswordAndKeepsItInMemory();
    void asksTheMissingKeychainOncePerSession();
    void keepsTheSettingsFilePrivate();

private:
    QTemporaryDir m_config;
};

void TestNoKeychain::initTestCase()
{
    // window settings go to a fresh directory, so the first save creates the file
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    if (qEnvironmentVariableIntValue("STRATA_PG_PORT") == 0)
        QFAIL("run me under tests/integration/with_pg.py (it starts the PostgreSQL server)");
}

void TestNoKeychain::asksForThePasswordAndKeepsItInMemory()
{
    const int port = qEnvironmentVariableIntValue("STRATA_PG_PORT");
    const QString password = qEnvironmentVariable("STRATA_PG_PASSWORD");
    QTemporaryDir tmp;
    const QString store = tmp.filePath(QStringLiteral("profiles.json"));
    {
        ProfileStore s(store);
        ConnectionProfile p;
        p.name = QStringLiteral("needs-password");
        p.host = QStringLiteral("127.0.0.1");
        p.port = port;
        p.database = qEnvironmentVariable("STRATA_PG_DB");
        p.user = qEnvironmentVariable("STRATA_PG_USER");
        QVERIFY(s.add(p).ok());
        QVERIFY(s.save().ok());
    }
    MainWindow w;
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(store);
    QSignalSpy refreshed(env, &EnvironmentsPanel::refreshFinished);
    w.openProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(env->statusByName(QStringLiteral("needs-password")).failure, ConnectFailure::AuthenticationFailed);
    QVERIFY2(env->lastMessage().contains(QStringLiteral("No keychain is available")), qPrintable(env->lastMessage()));
    // the dock asked for the password itself
    QInputDialog *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ask = env->findChild<QInputDialog *>()) != nullptr && ask->isVisible(), 5000);
    QVERIFY(ask->labelText().contains(QStringLiteral("kept in memory")));
    ask->setTextValue(password);
    ask->accept();
    QVERIFY(refreshed.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(env->statusByName(QStringLiteral("needs-password")).state
                                     == EnvironmentStatus::State::Empty,
                             20000);
    w.close();
    // memory only: the profile file and everything else under the temp dir is clean
    QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
    }
}

void TestNoKeychain::asksTheMissingKeychainOncePerSession()
{
    QTemporaryDir tmp;
    const QString store = tmp.filePath(QStringLiteral("profiles.json"));
    {
        ProfileStore s(store);
        for (int i = 0; i < 3; ++i) {
            ConnectionProfile p;
            p.name = QStringLiteral("server-%1").arg(i);
            p.host = QStringLiteral("127.0.0.1");
            p.port = qEnvironmentVariableIntValue("STRATA_PG_PORT");
            p.database = qEnvironmentVariable("STRATA_PG_DB");
            p.user = qEnvironmentVariable("STRATA_PG_USER");
            QVERIFY(s.add(p).ok());
        }
        QVERIFY(s.save().ok());
    }
    Counters::reset();
    MainWindow w;
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(store);
    QSignalSpy refreshed(env, &EnvironmentsPanel::refreshFinished);
    w.openProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(refreshed.wait(20000));
    // three servers and the demo's SQLite file checked; the keychain asked once
    QCOMPARE(env->statusByName(QStringLiteral("server-2")).failure, ConnectFailure::AuthenticationFailed);
    QVERIFY(!env->statusByName(QStringLiteral("demo-sqlite")).profileId.isEmpty());
    QCOMPARE(Counters::value(Counter::KeychainReads), 1);
    // the password prompt the dock offers is not what this test is about
    if (QInputDialog *ask = env->findChild<QInputDialog *>())
        ask->reject();
    for (int i = 0; i < 2; ++i) {
        refreshed.clear();
        env->refresh();
        QVERIFY(refreshed.wait(20000));
        if (QInputDialog *ask = env->findChild<QInputDialog *>())
            ask->reject();
    }
    QCOMPARE(Counters::value(Counter::KeychainReads), 1);
    w.close();
}

void TestNoKeychain::keepsTheSettingsFilePrivate()
{
    const QString file = QSettings().fileName();
    QVERIFY2(file.startsWith(m_config.path()), qPrintable(file));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file)); // written by the windows above
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                              | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // and a fresh one is created private from its first write
    QFile::remove(file);
    {
        MainWindow w;
        w.show();
        w.close();
    }
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
