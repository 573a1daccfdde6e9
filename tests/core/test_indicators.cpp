#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "error.h"
#include "events/eventrepository.h"
#include "projects/indicatorengine.h"
#include "projects/projectrepository.h"
#include "projects/projectstats.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "register/personrepository.h"
#include "services/servicerepository.h"
#include "stats/centreoverview.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

// A small centre whose every answer is known: a project over 2026, a mother (16 at
// enrolment) with her baby in one family case, a woman on her own with her own case, and
// records around the edges of the period.
struct Fixture
{
    TempDatabase t;
    qint64 mother = 0;
    qint64 baby = 0;
    qint64 single = 0;
    qint64 familyCase = 0;
    qint64 singleCase = 0;
    qint64 project = 0;
    qint64 other = 0;
    qint64 category = 0;
    ServiceItem item;
    ServiceItem otherItem;
    const QDate asOf{2026, 6, 30};

    Fixture()
    {
        setFixedNowForTesting(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
        category = Query(t.db(), u"SELECT min(id) FROM ref_item WHERE list = 'category'"_s)
                       .scalar()
                       .toLongLong();
        PersonRepository people(t.db());
        PersonRecord p;
        p.surname = u"Орлова"_s;
        p.firstName = u"Анна"_s;
        p.birthDate = QDate(2009, 3, 1);
        p.categoryIds = {category};
        mother = people.create(p);
        p.firstName = u"Мария"_s;
        p.birthDate = QDate(2025, 11, 2);
        p.categoryIds = {};
        baby = people.create(p);
        p.surname = u"Котова"_s;
        p.firstName = u"Ирина"_s;
        p.birthDate = QDate(1990, 5, 5);
        single = people.create(p);
        HouseholdRecord h;
        h.name = u"Семья Орловых"_s;
        h.members = {{mother, u"mother"_s, {}}, {baby, u"child"_s, {}}};
        CaseRecord c;
        c.householdId = HouseholdRepository(t.db()).create(h);
        c.openedOn = QDate(2025, 12, 1);
        familyCase = CaseRepository(t.db()).create(c);
        CaseRecord s;
        s.personId = single;
        s.openedOn = QDate(2025, 12, 1);
        singleCase = CaseRepository(t.db()).create(s);
        const auto catalogue = ServiceRepository(t.db()).catalogue();
        item = catalogue.at(0);
        for (const ServiceItem &i : catalogue)
            if (i.type != item.type) {
                otherItem = i;
                break;
            }

        ProjectRepository projects(t.db());
        Project pr;
        pr.name = u"Юная мама"_s;
        pr.startsOn = QDate(2026, 1, 1);
        pr.endsOn = QDate(2026, 12, 31);
        project = projects.create(pr);
        pr.name = u"Другой проект"_s;
        other = projects.create(pr);
    }
    ~Fixture() { setFixedNowForTesting({}); }

    qint64 service(qint64 person, const QDate &date, qint64 projectId, double quantity = 1,
                   int minutes = 60, const ServiceItem *which = nullptr)
    {
        const ServiceItem &i = which ? *which : item;
        ServiceRecord r;
        r.caseId = person == single ? singleCase : familyCase;
        r.personId = person;
        r.itemId = i.id;
        r.date = date;
        r.form = i.forms.first();
        r.quantity = quantity;
        r.durationMinutes = minutes;
        r.projectId = projectId;
        return ServiceRepository(t.db()).create(r);
    }

    qint64 event(const QDate &date, const QString &status, const QString &type = u"class"_s,
                 qint64 projectId = 0)
    {
        EventRecord e;
        e.type = type;
        e.title = u"Занятие"_s;
        e.date = date;
        e.status = status;
        e.projectId = projectId ? projectId : project;
        return EventRepository(t.db()).create(e);
    }

    Indicator indicator(IndicatorMethod method, QJsonObject params = {},
                        std::optional<double> plan = std::nullopt)
    {
        Indicator i;
        i.projectId = project;
        i.wording = u"Показатель"_s;
        i.method = method;
        i.params = params;
        i.plan = plan;
        i.id = ProjectRepository(t.db()).createIndicator(i);
        return ProjectRepository(t.db()).indicator(i.id);
    }

    double fact(const Indicator &i, const QDate &date = {})
    {
        return IndicatorEngine(t.db()).fact(i, date.isValid() ? date : asOf);
    }
};

double drillSum(Database &db, const Indicator &i, const QDate &asOf)
{
    double sum = 0;
    for (const IndicatorRow &row : IndicatorEngine(db).records(i, asOf))
        sum += row.weight;
    return sum;
}

} // namespace

