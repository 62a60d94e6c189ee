// No keychain (no D-Bus session): the Environments dock says so, asks for the
// password when a server wants one, keeps it in memory only, and the next
// check succeeds. Run under tests/integration/with_pg.py (a real PostgreSQL).
#include "EnvironmentsPanel.h"
#include "MainWindow.h"
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
    void asksForThePasswordAndKeepsItInMemory();
};

void TestNoKeychain::asksForThePasswordAndKeepsItInMemory()
{
    const int port = qEnvironmentVariableIntValue("STRATA_PG_PORT");
    if (port == 0)
        QFAIL("run me under tests/integration/with_pg.py (it starts the PostgreSQL server)");
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

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
