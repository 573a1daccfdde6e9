#include "access/accounts.h"
#include "catch_qt.h"
#include "clock.h"
#include "db/query.h"
#include "error.h"
#include "events/eventrepository.h"
#include "pinnedclock.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "register/personaldata.h"
#include "register/personrepository.h"
#include "register/referencerepository.h"
#include "services/servicerepository.h"
#include "tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::PinnedClock;
using opora::test::TempDatabase;

namespace {

qint64 person(Database &db, const QString &surname, const QString &first, const QDate &born)
{
    PersonRecord p;
    p.surname = surname;
    p.firstName = first;
    p.birthDate = born;
    return PersonRepository(db).create(p);
}

void serve(Database &db, qint64 caseId, qint64 personId, const QDate &date)
{
    const ServiceItem item = ServiceRepository(db).catalogue().first();
    ServiceRecord r;
    r.caseId = caseId;
    r.personId = personId;
    r.itemId = item.id;
    r.date = date;
    r.form = item.forms.first();
    ServiceRepository(db).create(r);
}

} // namespace

TEST_CASE("personal data: everything about the person and nothing about the rest of the family")
{
    PinnedClock clock;
    TempDatabase t;
    Database &db = t.db();
    const qint64 girl = person(db, u"Зорина"_s, u"Алёна"_s, QDate(2010, 4, 2));
    const qint64 partner = person(db, u"Вьюгин"_s, u"Тимофей"_s, QDate(2008, 1, 9));
    HouseholdRecord h;
    h.name = u"Семья Зориных"_s;
    h.members = {{girl, u"mother"_s, {}}, {partner, u"partner"_s, {}}};
    const qint64 family = HouseholdRepository(db).create(h);
    ConsentRecord consent;
    consent.personId = girl;
    consent.givenOn = QDate(2026, 1, 10);
    consent.signedBy = u"законный представитель"_s;
    consent.scope = u"обработка персональных данных"_s;
    ConsentRepository(db).give(consent);

    CaseRecord own;
    own.personId = girl;
    own.openedOn = QDate(2026, 1, 10);
    own.summary = u"Беременность, нет жилья"_s;
    const qint64 ownCase = CaseRepository(db).create(own);
    CaseRecord shared;
    shared.householdId = family;
    shared.openedOn = QDate(2026, 1, 12);
    shared.summary = u"Конфликт с отцом ребёнка Тимофеем"_s;
    const qint64 familyCase = CaseRepository(db).create(shared);
    CaseNote note;
    note.date = QDate(2026, 1, 15);
    note.text = u"Встреча в центре"_s;
    CaseRepository(db).addNote(ownCase, note);
    note.kind = u"psychologist"_s;
    note.text = u"Тревожность, нарушения сна"_s;
    CaseRepository(db).addNote(ownCase, note);
    serve(db, ownCase, girl, QDate(2026, 1, 20));
    serve(db, familyCase, girl, QDate(2026, 1, 21));
    serve(db, familyCase, partner, QDate(2026, 1, 22));
    EventRecord e;
    e.title = u"Школа материнства"_s;
    e.type = u"parents_school"_s;
    e.date = QDate(2026, 1, 25);
    e.status = u"held"_s;
    const qint64 event = EventRepository(db).create(e);
    EventRepository(db).setParticipant(event, girl, u"present"_s);
    EventRepository(db).setParticipant(event, partner, u"absent"_s);

    const QJsonObject data = PersonalData::collect(db, girl);
    CHECK(data.value(u"person"_s).toObject().value(u"first_name"_s).toString() == u"Алёна"_s);
    CHECK(data.value(u"consents"_s).toArray().size() == 1);
    CHECK(data.value(u"families"_s).toArray().size() == 1);
    const QJsonArray cases = data.value(u"cases"_s).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().toObject().value(u"notes"_s).toArray().size() == 1);
    CHECK(data.value(u"family_cases"_s).toArray().size() == 1);
    CHECK(data.value(u"services"_s).toArray().size() == 2);
    CHECK(data.value(u"events"_s).toArray().size() == 1);
    const QString text = QString::fromUtf8(QJsonDocument(data).toJson());
    for (const QString &absent :
         {u"Вьюгин"_s, u"Тимофей"_s, u"2008-01-09"_s, u"Тревожность"_s, u"Конфликт"_s})
        CHECK_FALSE(text.contains(absent));

    const QString path = t.folder() + u"/girl.json"_s;
    PersonalData::writeJson(db, girl, path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).object() == data);
    CHECK(Query(db, u"SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = "
                    "'person' AND entity_id = :p"_s)
              .bind(u":p"_s, girl)
              .scalar(0)
              .toInt() == 1);
    CHECK_THROWS_AS(PersonalData::collect(db, 999999), Error);

    // A specialist may not take a person's data out of the program.
    Accounts(db).setInitialAdministratorPassword(u"password-123"_s);
    Accounts(db).signIn(u"admin"_s, u"password-123"_s);
    Query(db, u"UPDATE users SET role = 'specialist'"_s).exec();
    CHECK_THROWS_AS(PersonalData::writeJson(db, girl, t.folder() + u"/no.json"_s), Error);
    CHECK_FALSE(QFile::exists(t.folder() + u"/no.json"_s));
}
