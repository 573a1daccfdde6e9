#include "projects/indicatorengine.h"

#include "access/permissions.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "projects/projectrepository.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

using Binds = QList<QPair<QString, QVariant>>;

// Builds "column IN (:name0, :name1, ...)" for a JSON array of strings.
QString inList(const QString &column, const QString &name, const QJsonArray &values, Binds &binds)
{
    QStringList placeholders;
    for (int i = 0; i < values.size(); ++i) {
        placeholders << u":%1%2"_s.arg(name).arg(i);
        binds.append({placeholders.last(), values.at(i).toString()});
    }
    return u"%1 IN (%2)"_s.arg(column, placeholders.join(u", "_s));
}

// Service filters shared by the services, people served and families served methods, on the
// services (alias sr) or on the project's daily totals (alias d).
QString serviceFilters(const QJsonObject &params, Binds &binds, const QString &alias = u"sr"_s)
{
    QString sql;
    if (params.contains(u"item_id"_s)) {
        sql += u" AND %1.item_id = :item"_s.arg(alias);
        binds.append({u":item"_s, params.value(u"item_id"_s).toInteger()});
    }
    if (params.contains(u"type"_s)) {
        sql += u" AND %1.item_id IN (SELECT id FROM service_item WHERE type = :stype)"_s.arg(alias);
        binds.append({u":stype"_s, params.value(u"type"_s).toString()});
    }
    if (params.contains(u"form"_s)) {
        sql += u" AND %1.form = :form"_s.arg(alias);
        binds.append({u":form"_s, params.value(u"form"_s).toString()});
    }
    return sql;
}

bool hasServiceFilters(const QJsonObject &params)
{
    return params.contains(u"item_id"_s) || params.contains(u"type"_s) ||
           params.contains(u"form"_s);
}

// People archived are few: "not one of them" is cheaper than a join on every record.
const QString NotArchivedPerson = u"NOT IN (SELECT id FROM person WHERE archived_at IS NOT NULL)"_s;

// The project's live services in the period, read from one covering index.
const QString ServicesInPeriod =
    u"FROM service_record sr WHERE sr.project_id = :project AND sr.archived_at IS NULL AND "
    "sr.service_date BETWEEN :from AND :to AND sr.person_id "_s +
    NotArchivedPerson;

// The project's people and cases served in the period, from the totals of schema 9, each with
// its first day in the period; only a person served before the period too has the services
// themselves read for that day.
const QString GroupsInPeriod =
    u"SELECT t.person, t.case_id, t.day FROM (SELECT g.person_id AS person, g.case_id AS "
    "case_id, CASE WHEN g.first_on >= :from THEN g.first_on ELSE (SELECT min(sr.service_date) "
    "FROM service_record sr WHERE sr.person_id = g.person_id AND sr.case_id = g.case_id AND "
    "sr.project_id = g.project_id AND sr.archived_at IS NULL AND sr.service_date >= :from) END "
    "AS day FROM project_service_group g WHERE g.project_id = :project AND g.last_on >= :from "
    "AND g.person_id "_s +
    NotArchivedPerson + u") t WHERE t.day <= :to"_s;

// The people and cases served, with their first day, from the services that pass the filters.
QString groupsServed(const QJsonObject &params, Binds &binds)
{
    if (!hasServiceFilters(params))
        return GroupsInPeriod;
    return u"SELECT sr.person_id AS person, sr.case_id AS case_id, min(sr.service_date) AS day "_s +
           ServicesInPeriod + serviceFilters(params, binds) +
           u" GROUP BY sr.person_id, sr.case_id"_s;
}

