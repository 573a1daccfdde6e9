#include "admin/auditviewer.h"
#include "db/database.h"
#include "db/query.h"
#include "shell/mainwindow.h"
#include "shell/searchfield.h"
#include "tempdatabase.h"
#include "widgets/banner.h"
#include "widgets/refreshonshow.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("the main window opens on a database", "[ui]")
{
    opora::test::TempDatabase t;
    opora::ui::MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    CHECK(window.isVisible());
    auto *banner = window.findChild<opora::ui::Banner *>(u"readOnlyBanner"_s);
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("a database opened read-only shows a banner that says so", "[ui]")
{
    opora::test::TempDatabase t;
    const QString path = t.path();
    t.close();
    auto db = opora::Database::open(path, opora::Database::Mode::ReadOnly);
    opora::ui::MainWindow window(*db);
    window.resize(1366, 768);
    window.show();
    auto *banner = window.findChild<opora::ui::Banner *>(u"readOnlyBanner"_s);
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(u"read-only"_s));
}

TEST_CASE("the start page of a centre's database offers the demo", "[ui]")
{
    opora::test::TempDatabase t;
    opora::ui::MainWindow window(t.db());
    window.show();
    QSignalSpy asked(&window, &opora::ui::MainWindow::openDemoRequested);
    auto *demo = window.findChild<QPushButton *>(u"openDemo"_s);
    REQUIRE(demo);
    CHECK(demo->isVisible());
    demo->click();
    CHECK(asked.count() == 1);
}

TEST_CASE("the audit viewer lists the trail and filters it", "[ui]")
{
    opora::test::TempDatabase t;
    opora::ui::AuditViewer viewer(t.db());
    const qint64 all =
        opora::Query(t.db(), u"SELECT count(*) FROM audit_log"_s).scalar().toLongLong();
    CHECK(viewer.model()->total() == all);
    opora::AuditFilter none;
    none.to = QDate(2000, 1, 1);
    viewer.setFilter(none);
    CHECK(viewer.model()->total() == 0);
}

TEST_CASE("each role sees what it may use", "[ui]")
{
    opora::test::TempDatabase t;
    opora::ui::MainWindow window(t.db());
    const auto visible = [&window] {
        QStringList texts;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->isVisible())
                texts << action->text();
        return texts.join(u'|');
    };
    window.setRole(u"specialist"_s);
    CHECK_FALSE(visible().contains(u"Audit trail"_s));
    CHECK_FALSE(visible().contains(u"Staff and accounts"_s));
    CHECK(visible().contains(u"New &case"_s));
    window.setRole(u"admin"_s);
    CHECK(visible().contains(u"Audit trail"_s));
    CHECK(visible().contains(u"Staff and accounts"_s));
    window.showArea(opora::ui::MainWindow::Cases);
    window.setRole(u"manager"_s);
    CHECK_FALSE(visible().contains(u"New &case"_s));
    CHECK_FALSE(visible().contains(u"&People"_s));
    CHECK(visible().contains(u"P&rojects"_s));
    CHECK(window.currentArea() == opora::ui::MainWindow::Overview);
    CHECK_FALSE(window.searchField()->isVisibleTo(&window));
}

TEST_CASE("a page refreshes when shown, not while nobody looks at it", "[ui]")
{
    QWidget page;
    int refreshed = 0;
    auto *refresher = new opora::ui::RefreshOnShow(&page, [&] { ++refreshed; });
    refresher->request();
    CHECK(refreshed == 0); // hidden: later
    page.show();
    CHECK(refreshed == 1);
    page.hide();
    page.show();
    CHECK(refreshed == 1); // nothing changed meanwhile
    refresher->request();
    CHECK(refreshed == 2); // on screen: now
}
