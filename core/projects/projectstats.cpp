#include "projects/projectstats.h"

#include "clock.h"
#include "db/query.h"
#include "projects/projectrepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString LiveServiceCondition =
    u" WHERE sr.project_id = :project AND sr.archived_at IS NULL AND sr.service_date BETWEEN "
    ":from AND :to AND sr.person_id NOT IN (SELECT id FROM person WHERE archived_at IS NOT "
    "NULL)"_s;
const QString LiveServices = u"FROM service_record sr"_s + LiveServiceCondition;

const QString HeldEvents = u"FROM event ev WHERE ev.project_id = :project AND ev.archived_at IS "
                           "NULL AND ev.status = 'held' AND ev.event_date BETWEEN :from AND :to"_s;

const QString EnrolledPeople =
    u"FROM project_enrolment e JOIN person p ON p.id = e.person_id AND p.archived_at IS NULL"_s;
const QString EnrolledInPeriod =
    u" WHERE e.project_id = :project AND e.archived_at IS NULL AND e.starts_on <= :to AND "
    "(e.ends_on IS NULL OR e.ends_on >= :from)"_s;
const QString Enrolled = EnrolledPeople + EnrolledInPeriod;

} // namespace

ProjectStats::ProjectStats(Database &db, qint64 projectId, const QDate &asOf)
    : m_db(db)
    , m_project(projectId)
{
    const Project project = ProjectRepository(db).get(projectId);
    m_from = project.startsOn;
    m_to = std::min(asOf, project.endsOn);
}

QList<QPair<QString, qint64>> ProjectStats::grouped(const QString &sql) const
{
    QList<QPair<QString, qint64>> rows;
    if (m_to < m_from)
        return rows;
    Query q(m_db, sql);
    q.bind(u":project"_s, m_project)
        .bind(u":from"_s, isoDate(m_from))
        .bind(u":to"_s, isoDate(m_to))
        .exec();
    while (q.next())
        rows.append({q.text(0), q.integer(1)});
    return rows;
}

QList<QPair<QString, qint64>> ProjectStats::servicesByType() const
{
    return grouped(u"SELECT si.type, count(*) AS n FROM service_record sr JOIN service_item si ON "
                   "si.id = sr.item_id"_s +
                   LiveServiceCondition + u" GROUP BY si.type ORDER BY n DESC"_s);
}

QList<QPair<QString, qint64>> ProjectStats::servicesByForm() const
{
    return grouped(u"SELECT sr.form, count(*) AS n "_s + LiveServices +
                   u" GROUP BY sr.form ORDER BY n DESC"_s);
}

QList<QPair<QString, qint64>> ProjectStats::eventsByType() const
{
    return grouped(u"SELECT ev.type, count(*) AS n "_s + HeldEvents +
                   u" GROUP BY ev.type ORDER BY n DESC"_s);
}

QList<QPair<QString, qint64>> ProjectStats::attendanceByAudience() const
{
    return grouped(
        u"SELECT audience, total FROM (SELECT 'registered' AS audience, count(*) AS total "
        "FROM event_participant ep JOIN event ev ON ev.id = ep.event_id WHERE ep.attendance = "
        "'present' AND ep.person_id NOT IN (SELECT id FROM person WHERE archived_at IS NOT "
        "NULL) AND ev.project_id = :project AND ev.archived_at IS NULL AND ev.status = 'held' "
        "AND ev.event_date BETWEEN :from AND :to UNION ALL SELECT h.audience, sum(h.count) "
        "FROM event_headcount h JOIN event ev ON ev.id = h.event_id WHERE ev.project_id = "
        ":project AND ev.archived_at IS NULL AND ev.status = 'held' AND ev.event_date BETWEEN "
        ":from AND :to GROUP BY h.audience) WHERE total > 0 ORDER BY total DESC"_s);
}

QList<MonthActivity> ProjectStats::activityByMonth() const
{
    QHash<QString, MonthActivity> byMonth;
    for (const auto &[month, n] :
         grouped(u"SELECT substr(sr.service_date, 1, 7) AS m, count(*) "_s + LiveServices +
                 u" GROUP BY m"_s))
        byMonth[month].services = n;
    for (const auto &[month, n] : grouped(u"SELECT substr(ev.event_date, 1, 7) AS m, count(*) "_s +
                                          HeldEvents + u" GROUP BY m"_s))
        byMonth[month].events = n;
    for (const auto &[month, n] : grouped(
             u"SELECT m, sum(n) FROM (SELECT substr(ev.event_date, 1, 7) AS m, (SELECT count(*) "
             "FROM event_participant ep WHERE ep.event_id = ev.id AND ep.attendance = 'present' "
             "AND "
             "ep.person_id NOT IN (SELECT id FROM person WHERE archived_at IS NOT NULL)) "
             "+ (SELECT coalesce(sum(count), 0) FROM event_headcount h WHERE h.event_id = ev.id) "
             "AS n "_s +
             HeldEvents + u") GROUP BY m"_s))
        byMonth[month].participants = n;
    QList<MonthActivity> months;
    for (QDate m(m_from.year(), m_from.month(), 1); m <= m_to; m = m.addMonths(1)) {
        MonthActivity a = byMonth.value(m.toString(u"yyyy-MM"_s));
        a.month = m;
        months << a;
    }
    return months;
}

