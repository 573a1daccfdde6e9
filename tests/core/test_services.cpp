#include "audit/auditchain.h"
#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "error.h"
#include "events/eventrepository.h"
#include "pinnedclock.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "register/personrepository.h"
#include "register/persontimeline.h"
#include "services/planrepository.h"
#include "services/servicerepository.h"
#include "tempdatabase.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::PinnedClock;
using opora::test::TempDatabase;

namespace {

struct Fixture
{
    PinnedClock clock;
    TempDatabase t;
    qint64 mother = 0;
    qint64 baby = 0;
    qint64 stranger = 0;
    qint64 caseId = 0;
    ServiceItem item;

    Fixture()
    {
        PersonRepository people(t.db());
        PersonRecord p;
        p.surname = u"Орлова"_s;
        p.firstName = u"Анна"_s;
        mother = people.create(p);
        p.firstName = u"Мария"_s;
        baby = people.create(p);
        p.surname = u"Котова"_s;
        stranger = people.create(p);
        HouseholdRecord h;
        h.name = u"Семья Орловых"_s;
        h.members = {{mother, u"mother"_s, {}}, {baby, u"child"_s, {}}};
        CaseRecord c;
        c.householdId = HouseholdRepository(t.db()).create(h);
        c.openedOn = QDate(2026, 1, 10);
        caseId = CaseRepository(t.db()).create(c);
        item = ServiceRepository(t.db()).catalogue().first();
    }

    ServiceRecord record(qint64 person, const QDate &date) const
    {
        ServiceRecord r;
        r.caseId = caseId;
        r.personId = person;
        r.itemId = item.id;
        r.date = date;
        r.form = item.forms.first();
        r.durationMinutes = 45;
        return r;
    }
};

} // namespace

TEST_CASE("the service catalogue is seeded in the profile's language")
{
    TempDatabase ru(Profile::Ru);
    TempDatabase ua(Profile::Ua);
    const auto ruItems = ServiceRepository(ru.db()).catalogue();
    const auto uaItems = ServiceRepository(ua.db()).catalogue();
    REQUIRE(ruItems.size() >= 20);
    QStringList ruTypes;
    for (const auto &i : ruItems)
        ruTypes << i.type;
    ruTypes.removeDuplicates();
    CHECK(ruTypes.size() == 8); // the eight types of 442-FZ art. 20
    bool consulting = false;
    for (const auto &i : uaItems)
        consulting = consulting || (i.code == u"002.0"_s && i.name == u"Консультування"_s);
    CHECK(consulting);
}

TEST_CASE("a service is recorded for the case's family only, on a possible date and form")
{
    Fixture f;
    ServiceRepository services(f.t.db());
    const qint64 id = services.create(f.record(f.baby, QDate(2026, 2, 1)));
    CHECK(services.get(id).personId == f.baby);

    const auto refused = [&](ServiceRecord r, const QString &field) {
        try {
            services.create(r);
            FAIL("saved");
        } catch (const ValidationError &e) {
            CHECK(e.hasField(field));
        }
    };
    refused(f.record(f.stranger, QDate(2026, 2, 1)), u"person"_s);
    refused(f.record(f.mother, QDate(2026, 1, 5)), u"date"_s); // before the case opened
    refused(f.record(f.mother, QDate(2026, 7, 1)), u"date"_s); // in the future
    ServiceRecord badForm = f.record(f.mother, QDate(2026, 2, 1));
    badForm.form = u"residential"_s;
    if (!f.item.forms.contains(u"residential"_s))
        refused(badForm, u"form"_s);
    ServiceRecord zero = f.record(f.mother, QDate(2026, 2, 1));
    zero.quantity = 0;
    refused(zero, u"quantity"_s);
    CHECK(Query(f.t.db(), u"SELECT count(*) FROM service_record"_s).scalar().toInt() == 1);
}

TEST_CASE("bulk entry saves all people or none")
{
    Fixture f;
    ServiceRepository services(f.t.db());
    ServiceRecord pattern = f.record(0, QDate(2026, 3, 3));
    CHECK_THROWS_AS(services.createForPeople(pattern, {f.mother, f.stranger}), ValidationError);
    CHECK(Query(f.t.db(), u"SELECT count(*) FROM service_record"_s).scalar().toInt() == 0);
    CHECK(services.createForPeople(pattern, {f.mother, f.baby}).size() == 2);
}

