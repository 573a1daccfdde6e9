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

} // namespace opora
