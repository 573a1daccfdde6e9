// Times the register's search and case list on a large database (docs/performance.md).
//   registerbench [PEOPLE] [FILE]   default 100000 people and as many cases; with FILE the
//                                   database is kept there and reused by the next run
#include "db/database.h"
#include "db/transaction.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "demo/demostaff.h"
#include "register/caserepository.h"
#include "register/personrepository.h"
#include "register/registersearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace opora;

namespace {

QTextStream out(stdout);

void fill(Database &db, int count)
{
    demo::DemoRandom random(42, "bench");
    const demo::DemoNames &names = demo::demoNames(Profile::Ru);
    PersonRepository people(db);
    CaseRepository cases(db);
    WriteTransaction tx(db);
    for (int i = 0; i < count; ++i) {
        const bool female = random.chance(70);
        PersonRecord p;
        const QString surname = random.pick(names.surnamesMale);
        p.surname = female ? demo::femaleSurname(Profile::Ru, surname) : surname;
        p.firstName = random.pick(female ? names.femaleFirst : names.maleFirst);
        p.patronymic = demo::patronymic(Profile::Ru, random.pick(names.patronymics), female);
        p.birthDate = QDate(1950, 1, 1).addDays(random.between(0, 26000));
        p.phone = u"+7 9%1 %2-%3-%4"_s.arg(random.between(10, 99))
                      .arg(random.between(100, 999))
                      .arg(random.between(10, 99))
                      .arg(random.between(10, 99));
        CaseRecord c;
        c.personId = people.create(p);
        c.responsibleId = random.between(1, 25);
        c.openedOn = QDate(2019, 1, 1).addDays(random.between(0, 2500));
        cases.create(c);
    }
    tx.commit();
}

void time(const QString &label, const std::function<int()> &run)
{
    QList<double> ms;
    int rows = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = run();
        ms << timer.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    out << u"| %1 | %2 | %3 | %4 |"_s.arg(label)
               .arg(ms.at(ms.size() / 2), 0, 'f', 2)
               .arg(ms.last(), 0, 'f', 2)
               .arg(rows)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.sqlite"_s);
    std::unique_ptr<Database> db;
    if (QFileInfo::exists(path)) {
        db = Database::open(path);
    } else {
        db = Database::create(path, Profile::Ru);
        demo::DemoOptions staff;
        demo::addDemoStaff(*db, staff); // 25 specialists to be responsible for the cases
        QElapsedTimer fillTimer;
        fillTimer.start();
        fill(*db, count);
        out << u"Filled %1 people and %1 cases in %2 s"_s.arg(count).arg(fillTimer.elapsed() /
                                                                         1000.0)
            << Qt::endl
            << Qt::endl;
    }

    out << "| search (first page, 20 results) | median ms | worst ms | rows |" << Qt::endl
        << "| --- | ---: | ---: | ---: |" << Qt::endl;
    RegisterSearch search(*db);
    for (const QString &query : {u"Ива"_s, u"смирнова"_s, u"анна ива"_s, u"ива анна серг"_s,
                                 u"2023-01"_s, u"0042"_s, u"45-67"_s, u"+7 912"_s, u"я"_s}) {
        time(u"`%1`"_s.arg(query), [&] { return static_cast<int>(search.find(query, 20).size()); });
    }

    out << Qt::endl
        << "| case list (first page, 100 rows) | median ms | worst ms | rows |" << Qt::endl
        << "| --- | ---: | ---: | ---: |" << Qt::endl;
    CaseRepository cases(*db);
    for (const QString &key : CaseRepository::sortKeys()) {
        for (const bool descending : {false, true}) {
            PageRequest request;
            request.sortKey = key;
            request.descending = descending;
            time(u"sort by %1%2"_s.arg(key, descending ? u" desc"_s : QString()),
                 [&] { return static_cast<int>(cases.list({}, request).rows.size()); });
        }
    }
    const auto filtered = [&](const QString &label, const CaseFilter &filter) {
        PageRequest request;
        request.sortKey = u"opened"_s;
        request.descending = true;
        time(label, [&] { return static_cast<int>(cases.list(filter, request).rows.size()); });
    };
    CaseFilter status;
    status.status = u"new"_s;
    filtered(u"status = new, newest first"_s, status);
    CaseFilter period;
    period.openedFrom = QDate(2024, 1, 1);
    period.openedTo = QDate(2024, 3, 31);
    filtered(u"opened in one quarter"_s, period);
    CaseFilter text;
    text.text = u"смирн"_s;
    filtered(u"name text `смирн`"_s, text);
    return 0;
}
