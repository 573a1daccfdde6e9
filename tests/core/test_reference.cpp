#include "catch_qt.h"
#include "db/query.h"
#include "error.h"
#include "register/caserepository.h"
#include "register/lookups.h"
#include "register/personrepository.h"
#include "register/referencerepository.h"
#include "tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

TEST_CASE("reference lists: items are added, renamed, deactivated, items in use never deleted")
{
    TempDatabase t;
    ReferenceRepository refs(t.db());
    const auto before = refs.items(u"category"_s);
    REQUIRE(before.size() == 9);
    const qint64 id = refs.add(u"category"_s, u"Семья участника СВО"_s);
    auto after = refs.items(u"category"_s);
    REQUIRE(after.size() == 10);
    CHECK(after.last().name == u"Семья участника СВО"_s);
    CHECK(after.last().code.startsWith(u"custom_"_s));
    CHECK_FALSE(after.last().inUse);

    refs.rename(u"category"_s, id, 1, u"Семья участника боевых действий"_s);
    CHECK_THROWS_AS(refs.rename(u"category"_s, id, 1, u"снова"_s), ConflictError);
    CHECK_THROWS_AS(refs.rename(u"category"_s, id, 2, u"  "_s), ValidationError);

    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    p.categoryIds = {id};
    PersonRepository(t.db()).create(p);
    CHECK(refs.items(u"category"_s).last().inUse);
    CHECK_THROWS_AS(refs.remove(u"category"_s, id), ValidationError);

    refs.setActive(u"category"_s, id, 2, false);
    bool offered = false;
    for (const Choice &c : refChoices(t.db(), u"category"_s))
        offered = offered || c.id == id;
    CHECK_FALSE(offered); // a deactivated item is no longer offered in forms
    CHECK(PersonRepository(t.db()).get(1).categoryIds == QList<qint64>{id}); // still stored

    const qint64 unused = refs.add(u"closure_reason"_s, u"Временно"_s);
    refs.remove(u"closure_reason"_s, unused);
    CHECK(refs.items(u"closure_reason"_s).size() == 7);
}

TEST_CASE("departments are edited like the other lists")
{
    TempDatabase t;
    ReferenceRepository refs(t.db());
    const qint64 id = refs.add(u"department"_s, u"Отделение дневного пребывания"_s);
    CHECK(departmentChoices(t.db()).last().name == u"Отделение дневного пребывания"_s);
    refs.setActive(u"department"_s, id, 1, false);
    CHECK(departmentChoices(t.db()).last().id != id);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'department'"_s)
              .scalar()
              .toInt() == 2);
}

TEST_CASE("consents are given and withdrawn, never before they were given")
{
    TempDatabase t;
    PersonRecord p;
    p.surname = u"Орлова"_s;
    p.firstName = u"Анна"_s;
    const qint64 person = PersonRepository(t.db()).create(p);
    ConsentRepository consents(t.db());
    ConsentRecord c;
    c.personId = person;
    c.givenOn = QDate(2025, 3, 1);
    try {
        consents.give(c);
        FAIL("no error");
    } catch (const ValidationError &e) {
        CHECK(e.hasField(u"signed_by"_s));
        CHECK(e.hasField(u"scope"_s));
    }
    c.signedBy = u"законный представитель: Орлова Мария Петровна"_s;
    c.scope = u"обработка персональных данных"_s;
    const qint64 id = consents.give(c);
    CHECK_THROWS_AS(consents.withdraw(id, 1, QDate(2025, 2, 1)), ValidationError);
    consents.withdraw(id, 1, QDate(2025, 9, 1));
    const auto list = consents.forPerson(person);
    REQUIRE(list.size() == 1);
    CHECK(list.first().withdrawnOn == QDate(2025, 9, 1));
}
