// The two faces are one program: the same use case driven through
// strata-cli and through the window's code path gives the same journal entry
// (Preview SQL), the same refusal (a run on a read-only profile) and the same
// imported profile (from a URL, from .env files, from alembic.ini), its
// password in the keychain either way. Run under with_keyring.sh.
#include "EnvironmentsPanel.h"
#include "ImportEnvDialog.h"
#include "ImportUrlDialog.h"
#include "MainWindow.h"
#include "RevisionGraphView.h"
#include "RunConfirmDialog.h"
#include "SqlPreviewPanel.h"
#include "connection/ProfileStore.h"
#include "run/RunJournal.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace strata;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dest = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir() ? !copyTree(fi.filePath(), dest) : !QFile::copy(fi.filePath(), dest))
            return false;
    }
    return true;
}

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(STRATA_CLI_PATH), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString keyringLookup(const QString &profileId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Strata"),
                                             QStringLiteral("user"), QStringLiteral("profile/") + profileId });
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A profile as stored, without what differs by construction.
QJsonObject comparable(ConnectionProfile p)
{
    QJsonObject o = p.toJson();
    o.remove(QStringLiteral("id"));
    o.remove(QStringLiteral("name"));
    return o;
}

// A journal entry without what differs by construction.
QJsonObject comparable(const RunRecord &r)
{
    QJsonObject o = r.toJson();
    for (const char *k : { "id", "started_at", "finished_at", "pid" })
        o.remove(QLatin1String(k));
    return o;
}

} // namespace

class TestParity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameJournalEntrySameRefusal();
    void sameImportedProfiles();

private:
    MainWindow *openWindow();
    ConnectionProfile stored(const QString &name) const;
    QTemporaryDir m_tmp;
    QString m_project;
    QString m_store;
};

