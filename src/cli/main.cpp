#include "CliApp.h"
#include "common/Abandoned.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    const int code = strata::CliApp().run(QCoreApplication::arguments().mid(1));
    // A database session stuck on a server that stopped answering was left
    // behind on purpose (every promised bound holds); do not wait for it,
    // nor tear down what it still uses.
    if (strata::Abandoned::count() > 0) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    return code;
}
