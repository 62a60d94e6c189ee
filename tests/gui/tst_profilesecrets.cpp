// The GUI path that saves profiles, against a real Secret Service (run under
// tests/integration/with_keyring.sh): a profile made in the editor dialog and
// one imported from a URL keep their passwords in the keychain, and the
// password appears in no file Strata wrote.
#include "EnvironmentsPanel.h"
#include "MainWindow.h"
#include "ProfileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>
#include <QDoubleSpinBox>

using namespace strata;

static const QString kEditorPassword = QStringLiteral("Gui-Editor-S3cret!");
static const QString kUrlPassword = QStringLiteral("Gui-Url-S3cret?");

class TestProfileSecrets : public QObject
{
    Q_OBJECT
private slots:
    void passwordsOnlyInTheKeychain();
};

static QString keyringLookup(const QString &profileId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Strata"),
                                             QStringLiteral("user"), QStringLiteral("profile/") + profileId });
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestProfileSecrets::passwordsOnlyInTheKeychain()
{
    const QString scratch = qEnvironmentVariable("STRATA_SCRATCH");
    if (scratch.isEmpty())
        QFAIL("run me under tests/integration/with_keyring.sh (it provides the Secret Service)");
    const QString store = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/strata/profiles.json");

    MainWindow w;
    w.show();
    EnvironmentsPanel *env = w.environments();
    env->setProfileStorePath(store);
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(QStringLiteral(STRATA_DEMO_DIR));
    QVERIFY(loaded.wait(10000));

    // 1. the editor dialog
    env->addProfile();
    ProfileDialog *dialog = env->findChild<ProfileDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("gui-staging"));
    auto *driver = dialog->findChild<QComboBox *>(QStringLiteral("driverCombo"));
    driver->setCurrentIndex(driver->findText(QStringLiteral("PostgreSQL")));
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("shop"));
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("app"));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kEditorPassword);
    // timeouts are set here too (seconds; 0: none)
    QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("lockTimeoutSpin"))->value(), 10.0);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("lockTimeoutSpin"))->setValue(2.5);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("statementTimeoutSpin"))->setValue(30);
    QCOMPARE(dialog->profile().lockTimeoutMs, 2500);
    QCOMPARE(dialog->profile().statementTimeoutMs, 30000);
    // Test connection reports the failure plainly (nothing listens on port 1)
    QSignalSpy tested(dialog, &ProfileDialog::testFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY2(dialog->testResultText().contains(QStringLiteral("no database server is listening")),
             qPrintable(dialog->testResultText()));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(env->lastMessage().contains(QStringLiteral("stored in the keychain")), 15000);

    // 2. the URL import dialog
    env->importUrl();
    QDialog *import = nullptr;
    for (QDialog *d : env->findChildren<QDialog *>())
        if (d->windowTitle() == QStringLiteral("Import from URL") && d->isVisible())
            import = d;
    QVERIFY(import);
    const QList<QLineEdit *> edits = import->findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 2);
    edits.at(0)->setText(QStringLiteral("gui-prod"));
    edits.at(1)->setText(QStringLiteral("postgresql://deploy:") + QString::fromLatin1(QUrl::toPercentEncoding(kUrlPassword))
                         + QStringLiteral("@127.0.0.1:1/shop"));
    import->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(env->lastMessage().contains(QStringLiteral("Password for gui-prod stored")), 15000);

    QString stagingId, prodId;
    for (const ConnectionProfile &p : env->profiles()) {
        if (p.name == QLatin1String("gui-staging"))
            stagingId = p.id;
        if (p.name == QLatin1String("gui-prod"))
            prodId = p.id;
    }
    QCOMPARE(keyringLookup(stagingId), kEditorPassword);
    for (const ConnectionProfile &p : env->profiles())
        if (p.id == stagingId)
            QCOMPARE(p.lockTimeoutMs, 2500);
    QCOMPARE(keyringLookup(prodId), kUrlPassword);

    // let pending status checks finish, then close the window (settings get written)
    QTRY_VERIFY_WITH_TIMEOUT(!env->isRefreshing(), 20000);
    w.close();

    // 3. the passwords are in no file under the scratch HOME/XDG dirs
    const QByteArray needles[] = { kEditorPassword.toUtf8(), kUrlPassword.toUtf8(),
                                   QUrl::toPercentEncoding(kUrlPassword), kEditorPassword.toUtf8().toHex() };
    QDirIterator it(scratch, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/keyrings/")))
            continue; // the keyring's own encrypted store is where passwords belong
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        ++scanned;
        for (const QByteArray &n : needles)
            QVERIFY2(!data.contains(n), qPrintable(QStringLiteral("password found in %1").arg(path)));
    }
    QVERIFY(scanned >= 1); // at least profiles.json
}

QTEST_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
