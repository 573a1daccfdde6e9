// Times the export and import of every CSV kind (docs/performance.md): a database filled through
// SQL with 20,000 rows of each kind is exported kind by kind, and each file is imported into a
// new database, in the order an office moving from spreadsheets would follow; rows per second
// from reading the file to the commit.
//   importbench [ROWS]
#include "benchtools.h"
#include "csv/csvreader.h"
#include "db/database.h"
#include "db/transaction.h"
#include "exchange/exchangekinds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::bench;

namespace {

QTextStream out(stdout);

// 40 specialists: services, cases and events name them.
void addStaff(Database &db)
{
    exec(db, u"INSERT INTO staff(id, surname, first_name, patronymic, department_id, created_at, "
             "updated_at) SELECT value, 'Специалист' || value, 'Мария', 'Ивановна', (SELECT "
             "min(id) FROM department) + value % 4, 'x', 'x' FROM "_s +
                 numbers(40));
}

// rows people, each with a case, a note and a consent of their own; families of two (mother
// and child); one service of each person, one event each with the person present and a
// headcount; rows volunteers, each mentoring a case and with one day's hours.
void fill(Database &db, int rows)
{
    WriteTransaction tx(db);
    addStaff(db);
    const QString n = numbers(rows);
    exec(db, u"INSERT INTO person(id, surname, first_name, patronymic, birth_date, sex, phone, "
             "surname_key, first_name_key, patronymic_key, created_at, updated_at) SELECT "
             "value, 'Фамилия' || value, 'Анна', 'Петровна', date('1980-01-01', '+' || (value % "
             "9000) || ' days'), 'f', '+7 900 ' || (1000000 + value), 'фамилия' || value, "
             "'анна', 'петровна', 'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO household(id, name, name_key, created_at, updated_at) SELECT value, "
             "'Семья Фамилия' || (2 * value - 1), 'семья фамилия' || (2 * value - 1), 'x', 'x' "
             "FROM "_s +
                 numbers(rows / 2));
    exec(db, u"INSERT INTO household_member(household_id, person_id, relation) SELECT (value + 1) "
             "/ 2, value, CASE value % 2 WHEN 1 THEN 'mother' ELSE 'child' END FROM "_s +
                 n);
    exec(db, u"INSERT INTO case_file(id, number, year, seq, person_id, status, opened_on, "
             "responsible_id, department_id, created_at, updated_at) SELECT value, '2025-' || "
             "value, 2025, value, value, 'active', '2025-01-10', value % 40 + 1, (SELECT min(id) "
             "FROM department) + value % 4, 'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO service_record(case_id, person_id, item_id, service_date, staff_id, "
             "quantity, duration_min, form, created_at, updated_at) SELECT value, value, (SELECT "
             "min(id) FROM service_item WHERE ',' || forms || ',' LIKE '%,day,%'), "
             "date('2025-02-01', '+' || (value % 300) || ' days'), value % 40 + 1, 1, 45, 'day', "
             "'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO event(id, type, title, event_date, starts_at, place, status, "
             "created_at, updated_at) SELECT value, 'class', 'Занятие ' || value, "
             "date('2025-02-01', '+' || (value % 300) || ' days'), '10:00', 'Центр', 'held', "
             "'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO event_headcount(event_id, audience, count) SELECT value, 'women', 3 "
             "FROM "_s +
                 n);
    exec(db, u"INSERT INTO event_participant(event_id, person_id, attendance) SELECT value, "
             "value, 'present' FROM "_s +
                 n);
    exec(db, u"INSERT INTO volunteer(surname, first_name, phone, since, created_at, updated_at) "
             "SELECT 'Волонтёрова' || value, 'Ольга', '+7 901 ' || (1000000 + value), "
             "'2025-01-01', 'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO case_note(case_id, note_date, kind, text, created_at, updated_at) "
             "SELECT value, '2025-03-01', 'general', 'Встреча ' || value, 'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO consent(person_id, given_on, signed_by, scope, created_at, "
             "updated_at) SELECT value, '2025-01-10', 'Фамилия' || value, 'обработка данных', "
             "'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO mentorship(volunteer_id, case_id, starts_on, created_at, updated_at) "
             "SELECT value, value, '2025-02-01', 'x', 'x' FROM "_s +
                 n);
    exec(db, u"INSERT INTO volunteer_hours(volunteer_id, work_date, hours, case_id, note, "
             "created_at, updated_at) SELECT value, date('2025-02-01', '+' || (value % 300) || "
             "' days'), 2, value, '', 'x', 'x' FROM "_s +
                 n);
    tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    auto source = Database::create(dir.filePath(u"source.sqlite"_s), Profile::Ru);
    fill(*source, rows);
    auto target = Database::create(dir.filePath(u"target.sqlite"_s), Profile::Ru);
    out << "| kind | rows | export s | import s | imported rows per second |\n"
        << "| --- | ---: | ---: | ---: | ---: |\n";
    for (const ExchangeKind &kind : exchangeKinds()) {
        const QString file = dir.filePath(kind.name + u".csv"_s);
        QElapsedTimer timer;
        timer.start();
        const int exported = kind.exportFile(*source, file);
        if (exported == 0)
            continue; // no projects in this database
        const double exportSeconds = timer.nsecsElapsed() / 1e9;
        timer.restart();
        const ImportReport report = kind.import(*target, CsvReader::readFile(file), {});
        const double importSeconds = timer.nsecsElapsed() / 1e9;
        for (const ImportProblem &p : report.problems.mid(0, 3))
            out << "line " << p.line << ": " << p.message << Qt::endl;
        out << "| " << kind.name << " | " << report.imported << " of " << exported << " | "
            << QString::number(exportSeconds, 'f', 2) << " | "
            << QString::number(importSeconds, 'f', 2) << " | "
            << QString::number(report.imported / importSeconds, 'f', 0) << " |" << Qt::endl;
    }
    return 0;
}
