// Times the journal of services on 2,000,000 records (docs/performance.md): the first page of
// one month with its totals, sorted and filtered as the Services area does, and the import of
// people from CSV in rows per second.
//   journalbench [FILE [import]]   with FILE the database is kept there and reused by the next
//                                  run; with "import" only the imports are timed
#include "benchtools.h"
#include "csv/csvreader.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "exchange/journalexchange.h"
#include "exchange/peopleexchange.h"
#include "services/servicerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace opora;
using namespace opora::bench;

namespace {

QTextStream out(stdout);

// Bulk rows through SQL, as in the indicator benchmark: 100,000 people with a case each, 40
// specialists in 4 departments, 2,000,000 services over two years (about 83,000 a month).
void fill(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction tx(db);
    exec(db, u"INSERT INTO staff(id, surname, first_name, department_id, created_at, updated_at) "
             "SELECT value, 'Специалист' || value, 'Имя', (SELECT min(id) FROM department) + "
             "value % 4, 'x', 'x' FROM "_s +
                 numbers(40));
    exec(db, u"INSERT INTO person(id, surname, first_name, birth_date, surname_key, "
             "first_name_key, created_at, updated_at) SELECT value, 'Фамилия' || value, 'Имя', "
             "date('1970-01-01', '+' || (value * 7919 % 18000) || ' days'), 'фамилия' || value, "
             "'имя', 'x', 'x' FROM "_s +
                 numbers(100000));
    exec(db, u"INSERT INTO case_file(id, number, year, seq, person_id, status, opened_on, "
             "responsible_id, department_id, created_at, updated_at) SELECT value, '2024-' || "
             "value, 2024, value, value, 'active', '2024-01-01', value % 40 + 1, (SELECT min(id) "
             "FROM department) + value % 4, 'x', 'x' FROM "_s +
                 numbers(100000));
    exec(db, u"INSERT INTO service_record(case_id, person_id, item_id, service_date, staff_id, "
             "quantity, duration_min, form, created_at, updated_at) SELECT value % 100000 + 1, "
             "value % 100000 + 1, (SELECT min(id) FROM service_item) + value % 20, "
             "date('2025-01-01', '+' || (value % 730) || ' days'), value % 40 + 1, 1, 30 + "
             "value % 4 * 15, 'day', 'x', 'x' FROM "_s +
                 numbers(2000000));
    tx.commit();
    exec(db, u"ANALYZE"_s);
    out << "filled in " << timer.elapsed() / 1000 << " s" << Qt::endl;
}

// 20,000 new people in a CSV file, imported into the large database; rows per second.
void timeImport(Database &db, const QString &folder)
{
    const QString path = folder + u"/people.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream csv(&file);
    csv << "surname;first_name;patronymic;birth_date;phone\n";
    const int rows = 20000;
    // New names on every run, so a reused database takes them all again.
    const qint64 run = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < rows; ++i)
        csv << "Импортова" << run << "x" << i << ";Анна;Петровна;" << 1 + i % 28 << "."
            << 1 + i % 12 << "." << 1970 + i % 40 << ";+7 900 " << 1000000 + i << "\n";
    csv.flush();
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = PeopleExchange::importFile(db, path, {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << "\nimport of " << rows << " people: " << report.imported << " stored in "
        << QString::number(seconds, 'f', 2) << " s, "
        << QString::number(report.imported / seconds, 'f', 0) << " rows per second" << Qt::endl;
}

// 20,000 services of people already in the register, with their case numbers, specialists and
// items as a social worker's spreadsheet gives them; rows per second.
void timeServiceImport(Database &db, const QString &folder)
{
    const QString path = folder + u"/services.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QStringList codes;
    Query items(db, u"SELECT code FROM service_item WHERE ',' || forms || ',' LIKE '%,day,%' "
                    "ORDER BY id"_s);
    items.exec();
    while (items.next())
        codes << items.text(0);
    QTextStream csv(&file);
    csv << "Номер случая;Фамилия;Имя;Дата рождения;Код услуги;Дата;Специалист;Количество;"
           "Минуты;Форма;Примечание\n";
    const int rows = 20000;
    const qint64 run = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < rows; ++i) {
        const int person = 1 + (i * 37) % 100000; // people and cases of fill()
        const QDate born = QDate(1970, 1, 1).addDays(qint64(person) * 7919 % 18000);
        csv << "2024-" << person << ";Фамилия" << person << ";Имя;"
            << born.toString(u"dd.MM.yyyy"_s) << ";" << codes.at(i % codes.size()) << ";"
            << QDate(2026, 10, 1 + i % 28).toString(u"dd.MM.yyyy"_s) << ";Специалист" << 1 + i % 40
            << " Имя;1;45;полустационарная;приём " << run << "\n";
    }
    csv.flush();
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = ServiceExchange::import(db, CsvReader::readFile(path), {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (const ImportProblem &p : report.problems.mid(0, 3))
        out << "line " << p.line << ": " << p.message << Qt::endl;
    out << "import of " << rows << " services: " << report.imported << " stored in "
        << QString::number(seconds, 'f', 2) << " s, "
        << QString::number(report.imported / seconds, 'f', 0) << " rows per second" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"journal.sqlite"_s);
    const bool reuse = QFileInfo::exists(path);
    auto db = reuse ? Database::open(path) : Database::create(path, Profile::Ru);
    if (!reuse)
        fill(*db);

    const bool importOnly = argc > 2 && qstrcmp(argv[2], "import") == 0;
    const ServiceRepository services(*db);
    JournalFilter month;
    month.from = QDate(2026, 3, 1);
    month.to = QDate(2026, 3, 31);
    const qint64 staff = 7;
    const qint64 department =
        Query(*db, u"SELECT min(id) FROM department"_s).scalar().toLongLong() + 1;
    struct Case
    {
        QString name;
        JournalFilter filter;
        PageRequest request;
    };
    QList<Case> cases;
    cases.append({u"one month, newest first"_s, month, {u"date"_s, true, 0, 100}});
    cases.append({u"one month, by service"_s, month, {u"item"_s, false, 0, 100}});
    cases.append({u"one month, by person"_s, month, {u"person"_s, false, 0, 100}});
    cases.append({u"one month, by specialist"_s, month, {u"staff"_s, false, 0, 100}});
    JournalFilter byStaff = month;
    byStaff.staffId = staff;
    cases.append({u"one month, one specialist"_s, byStaff, {u"date"_s, true, 0, 100}});
    JournalFilter byDepartment = month;
    byDepartment.departmentId = department;
    cases.append({u"one month, one department"_s, byDepartment, {u"date"_s, true, 0, 100}});
    JournalFilter byType = month;
    byType.type = services.catalogue().first().type;
    cases.append({u"one month, one type of service"_s, byType, {u"date"_s, true, 0, 100}});
    out << "| journal: first page of 100 | filter set: services and hours, then the page "
           "(median ms) | worst ms | then the totals with people served (median ms) | order "
           "changed: the "
           "page alone (median ms) | worst ms | rows in filter |\n"
        << "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    const auto ms = [](double value) {
        return QString::number(value, 'f', 1);
    };
    for (const Case &c : importOnly ? QList<Case>() : cases) {
        qint64 total = 0;
        // What the Services area does when a filter is set: it sums the services and hours,
        // asks for the first page with the number of rows they counted, and once the page is
        // shown counts the totals again with the people served.
        const Timing set = time([&] {
            PageRequest request = c.request;
            request.knownTotal = services.sums(c.filter).records;
            total = services.journal(c.filter, request).total;
        });
        const Timing people = time([&] { services.totals(c.filter); });
        // When the list is sorted again the totals stay; only the page is read.
        PageRequest again = c.request;
        again.knownTotal = total;
        const Timing sorted = time([&] { services.journal(c.filter, again); });
        out << "| " << c.name << " | " << ms(set.median) << " | " << ms(set.worst) << " | "
            << ms(people.median) << " | " << ms(sorted.median) << " | " << ms(sorted.worst) << " | "
            << total << " |" << Qt::endl;
    }
    timeImport(*db, dir.path());
    timeServiceImport(*db, dir.path());
    return 0;
}