// The fact of the services method from the project's daily totals, less the services of people
// archived since (few, read through their own index). The filters' values are those the
// services' rows bind.
QString servicesFact(const QString &measure, const QJsonObject &params)
{
    const auto [daily, each] =
        measure == u"quantity"_s ? std::pair(u"total(d.quantity)"_s, u"total(sr.quantity)"_s)
        : measure == u"hours"_s  ? std::pair(u"total(d.minutes) / 60.0"_s,
                                             u"total(coalesce(sr.duration_min, 0)) / 60.0"_s)
                                 : std::pair(u"total(d.services)"_s, u"count(*)"_s);
    Binds unused; // the same names as the rows' filters, bound once
    return u"SELECT (SELECT %1 FROM project_service_day d WHERE d.project_id = :project AND "
           "d.service_date BETWEEN :from AND :to%2) - (SELECT %3 FROM service_record sr WHERE "
           "sr.person_id IN (SELECT id FROM person WHERE archived_at IS NOT NULL) AND "
           "sr.project_id = :project AND sr.archived_at IS NULL AND sr.service_date BETWEEN "
           ":from AND :to%4)"_s.arg(daily, serviceFilters(params, unused, u"d"_s), each,
                                    serviceFilters(params, unused));
}

QString eventFilters(const QJsonObject &params, const QJsonArray &defaultTypes, Binds &binds)
{
    QString sql;
    const QJsonArray types =
        params.contains(u"event_types"_s) ? params.value(u"event_types"_s).toArray() : defaultTypes;
    if (!types.isEmpty())
        sql += u" AND "_s + inList(u"ev.type"_s, u"etype"_s, types, binds);
    if (params.contains(u"series_id"_s)) {
        sql += u" AND ev.series_id = :series"_s;
        binds.append({u":series"_s, params.value(u"series_id"_s).toInteger()});
    }
    return sql;
}

const QString EventsHeldInPeriod =
    u"FROM event ev WHERE ev.project_id = :project AND ev.archived_at IS NULL "
    "AND ev.status = 'held' AND ev.event_date BETWEEN :from AND :to"_s;

// Named people present at held events of the project in the period, not archived.
const QString PresentAtHeldEvents =
    u"FROM event ev JOIN event_participant ep ON ep.event_id = ev.id AND ep.attendance = "
    "'present' WHERE ep.person_id "_s +
    NotArchivedPerson +
    u" AND ev.project_id = :project AND ev.archived_at IS NULL AND ev.status = 'held' AND "
    "ev.event_date BETWEEN :from AND :to"_s;

// Named people present at the selected events, each counted once, from their first visit.
QString namedPeople(const QString &filters)
{
    return u"SELECT 'person' AS kind, ep.person_id AS id, min(ev.event_date) AS day, 1 AS weight "_s +
           PresentAtHeldEvents + filters + u" GROUP BY ep.person_id"_s;
}

// Visits of named people, one row per event.
QString namedVisits(const QString &filters)
{
    return u"SELECT 'event' AS kind, ev.id AS id, ev.event_date AS day, count(*) AS weight "_s +
           PresentAtHeldEvents + filters + u" GROUP BY ev.id"_s;
}

// Anonymous headcounts, one row per event; audiences limits them to some groups.
// Anonymous headcounts of held events of the project in the period.
const QString HeadcountsAtHeldEvents =
    u"FROM event ev JOIN event_headcount h ON h.event_id = ev.id WHERE ev.project_id = :project "
    "AND ev.archived_at IS NULL AND ev.status = 'held' AND ev.event_date BETWEEN :from AND :to"_s;

QString headcounts(const QString &filters, const QString &audienceFilter)
{
    return u"SELECT 'event' AS kind, ev.id AS id, ev.event_date AS day, sum(h.count) AS weight "_s +
           HeadcountsAtHeldEvents + filters + audienceFilter +
           u" GROUP BY ev.id HAVING sum(h.count) > 0"_s;
}

// The same counts as facts, without a row for each person or event.
QString namedPeopleFact(const QString &filters)
{
    return u"(SELECT count(DISTINCT ep.person_id) "_s + PresentAtHeldEvents + filters + u")"_s;
}

QString namedVisitsFact(const QString &filters)
{
    return u"(SELECT count(*) "_s + PresentAtHeldEvents + filters + u")"_s;
}

