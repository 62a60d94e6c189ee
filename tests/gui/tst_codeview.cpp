// The code views' highlighting, offscreen: a revision script, the project's
// alembic.ini and script.py.mako in the Details pane and offline SQL in the SQL
// tab are coloured by the backend this build uses (KSyntaxHighlighting where
// KF6 exists, Strata's lexers otherwise), SQL by the environment's dialect,
// and the colours follow a switch between a light and a dark palette.
#include "CodeHighlighter.h"
#include "CodeView.h"
#include "Colours.h"
#include "DarkPalette.h"
#include "DetailsPane.h"
#include "SqlPreviewPanel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace strata;

namespace {

// The colour the highlighter gave the first occurrence of word in the view.
QColor colourOf(QPlainTextEdit *view, const QString &word)
{
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const int at = b.text().indexOf(word);
        if (at < 0)
            continue;
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            if (r.start <= at && at < r.start + r.length && r.format.hasProperty(QTextFormat::ForegroundBrush))
                return r.format.foreground().color();
        }
        return {};
    }
    return {};
}

QString demoFile(const QString &name)
{
    return QDir(QStringLiteral(STRATA_DEMO_DIR)).filePath(name);
}

QString firstRevision()
{
    const QDir versions(demoFile(QStringLiteral("migrations/versions")));
    const QStringList scripts = versions.entryList({ QStringLiteral("*.py") }, QDir::Files, QDir::Name);
    return scripts.isEmpty() ? QString() : versions.filePath(scripts.first());
}

