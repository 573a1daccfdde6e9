#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "error.h"
#include "pinnedclock.h"
#include "register/caserepository.h"
#include "register/personrepository.h"
#include "register/staffrepository.h"
#include "tempdatabase.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::PinnedClock;
using opora::test::TempDatabase;

namespace {

qint64 addPerson(Database &db, const QString &surname)
{
    PersonRecord p;
    p.surname = surname;
    p.firstName = u"Анна"_s;
    return PersonRepository(db).create(p);
}

qint64 ref(Database &db, const QString &list, const QString &code)
{
    return Query(db, u"SELECT id FROM ref_item WHERE list = :l AND code = :c"_s)
        .bind(u":l"_s, list)
        .bind(u":c"_s, code)
        .scalar(0)
        .toLongLong();
}

CaseRecord caseFor(qint64 person, const QDate &opened)
{
    CaseRecord c;
    c.personId = person;
    c.openedOn = opened;
    return c;
}

} // namespace

TEST_CASE("case numbers run per year of opening without gaps or repeats")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 person = addPerson(t.db(), u"Петрова"_s);
    const qint64 a = cases.create(caseFor(person, QDate(2025, 12, 30)));
    const qint64 b = cases.create(caseFor(person, QDate(2026, 1, 5)));
    const qint64 c = cases.create(caseFor(person, QDate(2025, 11, 1)));
    const qint64 d = cases.create(caseFor(person, QDate(2026, 2, 1)));
    CHECK(cases.get(a).number == u"2025-0001"_s);
    CHECK(cases.get(b).number == u"2026-0001"_s);
    CHECK(cases.get(c).number == u"2025-0002"_s);
    CHECK(cases.get(d).number == u"2026-0002"_s);
    CHECK(cases.idForNumber(u"2026-0002"_s) == d);
    CHECK(cases.get(a).status == CaseStatus::New);
}

TEST_CASE("imported cases keep their numbers and the others follow them, all or none")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 person = addPerson(t.db(), u"Петрова"_s);
    cases.create(caseFor(person, QDate(2025, 3, 1))); // 2025-0001
    CaseRecord given = caseFor(person, QDate(2025, 4, 1));
    given.number = u"2025-0007"_s;
    given.status = CaseStatus::Active;
    CaseRecord closed = caseFor(person, QDate(2024, 5, 1));
    closed.status = CaseStatus::Closed;
    closed.closedOn = QDate(2025, 1, 31);
    closed.closureReasonId = ref(t.db(), u"closure_reason"_s, u"overcome"_s);
    closed.outcome = u"improved"_s;
    // A case without a number comes before the one with 2025-0007 in the file, yet takes the
    // number after it.
    const QList<qint64> ids = cases.createImportedMany(
        {caseFor(person, QDate(2025, 5, 1)), given, closed, caseFor(person, QDate(2025, 6, 1))});
    REQUIRE(ids.size() == 4);
    CHECK(cases.get(ids.at(0)).number == u"2025-0008"_s);
    CHECK(cases.get(ids.at(1)).number == u"2025-0007"_s);
    CHECK(cases.get(ids.at(2)).number == u"2024-0001"_s);
    CHECK(cases.get(ids.at(3)).number == u"2025-0009"_s);
    CHECK(cases.get(ids.at(2)).status == CaseStatus::Closed);
    CHECK(cases.history(ids.at(2)).size() == 2);
    CHECK(cases.history(ids.at(1)).size() == 1);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = "
                        "'create'"_s)
              .scalar()
              .toInt() == 5);
    // A number taken, or written twice in one batch: nothing of the batch is stored.
    CaseRecord again = caseFor(person, QDate(2025, 7, 1));
    again.number = u"2025-0010"_s;
    CHECK_THROWS_AS(cases.createImportedMany({caseFor(person, QDate(2025, 7, 1)), again, again}),
                    ValidationError);
    CHECK(Query(t.db(), u"SELECT count(*) FROM case_file"_s).scalar().toInt() == 5);
}

TEST_CASE("a second connection creating cases at the same time gets its own numbers")
{
    PinnedClock clock;
    TempDatabase t;
    const qint64 person = addPerson(t.db(), u"Петрова"_s);
    auto other = Database::open(t.path());
    CaseRepository mine(t.db());
    CaseRepository theirs(*other);
    QStringList numbers;
    for (int i = 0; i < 10; ++i) {
        numbers << mine.get(mine.create(caseFor(person, QDate(2026, 3, 1)))).number;
        numbers << theirs.get(theirs.create(caseFor(person, QDate(2026, 3, 1)))).number;
    }
    numbers.removeDuplicates();
    CHECK(numbers.size() == 20);
    CHECK(numbers.contains(u"2026-0020"_s));
}

