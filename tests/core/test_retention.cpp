#include "access/accounts.h"
#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "error.h"
#include "projects/indicatorengine.h"
#include "projects/projectrepository.h"
#include "register/retention.h"
#include "stats/recordcounts.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    return Query(db, sql).scalar(0).toLongLong();
}

// Every indicator fact of every project, as of each project's end.
QList<double> facts(Database &db)
{
    QList<double> all;
    for (const Project &p : ProjectRepository(db).list(true))
        for (const IndicatorResult &r : IndicatorEngine(db).evaluateProject(p.id, p.endsOn))
            all << r.fact;
    return all;
}

} // namespace

TEST_CASE("retention removes the personal details of old closed cases and changes no figure")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    Database &d = *db;
    CHECK(Retention::years(d) == Retention::DefaultYears);
    const QDate now = today();
    // Nothing is old enough today: the demo's oldest case closed less than five years ago.
    CHECK(Retention::plan(d, now, 5).isEmpty());

    // Ten years on, with no new work, everyone whose cases are all closed is past the period.
    const QDate later = now.addYears(10);
    const RetentionPlan plan = Retention::plan(d, later, 5);
    REQUIRE(plan.people.size() > 0);
    REQUIRE(plan.cases.size() > 0);
    const qint64 open = scalar(d, u"SELECT count(*) FROM case_file WHERE status <> 'closed'"_s);
    REQUIRE(open > 0);
    const QList<double> before = facts(d);
    REQUIRE(before.size() > 10);
    const auto countsBefore = recordCounts(d);
    const qint64 someone = plan.people.first();

    const RetentionPlan done = Retention::apply(d, later, 5);
    CHECK(done.people == plan.people);
    CHECK(facts(d) == before);
    // The rows stay; only the audit trail grew.
    auto countsAfter = recordCounts(d);
    CHECK(countsAfter == countsBefore);

    Query p(d, u"SELECT surname, first_name, patronymic, phone, address, document, notes, "
               "birth_date IS NOT NULL, anonymised_on FROM person WHERE id = :id"_s);
    p.bind(u":id"_s, someone).exec();
    REQUIRE(p.next());
    CHECK(p.text(0) == u"#%1"_s.arg(someone));
    for (int i = 2; i <= 6; ++i)
        CHECK(p.text(i).isEmpty());
    CHECK(p.value(7).toBool()); // birth date stays: age bands of indicators use it
    CHECK(p.text(8) == isoDate(now));
    CHECK(scalar(d, u"SELECT count(*) FROM consent WHERE person_id = %1 AND signed_by <> ''"_s.arg(
                        someone)) == 0);
    CHECK(scalar(d, u"SELECT count(*) FROM case_file WHERE anonymised_on IS NOT NULL AND "
                    "summary <> ''"_s) == 0);
    CHECK(scalar(d, u"SELECT count(*) FROM case_note n JOIN case_file c ON c.id = n.case_id "
                    "WHERE c.anonymised_on IS NOT NULL AND n.text <> ''"_s) == 0);
    // People still supported keep their names, and so do their family's old cases.
    CHECK(scalar(d, u"SELECT count(*) FROM person p JOIN case_file c ON c.person_id = p.id "
                    "WHERE c.status <> 'closed' AND p.anonymised_on IS NOT NULL"_s) == 0);
    CHECK(scalar(d, u"SELECT count(*) FROM audit_log WHERE action = 'anonymise'"_s) ==
          done.people.size() + done.households.size() + done.cases.size());
    // A second run finds nothing more.
    CHECK(Retention::apply(d, later, 5).isEmpty());
}

TEST_CASE("retention: the period is checked and kept, and only administrators apply it")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    CHECK_THROWS_AS(Retention::setYears(*db, 0), ValidationError);
    CHECK_THROWS_AS(Retention::setYears(*db, 76), ValidationError);
    Retention::setYears(*db, 3);
    CHECK(Retention::years(*db) == 3);
    Accounts(*db).signIn(u"admin"_s, u"demo"_s);
    Query(*db, u"UPDATE users SET role = 'head'"_s).exec();
    CHECK_THROWS_AS(Retention::apply(*db, today().addYears(10), 3), Error);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL"_s) == 0);
}