TEST_CASE("the journal filters, pages and totals all filtered rows")
{
    Fixture f;
    ServiceRepository services(f.t.db());
    for (int day = 1; day <= 25; ++day)
        services.create(f.record(day % 2 ? f.mother : f.baby, QDate(2026, 3, day)));
    services.create(f.record(f.mother, QDate(2026, 4, 2)));
    JournalFilter march;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 3, 31);
    PageRequest page;
    page.limit = 10;
    page.descending = true;
    const auto first = services.journal(march, page);
    CHECK(first.total == 25);
    REQUIRE(first.rows.size() == 10);
    CHECK(first.rows.first().date == QDate(2026, 3, 25));
    const JournalTotals totals = services.totals(march);
    CHECK(totals.records == 25);
    CHECK(totals.people == 2);
    CHECK(totals.hours == Approx(25 * 45 / 60.0));
    // Counted in two steps, as the Services area does, the totals are the same.
    const JournalTotals sums = services.sums(march);
    CHECK(sums.records == totals.records);
    CHECK(sums.quantity == totals.quantity);
    CHECK(sums.hours == totals.hours);
    CHECK(sums.people == 0);
    JournalFilter baby = march;
    baby.personId = f.baby;
    CHECK(services.totals(baby).records == 12);
    CHECK(services.totals(baby).people == 1);
}

TEST_CASE("a series of events is made at once and attendance counts each person once")
{
    Fixture f;
    EventRepository events(f.t.db());
    EventRecord e;
    e.type = u"parents_school"_s;
    e.title = u"Школа материнства"_s;
    e.date = QDate(2026, 4, 1);
    const QList<qint64> ids = events.createSeries(e, 10, 7);
    REQUIRE(ids.size() == 10);
    CHECK(events.get(ids.last()).date == QDate(2026, 6, 3));
    CHECK(events.get(ids.last()).seriesId == events.get(ids.first()).seriesId);

    const qint64 first = ids.first();
    events.setParticipant(first, f.mother, u"present"_s);
    events.setParticipant(first, f.mother, u"present"_s); // marked twice, counted once
    events.setParticipant(first, f.baby, u"excused"_s);
    events.setParticipant(first, f.stranger, u"absent"_s);
    events.setHeadcounts(first, {{u"women"_s, 12}, {u"teenagers"_s, 3}, {u"men"_s, 0}});
    const AttendanceTotals t = events.totals(first);
    CHECK(t.namedPresent == 1);
    CHECK(t.excused == 1);
    CHECK(t.absent == 1);
    CHECK(t.headcount == 15);
    CHECK(t.total() == 16);
    CHECK(events.headcounts(first).size() == 2); // zero counts are not stored
    CHECK_THROWS_AS(events.setHeadcounts(first, {{u"aliens"_s, 3}}), ValidationError);
    CHECK_THROWS_AS(events.setParticipant(first, f.mother, u"maybe"_s), ValidationError);

    EventFilter filter;
    filter.type = u"parents_school"_s;
    const auto list = events.list(filter, {});
    CHECK(list.total == 10);
    CHECK(list.rows.first().attended == 16);
}

TEST_CASE("a roster saved at once is one change of the event, and a bad mark saves nothing")
{
    Fixture f;
    EventRepository events(f.t.db());
    EventRecord e;
    e.type = u"class"_s;
    e.title = u"Занятие"_s;
    e.date = QDate(2026, 4, 1);
    const qint64 id = events.create(e);
    auto entries = [&] {
        return Query(f.t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'event' AND "
                               "entity_id = :id AND fields = 'participants'"_s)
            .bind(u":id"_s, id)
            .scalar()
            .toInt();
    };
    events.saveAttendance(
        id,
        {{f.mother, {}, u"present"_s}, {f.baby, {}, u"present"_s}, {f.stranger, {}, u"absent"_s}},
        {{u"women"_s, 4}});
    CHECK(entries() == 1);
    CHECK(events.totals(id).total() == 6);
    CHECK_THROWS_AS(
        events.saveAttendance(id, {{f.mother, {}, u"excused"_s}, {f.baby, {}, u"maybe"_s}}, {}),
        ValidationError);
    CHECK(events.totals(id).namedPresent == 2);
    CHECK(entries() == 1);
    CHECK(AuditChain::verify(f.t.db()).intact);
}

