#include "audit/auditchain.h"
#include "catch_qt.h"
#include "clock.h"
#include "csv/csvreader.h"
#include "db/query.h"
#include "demo/demogenerator.h"
#include "events/eventrepository.h"
#include "exchange/exchangekinds.h"
#include "exchange/journalexchange.h"
#include "exchange/peopleexchange.h"
#include "exchange/registerexchange.h"
#include "exchange/volunteerexchange.h"
#include "projects/projectrepository.h"
#include "register/lookups.h"
#include "register/personrepository.h"
#include "register/staffrepository.h"
#include "stats/recordcounts.h"
#include "tempdatabase.h"
#include "volunteers/volunteerrepository.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace opora;
using opora::test::TempDatabase;

namespace {

QByteArray windows1251(const QString &text)
{
    // The few letters these tests use, encoded by hand (Qt 6 has no Windows-1251 codec
    // everywhere): А-я map to 0xC0-0xFF, ё to 0xB8.
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0410 && u <= 0x044F)
            out += char(0xC0 + (u - 0x0410));
        else if (u == 0x0451)
            out += char(0xB8);
        else
            out += char(u);
    }
    return out;
}

qint64 people(Database &db)
{
    return Query(db, u"SELECT count(*) FROM person"_s).scalar().toLongLong();
}

} // namespace

TEST_CASE("people import from a Windows-1251, semicolon, dd.mm.yyyy file with Russian headings")
{
    TempDatabase t;
    const QByteArray bytes = windows1251(
        u"Фамилия;Имя;Отчество;Дата рождения;Пол;Телефон;Категории\r\n"
        "Иванова;Анна;Сергеевна;14.03.2008;ж;8 903 123-45-67;Несовершеннолетняя мать\r\n"
        "Петров;Иван;;02.01.1990;м;;\r\n"_s);
    const ImportReport report = PeopleExchange::import(t.db(), CsvReader::read(bytes), {});
    CHECK(report.problems.isEmpty());
    CHECK(report.imported == 2);
    const PersonRecord anna = PersonRepository(t.db()).get(1);
    CHECK(anna.fullName() == u"Иванова Анна Сергеевна"_s);
    CHECK(anna.birthDate == QDate(2008, 3, 14));
    CHECK(anna.sex == u"f"_s);
    CHECK(anna.categoryIds.size() == 1);
}

TEST_CASE("a file with a bad row imports nothing unless asked, the bad rows are listed by line")
{
    TempDatabase t;
    QTemporaryDir dir;
    const QByteArray bytes = u"surname,first_name,birth_date,sex\n"
                             "Орлова,Анна,01.02.2000,f\n"
                             ",Мария,01.02.2001,f\n"
                             "Котова,Вера,31.02.2001,f\n"
                             "\"Смирнова\",\"Ольга\",2002-05-05,x\n"
                             "Белова,Нина,2003-06-06,\n"_s.toUtf8();
    const CsvTable table = CsvReader::read(bytes);
    const ImportReport refused = PeopleExchange::import(t.db(), table, {});
    CHECK_FALSE(refused.stored);
    CHECK(people(t.db()) == 0);
    QList<int> lines;
    for (const ImportProblem &p : refused.problems)
        lines << p.line;
    CHECK(lines.contains(3));
    CHECK(lines.contains(4));
    CHECK(lines.contains(5));
    CHECK_FALSE(lines.contains(2));

    ImportOptions dry;
    dry.dryRun = true;
    dry.skipInvalid = true;
    CHECK_FALSE(PeopleExchange::import(t.db(), table, dry).stored);
    CHECK(people(t.db()) == 0);

    ImportOptions skip;
    skip.skipInvalid = true;
    skip.rejectedPath = dir.filePath(u"rejected.csv"_s);
    const ImportReport partial = PeopleExchange::import(t.db(), table, skip);
    CHECK(partial.imported == 2);
    CHECK(people(t.db()) == 2);
    const CsvTable rejected = CsvReader::readFile(skip.rejectedPath);
    CHECK(rejected.rows.size() == 3);
    CHECK(rejected.header.cells.last() == u"Reason"_s);
}