void TestParity::initTestCase()
{
    if (qEnvironmentVariable("STRATA_SCRATCH").isEmpty())
        QFAIL("run me under tests/integration/with_keyring.sh (it provides the Secret Service)");
    m_store = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/strata/profiles.json");
    m_project = m_tmp.filePath(QStringLiteral("runs"));
    QVERIFY(copyTree(QStringLiteral(STRATA_RUNS_PROJECT), m_project));
    QFile ws(m_project + QStringLiteral("/strata-workspace.json"));
    QVERIFY(ws.open(QIODevice::WriteOnly));
    ws.write("{\"schema\": 1, \"python\": \"/usr/bin/python3\", \"environments\": []}\n");
    ws.close();
    for (const char *db : { "lite.db", "ro.db" }) {
        QFile f(m_project + QLatin1Char('/') + QLatin1String(db));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const QStringList &add : { QStringList { QStringLiteral("lite"), QStringLiteral("lite.db") },
                                    QStringList { QStringLiteral("ro"), QStringLiteral("ro.db"), QStringLiteral("--read-only") } }) {
        const CliResult r = cli(QStringList { QStringLiteral("profiles"), QStringLiteral("add"), add.at(0),
                                              QStringLiteral("--driver"), QStringLiteral("sqlite"), QStringLiteral("--database"),
                                              add.at(1), QStringLiteral("--project"), m_project }
                                + add.mid(2));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

MainWindow *TestParity::openWindow()
{
    auto *w = new MainWindow;
    w->resize(1200, 800);
    w->show();
    w->environments()->setProfileStorePath(m_store);
    QSignalSpy refreshed(w->environments(), &EnvironmentsPanel::refreshFinished);
    QSignalSpy loaded(w, &MainWindow::projectLoaded);
    w->openProject(m_project);
    if (!loaded.wait(20000) || !(refreshed.count() > 0 || refreshed.wait(20000)))
        return nullptr;
    return w;
}

ConnectionProfile TestParity::stored(const QString &name) const
{
    ProfileStore s(m_store);
    s.load();
    const ConnectionProfile *p = s.find(name);
    return p ? *p : ConnectionProfile();
}

void TestParity::sameJournalEntrySameRefusal()
{
    // the CLI
    CliResult r = cli({ QStringLiteral("-p"), m_project, QStringLiteral("sql"), QStringLiteral("--profile"),
                        QStringLiteral("lite"), QStringLiteral("c3000000000c") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    RunJournal journal;
    QVERIFY(journal.open().ok());
    auto runs = journal.list(1);
    QVERIFY(runs.ok() && runs->size() == 1);
    const RunRecord fromCli = runs->first();
    QCOMPARE(fromCli.verb, RunVerb::Sql);
    const CliResult refused = cli({ QStringLiteral("-p"), m_project, QStringLiteral("upgrade"), QStringLiteral("c3000000000c"),
                                    QStringLiteral("--profile"), QStringLiteral("ro"), QStringLiteral("--yes"),
                                    QStringLiteral("--json") });
    QCOMPARE(refused.code, 21);
    const QJsonObject cliError = QJsonDocument::fromJson(refused.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(cliError.value(QStringLiteral("code")).toString(), QStringLiteral("read-only"));

    // the window
    std::unique_ptr<MainWindow> w(openWindow());
    QVERIFY(w);
    EnvironmentsPanel *env = w->environments();
    auto selectEnv = [env](const QString &name) {
        for (const ConnectionProfile &p : env->profiles())
            if (p.name == name)
                env->selectProfile(p.id);
    };
    selectEnv(QStringLiteral("lite"));
    w->graphView()->selectNode(w->project()->graph.indexOf(QStringLiteral("c3000000000c")));
    w->findChild<QAction *>(QStringLiteral("actionPreviewSql"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w->sqlPanel()->sql().contains(QStringLiteral("CREATE TABLE orders")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(journal.list(1).ok() && journal.list(1)->first().id != fromCli.id, 10000);
    const RunRecord fromGui = journal.list(1)->first();
    QCOMPARE(comparable(fromGui), comparable(fromCli));
    QCOMPARE(fromGui.sql, w->sqlPanel()->sql());

    selectEnv(QStringLiteral("ro"));
    w->findChild<QAction *>(QStringLiteral("actionUpgrade"))->trigger();
    RunConfirmDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w->findChild<RunConfirmDialog *>()) && dialog->isVisible(), 20000);
    QVERIFY(dialog->run().preflight.refusal.has_value());
    QCOMPARE(errorCodeName(dialog->run().preflight.refusal->code), cliError.value(QStringLiteral("code")).toString());
    QCOMPARE(dialog->run().preflight.refusal->message, cliError.value(QStringLiteral("message")).toString());
    QVERIFY(!dialog->canRun());
    dialog->reject();
}

void TestParity::sameImportedProfiles()
{
    const QString url = QStringLiteral("postgresql://deploy:Par%27ity%20pw@db.example.com:5433/app?sslmode=require");
    QDir().mkpath(m_project + QStringLiteral("/config"));
    QFile env(m_project + QStringLiteral("/config/.env"));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("export APP_DB=sqlite:///data/app.db\n");
    env.close();

    // the CLI
    CliResult r = cli({ QStringLiteral("profiles"), QStringLiteral("import-url"), QStringLiteral("cli-url"), QStringLiteral("-"),
                        QStringLiteral("--project"), m_project },
                      url.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("profiles"), QStringLiteral("import-env"), QStringLiteral("cli-env"),
              m_project + QStringLiteral("/config/.env"), QStringLiteral("--var"), QStringLiteral("APP_DB"),
              QStringLiteral("--project"), m_project });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({ QStringLiteral("-p"), m_project, QStringLiteral("profiles"), QStringLiteral("import-ini"), QStringLiteral("cli-ini") });
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // the window
    std::unique_ptr<MainWindow> w(openWindow());
    QVERIFY(w);
    EnvironmentsPanel *panel = w->environments();
    panel->importUrl();
    auto *urlDialog = panel->findChild<ImportUrlDialog *>();
    QVERIFY(urlDialog);
    urlDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("gui-url"));
    urlDialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(url);
    urlDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!stored(QStringLiteral("gui-url")).id.isEmpty(), 10000);
    panel->importEnv();
    auto *envDialog = panel->findChild<ImportEnvDialog *>();
    QVERIFY(envDialog);
    envDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("gui-env"));
    envDialog->findChild<QLineEdit *>(QStringLiteral("filesEdit"))->setText(m_project + QStringLiteral("/config/.env"));
    envDialog->findChild<QLineEdit *>(QStringLiteral("variableEdit"))->setText(QStringLiteral("APP_DB"));
    envDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!stored(QStringLiteral("gui-env")).id.isEmpty(), 10000);
    panel->importIni();
    auto *ask = panel->findChild<QInputDialog *>();
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("gui-ini"));
    ask->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!stored(QStringLiteral("gui-ini")).id.isEmpty(), 10000);

    for (const char *kind : { "url", "env", "ini" }) {
        const ConnectionProfile fromCli = stored(QStringLiteral("cli-") + QLatin1String(kind));
        const ConnectionProfile fromGui = stored(QStringLiteral("gui-") + QLatin1String(kind));
        QVERIFY2(comparable(fromCli) == comparable(fromGui),
                 qPrintable(QString::fromUtf8(QJsonDocument(comparable(fromCli)).toJson())
                            + QString::fromUtf8(QJsonDocument(comparable(fromGui)).toJson())));
    }
    // the relative SQLite path of the .env is taken from the project, where Alembic runs
    QCOMPARE(stored(QStringLiteral("gui-env")).database, QDir(m_project).absoluteFilePath(QStringLiteral("data/app.db")));
    QCOMPARE(keyringLookup(stored(QStringLiteral("cli-url")).id), QStringLiteral("Par'ity pw"));
    QTRY_COMPARE_WITH_TIMEOUT(keyringLookup(stored(QStringLiteral("gui-url")).id), QStringLiteral("Par'ity pw"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRefreshing(), 30000);
}

QTEST_MAIN(TestParity)
#include "tst_parity.moc"
