#include "MainWindow.h"
#include "RevisionGraphView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
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
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
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
    parser.addOption(name);
    parser.addOption(firstPaint);
    parser.addOption(screenshot);
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
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
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
    return QApplication::exec();
}