TEST_CASE("a case is about exactly one person or household and opens in the past")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    CaseRecord none;
    none.openedOn = QDate(2026, 1, 1);
    CHECK_THROWS_AS(cases.create(none), ValidationError);
    CaseRecord future = caseFor(addPerson(t.db(), u"Орлова"_s), QDate(2026, 7, 1));
    try {
        cases.create(future);
        FAIL("no error");
    } catch (const ValidationError &e) {
        CHECK(e.hasField(u"opened_on"_s));
    }
}

TEST_CASE("status changes follow the path, are dated, and closing needs reason and outcome")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 id = cases.create(caseFor(addPerson(t.db(), u"Орлова"_s), QDate(2026, 1, 10)));

    // new → review is not a step a case takes.
    CHECK_THROWS_AS(cases.changeStatus(id, 1, CaseStatus::Review, QDate(2026, 2, 1), {}),
                    ValidationError);
    cases.changeStatus(id, 1, CaseStatus::Assessment, QDate(2026, 1, 20), u"осмотр"_s);
    cases.changeStatus(id, 2, CaseStatus::Active, QDate(2026, 2, 1), {});
    CHECK_THROWS_AS(cases.changeStatus(id, 2, CaseStatus::Review, QDate(2026, 3, 1), {}),
                    ConflictError);

    try {
        cases.changeStatus(id, 3, CaseStatus::Closed, QDate(2026, 5, 1), {});
        FAIL("closed without reason");
    } catch (const ValidationError &e) {
        CHECK(e.hasField(u"closure_reason"_s));
        CHECK(e.hasField(u"outcome"_s));
    }
    CHECK_THROWS_AS(cases.changeStatus(id, 3, CaseStatus::Closed, QDate(2026, 1, 1), {},
                                       ref(t.db(), u"closure_reason"_s, u"overcome"_s),
                                       u"improved"_s),
                    ValidationError);
    CHECK(cases.get(id).status == CaseStatus::Active);

    cases.changeStatus(id, 3, CaseStatus::Closed, QDate(2026, 5, 1), u"итог"_s,
                       ref(t.db(), u"closure_reason"_s, u"overcome"_s), u"improved"_s);
    CaseRecord closed = cases.get(id);
    CHECK(closed.closedOn == QDate(2026, 5, 1));
    CHECK(closed.outcome == u"improved"_s);

    cases.changeStatus(id, closed.version, CaseStatus::Active, QDate(2026, 6, 1), u"повторно"_s);
    const CaseRecord reopened = cases.get(id);
    CHECK_FALSE(reopened.closedOn.isValid());
    CHECK(reopened.closureReasonId == 0);
    CHECK(reopened.outcome.isEmpty());

    const auto history = cases.history(id);
    QStringList steps;
    for (const auto &h : history)
        steps << h.fromStatus + u">"_s + h.toStatus;
    CHECK(steps == QStringList{u">new"_s, u"new>assessment"_s, u"assessment>active"_s,
                               u"active>closed"_s, u"closed>active"_s});
    CHECK(history.at(1).comment == u"осмотр"_s);
    CHECK(history.at(3).changedOn == QDate(2026, 5, 1));
}

TEST_CASE("case details update with version checks, the status is not changed by update")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 id = cases.create(caseFor(addPerson(t.db(), u"Орлова"_s), QDate(2026, 1, 10)));
    CaseRecord c = cases.get(id);
    c.summary = u"Нуждается в жилье"_s;
    c.status = CaseStatus::Closed;
    c.circumstanceIds = {ref(t.db(), u"circumstance"_s, u"no_home"_s)};
    cases.update(c);
    const CaseRecord back = cases.get(id);
    CHECK(back.summary == u"Нуждается в жилье"_s);
    CHECK(back.status == CaseStatus::New);
    CHECK(back.circumstanceIds.size() == 1);
    c.summary = u"другое"_s;
    try {
        cases.update(c);
        FAIL("no conflict");
    } catch (const ConflictError &e) {
        CHECK(e.changedFields().contains(u"summary"_s));
    }
}

TEST_CASE("case notes are dated and need text")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 id = cases.create(caseFor(addPerson(t.db(), u"Орлова"_s), QDate(2026, 1, 10)));
    CaseNote note;
    note.date = QDate(2026, 2, 3);
    CHECK_THROWS_AS(cases.addNote(id, note), ValidationError);
    note.text = u"Первичная беседа"_s;
    cases.addNote(id, note);
    note.date = QDate(2026, 3, 3);
    note.kind = u"psychologist"_s;
    cases.addNote(id, note);
    const auto notes = cases.notes(id);
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).kind == u"psychologist"_s);
    CHECK(notes.at(1).date == QDate(2026, 2, 3));
}

