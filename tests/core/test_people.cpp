#include "catch_qt.h"
#include "db/query.h"
#include "error.h"
#include "register/householdrepository.h"
#include "register/personrepository.h"
#include "tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

PersonRecord anna()
{
    PersonRecord p;
    p.surname = u"Иванова"_s;
    p.firstName = u"Анна"_s;
    p.patronymic = u"Сергеевна"_s;
    p.birthDate = QDate(2008, 3, 14);
    p.sex = u"f"_s;
    p.phone = u"+7 (903) 123-45-67"_s;
    return p;
}

qint64 categoryId(Database &db, const QString &code)
{
    return Query(db, u"SELECT id FROM ref_item WHERE list = 'category' AND code = :c"_s)
        .bind(u":c"_s, code)
        .scalar(0)
        .toLongLong();
}

QStringList auditActions(Database &db, const QString &entity, qint64 id)
{
    Query q(db, u"SELECT action || ':' || fields FROM audit_log WHERE entity = :e AND "
                "entity_id = :id ORDER BY id"_s);
    q.bind(u":e"_s, entity).bind(u":id"_s, id).exec();
    QStringList actions;
    while (q.next())
        actions << q.text(0);
    return actions;
}

} // namespace

TEST_CASE("a person is created, read back and audited with field names only")
{
    TempDatabase t;
    PersonRepository people(t.db());
    PersonRecord p = anna();
    p.categoryIds = {categoryId(t.db(), u"minor_mother"_s)};
    const qint64 id = people.create(p);
    const PersonRecord back = people.get(id);
    CHECK(back.fullName() == u"Иванова Анна Сергеевна"_s);
    CHECK(back.birthDate == QDate(2008, 3, 14));
    CHECK(back.categoryIds == p.categoryIds);
    CHECK(back.version == 1);
    const QStringList audit = auditActions(t.db(), u"person"_s, id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().startsWith(u"create:surname,first_name"_s));
    CHECK_FALSE(audit.first().contains(u"Иванова"_s));
}

TEST_CASE("invalid people are refused field by field and nothing is stored")
{
    TempDatabase t;
    PersonRepository people(t.db());
    PersonRecord p;
    p.birthDate = QDate::currentDate().addDays(3);
    p.sex = u"x"_s;
    try {
        people.create(p);
        FAIL("no ValidationError");
    } catch (const ValidationError &e) {
        CHECK(e.hasField(u"surname"_s));
        CHECK(e.hasField(u"first_name"_s));
        CHECK(e.hasField(u"birth_date"_s));
        CHECK(e.hasField(u"sex"_s));
        CHECK_FALSE(e.hasField(u"patronymic"_s));
    }
    CHECK(Query(t.db(), u"SELECT count(*) FROM person"_s).scalar().toInt() == 0);
}

TEST_CASE("an update of a stale version is a conflict naming the fields that differ")
{
    TempDatabase t;
    PersonRepository people(t.db());
    const qint64 id = people.create(anna());

    PersonRecord mine = people.get(id);
    PersonRecord theirs = people.get(id);
    theirs.phone = u"+7 916 000-00-01"_s;
    people.update(theirs); // saved first, version 2

    mine.address = u"ул. Садовая, 5"_s;
    try {
        people.update(mine);
        FAIL("no ConflictError");
    } catch (const ConflictError &e) {
        CHECK(e.entity() == u"person"_s);
        CHECK(e.id() == id);
        CHECK(e.changedFields() == QStringList{u"phone"_s, u"address"_s});
    }
    const PersonRecord stored = people.get(id);
    CHECK(stored.phone == u"+7 916 000-00-01"_s);
    CHECK(stored.address.isEmpty());

    // Keeping mine deliberately: saved again on top of the version now stored.
    mine.version = stored.version;
    people.update(mine);
    CHECK(people.get(id).address == u"ул. Садовая, 5"_s);
    CHECK(people.get(id).version == 3);
    CHECK(auditActions(t.db(), u"person"_s, id).last() == u"update:phone,address"_s);
}