QString headcountsFact(const QString &filters, const QString &audienceFilter)
{
    return u"(SELECT total(h.count) "_s + HeadcountsAtHeldEvents + filters + audienceFilter +
           u")"_s;
}

// Cases of the project: with a service of the project, or enrolled with their case. The
// project's own records lead, so the time follows the project's size, not the register's.
const QString ClosedProjectCases =
    u"FROM case_file c WHERE c.id IN (SELECT g.case_id FROM project_service_group g WHERE "
    "g.project_id = :project UNION SELECT e.case_id FROM "
    "project_enrolment e WHERE e.project_id = :project AND e.archived_at IS NULL AND e.case_id "
    "IS NOT NULL) AND c.closed_on BETWEEN :from AND :to AND c.status = 'closed' AND "
    "c.archived_at IS NULL"_s;

QDate lastDayOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

} // namespace

struct IndicatorEngine::Selection
{
    QString sql;     // rows of kind, id, day, weight
    QString factSql; // the fact itself, counted without a row per record, when that is cheaper
    // Or the fact as factColumn over source, when other indicators read the same records:
    // those of one project are then counted in one pass (see facts).
    QString source;
    QString factColumn;
    Binds binds;
    Aggregate aggregate = Aggregate::Sum;
};

QString statusKey(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::NotPlanned:
        return u"not_planned"_s;
    case IndicatorStatus::Achieved:
        return u"achieved"_s;
    case IndicatorStatus::OnTrack:
        return u"on_track"_s;
    case IndicatorStatus::Behind:
        return u"behind"_s;
    }
    return {};
}

QString statusName(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Achieved:
        return IndicatorEngine::tr("achieved");
    case IndicatorStatus::OnTrack:
        return IndicatorEngine::tr("on track");
    case IndicatorStatus::Behind:
        return IndicatorEngine::tr("behind");
    case IndicatorStatus::NotPlanned:
        break;
    }
    return IndicatorEngine::tr("no plan");
}

Aggregate aggregateOf(IndicatorMethod method)
{
    switch (method) {
    case IndicatorMethod::ImprovedShare:
        return Aggregate::SharePercent;
    case IndicatorMethod::SupportLength:
        return Aggregate::Average;
    default:
        return Aggregate::Sum;
    }
}

IndicatorEngine::IndicatorEngine(Database &db)
    : m_db(db)
{}

Project IndicatorEngine::projectOf(const Indicator &indicator) const
{
    return ProjectRepository(m_db).get(indicator.projectId);
}