TEST_CASE("services: count, quantity and hours, inside the period and the project only",
          "[indicators]")
{
    Fixture f;
    f.service(f.mother, QDate(2026, 1, 1), f.project, 2, 30);  // first day: counts
    f.service(f.mother, QDate(2026, 6, 30), f.project, 1, 90); // as-of day: counts
    f.service(f.baby, QDate(2026, 3, 3), f.project, 3, 60, &f.otherItem);
    f.service(f.mother, QDate(2025, 12, 31), f.project); // before the project
    f.service(f.mother, QDate(2026, 3, 3), f.other);     // another project
    f.service(f.mother, QDate(2026, 3, 4), 0);           // no project
    const qint64 archived = f.service(f.single, QDate(2026, 2, 2), f.project);
    ServiceRepository(f.t.db()).archive(archived, 1);

    CHECK(f.fact(f.indicator(IndicatorMethod::Services)) == 3);
    CHECK(f.fact(f.indicator(IndicatorMethod::Services, {{u"measure"_s, u"quantity"_s}})) == 6);
    CHECK(f.fact(f.indicator(IndicatorMethod::Services, {{u"measure"_s, u"hours"_s}})) == 3);
    CHECK(f.fact(f.indicator(IndicatorMethod::Services, {{u"type"_s, f.otherItem.type}})) == 1);
    CHECK(f.fact(f.indicator(IndicatorMethod::Services, {{u"item_id"_s, f.item.id}})) == 2);
    // As of the day before the last service, it is not counted yet.
    CHECK(f.fact(f.indicator(IndicatorMethod::Services), QDate(2026, 6, 29)) == 2);
    // Before the project starts nothing counts; after it ends, its end date is the limit.
    CHECK(f.fact(f.indicator(IndicatorMethod::Services), QDate(2025, 12, 31)) == 0);
}

TEST_CASE("distinct people and families against services delivered", "[indicators]")
{
    Fixture f;
    for (int day = 1; day <= 3; ++day)
        f.service(f.mother, QDate(2026, 2, day), f.project);
    f.service(f.baby, QDate(2026, 2, 4), f.project);
    f.service(f.single, QDate(2026, 2, 5), f.project);

    const Indicator services = f.indicator(IndicatorMethod::Services);
    const Indicator people = f.indicator(IndicatorMethod::PeopleServed);
    const Indicator families = f.indicator(IndicatorMethod::FamiliesServed);
    CHECK(f.fact(services) == 5);
    CHECK(f.fact(people) == 3);
    CHECK(f.fact(families) == 2); // the Orlovs' household and Ms Kotova on her own
    const auto rows = IndicatorEngine(f.t.db()).records(families, f.asOf);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).kind == u"household"_s);
    CHECK(rows.at(1).kind == u"person"_s);
    CHECK(rows.at(1).id == f.single);

    // An archived person no longer counts anywhere.
    PersonRepository(f.t.db()).archive(f.single, PersonRepository(f.t.db()).get(f.single).version);
    CHECK(f.fact(people) == 2);
    CHECK(f.fact(services) == 4);
}

