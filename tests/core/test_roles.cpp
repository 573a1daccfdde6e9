#include "access/accounts.h"
#include "access/permissions.h"
#include "access/userrepository.h"
#include "audit/auditquery.h"
#include "catch_qt.h"
#include "db/query.h"
#include "error.h"
#include "exchange/peopleexchange.h"
#include "projects/projectrepository.h"
#include "register/caserepository.h"
#include "register/personrepository.h"
#include "register/referencerepository.h"
#include "register/registersearch.h"
#include "register/staffrepository.h"
#include "services/servicerepository.h"
#include "tempdatabase.h"

#include <functional>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

const QString Password = u"password-123"_s;

// The administrator signed in, one account of every other role, and one member of staff.
struct Centre
{
    TempDatabase t;
    QHash<QString, qint64> accountOf; // role -> account id

    Centre()
    {
        Accounts(t.db()).setInitialAdministratorPassword(Password);
        Accounts(t.db()).signIn(u"admin"_s, Password);
        accountOf.insert(u"admin"_s, t->actorId());
        StaffMember s;
        s.surname = u"Орлова"_s;
        s.firstName = u"Вера"_s;
        const qint64 staff = StaffRepository(t.db()).create(s);
        for (const QString &role : roles()) {
            if (role == u"admin"_s)
                continue;
            UserAccount a;
            a.login = role;
            a.displayName = u"Account "_s + role;
            a.role = role;
            a.staffId = staff;
            accountOf.insert(role, UserRepository(t.db()).create(a, Password));
        }
    }
    Database &db() { return t.db(); }
    void signIn(const QString &role) { Accounts(t.db()).signIn(role, Password); }
    qint64 count(const QString &table)
    {
        return Query(t.db(), u"SELECT count(*) FROM "_s + table).scalar(0).toLongLong();
    }
};

// Runs an action as each role and returns the roles that were allowed; a refusal must be
// Error(Permission) and store nothing in table.
QStringList allowedRoles(Centre &c, const QString &table, const std::function<void()> &action)
{
    QStringList allowed;
    for (const QString &role : roles()) {
        if (role == u"trainer"_s)
            continue; // cannot sign in here at all (tested below)
        c.signIn(role);
        const qint64 before = c.count(table);
        try {
            action();
            allowed << role;
        } catch (const Error &e) {
            INFO(role.toStdString() << ": " << e.userMessage().toStdString());
            CHECK(e.kind() == Error::Kind::Permission);
            CHECK_FALSE(e.userMessage().isEmpty());
            CHECK(c.count(table) == before);
        }
    }
    return allowed;
}

} // namespace

TEST_CASE("the role × action matrix is enforced in core")
{
    Centre c;
    int n = 0;
    const QStringList editors{u"admin"_s, u"head"_s, u"specialist"_s, u"psychologist"_s};

    CHECK(allowedRoles(c, u"person"_s, [&] {
              PersonRecord p;
              p.surname = u"Тестова"_s;
              p.firstName = u"Анна%1"_s.arg(++n);
              PersonRepository(c.db()).create(p);
          }) == editors);
    CHECK(allowedRoles(c, u"project"_s, [&] {
              Project p;
              p.name = u"Проект %1"_s.arg(++n);
              p.startsOn = QDate(2026, 1, 1);
              p.endsOn = QDate(2026, 12, 31);
              ProjectRepository(c.db()).create(p);
          }) == QStringList{u"admin"_s, u"head"_s});
    CHECK(allowedRoles(c, u"ref_item"_s, [&] {
              ReferenceRepository(c.db()).add(u"category"_s, u"Категория %1"_s.arg(++n));
          }) == QStringList{u"admin"_s});
    CHECK(allowedRoles(c, u"staff"_s, [&] {
              StaffMember s;
              s.surname = u"Сотрудник"_s;
              s.firstName = QString::number(++n);
              StaffRepository(c.db()).create(s);
          }) == QStringList{u"admin"_s});
    CHECK(allowedRoles(c, u"users"_s, [&] { UserRepository(c.db()).list(); }) ==
          QStringList{u"admin"_s});
    CHECK(allowedRoles(c, u"audit_log"_s, [&] { AuditQuery(c.db()).entries({}, {}); }) ==
          QStringList{u"admin"_s});
    c.signIn(u"admin"_s);
    PersonRecord p;
    p.surname = u"Читаемая"_s;
    p.firstName = u"Мария"_s;
    const qint64 person = PersonRepository(c.db()).create(p);
    CHECK(allowedRoles(c, u"person"_s, [&] { PersonRepository(c.db()).get(person); }) == editors);
    CHECK(allowedRoles(c, u"person"_s, [&] { RegisterSearch(c.db()).find(u"Читаемая"_s, 10); }) ==
          editors);
    const QString csv = c.t.folder() + u"/people.csv"_s;
    CHECK(allowedRoles(c, u"person"_s, [&] { PeopleExchange::exportFile(c.db(), csv); }) ==
          QStringList{u"admin"_s, u"head"_s});
}