TEST_CASE("an event in the future cannot be marked held, times are checked")
{
    Fixture f;
    EventRepository events(f.t.db());
    EventRecord e;
    e.title = u"Круглый стол"_s;
    e.type = u"round_table"_s;
    e.date = QDate(2026, 7, 1);
    e.status = u"held"_s;
    CHECK_THROWS_AS(events.create(e), ValidationError);
    e.status = u"planned"_s;
    e.startsAt = u"25:00"_s;
    CHECK_THROWS_AS(events.create(e), ValidationError);
    e.startsAt = u"14:00"_s;
    e.endsAt = u"13:00"_s;
    CHECK_THROWS_AS(events.create(e), ValidationError);
    e.endsAt = u"16:00"_s;
    CHECK(events.create(e) > 0);
}

TEST_CASE("a plan line shows what the journal delivered within its term, and when it is overdue")
{
    Fixture f;
    PlanRepository plans(f.t.db());
    PlanLine line;
    line.caseId = f.caseId;
    line.itemId = f.item.id;
    line.volume = 3;
    line.frequency = u"weekly"_s;
    line.startsOn = QDate(2026, 2, 1);
    line.endsOn = QDate(2026, 3, 31);
    plans.add(line);
    ServiceRepository services(f.t.db());
    services.create(f.record(f.mother, QDate(2026, 2, 10)));
    services.create(f.record(f.baby, QDate(2026, 3, 31)));  // the last day counts
    services.create(f.record(f.mother, QDate(2026, 4, 1))); // after the term
    auto lines = plans.lines(f.caseId, QDate(2026, 3, 15));
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().delivered == 2);
    CHECK_FALSE(lines.first().overdue);
    CHECK(plans.lines(f.caseId, QDate(2026, 4, 2)).first().overdue);

    PlanLine bad = line;
    bad.endsOn = QDate(2026, 1, 1);
    CHECK_THROWS_AS(plans.add(bad), ValidationError);
    bad = line;
    bad.frequency = u"hourly"_s;
    CHECK_THROWS_AS(plans.add(bad), ValidationError);
    plans.archive(lines.first().id, lines.first().version);
    CHECK(plans.lines(f.caseId, QDate(2026, 3, 15)).isEmpty());
}

TEST_CASE_METHOD(Fixture,
                 "a person's history joins services, events and case statuses, newest first")
{
    ServiceRepository services(t.db());
    services.create(record(mother, QDate(2026, 2, 3)));
    const qint64 archived = services.create(record(mother, QDate(2026, 2, 4)));
    services.archive(archived, 1);
    services.create(record(baby, QDate(2026, 2, 5))); // the baby's, not the mother's

    EventRepository events(t.db());
    EventRecord e;
    e.title = u"Школа материнства"_s;
    e.type = u"parents_school"_s;
    e.date = QDate(2026, 3, 1);
    e.status = u"held"_s;
    const qint64 held = events.create(e);
    events.setParticipant(held, mother, u"present"_s);
    events.setParticipant(held, stranger, u"present"_s);
    e.date = QDate(2026, 3, 8);
    e.status = u"cancelled"_s;
    events.setParticipant(events.create(e), mother, u"present"_s);
    e.date = QDate(2026, 3, 15);
    e.status = u"held"_s;
    events.setParticipant(events.create(e), mother, u"excused"_s);

    CaseRepository cases(t.db());
    cases.changeStatus(caseId, cases.get(caseId).version, u"active"_s, QDate(2026, 4, 1), {});

    const QList<TimelineEntry> history = personTimeline(t.db(), mother);
    QStringList seen;
    for (const TimelineEntry &entry : history)
        seen << u"%1 %2 %3"_s.arg(entry.date.toString(Qt::ISODate))
                    .arg(int(entry.kind))
                    .arg(entry.code);
    // The case's status change, the excused class, the class attended, the one service; the
    // case's opening (of the family, so the mother's too) comes last.
    REQUIRE(seen.size() == 5);
    CHECK(seen.at(0) == u"2026-04-01 2 active"_s);
    CHECK(seen.at(1) == u"2026-03-15 1 excused"_s);
    CHECK(seen.at(2) == u"2026-03-01 1 present"_s);
    CHECK(seen.at(3).startsWith(u"2026-02-03 0 "_s));
    CHECK(history.at(4).kind == TimelineEntry::Kind::CaseStatus);
    CHECK(history.at(4).date == QDate(2026, 1, 10));
    CHECK(history.at(2).eventId == held);
    CHECK(history.at(3).title.contains(item.name));
    CHECK(history.at(3).caseId == caseId);

    // The stranger sees their class only: nothing of the family they are not in.
    const QList<TimelineEntry> theirs = personTimeline(t.db(), stranger);
    REQUIRE(theirs.size() == 1);
    CHECK(theirs.first().eventId == held);
    CHECK(personTimeline(t.db(), mother, 2).size() == 2);
}

