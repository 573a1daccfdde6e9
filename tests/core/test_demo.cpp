#include "catch_qt.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "stats/recordcounts.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

QStringList firstPeople(Database &db)
{
    Query q(db, u"SELECT surname || ' ' || first_name || ' ' || patronymic || ' ' || "
                "coalesce(birth_date, '') FROM person ORDER BY id LIMIT 10"_s);
    q.exec();
    QStringList rows;
    while (q.next())
        rows << q.text(0);
    return rows;
}

qint64 scalar(Database &db, const QString &sql)
{
    return Query(db, sql).scalar(0).toLongLong();
}

} // namespace

TEST_CASE("the demo is deterministic for a seed and differs for another seed")
{
    QTemporaryDir dir;
    demo::DemoOptions options;
    auto a = demo::createDemoDatabase(dir.filePath(u"a.sqlite"_s), options);
    auto b = demo::createDemoDatabase(dir.filePath(u"b.sqlite"_s), options);
    options.seed = 7;
    auto c = demo::createDemoDatabase(dir.filePath(u"c.sqlite"_s), options);
    CHECK(recordCounts(*a) == recordCounts(*b));
    CHECK(firstPeople(*a) == firstPeople(*b));
    CHECK(firstPeople(*a) != firstPeople(*c));
    CHECK(demo::isDemoDatabase(*a));
    CHECK(a->fullCheck().isEmpty());
}

TEST_CASE("the demo tells a believable centre: enough people, cases in every status")
{
    QTemporaryDir dir;
    auto db = demo::createDemoDatabase(dir.filePath(u"d.sqlite"_s), {});
    CHECK(scalar(*db, u"SELECT count(*) FROM person"_s) >= 200);
    CHECK(scalar(*db, u"SELECT count(*) FROM case_file"_s) >= 120);
    for (const QString &status :
         {u"new"_s, u"assessment"_s, u"active"_s, u"review"_s, u"closed"_s}) {
        INFO(status.toStdString());
        CHECK(Query(*db, u"SELECT count(*) FROM case_file WHERE status = :s"_s)
                  .bind(u":s"_s, status)
                  .scalar(0)
                  .toInt() >= 5);
    }
    CHECK(scalar(*db, u"SELECT count(*) FROM case_file WHERE status = 'closed' AND "
                      "(closure_reason_id IS NULL OR outcome IS NULL)"_s) == 0);
    // Every case's history starts with "new" on its opening date.
    CHECK(scalar(*db, u"SELECT count(*) FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM "
                      "case_status_history h WHERE h.case_id = c.id AND h.to_status = 'new' "
                      "AND h.changed_on = c.opened_on)"_s) == 0);
    // Minors' consents are signed by their representative when there is one.
    CHECK(scalar(*db, u"SELECT count(*) FROM consent WHERE signed_by LIKE 'законный%'"_s) > 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM person_category pc JOIN ref_item r ON "
                      "r.id = pc.category_id WHERE r.code = 'minor_mother'"_s) >= 20);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE birth_date > date('now')"_s) == 0);
    // A year of services and events, none before its case opened or after it closed.
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record"_s) >= 500);
    CHECK(scalar(*db, u"SELECT count(*) FROM service_record r JOIN case_file c ON c.id = "
                      "r.case_id WHERE r.service_date < c.opened_on OR r.service_date > "
                      "coalesce(c.closed_on, date('now'))"_s) == 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM event WHERE status = 'held'"_s) >= 30);
    CHECK(scalar(*db, u"SELECT count(*) FROM event WHERE status = 'planned' AND event_date > "
                      "date('now')"_s) > 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM event_participant"_s) > 50);
    CHECK(scalar(*db, u"SELECT sum(count) FROM event_headcount"_s) > 300);
}

TEST_CASE("the Ukrainian demo uses Ukrainian names and scales with --size")
{
    QTemporaryDir dir;
    demo::DemoOptions options;
    options.profile = Profile::Ua;
    options.size = 2;
    auto db = demo::createDemoDatabase(dir.filePath(u"u.sqlite"_s), options);
    CHECK(scalar(*db, u"SELECT count(*) FROM person"_s) >= 400);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE patronymic LIKE '%івна'"_s) > 50);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE patronymic LIKE '%евна'"_s) == 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM household WHERE name LIKE 'Сім''я %'"_s) >= 180);
}