TEST_CASE("nobody changes their own role, everybody changes their own password")
{
    Centre c;
    for (const QString &role : roles()) {
        if (role == u"trainer"_s)
            continue;
        c.signIn(role);
        CHECK_NOTHROW(Accounts(c.db()).setPassword(c.accountOf.value(role), u"new-password-1"_s));
        Accounts(c.db()).setPassword(c.accountOf.value(role), Password);
    }
    c.signIn(u"admin"_s);
    UserRepository users(c.db());
    UserAccount self = users.get(c.accountOf.value(u"admin"_s));
    self.role = u"specialist"_s;
    CHECK_THROWS_AS(users.update(self), ValidationError);
    self = users.get(c.accountOf.value(u"admin"_s));
    self.active = false;
    CHECK_THROWS_AS(users.update(self), ValidationError);

    // Another administrator may change this one, unless it is the last one.
    UserAccount head = users.get(c.accountOf.value(u"head"_s));
    head.role = u"admin"_s;
    users.update(head);
    c.signIn(u"head"_s);
    UserAccount first = UserRepository(c.db()).get(c.accountOf.value(u"admin"_s));
    first.role = u"manager"_s;
    UserRepository(c.db()).update(first);
    CHECK(UserRepository(c.db()).get(first.id).role == u"manager"_s);
    // The head is now the only administrator: nobody, not even the command line without an
    // account, leaves the centre without one.
    c.t->setActorId(0);
    UserAccount last = UserRepository(c.db()).get(head.id);
    last.role = u"head"_s;
    CHECK_THROWS_AS(UserRepository(c.db()).update(last), ValidationError);
    last = UserRepository(c.db()).get(head.id);
    last.active = false;
    CHECK_THROWS_AS(UserRepository(c.db()).update(last), ValidationError);
    CHECK(Query(c.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'users' AND action = "
                        "'update' AND fields LIKE '%role%'"_s)
              .scalar(0)
              .toInt() == 2);
}

TEST_CASE("a trainer signs in to a demo database only")
{
    Centre c;
    CHECK_THROWS_AS(c.signIn(u"trainer"_s), Error);
    CHECK(c.t->actorId() == c.accountOf.value(u"admin"_s));
    c.db().setSetting(u"demo"_s, u"1"_s);
    c.signIn(u"trainer"_s);
    CHECK(c.t->actorId() == c.accountOf.value(u"trainer"_s));
}

TEST_CASE("accounts: names are unique, passwords strong, a locked account can be unlocked")
{
    Centre c;
    UserRepository users(c.db());
    UserAccount a;
    a.login = u"SPECIALIST"_s;
    a.displayName = u"Another"_s;
    CHECK_THROWS_AS(users.create(a, Password), ValidationError);
    a.login = u"with space"_s;
    CHECK_THROWS_AS(users.create(a, Password), ValidationError);
    a.login = u"new.user"_s;
    CHECK_THROWS_AS(users.create(a, u"short"_s), ValidationError);
    CHECK(c.count(u"users"_s) == roles().size());
    const qint64 id = users.create(a, Password);
    for (int i = 0; i < Accounts::MaxFailures; ++i)
        CHECK_THROWS(Accounts(c.db()).signIn(u"new.user"_s, u"wrong-password"_s));
    CHECK(users.get(id).locked);
    users.unlock(id);
    CHECK_FALSE(users.get(id).locked);
    Accounts(c.db()).signIn(u"new.user"_s, Password);
    CHECK(c.t->actorId() == id);
}

