#include "demo/demostaff.h"

#include "clock.h"
#include "db/query.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"

using namespace Qt::StringLiterals;

namespace opora::demo {

namespace {

QStringList positions(Profile profile)
{
    if (profile == Profile::Ua)
        return {u"Завідувач відділення"_s, u"Фахівець із соціальної роботи"_s,
                u"Фахівець із соціальної роботи"_s, u"Практичний психолог"_s,
                u"Соціальний педагог"_s};
    return {u"Заведующий отделением"_s, u"Специалист по социальной работе"_s,
            u"Специалист по социальной работе"_s, u"Психолог"_s, u"Социальный педагог"_s};
}

} // namespace

void addDemoStaff(Database &db, const DemoOptions &options)
{
    DemoRandom random(options.seed, "staff");
    const DemoNames &names = demoNames(options.profile);
    const QString now = nowUtc();
    Query departments(db, u"SELECT id FROM department ORDER BY id"_s);
    departments.exec();
    QList<qint64> ids;
    while (departments.next())
        ids << departments.integer(0);
    const QStringList titles = positions(options.profile);
    for (qint64 department : ids) {
        const int count = titles.size() + (options.size > 1 ? options.size / 2 : 0);
        for (int i = 0; i < count; ++i) {
            const bool female = random.chance(85);
            const QString surname = random.pick(names.surnamesMale);
            Query(db, u"INSERT INTO staff(surname, first_name, patronymic, position, "
                      "department_id, phone, created_at, updated_at) VALUES(:s, :f, :p, :pos, "
                      ":d, :phone, :now, :now)"_s)
                .bind(u":s"_s, female ? femaleSurname(options.profile, surname) : surname)
                .bind(u":f"_s, random.pick(female ? names.femaleFirst : names.maleFirst))
                .bind(u":p"_s, patronymic(options.profile, random.pick(names.patronymics), female))
                .bind(u":pos"_s, titles.at(i % titles.size()))
                .bind(u":d"_s, department)
                .bind(u":phone"_s, u"%1-%2-%3"_s.arg(random.between(200, 299))
                                       .arg(random.between(10, 99))
                                       .arg(random.between(10, 99)))
                .bind(u":now"_s, now)
                .exec();
        }
    }
}

} // namespace opora::demo