TEST_CASE("the case list filters by status, period and number and sorts by whitelisted keys")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 b = addPerson(t.db(), u"Борисова"_s);
    const qint64 a = addPerson(t.db(), u"Алексеева"_s);
    const qint64 first = cases.create(caseFor(b, QDate(2025, 5, 1)));
    cases.create(caseFor(a, QDate(2026, 2, 1)));
    cases.create(caseFor(b, QDate(2026, 3, 1)));
    cases.changeStatus(first, 1, CaseStatus::Active, QDate(2025, 6, 1), {});

    CHECK(cases.list({}, {}).total == 3);
    CaseFilter active;
    active.status = CaseStatus::Active;
    CHECK(cases.list(active, {}).total == 1);
    CaseFilter period;
    period.openedFrom = QDate(2026, 1, 1);
    period.openedTo = QDate(2026, 2, 1);
    CHECK(cases.list(period, {}).total == 1);
    CaseFilter number;
    number.text = u"2026-"_s;
    CHECK(cases.list(number, {}).total == 2);
    number.text = u"0001"_s;
    CHECK(cases.list(number, {}).total == 2);
    CaseFilter name;
    name.text = u"алекс"_s;
    REQUIRE(cases.list(name, {}).total == 1);
    CHECK(cases.list(name, {}).rows.at(0).subject == u"Алексеева Анна"_s);

    PageRequest bySubject;
    bySubject.sortKey = u"subject"_s;
    CHECK(cases.list({}, bySubject).rows.at(0).subject == u"Алексеева Анна"_s);
    PageRequest unknown;
    unknown.sortKey = u"1; DROP TABLE case_file"_s;
    CHECK(cases.list({}, unknown).rows.at(0).number == u"2025-0001"_s);
    PageRequest newest;
    newest.sortKey = u"opened"_s;
    newest.descending = true;
    CHECK(cases.list({}, newest).rows.at(0).number == u"2026-0002"_s);
    cases.archive(first, 2);
    CHECK(cases.list({}, {}).total == 2);
}

TEST_CASE("sorting cases by name and by responsible follows renames")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    PersonRepository people(t.db());
    const qint64 anna = addPerson(t.db(), u"Борисова"_s);
    const qint64 vera = addPerson(t.db(), u"Волкова"_s);
    cases.create(caseFor(anna, QDate(2026, 1, 1)));
    cases.create(caseFor(vera, QDate(2026, 1, 2)));
    PageRequest bySubject;
    bySubject.sortKey = u"subject"_s;
    CHECK(cases.list({}, bySubject).rows.at(0).subject == u"Борисова Анна"_s);
    PersonRecord renamed = people.get(anna);
    renamed.surname = u"Яковлева"_s;
    people.update(renamed);
    CHECK(cases.list({}, bySubject).rows.at(0).subject == u"Волкова Анна"_s);
    CaseFilter byName;
    byName.text = u"яков"_s;
    CHECK(cases.list(byName, {}).total == 1);
}

TEST_CASE("a new case carries the sort keys of its subject and specialist, however it is added")
{
    PinnedClock clock;
    TempDatabase t;
    CaseRepository cases(t.db());
    const qint64 anna = addPerson(t.db(), u"Борисова"_s);
    StaffMember member;
    member.surname = u"Ковалёва"_s;
    member.firstName = u"Ольга"_s;
    CaseRecord c = caseFor(anna, QDate(2026, 1, 1));
    c.responsibleId = StaffRepository(t.db()).create(member);
    const qint64 viaRepository = cases.create(c);
    c.number = u"2026-0050"_s;
    const qint64 imported = cases.createImported(c);
    // A row put in by SQL alone (as older versions and bulk fills do) gets them from the
    // triggers.
    Query(t.db(),
          u"INSERT INTO case_file(number, year, seq, person_id, status, opened_on, "
          "responsible_id, created_at, updated_at) SELECT '2026-0099', 2026, 99, "
          "person_id, 'new', opened_on, responsible_id, 'x', 'x' FROM case_file WHERE id = 1"_s)
        .exec();
    const QString expected =
        Query(t.db(), u"SELECT surname_key || ' ' || first_name_key || ' ' || patronymic_key || "
                      "'|Ковалёва Ольга' FROM person WHERE id = :p"_s)
            .bind(u":p"_s, anna)
            .scalar()
            .toString();
    Query keys(t.db(), u"SELECT id, subject_key || '|' || responsible_key FROM case_file ORDER "
                       "BY id"_s);
    keys.exec();
    int rows = 0;
    while (keys.next()) {
        ++rows;
        INFO(keys.integer(0));
        CHECK(keys.text(1) == expected);
    }
    CHECK(rows == 3);
    // Added through Opora, a case carries the moment and the user, and its first status.
    for (const qint64 id : {viaRepository, imported}) {
        INFO(id);
        CHECK(Query(t.db(), u"SELECT created_at = updated_at AND created_at = :now AND number <> "
                            "'' FROM case_file WHERE id = :id"_s)
                  .bind(u":now"_s, nowUtc())
                  .bind(u":id"_s, id)
                  .scalar()
                  .toBool());
        CHECK(cases.history(id).size() == 1);
    }
    CHECK(cases.get(imported).number == u"2026-0050"_s);
}