TEST_CASE("staff: required names, a valid department, deactivated instead of deleted")
{
    Centre c;
    StaffRepository staff(c.db());
    StaffMember s;
    CHECK_THROWS_AS(staff.create(s), ValidationError);
    s.surname = u"Белова"_s;
    s.firstName = u"Ольга"_s;
    s.departmentId = 999;
    CHECK_THROWS_AS(staff.create(s), ValidationError);
    s.departmentId = Query(c.db(), u"SELECT min(id) FROM department"_s).scalar(0).toLongLong();
    s.email = u"not an address"_s;
    CHECK_THROWS_AS(staff.create(s), ValidationError);
    s.email = u"belova@example.org"_s;
    const qint64 id = staff.create(s);
    StaffMember stored = staff.get(id);
    CHECK(stored.department.size() > 0);
    staff.setActive(id, stored.version, false);
    CHECK_FALSE(staff.get(id).active);
    bool listed = false;
    for (const StaffMember &m : staff.list(false))
        listed = listed || m.id == id;
    CHECK_FALSE(listed);
    CHECK_THROWS_AS(staff.update(stored), ConflictError);
}

TEST_CASE("a specialist sees the cases of their department, psychologists' notes stay private")
{
    Centre c;
    Database &db = c.db();
    QList<qint64> departments;
    Query d(db, u"SELECT id FROM department ORDER BY id LIMIT 2"_s);
    d.exec();
    while (d.next())
        departments << d.integer(0);
    REQUIRE(departments.size() == 2);
    // The specialist's and the psychologist's accounts work as staff of the first department.
    StaffMember worker;
    worker.surname = u"Первая"_s;
    worker.firstName = u"Ирина"_s;
    worker.departmentId = departments.at(0);
    const qint64 first = StaffRepository(db).create(worker);
    worker.surname = u"Вторая"_s;
    worker.departmentId = departments.at(1);
    const qint64 second = StaffRepository(db).create(worker);
    for (const QString &role : {u"specialist"_s, u"psychologist"_s}) {
        UserAccount a = UserRepository(db).get(c.accountOf.value(role));
        a.staffId = first;
        UserRepository(db).update(a);
    }
    const auto openCase = [&](qint64 department, qint64 responsible) {
        PersonRecord p;
        p.surname = u"Клиентова"_s;
        p.firstName = QString::number(department * 100 + responsible);
        CaseRecord k;
        k.personId = PersonRepository(db).create(p);
        k.openedOn = QDate(2026, 3, 1);
        k.departmentId = department;
        k.responsibleId = responsible;
        return CaseRepository(db).create(k);
    };
    const qint64 own = openCase(departments.at(0), second);
    const qint64 other = openCase(departments.at(1), second);
    const qint64 assigned = openCase(departments.at(1), first);
    const QString otherNumber = CaseRepository(db).get(other).number;
    const ServiceItem item = ServiceRepository(db).catalogue().first();
    for (qint64 k : {own, other, assigned}) {
        ServiceRecord r;
        r.caseId = k;
        r.personId = CaseRepository(db).get(k).personId;
        r.itemId = item.id;
        r.date = QDate(2026, 3, 5);
        r.form = item.forms.first();
        ServiceRepository(db).create(r);
    }

    c.signIn(u"specialist"_s);
    QList<qint64> listed;
    for (const CaseRow &row : CaseRepository(db).list({}, {}).rows)
        listed << row.id;
    std::sort(listed.begin(), listed.end());
    CHECK(listed == QList<qint64>{own, assigned});
    CHECK(CaseRepository(db).list({}, {}).total == 2);
    CHECK_NOTHROW(CaseRepository(db).get(assigned));
    try {
        CaseRepository(db).get(other);
        FAIL("a case of another department was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Permission);
    }
    CHECK(RegisterSearch(db).find(otherNumber, 10).isEmpty());
    CHECK(ServiceRepository(db).journal({}, {}).total == 2);
    CHECK(ServiceRepository(db).totals({}).records == 2);
    CaseNote note;
    note.date = QDate(2026, 3, 2);
    note.text = u"Наблюдение"_s;
    CHECK_THROWS(CaseRepository(db).addNote(other, note));
    note.kind = u"psychologist"_s;
    CHECK_THROWS_AS(CaseRepository(db).addNote(own, note), ValidationError);

    c.signIn(u"psychologist"_s);
    CaseRepository(db).addNote(own, note);
    note.kind = u"general"_s;
    CaseRepository(db).addNote(own, note);
    CHECK(CaseRepository(db).notes(own).size() == 2);
    for (const auto &[role, visible] :
         {std::pair{u"specialist"_s, 1}, std::pair{u"head"_s, 2}, std::pair{u"admin"_s, 1}}) {
        c.signIn(role);
        INFO(role.toStdString());
        CHECK(CaseRepository(db).notes(own).size() == visible);
    }
    // Heads and administrators see every case.
    CHECK(CaseRepository(db).list({}, {}).total == 3);
}