TEST_CASE("events held and attendance: named people once, visits, headcounts, never twice",
          "[indicators]")
{
    Fixture f;
    EventRepository events(f.t.db());
    const qint64 first = f.event(QDate(2026, 3, 1), u"held"_s, u"parents_school"_s);
    const qint64 second = f.event(QDate(2026, 3, 8), u"held"_s, u"parents_school"_s);
    const qint64 cancelled = f.event(QDate(2026, 3, 15), u"cancelled"_s, u"parents_school"_s);
    const qint64 planned = f.event(QDate(2026, 7, 15), u"planned"_s);
    const qint64 elsewhere = f.event(QDate(2026, 3, 1), u"held"_s, u"class"_s, f.other);
    events.saveAttendance(first, {{f.mother, {}, u"present"_s}, {f.single, {}, u"present"_s}},
                          {{u"women"_s, 5}, {u"teenagers"_s, 2}});
    events.saveAttendance(second, {{f.mother, {}, u"present"_s}, {f.single, {}, u"absent"_s}},
                          {{u"women"_s, 3}});
    events.saveAttendance(cancelled, {{f.mother, {}, u"present"_s}}, {{u"women"_s, 9}});
    events.saveAttendance(elsewhere, {{f.mother, {}, u"present"_s}}, {{u"women"_s, 9}});
    Q_UNUSED(planned);

    CHECK(f.fact(f.indicator(IndicatorMethod::EventsHeld)) == 2);
    CHECK(f.fact(f.indicator(IndicatorMethod::EventsHeld,
                             {{u"event_types"_s, QJsonArray{u"class"_s}}})) == 0);
    auto participants = [&](const QString &measure, QJsonObject more = {}) {
        more.insert(u"measure"_s, measure);
        return f.fact(f.indicator(IndicatorMethod::Participants, more));
    };
    CHECK(participants(u"people"_s) == 2); // Orlova and Kotova
    // Without a measure, distinct people count, as the window's first choice says.
    CHECK(f.fact(f.indicator(IndicatorMethod::Participants)) == 2);
    CHECK(participants(u"visits"_s) == 3); // Orlova twice, Kotova once
    CHECK(participants(u"headcount"_s) == 10);
    CHECK(participants(u"total"_s) == 13); // 3 named visits + 10 by headcount
    CHECK(participants(u"headcount"_s, {{u"audiences"_s, QJsonArray{u"teenagers"_s}}}) == 2);
    // Drill-down of the total lists the two events and adds up to the fact.
    const Indicator total =
        f.indicator(IndicatorMethod::Participants, {{u"measure"_s, u"total"_s}});
    const auto rows = IndicatorEngine(f.t.db()).records(total, f.asOf);
    CHECK(rows.size() == 2);
    CHECK(drillSum(f.t.db(), total, f.asOf) == 13);
}

TEST_CASE("specialists trained: named participants and specialist headcounts of trainings",
          "[indicators]")
{
    Fixture f;
    EventRepository events(f.t.db());
    const qint64 training = f.event(QDate(2026, 4, 1), u"held"_s, u"training"_s);
    const qint64 lecture = f.event(QDate(2026, 4, 2), u"held"_s, u"class"_s);
    events.saveAttendance(training, {{f.single, {}, u"present"_s}},
                          {{u"specialists"_s, 12}, {u"women"_s, 4}});
    events.saveAttendance(lecture, {}, {{u"specialists"_s, 7}});
    CHECK(f.fact(f.indicator(IndicatorMethod::SpecialistsTrained)) == 13);
}

TEST_CASE("enrolment: by category and by age at enrolment, within the period", "[indicators]")
{
    Fixture f;
    ProjectRepository projects(f.t.db());
    projects.enrol({0, f.project, f.mother, f.familyCase, QDate(2026, 1, 10), {}, 0});
    projects.enrol({0, f.project, f.single, f.singleCase, QDate(2025, 11, 1), QDate(2025, 12, 31),
                    0}); // ended before the project began
    projects.enrol({0, f.project, f.baby, 0, QDate(2026, 8, 1), {}, 0}); // after the as-of date
    projects.enrol({0, f.other, f.single, 0, QDate(2026, 1, 1), {}, 0});

    CHECK(f.fact(f.indicator(IndicatorMethod::Enrolled)) == 1);
    CHECK(f.fact(f.indicator(IndicatorMethod::Enrolled), QDate(2026, 12, 31)) == 2);
    CHECK(f.fact(f.indicator(IndicatorMethod::Enrolled, {{u"category_id"_s, f.category}}),
                 QDate(2026, 12, 31)) == 1);
    CHECK(f.fact(f.indicator(IndicatorMethod::Enrolled,
                             {{u"age_min"_s, 14}, {u"age_max"_s, 17}})) == 1);
    CHECK(f.fact(f.indicator(IndicatorMethod::Enrolled, {{u"age_max"_s, 15}})) == 0);

    // Enrolled again after a break, the mother is still one person, in the fact and the records.
    projects.enrol({0, f.project, f.mother, f.familyCase, QDate(2026, 3, 1), {}, 0});
    const Indicator enrolled = f.indicator(IndicatorMethod::Enrolled);
    CHECK(f.fact(enrolled) == 1);
    CHECK(IndicatorEngine(f.t.db()).records(enrolled, f.asOf).size() == 1);
    CHECK(drillSum(f.t.db(), enrolled, QDate(2026, 12, 31)) == 2);
}

