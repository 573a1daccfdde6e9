#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "error.h"
#include "projects/indicatorengine.h"
#include "projects/projectrepository.h"
#include "register/caserepository.h"
#include "register/personrepository.h"
#include "tempdatabase.h"
#include "volunteers/volunteerrepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

struct Fixture
{
    Fixture() { setFixedNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC)); }
    ~Fixture() { setFixedNowForTesting({}); }
    TempDatabase t;
    VolunteerRepository volunteers{t.db()};

    qint64 person(const QString &surname, const QString &first)
    {
        PersonRecord p;
        p.surname = surname;
        p.firstName = first;
        return PersonRepository(t.db()).create(p);
    }
    qint64 caseOf(qint64 personId)
    {
        CaseRecord c;
        c.personId = personId;
        c.openedOn = QDate(2026, 1, 10);
        return CaseRepository(t.db()).create(c);
    }
    qint64 standalone(const QString &surname, const QString &skills = {})
    {
        Volunteer v;
        v.surname = surname;
        v.firstName = u"Ольга"_s;
        v.skills = skills;
        v.since = QDate(2025, 3, 1);
        return volunteers.create(v);
    }
    QStringList names(const QString &text, bool withArchived = false)
    {
        QStringList out;
        for (const VolunteerRow &r : volunteers.list({text, withArchived}, {}).rows)
            out << r.name;
        return out;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "a volunteer is a person of the register or someone known by name")
{
    const qint64 own = standalone(u"Белова"_s, u"психолог, вожатая"_s);
    CHECK(volunteers.nameOf(own) == u"Белова Ольга"_s);

    Volunteer linked;
    linked.personId = person(u"Зайцева"_s, u"Нина"_s);
    linked.surname = u"ignored"_s; // the register's name wins
    const qint64 id = volunteers.create(linked);
    CHECK(volunteers.nameOf(id) == u"Зайцева Нина"_s);
    CHECK(volunteers.get(id).surname.isEmpty());

    Volunteer nameless;
    CHECK_THROWS_AS(volunteers.create(nameless), ValidationError);
    Volunteer future;
    future.surname = u"Смирнова"_s;
    future.since = QDate(2026, 7, 1);
    CHECK_THROWS_AS(volunteers.create(future), ValidationError);
    Volunteer ghost;
    ghost.personId = 999;
    CHECK_THROWS_AS(volunteers.create(ghost), ValidationError);

    // Search by any part of the name or the skills, whatever the case of the letters.
    CHECK(names(u"бел"_s) == QStringList{u"Белова Ольга"_s});
    CHECK(names(u"ВОЖАТ"_s) == QStringList{u"Белова Ольга"_s});
    CHECK(names(u"нина"_s) == QStringList{u"Зайцева Нина"_s});
    CHECK(names({}) == QStringList{u"Белова Ольга"_s, u"Зайцева Нина"_s});
}

TEST_CASE_METHOD(Fixture, "an archived volunteer leaves the list and comes back when restored")
{
    const qint64 id = standalone(u"Белова"_s);
    standalone(u"Ахмедова"_s);
    volunteers.setArchived(id, volunteers.get(id).version, true);
    CHECK(names({}) == QStringList{u"Ахмедова Ольга"_s});
    CHECK(names({}, true).size() == 2);
    CHECK(volunteers.get(id).archived);
    volunteers.setArchived(id, volunteers.get(id).version, false);
    CHECK(names({}).size() == 2);
}

TEST_CASE_METHOD(Fixture, "a change made from a stale copy is refused")
{
    const qint64 id = standalone(u"Белова"_s);
    Volunteer a = volunteers.get(id);
    Volunteer b = a;
    a.phone = u"+7 903 111-22-33"_s;
    volunteers.update(a);
    b.skills = u"юрист"_s;
    CHECK_THROWS_AS(volunteers.update(b), ConflictError);
    CHECK(volunteers.get(id).phone == u"+7 903 111-22-33"_s);
    CHECK(names(u"1112233"_s) == QStringList{u"Белова Ольга"_s});
}