bool showAndWait(DetailsPane &pane, const QString &path)
{
    QSignalSpy loaded(&pane, &DetailsPane::sourceLoaded);
    pane.showFile(path, 0);
    return loaded.wait(5000);
}

} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backendIsTheOneThisBuildFound()
    {
#ifdef STRATA_EXPECT_KSYNTAXHIGHLIGHTING
        QVERIFY2(CodeHighlighter::backendName().startsWith(QLatin1String("KSyntaxHighlighting 6.")),
                 qPrintable(CodeHighlighter::backendName()));
#else
        QVERIFY2(!CodeHighlighter::backendName().contains(QLatin1String("KSyntaxHighlighting")),
                 qPrintable(CodeHighlighter::backendName()));
#endif
    }

    void languagesByFileAndDialect()
    {
        QCOMPARE(codeLanguageForFile(QStringLiteral("/p/versions/1a2b_add.py")), CodeLanguage::Python);
        QCOMPARE(codeLanguageForFile(QStringLiteral("/p/alembic.ini")), CodeLanguage::Ini);
        QCOMPARE(codeLanguageForFile(QStringLiteral("/p/pyproject.toml")), CodeLanguage::Toml);
        QCOMPARE(codeLanguageForFile(QStringLiteral("/p/migrations/script.py.mako")), CodeLanguage::Mako);
        QCOMPARE(codeLanguageForFile(QStringLiteral("/p/out.SQL")), CodeLanguage::Sql);
        QCOMPARE(codeLanguageForFile(QStringLiteral("/p/README")), CodeLanguage::PlainText);
        QCOMPARE(sqlLanguageFor(QStringLiteral("postgresql")), CodeLanguage::SqlPostgres);
        QCOMPARE(sqlLanguageFor(QStringLiteral("mariadb")), CodeLanguage::SqlMySql);
        QCOMPARE(sqlLanguageFor(QStringLiteral("mysql")), CodeLanguage::SqlMySql);
        QCOMPARE(sqlLanguageFor(QStringLiteral("sqlite")), CodeLanguage::Sql);
    }

    // Python, INI, TOML, Mako and SQL each get colours: with KSyntaxHighlighting
    // every one through its own definition; with the lexers Python and SQL
    // (INI and TOML stay plain, Mako is read as Python).
    void projectFilesAreColoured()
    {
        DetailsPane pane;
        pane.resize(700, 500);
        pane.show();
        QVERIFY(showAndWait(pane, firstRevision()));
        QCOMPARE(pane.highlighter()->language(), CodeLanguage::Python);
        const QColor def = colourOf(pane.sourceView(), QStringLiteral("def upgrade"));
        QVERIFY2(def.isValid() && def != pane.sourceView()->palette().color(QPalette::Text),
                 "the keyword 'def' of a revision script is not coloured");

        QVERIFY(showAndWait(pane, demoFile(QStringLiteral("alembic.ini"))));
        QCOMPARE(pane.highlighter()->language(), CodeLanguage::Ini);
        const QColor section = colourOf(pane.sourceView(), QStringLiteral("[alembic]"));
        QVERIFY(showAndWait(pane, demoFile(QStringLiteral("migrations/script.py.mako"))));
        QCOMPARE(pane.highlighter()->language(), CodeLanguage::Mako);
        const QColor makoDef = colourOf(pane.sourceView(), QStringLiteral("def upgrade"));
        const QColor makoExpr = colourOf(pane.sourceView(), QStringLiteral("${"));
#ifdef STRATA_EXPECT_KSYNTAXHIGHLIGHTING
        QVERIFY(pane.highlighter()->usesKSyntaxHighlighting());
        QVERIFY2(section.isValid(), "the INI section header is not coloured");
        QVERIFY2(makoExpr.isValid(), "the Mako expression is not coloured");
        for (CodeLanguage l : { CodeLanguage::Python, CodeLanguage::Sql, CodeLanguage::SqlPostgres,
                                CodeLanguage::SqlMySql, CodeLanguage::Ini, CodeLanguage::Toml, CodeLanguage::Mako,
                                CodeLanguage::Diff }) {
            pane.highlighter()->setLanguage(l);
            QVERIFY2(pane.highlighter()->usesKSyntaxHighlighting(),
                     qPrintable(QStringLiteral("no KSyntaxHighlighting definition '%1'")
                                        .arg(CodeHighlighter::definitionName(l))));
        }
#else
        QVERIFY(!pane.highlighter()->usesKSyntaxHighlighting());
        QVERIFY2(!section.isValid(), "the lexers have no INI: the file should be plain");
        QVERIFY2(makoDef.isValid(), "script.py.mako is read as Python by the lexers");
#endif
        Q_UNUSED(makoDef)
    }

    // The SQL tab chooses the SQL definition by the dialect of the lint's environment.
    void sqlTabFollowsDialect()
    {
        SqlPreviewPanel panel;
        panel.resize(700, 400);
        panel.show();
        LintReport lint;
        lint.dialect = QStringLiteral("postgresql");
        const QString sql = QStringLiteral("CREATE TABLE t (id serial PRIMARY KEY);\nSELECT 1;\n");
        panel.showSql(QStringLiteral("Upgrade"), sql, {}, {}, lint);
        QCOMPARE(panel.view()->highlighter()->language(), CodeLanguage::SqlPostgres);
        const QColor create = colourOf(panel.view(), QStringLiteral("CREATE"));
        QVERIFY2(create.isValid() && create != panel.view()->palette().color(QPalette::Text),
                 "CREATE is not coloured in the SQL tab");
        lint.dialect = QStringLiteral("mysql");
        panel.showSql(QStringLiteral("Upgrade"), sql, {}, {}, lint);
        QCOMPARE(panel.view()->highlighter()->language(), CodeLanguage::SqlMySql);
        panel.showError(QStringLiteral("Upgrade"), Error { ErrorCode::InvalidArgument, QStringLiteral("boom") });
        QCOMPARE(panel.view()->highlighter()->language(), CodeLanguage::PlainText);
    }

    // A unified diff (the schema report's Diff tab): removed and added lines in
    // colours of their own, unchanged lines in neither, by either backend; for
    // Strata's lexers a removed SQL comment ("--- …" inside a hunk) is a
    // removed line, not a header.
    void diffLinesAreColoured()
    {
        CodeView view;
        view.resize(700, 300);
        view.show();
        QCOMPARE(codeLanguageForFile(QStringLiteral("/tmp/x.diff")), CodeLanguage::Diff);
        view.setCode(QStringLiteral("--- expected\n+++ found\n@@ -1,3 +1,3 @@\n CREATE TABLE t (\n-    a integer\n"
                                    "+    a text\n );\n--- index i: gone\n"),
                     CodeLanguage::Diff);
        QCoreApplication::processEvents();
        const QColor removed = colourOf(&view, QStringLiteral("-    a integer"));
        const QColor added = colourOf(&view, QStringLiteral("+    a text"));
        QVERIFY2(removed.isValid() && added.isValid() && removed != added,
                 qPrintable(QStringLiteral("%1 %2").arg(removed.name(), added.name())));
        // Unchanged lines keep the text's colour (none of their own with the lexers, the theme's normal text with KSyntaxHighlighting).
        const QColor unchanged = colourOf(&view, QStringLiteral(" CREATE TABLE"));
        QVERIFY2(unchanged != removed && unchanged != added, qPrintable(unchanged.name()));
#ifdef STRATA_EXPECT_KSYNTAXHIGHLIGHTING
        QVERIFY(view.highlighter()->usesKSyntaxHighlighting());
#else
        // (KSyntaxHighlighting's Diff reads any "---" line as a file header; schema outlines have none.)
        QCOMPARE(colourOf(&view, QStringLiteral("--- index i")), removed);
#endif
    }

    // Light, then dark, then light again: the theme follows the palette and the
    // keyword's colour stands out from each base.
    void coloursFollowThePalette()
    {
        const QPalette light = QApplication::palette();
        DetailsPane pane;
        pane.resize(760, 560);
        pane.show();
        QVERIFY(showAndWait(pane, firstRevision()));
        const QString lightTheme = pane.highlighter()->themeName();
        const QColor lightDef = colourOf(pane.sourceView(), QStringLiteral("def upgrade"));
        if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
            pane.grab().save(shot + QStringLiteral(".details-light.png"));

        QApplication::setPalette(testDarkPalette());
        QCoreApplication::processEvents();
        const QString darkTheme = pane.highlighter()->themeName();
        const QColor darkDef = colourOf(pane.sourceView(), QStringLiteral("def upgrade"));
        QVERIFY2(darkTheme != lightTheme, qPrintable(darkTheme));
        QVERIFY2(darkTheme.contains(QLatin1String("dark"), Qt::CaseInsensitive), qPrintable(darkTheme));
        QVERIFY2(darkDef.isValid() && darkDef != lightDef, qPrintable(darkDef.name()));
        const int base = pane.sourceView()->palette().color(QPalette::Base).lightness();
        QVERIFY2(darkDef.lightness() - base > 60, qPrintable(darkDef.name()));
        if (const QString shot = qEnvironmentVariable("STRATA_SCREENSHOT"); !shot.isEmpty())
            pane.grab().save(shot + QStringLiteral(".details-dark.png"));
        // The file link above the source is drawn in the dark palette's link colour, not the light one's.
        auto *meta = pane.findChild<QLabel *>();
        QVERIFY(meta && meta->text().contains(QLatin1String("<a href")));
        const QImage label = meta->grab().toImage();
        auto drawnIn = [&label](const QColor &c) {
            for (int y = 0; y < label.height(); ++y)
                for (int x = 0; x < label.width(); ++x) {
                    const QColor p = label.pixelColor(x, y);
                    if (std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) + std::abs(p.blue() - c.blue()) < 24)
                        return true;
                }
            return false;
        };
        QVERIFY2(drawnIn(testDarkPalette().color(QPalette::Link)), "the file link keeps the light palette's colour");
        QVERIFY(!drawnIn(light.color(QPalette::Link)));

        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(pane.highlighter()->themeName(), lightTheme);
        QCOMPARE(colourOf(pane.sourceView(), QStringLiteral("def upgrade")), lightDef);
        QVERIFY2(light.color(QPalette::Base).lightness() - lightDef.lightness() > 60, qPrintable(lightDef.name()));
    }
};

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
