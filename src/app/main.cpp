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

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Strata"));
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.strata.Strata"));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("strata"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop workbench for Alembic migrations"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Project directory, alembic.ini or pyproject.toml"));
    QCommandLineOption name({ QStringLiteral("n"), QStringLiteral("name") },
                            QApplication::translate("main", "alembic.ini section"), QStringLiteral("section"),
                            QStringLiteral("alembic"));
    QCommandLineOption firstPaint(QStringLiteral("report-first-paint"),
                                  QApplication::translate("main", "Print the time to the first painted graph and quit "
                                                                  "(benchmarks)"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a PNG of the window once the project is "
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
        QObject::connect(&window, &strata::MainWindow::projectLoaded, &app, [&window, file] {
            QTimer::singleShot(1500, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst(), parser.value(name));
    return QApplication::exec();
}