TEST_CASE("volunteers engaged and their hours", "[indicators]")
{
    Fixture f;
    auto add = [&](const QString &sql) {
        Query(f.t.db(), sql).exec();
    };
    add(u"INSERT INTO volunteer(id, surname, created_at, updated_at) VALUES (1, 'Смирнова', "
        "'2026-01-01', '2026-01-01'), (2, 'Белова', '2026-01-01', '2026-01-01')"_s);
    add(u"INSERT INTO volunteer_hours(volunteer_id, work_date, hours, project_id, created_at, "
        "updated_at) VALUES (1, '2026-02-01', 3, %1, 'x', 'x'), (1, '2026-03-01', 2.5, %1, 'x', "
        "'x'), (2, '2026-03-02', 4, %2, 'x', 'x'), (2, '2027-01-02', 4, %1, 'x', 'x')"_s
            .arg(f.project)
            .arg(f.other));
    CHECK(f.fact(f.indicator(IndicatorMethod::Volunteers)) == 1);
    CHECK(f.fact(f.indicator(IndicatorMethod::Volunteers, {{u"measure"_s, u"hours"_s}})) == 5.5);
}

TEST_CASE("closed cases: share improved and average length of support", "[indicators]")
{
    Fixture f;
    f.service(f.mother, QDate(2026, 1, 5), f.project);
    f.service(f.single, QDate(2026, 1, 5), f.project);
    const qint64 reason = Query(f.t.db(), u"SELECT min(id) FROM ref_item WHERE list = "
                                          "'closure_reason'"_s)
                              .scalar()
                              .toLongLong();
    CaseRepository cases(f.t.db());
    cases.changeStatus(f.familyCase, cases.get(f.familyCase).version, u"closed"_s,
                       QDate(2026, 3, 1), {}, reason, u"improved"_s);
    cases.changeStatus(f.singleCase, cases.get(f.singleCase).version, u"closed"_s,
                       QDate(2026, 5, 30), {}, reason, u"partly_improved"_s);
    const Indicator share =
        f.indicator(IndicatorMethod::ImprovedShare, {{u"include_partly"_s, false}}, 80);
    CHECK(f.fact(share) == 50);
    CHECK(f.fact(share, QDate(2026, 4, 1)) == 100); // only the first was closed by then
    const Indicator partly = f.indicator(IndicatorMethod::ImprovedShare);
    CHECK(f.fact(partly) == 100);
    // 2025-12-01 to 2026-03-01 is 90 days, to 2026-05-30 is 180 days.
    const Indicator length = f.indicator(IndicatorMethod::SupportLength);
    CHECK(f.fact(length) == 135);
    const IndicatorResult r = IndicatorEngine(f.t.db()).evaluate(share, f.asOf);
    CHECK(r.status == IndicatorStatus::Behind);

    // The project counts indicators reading the same cases in one statement, each its own fact.
    const QList<IndicatorResult> results =
        IndicatorEngine(f.t.db()).evaluateProject(f.project, f.asOf);
    REQUIRE(results.size() == 3);
    QList<double> facts;
    for (const IndicatorResult &result : results)
        facts << result.fact;
    CHECK(facts == QList<double>{50, 100, 135});
}

TEST_CASE("hand-entered values, plan, percent and status against the elapsed period",
          "[indicators]")
{
    Fixture f;
    ProjectRepository projects(f.t.db());
    const Indicator manual = f.indicator(IndicatorMethod::Manual, {}, 10);
    projects.addValue(manual.id, {0, QDate(2026, 2, 1), 3, u"публикации"_s});
    projects.addValue(manual.id, {0, QDate(2026, 9, 1), 4, {}});
    IndicatorEngine engine(f.t.db());
    // By 30 June 181 of 365 days have passed: the plan asks for 4.96; 3 is behind.
    IndicatorResult r = engine.evaluate(manual, f.asOf);
    CHECK(r.fact == 3);
    CHECK(r.percent.value() == Approx(30));
    CHECK(r.expected.value() == Approx(10.0 * 181 / 365));
    CHECK(r.status == IndicatorStatus::Behind);
    // By the end of September 7 of 10 against 7.5 expected: still behind; 8 is on track.
    CHECK(engine.evaluate(manual, QDate(2026, 9, 30)).status == IndicatorStatus::Behind);
    projects.addValue(manual.id, {0, QDate(2026, 9, 15), 1, {}});
    CHECK(engine.evaluate(manual, QDate(2026, 9, 30)).status == IndicatorStatus::OnTrack);
    projects.addValue(manual.id, {0, QDate(2026, 10, 1), 2, {}});
    CHECK(engine.evaluate(manual, QDate(2026, 12, 31)).status == IndicatorStatus::Achieved);
    // A plan by quarter: 6 in the first quarter, 4 in the second asks for all 10 by June.
    projects.setPlanPeriods(manual.id, {{QDate(2026, 1, 1), QDate(2026, 3, 31), 6},
                                        {QDate(2026, 4, 1), QDate(2026, 6, 30), 4}});
    CHECK(engine.evaluate(manual, f.asOf).expected.value() == Approx(10));
    CHECK(engine.evaluate(manual, QDate(2026, 3, 31)).expected.value() == Approx(6));
    // Without a plan there is no status to speak of.
    CHECK(engine.evaluate(f.indicator(IndicatorMethod::Manual), f.asOf).status ==
          IndicatorStatus::NotPlanned);
}

