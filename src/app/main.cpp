#include "CodeHighlighter.h"
#include "MainWindow.h"
#include "EnvironmentsPanel.h"
#include "RevisionGraphView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QDockWidget>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// --help and --version answer without a display: a QCoreApplication prints
// them, where a QApplication would stop at a missing platform plugin.
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-?" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    std::unique_ptr<QCoreApplication> textOnly;
    if (onlyAsksForText(argc, argv))
        textOnly = std::make_unique<QCoreApplication>(argc, argv);
    std::unique_ptr<QApplication> gui;
    if (!textOnly)
        gui = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = textOnly ? *textOnly : *gui;
    QCoreApplication::setApplicationName(QStringLiteral("Strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    // `strata --version`: "Strata 0.4.0 (Qt 6.8.2, code highlighting: KSyntaxHighlighting 6.13.0)"
    QCoreApplication::setApplicationVersion(QStringLiteral("%1 (Qt %2, code highlighting: %3)")
                                                    .arg(QStringLiteral(STRATA_VERSION), QString::fromLatin1(qVersion()),
                                                         strata::CodeHighlighter::backendName()));
    if (gui)
        QGuiApplication::setDesktopFileName(QStringLiteral("org.strata.Strata"));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("strata"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop workbench for Alembic migrations"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "Project directory, alembic.ini or pyproject.toml"));
    QCommandLineOption name({ QStringLiteral("n"), QStringLiteral("name") },
                            QCoreApplication::translate("main", "alembic.ini section"), QStringLiteral("section"),
                            QStringLiteral("alembic"));
    QCommandLineOption firstPaint(QStringLiteral("report-first-paint"),
                                  QCoreApplication::translate("main", "Print the time to the first painted graph and quit "
                                                                  "(benchmarks)"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a PNG of the window once the project is "
                                                                  "shown, then quit (docs and visual checks)"),
                                  QStringLiteral("file"));
    QCommandLineOption stalls(QStringLiteral("report-refresh-stalls"),
                              QCoreApplication::translate("main", "Open the project, refresh every environment, print "
                                                                  "the longest time the window did not answer, and "
                                                                  "quit (benchmarks)"));
    parser.addOption(name);
    parser.addOption(firstPaint);
    parser.addOption(stalls);
    parser.addOption(screenshot);
    QCommandLineOption screenshotTab(QStringLiteral("screenshot-tab"),
                                     QCoreApplication::translate("main", "With --screenshot: raise this tab first "
                                                                         "(findings, sql, run, journal, locks, doctor)"),
                                     QStringLiteral("tab"));
    parser.addOption(screenshotTab);
    parser.process(app);

    strata::MainWindow window;
    if (parser.isSet(firstPaint)) {
        QObject::connect(window.graphView(), &strata::RevisionGraphView::firstPainted, &app, [&] {
            if (window.graphView()->rowCount() == 0)
                return;
            std::printf("%lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
        QObject::connect(&window, &strata::MainWindow::projectFailed, &app, [&](const QString &m) {
            std::fprintf(stderr, "%s\n", qPrintable(m));
            QApplication::exit(1);
        });
    }
    if (parser.isSet(stalls)) {
        // A 5 ms timer on the GUI thread: the longest gap between its ticks
        // is the longest the window did not answer while the environments
        // were read (from the project's load to the end of the refresh).
        auto *tick = new QTimer(&window);
        auto *since = new QElapsedTimer;
        auto longest = std::make_shared<qint64>(0);
        auto refreshing = std::make_shared<QElapsedTimer>();
        tick->setInterval(5);
        QObject::connect(tick, &QTimer::timeout, &window, [since, longest] {
            *longest = std::max(*longest, since->restart() - 5);
        });
        // The project's own first refresh (and the window's first paint) go
        // by unmeasured; the refresh measured is the next one, as when a
        // person presses Refresh on a window that shows the project.
        auto phase = std::make_shared<int>(0);
        QObject::connect(window.environments(), &strata::EnvironmentsPanel::refreshFinished, &window,
                         [&window, tick, longest, refreshing, since, phase] {
                             if ((*phase)++ == 0) {
                                 QTimer::singleShot(200, &window, [&window, tick, since, refreshing] {
                                     since->start();
                                     refreshing->start();
                                     tick->start();
                                     window.environments()->refresh();
                                 });
                                 return;
                             }
                             if (!tick->isActive())
                                 return;
                             tick->stop();
                             std::printf("refreshed %lld environment(s) in %lld ms; longest stall %lld ms\n",
                                         static_cast<long long>(window.environments()->profiles().size()),
                                         static_cast<long long>(refreshing->elapsed()),
                                         static_cast<long long>(std::max<qint64>(0, *longest)));
                             std::fflush(stdout);
                             delete since;
                             QTimer::singleShot(0, qApp, &QCoreApplication::quit);
                         });
        QObject::connect(&window, &strata::MainWindow::projectFailed, &app, [](const QString &m) {
            std::fprintf(stderr, "%s\n", qPrintable(m));
            QCoreApplication::exit(1);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString tab = parser.value(screenshotTab);
        auto grab = [&window, file, tab] {
            if (auto *dock = window.findChild<QDockWidget *>(tab + QStringLiteral("Dock")); dock && !tab.isEmpty())
                dock->raise();
            QTimer::singleShot(1500, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&window, &strata::MainWindow::projectLoaded, &app, grab);
        QObject::connect(&window, &strata::MainWindow::projectFailed, &app, grab);
        if (parser.positionalArguments().isEmpty())
            grab(); // the welcome page
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst(), parser.value(name));
    const int code = QApplication::exec();
    // Work still running on the pool (a journal check, the Alembic version
    // asked of Python, a status read) ends within its own timeouts; the
    // database connections must not be torn down under it on the way out.
    window.hide();
    QThreadPool::globalInstance()->waitForDone(30000);
    return code;
}