std::optional<IndicatorEngine::Selection>
IndicatorEngine::select(const Indicator &indicator, const Project &project, const QDate &asOf) const
{
    const QDate to = std::min(asOf, project.endsOn);
    if (to < project.startsOn)
        return std::nullopt;
    Selection s;
    s.aggregate = aggregateOf(indicator.method);
    s.binds = {{u":project"_s, project.id},
               {u":from"_s, isoDate(project.startsOn)},
               {u":to"_s, isoDate(to)}};
    const QJsonObject &params = indicator.params;
    // Without a measure, the method's first one counts (see indicatorMeasures).
    const QString measure =
        params.value(u"measure"_s).toString(indicatorMeasures(indicator.method).value(0));
    switch (indicator.method) {
    case IndicatorMethod::Enrolled: {
        QString filters;
        if (params.contains(u"category_id"_s)) {
            filters += u" AND EXISTS (SELECT 1 FROM person_category pc WHERE pc.person_id = "
                       "e.person_id AND pc.category_id = :category)"_s;
            s.binds.append({u":category"_s, params.value(u"category_id"_s).toInteger()});
        }
        // Age in whole years on the day of enrolment, from the ISO dates' digits.
        const QString age = u"(CAST(substr(e.starts_on, 1, 4) AS INTEGER) - "
                            "CAST(substr(p.birth_date, 1, 4) AS INTEGER) - (substr(e.starts_on, "
                            "6) < substr(p.birth_date, 6)))"_s;
        const bool byAge = params.contains(u"age_min"_s) || params.contains(u"age_max"_s);
        if (byAge)
            filters += u" AND p.birth_date IS NOT NULL"_s;
        if (params.contains(u"age_min"_s)) {
            filters += u" AND "_s + age + u" >= :agemin"_s;
            s.binds.append({u":agemin"_s, params.value(u"age_min"_s).toInt()});
        }
        if (params.contains(u"age_max"_s)) {
            filters += u" AND "_s + age + u" <= :agemax"_s;
            s.binds.append({u":agemax"_s, params.value(u"age_max"_s).toInt()});
        }
        // Only an age needs the person's row; archived people are few and have an index.
        const QString people = byAge ? u" JOIN person p ON p.id = e.person_id AND p.archived_at "
                                       "IS NULL"_s
                                     : QString();
        if (!byAge)
            filters += u" AND e.person_id "_s + NotArchivedPerson;
        const QString enrolments =
            u" FROM project_enrolment e"_s + people +
            u" WHERE e.project_id = :project AND e.archived_at IS NULL AND e.starts_on <= :to "
            "AND (e.ends_on IS NULL OR e.ends_on >= :from)"_s +
            filters;
        s.sql = u"SELECT 'person' AS kind, e.person_id AS id, min(max(e.starts_on, :from)) AS "
                "day, 1 AS weight"_s +
                enrolments + u" GROUP BY e.person_id"_s;
        s.factSql = u"SELECT count(DISTINCT e.person_id)"_s + enrolments;
        break;
    }
    case IndicatorMethod::PeopleServed: {
        const QString groups = groupsServed(params, s.binds);
        s.sql = u"SELECT 'person' AS kind, person AS id, min(day) AS day, 1 AS weight FROM ("_s +
                groups + u") GROUP BY person"_s;
        s.factSql = u"SELECT count(DISTINCT person) FROM ("_s + groups + u")"_s;
        break;
    }
    case IndicatorMethod::FamiliesServed: {
        // A family is the household of the case, else the household the person belongs to;
        // a person in no household is a family of one. Grouped by one number: a household's
        // id, or a person's id made negative.
        const QString families =
            u"coalesce(c.household_id, (SELECT min(hm.household_id) FROM household_member hm "
            "WHERE hm.person_id = g.person), -g.person)"_s;
        const QString groups = u" FROM ("_s + groupsServed(params, s.binds) +
                               u") g JOIN case_file c ON c.id = g.case_id"_s;
        s.sql = u"SELECT CASE WHEN family > 0 THEN 'household' ELSE 'person' END AS kind, "
                "abs(family) AS id, day, 1 AS weight FROM (SELECT "_s +
                families + u" AS family, min(g.day) AS day"_s + groups + u" GROUP BY family)"_s;
        s.factSql = u"SELECT count(DISTINCT "_s + families + u")"_s + groups;
        break;
    }
    case IndicatorMethod::Services: {
        const QString weight = measure == u"quantity"_s ? u"sr.quantity"_s
                               : measure == u"hours"_s  ? u"coalesce(sr.duration_min, 0) / 60.0"_s
                                                        : u"1"_s;
        s.sql = u"SELECT 'service' AS kind, sr.id AS id, sr.service_date AS day, "_s + weight +
                u" AS weight "_s + ServicesInPeriod + serviceFilters(params, s.binds);
        s.factSql = servicesFact(measure, params);
        break;
    }
    case IndicatorMethod::EventsHeld:
        s.sql = u"SELECT 'event' AS kind, ev.id AS id, ev.event_date AS day, 1 AS weight "_s +
                EventsHeldInPeriod + eventFilters(params, {}, s.binds);
        break;
    case IndicatorMethod::Participants: {
        const QString filters = eventFilters(params, {}, s.binds);
        QString audience;
        if (params.contains(u"audiences"_s))
            audience = u" AND "_s + inList(u"h.audience"_s, u"aud"_s,
                                           params.value(u"audiences"_s).toArray(), s.binds);
        if (measure == u"people"_s) {
            s.sql = namedPeople(filters);
            s.factSql = u"SELECT "_s + namedPeopleFact(filters);
        } else if (measure == u"visits"_s) {
            s.sql = namedVisits(filters);
            s.factSql = u"SELECT "_s + namedVisitsFact(filters);
        } else if (measure == u"headcount"_s) {
            s.sql = headcounts(filters, audience);
            s.factSql = u"SELECT "_s + headcountsFact(filters, audience);
        } else { // total: named visits and headcounts, which never count the same person twice
            s.sql = u"SELECT kind, id, day, sum(weight) AS weight FROM ("_s + namedVisits(filters) +
                    u" UNION ALL "_s + headcounts(filters, audience) + u") GROUP BY kind, id"_s;
            s.factSql = u"SELECT "_s + namedVisitsFact(filters) + u" + "_s +
                        headcountsFact(filters, audience);
        }
        break;
    }
    case IndicatorMethod::SpecialistsTrained: {
        const QString filters =
            eventFilters(params, QJsonArray{u"training"_s, u"seminar"_s, u"webinar"_s}, s.binds);
        const QString specialists = u" AND h.audience = 'specialists'"_s;
        s.sql = namedPeople(filters) + u" UNION ALL "_s + headcounts(filters, specialists);
        s.factSql = u"SELECT "_s + namedPeopleFact(filters) + u" + "_s +
                    headcountsFact(filters, specialists);
        break;
    }
    case IndicatorMethod::Volunteers:
        if (measure == u"hours"_s)
            s.sql = u"SELECT 'volunteer_hours' AS kind, vh.id AS id, vh.work_date AS day, "
                    "vh.hours AS weight "_s;
        else
            s.sql = u"SELECT 'volunteer' AS kind, vh.volunteer_id AS id, min(vh.work_date) AS "
                    "day, 1 AS weight "_s;
        s.sql += u"FROM volunteer_hours vh JOIN volunteer v ON v.id = vh.volunteer_id AND "
                 "v.archived_at IS NULL WHERE vh.project_id = :project AND vh.archived_at IS "
                 "NULL AND vh.work_date BETWEEN :from AND :to"_s;
        if (measure != u"hours"_s)
            s.sql += u" GROUP BY vh.volunteer_id"_s;
        break;
    case IndicatorMethod::ImprovedShare: {
        const bool partly = params.value(u"include_partly"_s).toBool(true);
        const QString improved = u"(c.outcome IN ("_s +
                                 (partly ? u"'improved', 'partly_improved'"_s : u"'improved'"_s) +
                                 u"))"_s;
        s.sql = u"SELECT 'case' AS kind, c.id AS id, c.closed_on AS day, "_s + improved +
                u" AS weight "_s + ClosedProjectCases;
        s.source = ClosedProjectCases;
        s.factColumn = u"CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * total("_s + improved +
                       u") / count(*) END"_s;
        break;
    }
    case IndicatorMethod::SupportLength: {
        const QString days = u"julianday(c.closed_on) - julianday(c.opened_on)"_s;
        s.sql = u"SELECT 'case' AS kind, c.id AS id, c.closed_on AS day, "_s + days +
                u" AS weight "_s + ClosedProjectCases;
        s.source = ClosedProjectCases;
        s.factColumn = u"coalesce(avg("_s + days + u"), 0)"_s;
        break;
    }
    case IndicatorMethod::Manual:
        s.sql = u"SELECT 'value' AS kind, iv.id AS id, iv.value_date AS day, iv.value AS weight "
                "FROM indicator_value iv WHERE iv.indicator_id = :indicator AND iv.archived_at "
                "IS NULL AND iv.value_date BETWEEN :from AND :to"_s;
        s.binds.append({u":indicator"_s, indicator.id});
        break;
    }
    return s;
}

