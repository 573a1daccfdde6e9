#define CATCH_CONFIG_RUNNER
#include "access/accounts.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opora-tests"));
    // Failed sign-ins wait 1 ms instead of 250 ms and more (one test checks the real waits).
    opora::Accounts::setFailureDelayBaseMs(1);
    return Catch::Session().run(argc, argv);
}
