#include "shell/mainwindow.h"
#include "tempdatabase.h"

#include <QStatusBar>

#include <catch2/catch.hpp>

TEST_CASE("the main window opens on a database", "[ui]")
{
    opora::test::TempDatabase t;
    opora::ui::MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    CHECK(window.isVisible());
}