QList<HeldEvent> ProjectStats::heldEvents() const
{
    QList<HeldEvent> events;
    if (m_to < m_from)
        return events;
    Query q(m_db, u"SELECT ev.event_date, ev.type, ev.title, (SELECT count(*) FROM "
                  "event_participant ep WHERE ep.event_id = ev.id AND ep.attendance = 'present' "
                  "AND ep.person_id NOT IN (SELECT id FROM person WHERE archived_at IS NOT NULL)) "
                  "+ (SELECT coalesce(sum(count), 0) FROM event_headcount h WHERE h.event_id = "
                  "ev.id) "_s +
                      HeldEvents + u" ORDER BY ev.event_date, ev.id"_s);
    q.bind(u":project"_s, m_project)
        .bind(u":from"_s, isoDate(m_from))
        .bind(u":to"_s, isoDate(m_to))
        .exec();
    while (q.next())
        events.append({parseIsoDate(q.text(0)), q.text(1), q.text(2), q.integer(3)});
    return events;
}

qint64 ProjectStats::enrolledCount() const
{
    const auto rows = grouped(u"SELECT 'all', count(DISTINCT e.person_id) "_s + Enrolled);
    return rows.isEmpty() ? 0 : rows.first().second;
}

QList<QPair<QString, qint64>> ProjectStats::enrolledByCategory() const
{
    return grouped(u"SELECT r.name, count(DISTINCT e.person_id) AS n "_s + EnrolledPeople +
                   u" JOIN person_category pc ON pc.person_id = e.person_id JOIN ref_item r ON "
                   "r.id = pc.category_id"_s +
                   EnrolledInPeriod + u" GROUP BY r.id ORDER BY n DESC, r.name"_s);
}

QList<QPair<QString, qint64>> ProjectStats::enrolledByAgeBand() const
{
    // Full years on the day of enrolment, as the indicators count them.
    const QString age =
        u"(CAST(strftime('%Y', e.starts_on) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS "
        "INTEGER) - (strftime('%m-%d', e.starts_on) < strftime('%m-%d', p.birth_date)))"_s;
    const auto rows = grouped(
        u"SELECT band, count(*) FROM (SELECT e.person_id, CASE WHEN p.birth_date IS NULL THEN "
        "'unknown' WHEN min(%1) < 14 THEN '0-13' WHEN min(%1) < 18 THEN '14-17' WHEN min(%1) < 25 "
        "THEN '18-24' WHEN min(%1) < 35 THEN '25-34' ELSE '35+' END AS band "_s.arg(age) +
        Enrolled + u" GROUP BY e.person_id) GROUP BY band"_s);
    QList<QPair<QString, qint64>> ordered;
    for (const QString &band :
         {u"0-13"_s, u"14-17"_s, u"18-24"_s, u"25-34"_s, u"35+"_s, u"unknown"_s})
        for (const auto &row : rows)
            if (row.first == band)
                ordered << row;
    return ordered;
}

qint64 ProjectStats::volunteerCount() const
{
    const auto rows = grouped(u"SELECT 'all', count(DISTINCT vh.volunteer_id) FROM "
                              "volunteer_hours vh JOIN volunteer v ON v.id = vh.volunteer_id AND "
                              "v.archived_at IS NULL WHERE vh.project_id = :project AND "
                              "vh.archived_at IS NULL AND vh.work_date BETWEEN :from AND :to"_s);
    return rows.isEmpty() ? 0 : rows.first().second;
}

double ProjectStats::volunteerHours() const
{
    if (m_to < m_from)
        return 0;
    return Query(m_db, u"SELECT total(vh.hours) FROM volunteer_hours vh JOIN volunteer v ON v.id "
                       "= vh.volunteer_id AND v.archived_at IS NULL WHERE vh.project_id = "
                       ":project AND vh.archived_at IS NULL AND vh.work_date BETWEEN :from AND "
                       ":to"_s)
        .bind(u":project"_s, m_project)
        .bind(u":from"_s, isoDate(m_from))
        .bind(u":to"_s, isoDate(m_to))
        .scalar(0.0)
        .toDouble();
}

} // namespace opora