TEST_CASE("a busy month sorted by service, person or specialist pages as a full sort would")
{
    TempDatabase t;
    Database &db = t.db();
    // 60 people with a case each, 5 specialists (two of them with one surname), 3,000
    // services of March 2026 over every item, a tenth of them without a specialist at first.
    const QString n = u"(WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v "
                      "< %1) SELECT v FROM n)"_s;
    Query(db, u"INSERT INTO staff(id, surname, first_name, created_at, updated_at) SELECT v, "
              "char(1040 + (v * 7) % 4) || 'ов', 'Иван', 'x', 'x' FROM "_s +
                  n.arg(5))
        .exec();
    Query(db, u"INSERT INTO person(id, surname, first_name, surname_key, first_name_key, "
              "created_at, updated_at) SELECT v, 'Фам' || (v % 17), 'Имя' || (v % 3), 'фам' || "
              "(v % 17), 'имя' || (v % 3), 'x', 'x' FROM "_s +
                  n.arg(60))
        .exec();
    Query(db, u"INSERT INTO case_file(id, number, year, seq, person_id, status, opened_on, "
              "created_at, updated_at) SELECT v, '2026-' || v, 2026, v, v, 'active', "
              "'2026-01-01', 'x', 'x' FROM "_s +
                  n.arg(60))
        .exec();
    Query(db, u"INSERT INTO service_record(case_id, person_id, item_id, service_date, staff_id, "
              "quantity, form, created_at, updated_at) SELECT v % 60 + 1, v % 60 + 1, (SELECT "
              "min(id) FROM service_item) + v % (SELECT count(*) FROM service_item), "
              "date('2026-03-01', '+' || (v % 31) || ' days'), CASE WHEN v % 10 = 0 THEN NULL "
              "ELSE v % 5 + 1 END, 1, 'day', 'x', 'x' FROM "_s +
                  n.arg(3000))
        .exec();
    const ServiceRepository services(db);
    JournalFilter month;
    month.from = QDate(2026, 3, 1);
    month.to = QDate(2026, 3, 31);
    // What a full sort of every row gives, in plain SQL.
    const auto expected = [&](const QString &order, int offset) {
        Query q(db, u"SELECT r.id FROM service_record r JOIN person p ON p.id = r.person_id JOIN "
                    "service_item i ON i.id = r.item_id LEFT JOIN staff s ON s.id = r.staff_id "
                    "ORDER BY "_s +
                        order + u" LIMIT 100 OFFSET "_s + QString::number(offset));
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.integer(0);
        return ids;
    };
    const auto page = [&](const QString &key, bool descending, int offset) {
        QList<qint64> ids;
        for (const JournalRow &row : services.journal(month, {key, descending, offset, 100}).rows)
            ids << row.id;
        return ids;
    };
    const auto check = [&] {
        for (const bool descending : {false, true}) {
            const QString dir = descending ? u" DESC"_s : QString();
            for (const int offset : {0, 1450, 2950}) {
                INFO("descending " << descending << ", offset " << offset);
                CHECK(page(u"item"_s, descending, offset) ==
                      expected(u"i.sort_order%1, r.service_date DESC, r.id"_s.arg(dir), offset));
                CHECK(page(u"person"_s, descending, offset) ==
                      expected(
                          u"p.surname_key%1, p.first_name_key%1, r.service_date DESC, r.id"_s.arg(
                              dir),
                          offset));
                CHECK(page(u"staff"_s, descending, offset) ==
                      expected(u"s.surname%1, r.service_date DESC, r.id"_s.arg(dir), offset));
            }
        }
    };
    check(); // services without a specialist are sorted with the rest
    Query(db, u"UPDATE service_record SET staff_id = 1 WHERE staff_id IS NULL"_s).exec();
    check(); // every service has one: the journal walks the staff
}