TEST_CASE_METHOD(Fixture, "a mentor is assigned to a case once at a time and the mentoring ends")
{
    const qint64 v = standalone(u"Белова"_s);
    const qint64 c = caseOf(person(u"Орлова"_s, u"Анна"_s));
    Mentorship m;
    m.volunteerId = v;
    m.caseId = c;
    m.startsOn = QDate(2026, 2, 1);
    const qint64 id = volunteers.assignMentor(m);
    CHECK_THROWS_AS(volunteers.assignMentor(m), ValidationError); // overlaps the open one

    QList<Mentorship> list = volunteers.mentorships(v);
    REQUIRE(list.size() == 1);
    CHECK(list.first().caseSubject == u"Орлова Анна"_s);
    CHECK_FALSE(list.first().caseNumber.isEmpty());
    CHECK(volunteers.list({}, {}).rows.first().mentees == 1);
    CHECK(volunteers.mentorsOf(c).first().caseSubject == u"Белова Ольга"_s);

    CHECK_THROWS_AS(volunteers.endMentorship(id, list.first().version, QDate(2026, 1, 1)),
                    ValidationError);
    volunteers.endMentorship(id, list.first().version, QDate(2026, 5, 31));
    CHECK(volunteers.mentorships(v).first().endsOn == QDate(2026, 5, 31));
    CHECK(volunteers.list({}, {}).rows.first().mentees == 0);

    // After the first ended, the same volunteer may mentor the case again.
    m.startsOn = QDate(2026, 6, 1);
    volunteers.assignMentor(m);
    CHECK(volunteers.mentorships(v).size() == 2);

    Mentorship noCase = m;
    noCase.caseId = 0;
    CHECK_THROWS_AS(volunteers.assignMentor(noCase), ValidationError);

    // Two overlapping mentorships in one batch (a file) are refused too, and neither is kept.
    const qint64 other = caseOf(person(u"Котова"_s, u"Ирина"_s));
    Mentorship first = m;
    first.caseId = other;
    first.startsOn = QDate(2026, 3, 1);
    Mentorship second = first;
    second.startsOn = QDate(2026, 4, 1);
    CHECK_THROWS_AS(volunteers.assignMentors({first, second}), ValidationError);
    CHECK(volunteers.mentorsOf(other).isEmpty());
}

TEST_CASE_METHOD(Fixture, "hours are logged by date, checked, and one made in error is removed")
{
    const qint64 v = standalone(u"Белова"_s);
    VolunteerHours h;
    h.volunteerId = v;
    h.date = QDate(2026, 6, 1);
    h.hours = 2.5;
    const qint64 first = volunteers.logHours(h);
    h.date = QDate(2026, 6, 10);
    h.hours = 4;
    volunteers.logHours(h);
    CHECK(volunteers.totalHours(v) == 6.5);
    CHECK(volunteers.list({}, {}).rows.first().hours == 6.5);

    VolunteerHours bad = h;
    bad.hours = 25;
    CHECK_THROWS_AS(volunteers.logHours(bad), ValidationError);
    bad.hours = 0;
    CHECK_THROWS_AS(volunteers.logHours(bad), ValidationError);
    bad = h;
    bad.date = QDate(2026, 6, 16);
    CHECK_THROWS_AS(volunteers.logHours(bad), ValidationError);
    bad = h;
    bad.projectId = 42;
    CHECK_THROWS_AS(volunteers.logHours(bad), ValidationError);

    const QList<VolunteerHours> list = volunteers.hours(v);
    REQUIRE(list.size() == 2);
    CHECK(list.first().date == QDate(2026, 6, 10)); // newest first
    volunteers.removeHours(first, list.last().version);
    CHECK(volunteers.totalHours(v) == 4);
    // Archived, not deleted: the audit trail and the row stay.
    CHECK(Query(t.db(), u"SELECT count(*) FROM volunteer_hours"_s).scalar().toInt() == 2);
}

TEST_CASE_METHOD(Fixture, "hours logged for a project count in its volunteer indicators")
{
    Project p;
    p.name = u"Мама-подросток"_s;
    p.startsOn = QDate(2026, 1, 1);
    p.endsOn = QDate(2026, 12, 31);
    ProjectRepository projects(t.db());
    p.id = projects.create(p);
    const qint64 a = standalone(u"Белова"_s);
    const qint64 b = standalone(u"Ахмедова"_s);
    for (const auto &[who, hours, project] :
         {std::tuple{a, 3.0, p.id}, std::tuple{a, 2.0, p.id}, std::tuple{b, 1.5, qint64(0)}}) {
        VolunteerHours h;
        h.volunteerId = who;
        h.date = QDate(2026, 5, 5);
        h.hours = hours;
        h.projectId = project;
        volunteers.logHours(h);
    }
    Indicator engaged;
    engaged.projectId = p.id;
    engaged.method = IndicatorMethod::Volunteers;
    Indicator hours = engaged;
    hours.params = QJsonObject{{u"measure"_s, u"hours"_s}};
    IndicatorEngine engine(t.db());
    CHECK(engine.fact(engaged, today()) == 1);
    CHECK(engine.fact(hours, today()) == 5);
}
