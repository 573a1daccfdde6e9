#include "db/database.h"
#include "demo/demogenerator.h"
#include "register/personrepository.h"
#include "shell/session.h"
#include "signinhelper.h"
#include "stats/recordcounts.h"
#include "tempdatabase.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace opora;

TEST_CASE("work in the demo leaves the real database's figures as they were", "[ui][demo]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"centre.sqlite"_s);
    {
        demo::DemoOptions options;
        options.seed = 5;
        auto db = demo::createDemoDatabase(real, options);
        db->setSetting(u"demo"_s, u"0"_s); // a centre's own file, not a demo
    }
    ui::Session session;
    opora::test::signInWhenAsked();
    REQUIRE(session.openFile(real));
    const auto before = recordCounts(*session.database());

    REQUIRE(session.openDemo());
    CHECK(demo::isDemoDatabase(*session.database()));
    CHECK(session.database()->path() != real);
    PersonRecord p;
    p.surname = u"Демонстрационная"_s;
    p.firstName = u"Анна"_s;
    PersonRepository(*session.database()).create(p);
    REQUIRE(session.openDemo()); // "Reset demo": a fresh copy
    CHECK(PersonRepository(*session.database()).get(1).surname != u"Демонстрационная"_s);

    opora::test::signInWhenAsked();
    REQUIRE(session.openFile(real));
    CHECK(recordCounts(*session.database()) == before);
    session.close();
}