QString IndicatorEngine::factQuery(const Selection &s)
{
    if (!s.factSql.isEmpty())
        return s.factSql;
    if (!s.source.isEmpty())
        return u"SELECT "_s + s.factColumn + u" "_s + s.source;
    switch (s.aggregate) {
    case Aggregate::Sum:
        return u"SELECT total(weight) FROM (%1)"_s.arg(s.sql);
    case Aggregate::SharePercent:
        return u"SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * total(weight) / count(*) END "
               "FROM (%1)"_s.arg(s.sql);
    case Aggregate::Average:
        return u"SELECT coalesce(avg(weight), 0) FROM (%1)"_s.arg(s.sql);
    }
    return {};
}

double IndicatorEngine::fact(const Indicator &indicator, const QDate &asOf) const
{
    return factIn(indicator, projectOf(indicator), asOf);
}

double IndicatorEngine::factIn(const Indicator &indicator, const Project &project,
                               const QDate &asOf) const
{
    return facts({select(indicator, project, asOf)}).constFirst();
}

QString IndicatorEngine::factSql(const Indicator &indicator, const QDate &asOf) const
{
    const auto s = select(indicator, projectOf(indicator), asOf);
    if (!s)
        return {};
    QString sql = factQuery(*s);
    for (const auto &[name, value] : s->binds) {
        const QString literal = value.typeId() == QMetaType::QString
                                    ? u"'"_s + value.toString().replace(u"'"_s, u"''"_s) + u"'"_s
                                    : value.toString();
        sql.replace(QRegularExpression(QRegularExpression::escape(name) + u"\\b"_s), literal);
    }
    return sql;
}