// Rows of nine columns as text, for comparing two statements' answers.
QStringList rowsOf(Database &db, const QString &sql)
{
    QStringList rows;
    Query q(db, sql);
    q.exec();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 9; ++i)
            cells << q.text(i);
        rows << cells.join(u'|');
    }
    return rows;
}

// The project totals of schema 9, and the same totals counted afresh from the services.
QStringList keptTotals(Database &db)
{
    return rowsOf(db, u"SELECT 'g', project_id, person_id, case_id, first_on, last_on, "
                      "services, 0, 0 FROM project_service_group UNION ALL SELECT 'd', "
                      "project_id, service_date, item_id, form, '', services, quantity, minutes "
                      "FROM project_service_day ORDER BY 1, 2, 3, 4, 5"_s);
}

QStringList countedTotals(Database &db)
{
    return rowsOf(db, u"SELECT 'g', project_id, person_id, case_id, min(service_date), "
                      "max(service_date), count(*), 0, 0 FROM service_record WHERE project_id IS "
                      "NOT NULL AND archived_at IS NULL GROUP BY project_id, person_id, case_id "
                      "UNION ALL SELECT 'd', project_id, service_date, item_id, form, '', "
                      "count(*), total(quantity), total(coalesce(duration_min, 0)) FROM "
                      "service_record WHERE project_id IS NOT NULL AND archived_at IS NULL GROUP "
                      "BY project_id, service_date, item_id, form ORDER BY 1, 2, 3, 4, 5"_s);
}

TEST_CASE("the project totals follow every change of a service", "[indicators]")
{
    Fixture f;
    Database &db = f.t.db();
    ServiceRepository services(db);
    const qint64 early = f.service(f.mother, QDate(2025, 12, 20), f.project, 1.5, 45);
    const qint64 first = f.service(f.mother, QDate(2026, 3, 1), f.project, 2, 30);
    const qint64 second = f.service(f.mother, QDate(2026, 3, 1), f.project, 1, 0);
    f.service(f.baby, QDate(2026, 3, 1), f.project, 1, 60, &f.otherItem);
    const qint64 single = f.service(f.single, QDate(2026, 4, 2), f.other);
    f.service(f.single, QDate(2026, 4, 3), 0);
    CHECK(keptTotals(db) == countedTotals(db));
    CHECK(keptTotals(db).size() == 7); // four groups, three days

    const Indicator people = f.indicator(IndicatorMethod::PeopleServed);
    const Indicator families = f.indicator(IndicatorMethod::FamiliesServed);
    // Ms Orlova was served before the project too: she counts from her first day inside it.
    CHECK(f.fact(people, QDate(2026, 2, 28)) == 0);
    CHECK(f.fact(people) == 2);
    CHECK(f.fact(families) == 1);
    const auto rows = IndicatorEngine(db).records(people, f.asOf);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).date == QDate(2026, 3, 1));

    // Edits of the date, quantity, duration, item, person and project.
    ServiceRecord r = services.get(first);
    r.date = QDate(2026, 3, 5);
    r.quantity = 4;
    r.durationMinutes = 15;
    services.update(r);
    CHECK(keptTotals(db) == countedTotals(db));
    r = services.get(second);
    r.personId = f.baby;
    r.itemId = f.otherItem.id;
    r.form = f.otherItem.forms.first();
    services.update(r);
    CHECK(keptTotals(db) == countedTotals(db));
    r = services.get(single);
    r.projectId = f.project;
    services.update(r);
    CHECK(keptTotals(db) == countedTotals(db));
    CHECK(f.fact(people) == 3);
    CHECK(f.fact(families) == 2);
    r = services.get(early);
    r.projectId = 0;
    services.update(r);
    CHECK(keptTotals(db) == countedTotals(db));

    // A note changes no total; archiving and deleting take the service out.
    r = services.get(first);
    r.note = u"повторно"_s;
    services.update(r);
    services.archive(first, services.get(first).version);
    CHECK(keptTotals(db) == countedTotals(db));
    Query(db, u"UPDATE service_record SET archived_at = NULL WHERE id = :id"_s)
        .bind(u":id"_s, first)
        .exec();
    CHECK(keptTotals(db) == countedTotals(db));
    Query(db, u"DELETE FROM service_record WHERE id = :id"_s).bind(u":id"_s, single).exec();
    CHECK(keptTotals(db) == countedTotals(db));
    CHECK(f.fact(people) == 2);
    CHECK(f.fact(f.indicator(IndicatorMethod::Services, {{u"measure"_s, u"hours"_s}})) == 1.25);
}