TEST_CASE("importing the same people twice creates no duplicates, export reads back the same")
{
    QTemporaryDir dir;
    TempDatabase source;
    PersonRecord p;
    p.surname = u"Ковалёва"_s;
    p.firstName = u"Алёна"_s;
    p.birthDate = QDate(1999, 9, 9);
    p.phone = u"+7 903 000-00-00"_s;
    p.address = u"ул. Садовая, 5; кв. 2"_s;
    PersonRepository(source.db()).create(p);
    p.surname = u"=cmd|' /C calc'!A0"_s; // a formula must stay text
    PersonRepository(source.db()).create(p);
    const QString file = dir.filePath(u"people.csv"_s);
    CHECK(PeopleExchange::exportFile(source.db(), file) == 2);

    TempDatabase target;
    CHECK(PeopleExchange::importFile(target.db(), file, {}).imported == 2);
    const ImportReport again = PeopleExchange::importFile(target.db(), file, {});
    CHECK(again.imported == 0);
    CHECK(again.alreadyPresent == 2);
    CHECK(recordCounts(target.db()) == recordCounts(source.db()));
    const PersonRecord back = PersonRepository(target.db()).get(1);
    CHECK(back.address == u"ул. Садовая, 5; кв. 2"_s);
    CHECK(back.phone == u"+7 903 000-00-00"_s);
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().contains("'=cmd"));
}

TEST_CASE("volunteers come from the example file once, and export reads back the same")
{
    setFixedNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
    TempDatabase t;
    const CsvTable example =
        CsvReader::readFile(QStringLiteral(OPORA_SOURCE_DIR "/docs/examples/volunteers.csv"));
    const ImportReport first = VolunteerExchange::import(t.db(), example, {});
    CHECK(first.problems.isEmpty());
    CHECK(first.imported == 3);
    // The second time, and a copy of a row with another spelling of the phone, add nothing.
    CHECK(VolunteerExchange::import(t.db(), example, {}).alreadyPresent == 3);
    const CsvTable spelled =
        CsvReader::read("surname;first_name;phone\nбелова;ОЛЬГА;8 903 5551234\n"_ba);
    CHECK(VolunteerExchange::import(t.db(), spelled, {}).alreadyPresent == 1);
    const VolunteerRow zaitseva =
        VolunteerRepository(t.db()).list({u"Зайцева"_s, false}, {}).rows.value(0);
    CHECK(zaitseva.skills == u"студентка-психолог; ведёт клуб"_s);
    CHECK(zaitseva.since == QDate(2026, 2, 1));

    // A row without a surname and one starting in the future: nothing is stored, both listed.
    const CsvTable bad = CsvReader::read(
        "Фамилия;Имя;Волонтёр с\nСмирнова;Ирина;01.03.2026\n;Анна;\nКотова;Ева;01.07.2026\n"_ba);
    const ImportReport refused = VolunteerExchange::import(t.db(), bad, {});
    CHECK_FALSE(refused.stored);
    REQUIRE(refused.problems.size() == 2);
    CHECK(refused.problems.at(0).line == 3);
    CHECK(refused.problems.at(1).line == 4);
    ImportOptions skip;
    skip.skipInvalid = true;
    CHECK(VolunteerExchange::import(t.db(), bad, skip).imported == 1);

    QTemporaryDir dir;
    const QString file = dir.filePath(u"volunteers.csv"_s);
    CHECK(VolunteerExchange::exportFile(t.db(), file) == 4);
    TempDatabase target;
    CHECK(VolunteerExchange::import(target.db(), CsvReader::readFile(file), {}).imported == 4);
    CHECK(recordCounts(target.db()).contains({u"volunteers"_s, 4}));
    setFixedNowForTesting({});
}

