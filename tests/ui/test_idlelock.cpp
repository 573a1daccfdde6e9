#include "access/idlelock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "signinhelper.h"

#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace opora;

TEST_CASE("the window locks itself when idle and comes back as it was with the password",
          "[ui][access]")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    const Account admin = Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    QWidget window;
    window.show();
    const int logins =
        Query(*db, u"SELECT count(*) FROM audit_log WHERE action = 'login'"_s).scalar().toInt();

    ui::IdleLock lock(*db, admin, std::chrono::milliseconds(150));
    bool hiddenWhileLocked = false;
    bool lockedWhileAsked = false;
    test::signInWhenAsked([&] {
        hiddenWhileLocked = !window.isVisible();
        lockedWhileAsked = lock.isLocked();
    });
    REQUIRE(QTest::qWaitFor([&] { return hiddenWhileLocked; }, 3000));
    REQUIRE(QTest::qWaitFor([&] { return !lock.isLocked(); }, 3000));
    CHECK(lockedWhileAsked);
    CHECK(window.isVisible());
    // Unlocking is a sign-in like any other, recorded in the audit trail.
    CHECK(Query(*db, u"SELECT count(*) FROM audit_log WHERE action = 'login'"_s).scalar().toInt() ==
          logins + 1);
}