TEST_CASE("the monthly series ends at the fact and drill-down adds up to it", "[indicators]")
{
    Fixture f;
    f.service(f.mother, QDate(2026, 1, 31), f.project);
    f.service(f.mother, QDate(2026, 3, 1), f.project);
    f.service(f.baby, QDate(2026, 3, 2), f.project);
    f.service(f.single, QDate(2026, 6, 30), f.project);
    IndicatorEngine engine(f.t.db());
    for (IndicatorMethod method : {IndicatorMethod::Services, IndicatorMethod::PeopleServed,
                                   IndicatorMethod::FamiliesServed}) {
        const Indicator i = f.indicator(method, {}, 12);
        const double fact = engine.fact(i, f.asOf);
        const auto series = engine.monthly(i, f.asOf);
        REQUIRE(series.size() == 6);
        CHECK(series.first().date == QDate(2026, 1, 31));
        CHECK(series.last().date == f.asOf);
        CHECK(series.last().fact == fact);
        CHECK(series.last().planned.value() == Approx(12.0 * 181 / 365));
        CHECK(engine.records(i, f.asOf).size() == qsizetype(fact));
        CHECK(drillSum(f.t.db(), i, f.asOf) == fact);
        // The statement given out for the sqlite3 shell counts the same.
        CHECK(Query(f.t.db(), engine.factSql(i, f.asOf)).scalar().toDouble() == fact);
    }
    const Indicator services = f.indicator(IndicatorMethod::Services);
    const auto series = engine.monthly(services, f.asOf);
    CHECK(series.at(0).fact == 1);
    CHECK(series.at(1).fact == 1);
    CHECK(series.at(2).fact == 3);
    CHECK(series.at(4).fact == 3);
}

TEST_CASE("indicators refuse filters that do not fit and typed values for computed facts",
          "[indicators]")
{
    Fixture f;
    Indicator i;
    i.projectId = f.project;
    i.wording = u"Число услуг"_s;
    i.method = IndicatorMethod::Services;
    i.params = {{u"audiences"_s, QJsonArray{u"women"_s}}};
    CHECK_THROWS_AS(ProjectRepository(f.t.db()).createIndicator(i), ValidationError);
    i.params = {{u"measure"_s, u"people"_s}};
    CHECK_THROWS_AS(ProjectRepository(f.t.db()).createIndicator(i), ValidationError);
    i.params = {};
    i.plan = -1;
    CHECK_THROWS_AS(ProjectRepository(f.t.db()).createIndicator(i), ValidationError);
    const Indicator computed = f.indicator(IndicatorMethod::Services);
    CHECK_THROWS_AS(ProjectRepository(f.t.db()).addValue(computed.id, {0, f.asOf, 1, {}}),
                    ValidationError);
    Project p;
    p.name = u"Проект"_s;
    p.startsOn = QDate(2026, 5, 1);
    p.endsOn = QDate(2026, 4, 1);
    CHECK_THROWS_AS(ProjectRepository(f.t.db()).create(p), ValidationError);
}