TEST_CASE("families and cases come from the example files after the people, once")
{
    setFixedNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
    TempDatabase t;
    const auto example = [](const char *name) {
        return CsvReader::readFile(QStringLiteral(OPORA_SOURCE_DIR "/docs/examples/") +
                                   QString::fromLatin1(name));
    };
    // Cases name people and families: before they are there, every row says so and nothing
    // is stored.
    const ImportReport early = CaseExchange::import(t.db(), example("cases.csv"), {});
    CHECK_FALSE(early.stored);
    CHECK(early.problems.size() == 3);
    REQUIRE(PeopleExchange::import(t.db(), example("people.csv"), {}).imported == 3);
    const ImportReport families = HouseholdExchange::import(t.db(), example("households.csv"), {});
    CHECK(families.problems.isEmpty());
    CHECK(families.imported == 3);
    CHECK(Query(t.db(), u"SELECT count(*) FROM household"_s).scalar().toInt() == 2);
    CHECK(Query(t.db(), u"SELECT count(*) FROM household_member"_s).scalar().toInt() == 3);
    CHECK(Query(t.db(), u"SELECT relation FROM household_member m JOIN person p ON p.id = "
                        "m.person_id WHERE p.first_name = 'Мария'"_s)
              .scalar()
              .toString() == u"child"_s);
    // A later file adds a child to a family already stored: no new family, one more member,
    // a new version and one audit entry for the change.
    PersonRecord son;
    son.surname = u"Петров"_s;
    son.firstName = u"Иван"_s;
    son.birthDate = QDate(2010, 5, 5);
    PersonRepository(t.db()).create(son);
    const ImportReport added = HouseholdExchange::import(
        t.db(),
        CsvReader::read("Семья;Адрес семьи;Фамилия;Имя;Дата рождения;Родство\n"
                        "Семья Петровых;;Петров;Иван;05.05.2010;ребёнок\n"
                        "Семья Петровых;;Петрова;Ольга;21.07.1985;мать\n"),
        {});
    CHECK(added.problems.isEmpty());
    CHECK(added.imported == 1);
    CHECK(added.alreadyPresent == 1);
    CHECK(Query(t.db(), u"SELECT count(*) FROM household"_s).scalar().toInt() == 2);
    CHECK(Query(t.db(), u"SELECT count(*) || '/' || max(h.version) FROM household_member m JOIN "
                        "household h ON h.id = m.household_id WHERE h.name = 'Семья Петровых'"_s)
              .scalar()
              .toString() == u"2/2"_s);
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'household' AND action = "
                        "'update' AND fields = 'members'"_s)
              .scalar()
              .toInt() == 1);
    CHECK(AuditChain::verify(t.db()).intact);
    const ImportReport cases = CaseExchange::import(t.db(), example("cases.csv"), {});
    CHECK(cases.problems.isEmpty());
    CHECK(cases.imported == 3);
    Query closed(t.db(), u"SELECT status, closed_on, outcome, household_id IS NOT NULL FROM "
                         "case_file WHERE number = '2024-0017'"_s);
    closed.exec();
    REQUIRE(closed.next());
    CHECK(closed.text(0) == u"closed"_s);
    CHECK(closed.text(1) == u"2025-04-30"_s);
    CHECK(closed.text(2) == u"improved"_s);
    CHECK(closed.value(3).toBool());
    CHECK(Query(t.db(), u"SELECT status FROM case_file WHERE number = '2025-0101'"_s)
              .scalar()
              .toString() == u"active"_s);
    // The third case had no number: it gets the next one of its year.
    CHECK(Query(t.db(), u"SELECT number FROM case_file WHERE opened_on = '2025-06-01'"_s)
              .scalar()
              .toString() == u"2025-0102"_s);
    // Again: nothing new.
    CHECK(HouseholdExchange::import(t.db(), example("households.csv"), {}).alreadyPresent == 3);
    CHECK(CaseExchange::import(t.db(), example("cases.csv"), {}).alreadyPresent == 3);

    // A case without its closing reason and one of an unknown specialist are refused by line.
    const CsvTable bad = CsvReader::read(
        "number;surname;first_name;birth_date;opened_on;status;closed_on;outcome;responsible\n"
        "2026-0001;Иванова;Анна;14.03.2008;01.03.2026;closed;01.04.2026;improved;\n"
        "2026-0002;Иванова;Анна;14.03.2008;01.03.2026;active;;;Нетакой Сотрудник\n"_ba);
    const ImportReport refused = CaseExchange::import(t.db(), bad, {});
    CHECK_FALSE(refused.stored);
    REQUIRE(refused.problems.size() >= 2);
    CHECK(refused.problems.first().line == 2);
    CHECK(refused.problems.last().line == 3);

    // Export, then import into a new database after the people and families: the same counts.
    QTemporaryDir dir;
    const QString people = dir.filePath(u"people.csv"_s);
    const QString households = dir.filePath(u"households.csv"_s);
    const QString casesFile = dir.filePath(u"cases.csv"_s);
    PeopleExchange::exportFile(t.db(), people);
    CHECK(HouseholdExchange::exportFile(t.db(), households) == 4);
    CHECK(CaseExchange::exportFile(t.db(), casesFile) == 3);
    TempDatabase target;
    PeopleExchange::import(target.db(), CsvReader::readFile(people), {});
    CHECK(HouseholdExchange::import(target.db(), CsvReader::readFile(households), {}).imported ==
          4);
    CHECK(CaseExchange::import(target.db(), CsvReader::readFile(casesFile), {}).imported == 3);
    const auto counts = recordCounts(t.db());
    const auto copied = recordCounts(target.db());
    for (const QString &kind : {u"people"_s, u"households"_s, u"household_members"_s, u"cases"_s})
        for (int i = 0; i < counts.size(); ++i)
            if (counts.at(i).first == kind) {
                INFO(kind.toStdString());
                CHECK(copied.at(i).second == counts.at(i).second);
            }
    CHECK(Query(target.db(), u"SELECT group_concat(number || status, ',') FROM (SELECT * FROM "
                             "case_file ORDER BY number)"_s)
              .scalar()
              .toString() == Query(t.db(), u"SELECT group_concat(number || status, ',') FROM "
                                           "(SELECT * FROM case_file ORDER BY number)"_s)
                                 .scalar()
                                 .toString());
    setFixedNowForTesting({});
}