std::optional<double> IndicatorEngine::expectedBy(const Indicator &indicator,
                                                  const Project &project,
                                                  const QList<PlanPeriod> &periods,
                                                  const QDate &date)
{
    if (!indicator.plan)
        return std::nullopt;
    if (aggregateOf(indicator.method) != Aggregate::Sum)
        return indicator.plan; // a share or an average is held to its plan at any time
    auto elapsed = [&](const QDate &from, const QDate &to) {
        if (date < from)
            return 0.0;
        if (date >= to)
            return 1.0;
        return double(from.daysTo(date) + 1) / double(from.daysTo(to) + 1);
    };
    if (periods.isEmpty())
        return *indicator.plan * elapsed(project.startsOn, project.endsOn);
    double expected = 0;
    for (const PlanPeriod &p : periods)
        expected += p.value * elapsed(p.startsOn, p.endsOn);
    return expected;
}

IndicatorResult IndicatorEngine::evaluate(const Indicator &indicator, const QDate &asOf) const
{
    return evaluateIn(indicator, projectOf(indicator), asOf);
}

IndicatorResult IndicatorEngine::evaluateIn(const Indicator &indicator, const Project &project,
                                            const QDate &asOf) const
{
    return resultOf(indicator, project, asOf, factIn(indicator, project, asOf));
}

IndicatorResult IndicatorEngine::resultOf(const Indicator &indicator, const Project &project,
                                          const QDate &asOf, double fact) const
{
    IndicatorResult r;
    r.indicator = indicator;
    r.asOf = asOf;
    r.fact = fact;
    r.plan = indicator.plan;
    r.expected = expectedBy(indicator, project, ProjectRepository(m_db).planPeriods(indicator.id),
                            std::min(asOf, project.endsOn));
    if (r.plan && *r.plan > 0)
        r.percent = 100.0 * r.fact / *r.plan;
    if (!r.plan)
        r.status = IndicatorStatus::NotPlanned;
    else if (r.fact >= *r.plan)
        r.status = IndicatorStatus::Achieved;
    else if (r.expected && r.fact >= *r.expected)
        r.status = IndicatorStatus::OnTrack;
    else
        r.status = IndicatorStatus::Behind;
    return r;
}

QList<IndicatorResult> IndicatorEngine::evaluateProject(qint64 projectId, const QDate &asOf) const
{
    const ProjectRepository projects(m_db);
    const Project project = projects.get(projectId);
    const QList<Indicator> indicators = projects.indicators(projectId);
    QList<std::optional<Selection>> selections;
    for (const Indicator &indicator : indicators)
        selections << select(indicator, project, asOf);
    const QList<double> counted = facts(selections);
    QList<IndicatorResult> results;
    for (qsizetype i = 0; i < indicators.size(); ++i)
        results << resultOf(indicators.at(i), project, asOf, counted.at(i));
    return results;
}