TEST_CASE("the project's dashboard figures add up to its indicators", "[indicators]")
{
    Fixture f;
    f.service(f.mother, QDate(2026, 1, 5), f.project);
    f.service(f.baby, QDate(2026, 3, 5), f.project, 1, 60, &f.otherItem);
    f.service(f.single, QDate(2026, 3, 6), f.project);
    f.service(f.single, QDate(2026, 3, 7), f.other);
    EventRepository events(f.t.db());
    const qint64 held = f.event(QDate(2026, 4, 1), u"held"_s, u"class"_s);
    const qint64 cancelled = f.event(QDate(2026, 4, 2), u"cancelled"_s, u"class"_s);
    events.saveAttendance(held, {{f.mother, {}, u"present"_s}, {f.single, {}, u"excused"_s}},
                          {{u"women"_s, 4}, {u"children"_s, 3}});
    events.saveAttendance(cancelled, {{f.mother, {}, u"present"_s}}, {{u"women"_s, 9}});

    const ProjectStats stats(f.t.db(), f.project, f.asOf);
    qint64 byType = 0;
    for (const auto &[type, n] : stats.servicesByType())
        byType += n;
    CHECK(byType == qint64(f.fact(f.indicator(IndicatorMethod::Services))));
    CHECK(stats.servicesByType().size() == 2);
    const auto audience = stats.attendanceByAudience();
    REQUIRE(audience.size() == 3);
    CHECK(audience.at(0) == QPair<QString, qint64>(u"women"_s, 4));
    CHECK(audience.contains(QPair<QString, qint64>(u"registered"_s, 1)));
    const auto months = stats.activityByMonth();
    REQUIRE(months.size() == 6);
    CHECK(months.at(0).services == 1);
    CHECK(months.at(2).services == 2);
    CHECK(months.at(3).events == 1);
    CHECK(months.at(3).participants == 8);
    CHECK(stats.eventsByType() == QList<QPair<QString, qint64>>{{u"class"_s, 1}});
}

TEST_CASE("the centre overview counts cases, services and what is ahead", "[indicators]")
{
    Fixture f;
    f.service(f.mother, QDate(2026, 7, 1), 0);
    f.event(QDate(2026, 7, 20), u"planned"_s);
    f.event(QDate(2026, 6, 20), u"held"_s);
    const CentreOverview o = centreOverview(f.t.db(), QDate(2026, 7, 1));
    CHECK(o.activeCases == 2);
    CHECK(o.servicesThisMonth == 1);
    CHECK(o.eventsThisMonth == 0);
    REQUIRE(o.months.size() == 12);
    CHECK(o.months.first() == QDate(2025, 8, 1));
    CHECK(o.casesByMonth.at(4).month == QDate(2025, 12, 1));
    CHECK(o.casesByMonth.at(4).opened == 2);
    REQUIRE(o.activeCasesByCategory.size() == 1);
    CHECK(o.activeCasesByCategory.first().second == 1);
    REQUIRE(o.upcoming.size() == 1);
    CHECK(o.upcoming.first().date == QDate(2026, 7, 20));
}