TEST_CASE("every kind exported from the demo and imported into a new database gives its counts")
{
    QTemporaryDir dir;
    auto source = demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), {});
    TempDatabase target;
    QStringList names;
    for (const ExchangeKind &kind : exchangeKinds()) {
        names << kind.name;
        INFO(kind.name.toStdString());
        const QString file = dir.filePath(kind.name + u".csv"_s);
        const int rows = kind.exportFile(*source, file);
        CHECK(rows > 0);
        const ImportReport report = kind.import(target.db(), CsvReader::readFile(file), {});
        for (const ImportProblem &p : report.problems)
            UNSCOPED_INFO("line " << p.line << ": " << p.message.toStdString());
        CHECK(report.problems.isEmpty());
        CHECK(report.rows == rows);
    }
    CHECK(names == QStringList{u"staff"_s, u"projects"_s, u"people"_s, u"households"_s, u"cases"_s,
                               u"case-notes"_s, u"consents"_s, u"services"_s, u"events"_s,
                               u"attendance"_s, u"volunteers"_s, u"mentoring"_s,
                               u"volunteer-hours"_s});
    // Every figure of `stats`, as the demo's records are none of them archived.
    const auto before = recordCounts(*source);
    const auto after = recordCounts(target.db());
    REQUIRE(before.size() == after.size());
    for (int i = 0; i < before.size(); ++i) {
        INFO(before.at(i).first.toStdString());
        CHECK(after.at(i).second == before.at(i).second);
    }
}

