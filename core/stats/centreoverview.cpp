#include "stats/centreoverview.h"

#include "clock.h"
#include "db/query.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

QString monthKey(const QDate &date)
{
    return date.toString(u"yyyy-MM"_s);
}

} // namespace

CentreOverview centreOverview(Database &db, const QDate &today, int months)
{
    CentreOverview o;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    const QDate monthStart(today.year(), today.month(), 1);
    for (QDate m = first; m <= today; m = m.addMonths(1))
        o.months << m;

    o.activeCases = Query(db, u"SELECT count(*) FROM case_file WHERE status <> 'closed' AND "
                              "archived_at IS NULL"_s)
                        .scalar(0)
                        .toLongLong();
    o.servicesThisMonth = Query(db, u"SELECT count(*) FROM service_record WHERE archived_at IS "
                                    "NULL AND service_date BETWEEN :from AND :to"_s)
                              .bind(u":from"_s, isoDate(monthStart))
                              .bind(u":to"_s, isoDate(today))
                              .scalar(0)
                              .toLongLong();
    o.eventsThisMonth = Query(db, u"SELECT count(*) FROM event WHERE archived_at IS NULL AND "
                                  "status = 'held' AND event_date BETWEEN :from AND :to"_s)
                            .bind(u":from"_s, isoDate(monthStart))
                            .bind(u":to"_s, isoDate(today))
                            .scalar(0)
                            .toLongLong();

    QHash<QString, MonthCases> cases;
    Query opened(db, u"SELECT substr(opened_on, 1, 7) AS m, count(*) FROM case_file WHERE "
                     "archived_at IS NULL AND opened_on BETWEEN :from AND :to GROUP BY m"_s);
    opened.bind(u":from"_s, isoDate(first)).bind(u":to"_s, isoDate(today)).exec();
    while (opened.next())
        cases[opened.text(0)].opened = opened.integer(1);
    Query closed(db, u"SELECT substr(closed_on, 1, 7) AS m, count(*) FROM case_file WHERE "
                     "archived_at IS NULL AND status = 'closed' AND closed_on BETWEEN :from AND "
                     ":to GROUP BY m"_s);
    closed.bind(u":from"_s, isoDate(first)).bind(u":to"_s, isoDate(today)).exec();
    while (closed.next())
        cases[closed.text(0)].closed = closed.integer(1);
    for (const QDate &m : o.months) {
        MonthCases c = cases.value(monthKey(m));
        c.month = m;
        o.casesByMonth << c;
    }

    // A case counts under each category someone in it has: the person, or a family member.
    Query categories(db, u"SELECT r.name, count(DISTINCT c.id) AS n FROM case_file c JOIN "
                         "person_category pc ON pc.person_id = c.person_id OR pc.person_id IN "
                         "(SELECT m.person_id FROM household_member m WHERE m.household_id = "
                         "c.household_id) JOIN ref_item r ON r.id = pc.category_id WHERE "
                         "c.status <> 'closed' AND c.archived_at IS NULL GROUP BY r.id ORDER BY "
                         "n DESC, r.name"_s);
    categories.exec();
    while (categories.next())
        o.activeCasesByCategory.append({categories.text(0), categories.integer(1)});

    Query departments(db, u"SELECT id, name FROM department WHERE active = 1 ORDER BY id"_s);
    departments.exec();
    QHash<qint64, int> row;
    while (departments.next()) {
        row.insert(departments.integer(0), int(o.departments.size()));
        o.departments << departments.text(1);
        o.servicesByDepartment << QList<qint64>(o.months.size(), 0);
    }
    QHash<QString, int> column;
    for (int i = 0; i < o.months.size(); ++i)
        column.insert(monthKey(o.months.at(i)), i);
    Query services(db, u"SELECT c.department_id, substr(sr.service_date, 1, 7) AS m, count(*) "
                       "FROM service_record sr JOIN case_file c ON c.id = sr.case_id WHERE "
                       "sr.archived_at IS NULL AND sr.service_date BETWEEN :from AND :to AND "
                       "c.department_id IS NOT NULL GROUP BY c.department_id, m"_s);
    services.bind(u":from"_s, isoDate(first)).bind(u":to"_s, isoDate(today)).exec();
    while (services.next()) {
        const auto r = row.constFind(services.integer(0));
        const auto c = column.constFind(services.text(1));
        if (r != row.cend() && c != column.cend())
            o.servicesByDepartment[*r][*c] = services.integer(2);
    }

    Query upcoming(db, u"SELECT id, event_date, starts_at, type, title, place FROM event WHERE "
                       "archived_at IS NULL AND status = 'planned' AND event_date >= :today "
                       "ORDER BY event_date, starts_at, id LIMIT 8"_s);
    upcoming.bind(u":today"_s, isoDate(today)).exec();
    while (upcoming.next())
        o.upcoming.append({upcoming.integer(0), parseIsoDate(upcoming.text(1)), upcoming.text(2),
                           upcoming.text(3), upcoming.text(4), upcoming.text(5)});
    return o;
}

} // namespace opora