TEST_CASE("people are archived and restored, never deleted, and the list hides the archived")
{
    TempDatabase t;
    PersonRepository people(t.db());
    const qint64 id = people.create(anna());
    people.archive(id, 1);
    CHECK(people.get(id).archived);
    CHECK(people.list({}, {}).total == 0);
    PersonFilter all;
    all.withArchived = true;
    CHECK(people.list(all, {}).total == 1);
    CHECK_THROWS_AS(people.restore(id, 1), ConflictError);
    people.restore(id, 2);
    CHECK_FALSE(people.get(id).archived);
    CHECK(people.list({}, {}).total == 1);
    const QStringList audit = auditActions(t.db(), u"person"_s, id);
    CHECK(audit.mid(1) == QStringList{u"archive:archived_at"_s, u"restore:archived_at"_s});
}

TEST_CASE("the people list pages, sorts and filters by words and category")
{
    TempDatabase t;
    PersonRepository people(t.db());
    const qint64 minorMother = categoryId(t.db(), u"minor_mother"_s);
    const QStringList surnames{u"Петрова"_s, u"Антонова"_s, u"Ёлкина"_s, u"Яшина"_s, u"Белова"_s};
    for (int i = 0; i < surnames.size(); ++i) {
        PersonRecord p = anna();
        p.surname = surnames.at(i);
        p.birthDate = QDate(2000 + i, 1, 1);
        if (i % 2 == 0)
            p.categoryIds = {minorMother};
        people.create(p);
    }
    PageRequest page;
    page.limit = 2;
    const auto first = people.list({}, page);
    CHECK(first.total == 5);
    REQUIRE(first.rows.size() == 2);
    CHECK(first.rows.at(0).name.startsWith(u"Антонова"_s));
    CHECK(first.rows.at(1).name.startsWith(u"Белова"_s));
    page.offset = 2;
    CHECK(people.list({}, page).rows.at(0).name.startsWith(u"Ёлкина"_s));

    PageRequest byBirth;
    byBirth.sortKey = u"birth_date"_s;
    byBirth.descending = true;
    CHECK(people.list({}, byBirth).rows.at(0).name.startsWith(u"Белова"_s));

    PersonFilter words;
    words.text = u"анна елк"_s;
    const auto found = people.list(words, {});
    REQUIRE(found.total == 1);
    CHECK(found.rows.at(0).name.startsWith(u"Ёлкина"_s));

    PersonFilter category;
    category.categoryId = minorMother;
    CHECK(people.list(category, {}).total == 3);
    CHECK(people.list(category, {}).rows.at(0).categories == u"Несовершеннолетняя мать"_s);
}

TEST_CASE("a household keeps its members with their relation")
{
    TempDatabase t;
    PersonRepository people(t.db());
    HouseholdRepository households(t.db());
    const qint64 mother = people.create(anna());
    PersonRecord child = anna();
    child.firstName = u"Мария"_s;
    child.birthDate = QDate(2025, 1, 2);
    const qint64 baby = people.create(child);

    HouseholdRecord h;
    h.name = u"Семья Ивановых"_s;
    h.members = {{mother, u"mother"_s, {}}, {baby, u"child"_s, {}}};
    const qint64 id = households.create(h);
    const HouseholdRecord back = households.get(id);
    REQUIRE(back.members.size() == 2);
    CHECK(back.members.at(0).name == u"Иванова Анна Сергеевна"_s);
    CHECK(households.householdsOf(baby) == QList<qint64>{id});

    HouseholdRecord twice = back;
    twice.members.append({mother, u"other"_s, {}});
    CHECK_THROWS_AS(households.update(twice), ValidationError);
    HouseholdRecord badRelation = back;
    badRelation.members[1].relation = u"cousin"_s;
    CHECK_THROWS_AS(households.update(badRelation), ValidationError);
}