TEST_CASE("the team, the enrolment dates and the plan by period are checked and audited",
          "[indicators]")
{
    Fixture f;
    ProjectRepository projects(f.t.db());
    Query(f.t.db(), u"INSERT INTO staff(surname, first_name, created_at, updated_at) VALUES("
                    "'Белова', 'Ольга', '2026-01-01', '2026-01-01')"_s)
        .exec();
    const qint64 staff = Query(f.t.db(), u"SELECT max(id) FROM staff"_s).scalar().toLongLong();
    const auto audited = [&](const QString &entity, qint64 id) {
        return Query(f.t.db(), u"SELECT count(*) FROM audit_log WHERE entity = :e AND "
                               "entity_id = :i"_s)
            .bind(u":e"_s, entity)
            .bind(u":i"_s, id)
            .scalar()
            .toInt();
    };

    SECTION("the team: staff once each, with their role in the project")
    {
        projects.setTeam(f.project, {{staff, u"координатор"_s, {}, {}, true}});
        const QList<TeamMember> team = projects.team(f.project);
        REQUIRE(team.size() == 1);
        CHECK(team.first().staffId == staff);
        CHECK(team.first().role == u"координатор"_s);
        CHECK(team.first().name == u"Белова О."_s);
        // Those who may join: the active staff, the team's members marked.
        const QList<TeamMember> candidates = projects.teamCandidates(f.project);
        CHECK(std::count_if(candidates.begin(), candidates.end(),
                            [](const TeamMember &m) { return m.inTeam; }) == 1);
        CHECK_THROWS_AS(
            projects.setTeam(f.project, {{staff, {}, {}, {}, true}, {staff, {}, {}, {}, true}}),
            ValidationError);
        CHECK_THROWS_AS(projects.setTeam(f.project, {{staff + 1000, {}, {}, {}, true}}),
                        ValidationError);
        CHECK(projects.team(f.project).size() == 1); // a refused change keeps the old team
        projects.setTeam(f.project, {});
        CHECK(projects.team(f.project).isEmpty());
    }

    SECTION("an enrolment ends, and one made in error leaves the target group")
    {
        const Indicator enrolled = f.indicator(IndicatorMethod::Enrolled);
        const qint64 id = projects.enrol({0, f.project, f.mother, 0, QDate(2026, 1, 10), {}, 0});
        Enrolment e = projects.enrolments(f.project).first();
        e.endsOn = QDate(2026, 1, 5);
        CHECK_THROWS_AS(projects.updateEnrolment(e), ValidationError);
        e.startsOn = QDate(2026, 8, 1);
        e.endsOn = {};
        projects.updateEnrolment(e);
        CHECK(f.fact(enrolled) == 0); // now starts after the as-of date
        CHECK_THROWS_AS(projects.updateEnrolment(e), ConflictError); // an old version
        e = projects.enrolments(f.project).first();
        e.startsOn = QDate(2026, 2, 1);
        e.endsOn = QDate(2026, 3, 31);
        projects.updateEnrolment(e);
        CHECK(projects.enrolments(f.project).first().endsOn == QDate(2026, 3, 31));
        CHECK(f.fact(enrolled) == 1);
        projects.archiveEnrolment(id, projects.enrolments(f.project).first().version);
        CHECK(projects.enrolments(f.project).isEmpty());
        CHECK(f.fact(enrolled) == 0);
        CHECK(audited(u"project_enrolment"_s, id) == 4); // created, twice changed, archived
    }

    SECTION("the plan by period lies in the project, does not overlap and adds up to the total")
    {
        Indicator i = f.indicator(IndicatorMethod::Manual, {}, 10);
        const QList<PlanPeriod> halves{{QDate(2026, 1, 1), QDate(2026, 6, 30), 4},
                                       {QDate(2026, 7, 1), QDate(2026, 12, 31), 6}};
        projects.setPlanPeriods(i.id, halves);
        CHECK(projects.planPeriods(i.id).size() == 2);
        CHECK_THROWS_AS(
            projects.setPlanPeriods(i.id, {{QDate(2026, 1, 1), QDate(2026, 6, 30), 4},
                                           {QDate(2026, 7, 1), QDate(2026, 12, 31), 5}}),
            ValidationError); // adds up to 9
        CHECK_THROWS_AS(
            projects.setPlanPeriods(i.id, {{QDate(2026, 1, 1), QDate(2026, 7, 31), 4},
                                           {QDate(2026, 7, 1), QDate(2026, 12, 31), 6}}),
            ValidationError); // July twice
        CHECK_THROWS_AS(
            projects.setPlanPeriods(i.id, {{QDate(2025, 12, 1), QDate(2026, 6, 30), 4},
                                           {QDate(2026, 7, 1), QDate(2026, 12, 31), 6}}),
            ValidationError);                                 // starts before the project
        CHECK(projects.planPeriods(i.id).first().value == 4); // refused changes keep the plan

        // The total alone cannot drift away from its parts...
        i = projects.indicator(i.id);
        i.plan = 12;
        CHECK_THROWS_AS(projects.updateIndicator(i), ValidationError);
        // ...but saved together with new parts it can, in one go.
        projects.saveIndicator(i, {{QDate(2026, 1, 1), QDate(2026, 6, 30), 2},
                                   {QDate(2026, 7, 1), QDate(2026, 12, 31), 10}});
        CHECK(projects.indicator(i.id).plan == 12);
        CHECK(IndicatorEngine(f.t.db()).evaluate(projects.indicator(i.id), f.asOf).expected ==
              Approx(2));
        // A failed save leaves both as they were.
        i = projects.indicator(i.id);
        i.plan = 20;
        CHECK_THROWS_AS(projects.saveIndicator(i, {{QDate(2026, 1, 1), QDate(2026, 12, 31), 19}}),
                        ValidationError);
        CHECK(projects.indicator(i.id).plan == 12);
        CHECK(projects.planPeriods(i.id).size() == 2);
        // Back to a total only.
        projects.saveIndicator(projects.indicator(i.id), {});
        CHECK(projects.planPeriods(i.id).isEmpty());
    }
}
