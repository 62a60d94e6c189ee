// The lint where SQL is reviewed, in the real window offscreen: Preview SQL of
// a plan whose statements lock an existing table marks those lines in the SQL
// tab's gutter (with the rule, the lock and the safe way in the tooltip),
// lists them in the Findings dock (a click shows the line), and the run
// confirmation shows the findings and the lock summary.
#include "CodeView.h"
#include "MainWindow.h"
#include "RunConfirmDialog.h"
#include "RunController.h"
#include "SqlPreviewPanel.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace strata;

class TestLintView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sqlTabMarksAndFindings()
    {
        MainWindow w;
        w.resize(1300, 850);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openProject(QStringLiteral(STRATA_TEST_DATA_DIR "/lint_project"));
        QVERIFY(loaded.wait(10000));
        QSignalSpy linted(w.runController(), &RunController::lintShown);
        w.runController()->previewSql(QStringLiteral("l200"));
        QVERIFY(linted.wait(60000));
        SqlPreviewPanel *sql = w.sqlPanel();
        QVERIFY2(sql->sql().contains(QLatin1String("CREATE INDEX ix_accounts_email")), qPrintable(sql->notes()));

        // The gutter marks: one per finding line, the worst severity there.
        const auto &marks = sql->view()->marks();
        const QStringList lines = sql->sql().split(QLatin1Char('\n'));
        int indexLine = 0, dropLine = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(QLatin1String("CREATE INDEX ix_accounts_email")))
                indexLine = i + 1;
            if (lines[i].contains(QLatin1String("DROP COLUMN legacy_flag")))
                dropLine = i + 1;
        }
        QVERIFY(marks.contains(indexLine));
        QCOMPARE(marks.value(indexLine).severity, Severity::Warning);
        QVERIFY(marks.value(indexLine).text.contains(QLatin1String("index-not-concurrent")));
        QVERIFY(marks.value(indexLine).text.contains(QLatin1String("Safe: CREATE INDEX CONCURRENTLY")));
        // The allowed drop is marked as a note, with its reason.
        QCOMPARE(marks.value(dropLine).severity, Severity::Info);
        QVERIFY(marks.value(dropLine).text.contains(QLatin1String("release 4.2")));
        QVERIFY(sql->view()->gutterWidth() > sql->view()->fontMetrics().height());
        QVERIFY(sql->notes().contains(QLatin1String("Lint: 4 warning(s), 1 allowed")));

        // The Findings dock lists them; a click shows the line in the SQL tab.
        QTreeWidgetItem *indexItem = nullptr;
        for (int i = 0; i < w.findingsList()->topLevelItemCount(); ++i)
            if (w.findingsList()->topLevelItem(i)->text(1).startsWith(QLatin1String("[index-not-concurrent]")))
                indexItem = w.findingsList()->topLevelItem(i);
        QVERIFY(indexItem);
        QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("findingsDock"))->windowTitle(), QStringLiteral("Findings (5)"));
        QCOMPARE(indexItem->text(2), QStringLiteral("SQL line %1 (l100)").arg(indexLine));
        QVERIFY(indexItem->toolTip(1).contains(QLatin1String("Lock: SHARE on accounts")));
        QVERIFY(sql->view()->textCursor().blockNumber() + 1 != indexLine);
        Q_EMIT w.findingsList()->itemClicked(indexItem, 1);
        QCOMPARE(sql->view()->textCursor().blockNumber() + 1, indexLine);

        if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(200);
            w.grab().save(shot + QStringLiteral("-lint-sql.png"));
        }
    }

    void confirmationShowsFindingsAndLocks()
    {
        PreparedRun run;
        run.request.verb = RunVerb::Upgrade;
        run.request.target = QStringLiteral("l200");
        run.request.profile.name = QStringLiteral("staging");
        run.preflight.current = { QStringLiteral("l100") };
        LintOptions o;
        o.lockTimeoutMs = 10000;
        run.preflight.lint = Linter::lintText(QStringLiteral("BEGIN;\nALTER TABLE accounts ADD COLUMN n int NOT NULL;\n"
                                                             "CREATE INDEX ix ON accounts (n);\nCOMMIT;\n"),
                                              o);
        RunConfirmDialog dialog(run);
        dialog.resize(900, 700);
        dialog.show();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("lintList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 2); // findings, locks
        QVERIFY(list->topLevelItem(0)->childCount() >= 2);
        QVERIFY(list->topLevelItem(0)->child(0)->text(1).contains(QLatin1String("not-null-without-default")));
        QVERIFY(list->topLevelItem(1)->child(0)->text(1).startsWith(QLatin1String("ACCESS EXCLUSIVE on accounts")));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("lintSummary"));
        QVERIFY(summary->text().contains(QLatin1String("lock-timeout")));
        if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
            dialog.grab().save(shot + QStringLiteral("-lint-confirm.png"));
    }

    // A downgrade says what it drops (from its SQL's lint) and does not run on Enter; a stamp says it
    // changes no schema; a production name is typed where the cursor already is.
    void riskyRunsSayTheirConsequence()
    {
        PreparedRun run;
        run.request.verb = RunVerb::Downgrade;
        run.request.target = QStringLiteral("l100");
        run.request.profile.name = QStringLiteral("staging");
        run.preflight.current = { QStringLiteral("l200") };
        RunStep step;
        step.direction = StepDirection::Downgrade;
        run.preflight.plan.push_back(step);
        run.preflight.lint = Linter::lintText(QStringLiteral("BEGIN;\nALTER TABLE accounts DROP COLUMN phone;\n"
                                                             "DROP TABLE invoices;\nCOMMIT;\n"),
                                              LintOptions());
        QCOMPARE(RunConfirmDialog::consequenceOf(run),
                 QStringLiteral("This downgrade drops column accounts.phone, table invoices, and the data in them is lost."));
        {
            RunConfirmDialog dialog(run);
            dialog.resize(900, 600);
            dialog.show();
            if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
                dialog.grab().save(shot + QStringLiteral("-downgrade-confirm.png"));
            auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
            QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isDefault());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1String("drops column accounts.phone")));
        }
        run.request.verb = RunVerb::Stamp;
        run.preflight.targetRevisions = { QStringLiteral("l100") };
        QVERIFY(RunConfirmDialog::consequenceOf(run).startsWith(QLatin1String("A stamp changes no schema")));
        run.request.verb = RunVerb::Upgrade;
        QVERIFY(RunConfirmDialog::consequenceOf(run).isEmpty());
        run.request.profile.production = true;
        run.request.profile.database = QStringLiteral("shop");
        RunConfirmDialog dialog(run);
        dialog.show();
        dialog.activateWindow();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QVERIFY(edit->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(edit));
    }
};

QTEST_MAIN(TestLintView)
#include "tst_lintview.moc"