TEST_CASE("services, events and attendance come from the example files, each once")
{
    setFixedNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
    TempDatabase t;
    const auto example = [](const char *name) {
        return CsvReader::readFile(QStringLiteral(OPORA_SOURCE_DIR "/docs/examples/") +
                                   QString::fromLatin1(name));
    };
    REQUIRE(PeopleExchange::import(t.db(), example("people.csv"), {}).imported == 3);
    REQUIRE(HouseholdExchange::import(t.db(), example("households.csv"), {}).imported == 3);
    REQUIRE(CaseExchange::import(t.db(), example("cases.csv"), {}).imported == 3);
    const ImportReport services = ServiceExchange::import(t.db(), example("services.csv"), {});
    CHECK(services.problems.isEmpty());
    CHECK(services.imported == 3);
    // The row without a case number went to Anna's case open on that day.
    CHECK(Query(t.db(), u"SELECT c.number FROM service_record r JOIN case_file c ON c.id = "
                        "r.case_id WHERE r.service_date = '2025-02-20'"_s)
              .scalar()
              .toString() == u"2025-0101"_s);
    const ImportReport events = EventExchange::import(t.db(), example("events.csv"), {});
    CHECK(events.problems.isEmpty());
    CHECK(events.imported == 2);
    CHECK(Query(t.db(), u"SELECT sum(count) FROM event_headcount"_s).scalar().toInt() == 22);
    // One sealed audit entry per event, naming its headcounts when it has them.
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = "
                        "'create' AND fields LIKE '%headcounts%'"_s)
              .scalar()
              .toInt() == 2);
    CHECK(AuditChain::verify(t.db()).intact);
    const ImportReport attendance =
        AttendanceExchange::import(t.db(), example("attendance.csv"), {});
    CHECK(attendance.problems.isEmpty());
    CHECK(attendance.imported == 2);
    CHECK(Query(t.db(), u"SELECT group_concat(attendance, ',') FROM (SELECT attendance FROM "
                        "event_participant ORDER BY attendance DESC)"_s)
              .scalar()
              .toString() == u"present,excused"_s);
    // Named and counted: 1 present + 6 in the headcounts of the school of motherhood.
    CHECK(EventRepository(t.db())
              .totals(Query(t.db(), u"SELECT id FROM event WHERE type = "
                                    "'parents_school'"_s)
                          .scalar()
                          .toLongLong())
              .total() == 7);
    CHECK(ServiceExchange::import(t.db(), example("services.csv"), {}).alreadyPresent == 3);
    CHECK(EventExchange::import(t.db(), example("events.csv"), {}).alreadyPresent == 2);
    CHECK(AttendanceExchange::import(t.db(), example("attendance.csv"), {}).alreadyPresent == 2);
    // Marks written as signs: + is present, - is absent.
    const ImportReport signs = AttendanceExchange::import(
        t.db(),
        CsvReader::read("Мероприятие;Дата мероприятия;Фамилия;Имя;Дата рождения;Посещение\n"
                        "Поддержка юных мам в городе;20.05.2025;Иванова;Анна;14.03.2008;+\n"
                        "Поддержка юных мам в городе;20.05.2025;Петрова;Ольга;21.07.1985;-\n"_ba),
        {});
    CHECK(signs.problems.isEmpty());
    CHECK(Query(t.db(), u"SELECT group_concat(p.first_name || ' ' || ep.attendance, ',') FROM "
                        "event_participant ep JOIN person p ON p.id = ep.person_id JOIN event e "
                        "ON e.id = ep.event_id WHERE e.type = 'round_table'"_s)
              .scalar()
              .toString() == u"Анна present,Ольга absent"_s);

    // Bad rows are listed by line and nothing of the file is stored.
    const CsvTable bad = CsvReader::read("surname;first_name;birth_date;service;date;form\n"
                                         "Иванова;Анна;14.03.2008;ru.3.1;01.03.2025;day\n"
                                         "Иванова;Анна;14.03.2008;no.such;01.03.2025;day\n"
                                         "Петрова;Ольга;21.07.1985;ru.3.1;01.03.2024;day\n"
                                         "Иванова;Анна;14.03.2008;ru.1.2;02.03.2025;на луне\n"_ba);
    const qint64 before =
        Query(t.db(), u"SELECT count(*) FROM service_record"_s).scalar().toLongLong();
    const ImportReport refused = ServiceExchange::import(t.db(), bad, {});
    CHECK_FALSE(refused.stored);
    QList<int> lines;
    for (const ImportProblem &p : refused.problems)
        if (!lines.contains(p.line))
            lines << p.line;
    CHECK(lines == QList<int>{3, 4, 5});
    CHECK(Query(t.db(), u"SELECT count(*) FROM service_record"_s).scalar().toLongLong() == before);
    ImportOptions skip;
    skip.skipInvalid = true;
    CHECK(ServiceExchange::import(t.db(), bad, skip).imported == 1);
    setFixedNowForTesting({});
}

TEST_CASE("a bulk import writes one sealed audit entry per person, chained as single saves")
{
    TempDatabase t;
    PersonRecord single;
    single.surname = u"Одиночная"_s;
    single.firstName = u"Вера"_s;
    PersonRepository(t.db()).create(single);
    QByteArray csv = "surname;first_name;categories\n";
    for (int i = 0; i < 500; ++i)
        csv += "Массовая" + QByteArray::number(i) + ";Анна;Малоимущая семья\n";
    const ImportReport report = PeopleExchange::import(t.db(), CsvReader::read(csv), {});
    REQUIRE(report.imported == 500);
    PersonRepository(t.db()).create(single); // and a single save after it still chains
    CHECK(Query(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = "
                        "'person'"_s)
              .scalar()
              .toInt() == 502);
    CHECK(Query(t.db(), u"SELECT count(*) FROM person_category"_s).scalar().toInt() == 500);
    const AuditVerification verified = AuditChain::verify(t.db());
    CHECK(verified.intact);
    CHECK(verified.entries == Query(t.db(), u"SELECT count(*) FROM audit_log"_s).scalar().toInt());
}