QList<double> IndicatorEngine::facts(const QList<std::optional<Selection>> &selections) const
{
    QList<double> facts(selections.size(), 0.0);
    QList<bool> counted(selections.size(), false);
    for (qsizetype i = 0; i < selections.size(); ++i) {
        if (!selections.at(i) || counted.at(i))
            continue;
        const Selection &s = *selections.at(i);
        QList<qsizetype> together{i};
        for (qsizetype j = i + 1; j < selections.size() && !s.source.isEmpty(); ++j) {
            const auto &other = selections.at(j);
            if (other && other->source == s.source && other->binds == s.binds)
                together << j;
        }
        QStringList columns;
        for (const qsizetype j : together)
            columns << selections.at(j)->factColumn;
        Query q(m_db, together.size() == 1
                          ? factQuery(s)
                          : u"SELECT "_s + columns.join(u", "_s) + u" "_s + s.source);
        for (const auto &[name, value] : s.binds)
            q.bind(name, value);
        q.exec();
        q.next();
        for (qsizetype k = 0; k < together.size(); ++k) {
            facts[together.at(k)] = q.value(int(k)).toDouble();
            counted[together.at(k)] = true;
        }
    }
    return facts;
}

QList<SeriesPoint> IndicatorEngine::monthly(const Indicator &indicator, const QDate &asOf) const
{
    const Project project = projectOf(indicator);
    const auto s = select(indicator, project, asOf);
    if (!s)
        return {};
    Query q(m_db, u"SELECT substr(day, 1, 7) AS month, total(weight), count(*) FROM (%1) "
                  "GROUP BY month ORDER BY month"_s.arg(s->sql));
    for (const auto &[name, value] : s->binds)
        q.bind(name, value);
    q.exec();
    QHash<QString, std::pair<double, qint64>> byMonth;
    while (q.next())
        byMonth.insert(q.text(0), {q.value(1).toDouble(), q.integer(2)});

    QList<SeriesPoint> series;
    const QList<PlanPeriod> periods = ProjectRepository(m_db).planPeriods(indicator.id);
    const QDate last = std::min(asOf, project.endsOn);
    double sum = 0;
    qint64 count = 0;
    for (QDate month(project.startsOn.year(), project.startsOn.month(), 1); month <= last;
         month = month.addMonths(1)) {
        const auto [monthSum, monthCount] = byMonth.value(month.toString(u"yyyy-MM"_s));
        sum += monthSum;
        count += monthCount;
        SeriesPoint point;
        point.date = std::min(lastDayOfMonth(month), last);
        switch (s->aggregate) {
        case Aggregate::Sum:
            point.fact = sum;
            break;
        case Aggregate::SharePercent:
            point.fact = count ? 100.0 * sum / double(count) : 0;
            break;
        case Aggregate::Average:
            point.fact = count ? sum / double(count) : 0;
            break;
        }
        point.planned = expectedBy(indicator, project, periods, point.date);
        series << point;
    }
    return series;
}

QList<IndicatorRow> IndicatorEngine::records(const Indicator &indicator, const QDate &asOf) const
{
    // The records behind a fact name people: the figures are for every role, the names not.
    requirePermission(m_db, Permission::ViewRecords);
    const auto s = select(indicator, projectOf(indicator), asOf);
    if (!s)
        return {};
    Query q(m_db, u"SELECT kind, id, day, weight FROM (%1) ORDER BY day, kind, id"_s.arg(s->sql));
    for (const auto &[name, value] : s->binds)
        q.bind(name, value);
    q.exec();
    QList<IndicatorRow> rows;
    while (q.next())
        rows.append({q.text(0), q.integer(1), parseIsoDate(q.text(2)), q.value(3).toDouble()});
    return rows;
}

} // namespace opora