TEST_CASE("staff, projects, notes, consents, mentoring and hours come from the example files once")
{
    setFixedNowForTesting(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
    TempDatabase t;
    const auto example = [](const QString &name) {
        return CsvReader::readFile(QStringLiteral(OPORA_SOURCE_DIR "/docs/examples/") + name +
                                   u".csv"_s);
    };
    const auto kind = [](const QString &name) {
        for (const ExchangeKind &k : exchangeKinds())
            if (k.name == name)
                return k;
        FAIL("no kind " << name.toStdString());
        return ExchangeKind{};
    };
    const QList<std::pair<QString, int>> files{
        {u"staff"_s, 3},      {u"projects"_s, 1},   {u"people"_s, 3},          {u"households"_s, 3},
        {u"cases"_s, 3},      {u"case-notes"_s, 3}, {u"consents"_s, 2},        {u"events"_s, 2},
        {u"volunteers"_s, 3}, {u"mentoring"_s, 1},  {u"volunteer-hours"_s, 2},
    };
    for (const auto &[name, rows] : files) {
        INFO(name.toStdString());
        const ImportReport first = kind(name).import(t.db(), example(name), {});
        for (const ImportProblem &p : first.problems)
            UNSCOPED_INFO("line " << p.line << ": " << p.message.toStdString());
        CHECK(first.problems.isEmpty());
        CHECK(first.imported == rows);
        // The second time adds nothing.
        const ImportReport again = kind(name).import(t.db(), example(name), {});
        CHECK(again.imported == 0);
        CHECK(again.alreadyPresent == rows);
    }
    CHECK(
        Query(t.db(), u"SELECT active FROM staff WHERE surname = 'Лебедева'"_s).scalar().toInt() ==
        0);
    CHECK(Query(t.db(), u"SELECT amount_minor FROM project"_s).scalar().toLongLong() == 125000000);
    CHECK(Query(t.db(), u"SELECT withdrawn_on FROM consent WHERE signed_by LIKE 'Петрова%'"_s)
              .scalar()
              .toString() == u"2025-04-30"_s);
    CHECK(Query(t.db(), u"SELECT count(*) FROM volunteer_hours WHERE event_id IS NOT NULL"_s)
              .scalar()
              .toInt() == 1);
    // A service naming the imported specialist and project now finds both.
    const CsvTable service = CsvReader::read(
        "Номер случая;Фамилия;Имя;Дата рождения;Код услуги;Дата;Специалист;Форма;Проект\n"
        "2025-0101;Иванова;Анна;14.03.2008;ru.3.1;02.03.2025;Соколова Елена;полустационарная;"
        "Мама в 16\n"_ba);
    CHECK(ServiceExchange::import(t.db(), service, {}).imported == 1);
    // Two equal rows are two services of the day; the file a second time adds neither.
    const CsvTable twice = CsvReader::read(
        "Номер случая;Фамилия;Имя;Дата рождения;Код услуги;Дата;Форма\n"
        "2025-0101;Иванова;Анна;14.03.2008;ru.3.1;03.03.2025;полустационарная\n"
        "2025-0101;Иванова;Анна;14.03.2008;ru.3.1;03.03.2025;полустационарная\n"_ba);
    CHECK(ServiceExchange::import(t.db(), twice, {}).imported == 2);
    const ImportReport twiceAgain = ServiceExchange::import(t.db(), twice, {});
    CHECK(twiceAgain.imported == 0);
    CHECK(twiceAgain.alreadyPresent == 2);

    // Bad rows are listed by line, and nothing of their file is stored.
    const qint64 notes = Query(t.db(), u"SELECT count(*) FROM case_note"_s).scalar().toLongLong();
    const ImportReport badNotes = kind(u"case-notes"_s)
                                      .import(t.db(),
                                              CsvReader::read("case;date;kind;text\n"
                                                              "2025-0101;01.03.2025;;fine\n"
                                                              "2099-0001;01.03.2025;;no case\n"
                                                              "2025-0101;01.03.2025;diary;x\n"_ba),
                                              {});
    CHECK_FALSE(badNotes.stored);
    REQUIRE(badNotes.problems.size() == 2);
    CHECK(badNotes.problems.at(0).line == 3);
    CHECK(badNotes.problems.at(1).line == 4);
    CHECK(Query(t.db(), u"SELECT count(*) FROM case_note"_s).scalar().toLongLong() == notes);
    const ImportReport badHours =
        kind(u"volunteer-hours"_s)
            .import(t.db(),
                    CsvReader::read("volunteer_surname;volunteer_first_name;volunteer_phone;"
                                    "date;hours\n"
                                    "Никитина;Ирина;;01.03.2026;2\n"
                                    "Крылова;Вера;8 912 000 11 22;01.03.2026;много\n"_ba),
                    {});
    CHECK_FALSE(badHours.stored);
    CHECK(badHours.problems.size() == 2);
    setFixedNowForTesting({});
}
