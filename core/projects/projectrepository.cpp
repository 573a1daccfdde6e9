#include "projects/projectrepository.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/lookups.h"
#include "register/recordguard.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString ProjectTable = u"project"_s;
const QString IndicatorTable = u"indicator"_s;
const QString EnrolmentTable = u"project_enrolment"_s;
const QStringList ProjectFields{u"name"_s,          u"funder"_s,   u"agreement"_s, u"amount"_s,
                                u"currency"_s,      u"period"_s,   u"goal"_s,      u"tasks"_s,
                                u"target_groups"_s, u"partners"_s, u"status"_s,    u"results"_s,
                                u"lessons"_s,       u"proposals"_s};
const QStringList IndicatorFields{u"wording"_s, u"unit"_s,    u"plan"_s, u"method"_s,
                                  u"params"_s,  u"comment"_s, u"order"_s};

double sumOf(const QList<PlanPeriod> &parts)
{
    double sum = 0;
    for (const PlanPeriod &p : parts)
        sum += p.value;
    return sum;
}

const QStringList ProjectStatuses{u"planned"_s, u"active"_s, u"completed"_s, u"cancelled"_s};

} // namespace

QStringList indicatorParamKeys(IndicatorMethod method)
{
    switch (method) {
    case IndicatorMethod::Enrolled:
        return {u"category_id"_s, u"age_min"_s, u"age_max"_s};
    case IndicatorMethod::PeopleServed:
    case IndicatorMethod::FamiliesServed:
        return {u"item_id"_s, u"type"_s, u"form"_s};
    case IndicatorMethod::Services:
        return {u"measure"_s, u"item_id"_s, u"type"_s, u"form"_s};
    case IndicatorMethod::EventsHeld:
        return {u"event_types"_s, u"series_id"_s};
    case IndicatorMethod::Participants:
        return {u"measure"_s, u"event_types"_s, u"series_id"_s, u"audiences"_s};
    case IndicatorMethod::SpecialistsTrained:
        return {u"event_types"_s};
    case IndicatorMethod::Volunteers:
        return {u"measure"_s};
    case IndicatorMethod::ImprovedShare:
        return {u"include_partly"_s};
    case IndicatorMethod::SupportLength:
    case IndicatorMethod::Manual:
        return {};
    }
    return {};
}

QStringList indicatorMeasures(IndicatorMethod method)
{
    switch (method) {
    case IndicatorMethod::Services:
        return {u"count"_s, u"quantity"_s, u"hours"_s};
    case IndicatorMethod::Participants:
        return {u"people"_s, u"visits"_s, u"headcount"_s, u"total"_s};
    case IndicatorMethod::Volunteers:
        return {u"count"_s, u"hours"_s};
    default:
        return {};
    }
}

namespace {

void bindProject(Query &q, const Project &p)
{
    q.bind(u":name"_s, p.name.trimmed())
        .bind(u":funder"_s, nonNull(p.funder.trimmed()))
        .bind(u":agreement"_s, nonNull(p.agreementNo.trimmed()))
        .bind(u":amount"_s, p.amountMinor ? QVariant(*p.amountMinor) : QVariant())
        .bind(u":currency"_s, nonNull(p.currency))
        .bind(u":starts"_s, isoDate(p.startsOn))
        .bind(u":ends"_s, isoDate(p.endsOn))
        .bind(u":goal"_s, nonNull(p.goal))
        .bind(u":tasks"_s, nonNull(p.tasks))
        .bind(u":groups"_s, nonNull(p.targetGroups))
        .bind(u":partners"_s, nonNull(p.partners))
        .bind(u":status"_s, p.status)
        .bind(u":results"_s, nonNull(p.results))
        .bind(u":lessons"_s, nonNull(p.lessons))
        .bind(u":proposals"_s, nonNull(p.proposals));
}

void bindIndicator(Query &q, const Indicator &i)
{
    q.bind(u":project"_s, i.projectId)
        .bind(u":order"_s, i.sortOrder)
        .bind(u":wording"_s, i.wording.trimmed())
        .bind(u":unit"_s, nonNull(i.unit.trimmed()))
        .bind(u":plan"_s, i.plan ? QVariant(*i.plan) : QVariant())
        .bind(u":method"_s, methodKey(i.method))
        .bind(u":params"_s,
              QString::fromUtf8(QJsonDocument(i.params).toJson(QJsonDocument::Compact)))
        .bind(u":comment"_s, nonNull(i.comment));
}

const QString ProjectColumns =
    u"id, name, funder, agreement_no, amount_minor, currency, starts_on, ends_on, goal, tasks, "
    "target_groups, partners, status, archived_at IS NOT NULL, version, results, lessons, "
    "proposals"_s;

Project readProject(const Query &q)
{
    Project p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.funder = q.text(2);
    p.agreementNo = q.text(3);
    if (!q.value(4).isNull())
        p.amountMinor = q.integer(4);
    p.currency = q.text(5);
    p.startsOn = parseIsoDate(q.text(6));
    p.endsOn = parseIsoDate(q.text(7));
    p.goal = q.text(8);
    p.tasks = q.text(9);
    p.targetGroups = q.text(10);
    p.partners = q.text(11);
    p.status = q.text(12);
    p.archived = q.value(13).toBool();
    p.version = q.value(14).toInt();
    p.results = q.text(15);
    p.lessons = q.text(16);
    p.proposals = q.text(17);
    return p;
}

const QString IndicatorColumns =
    u"id, project_id, sort_order, wording, unit, plan_total, method, params, comment, version"_s;

Indicator readIndicator(const Query &q)
{
    Indicator i;
    i.id = q.integer(0);
    i.projectId = q.integer(1);
    i.sortOrder = q.value(2).toInt();
    i.wording = q.text(3);
    i.unit = q.text(4);
    if (!q.value(5).isNull())
        i.plan = q.value(5).toDouble();
    i.method = methodFromKey(q.text(6)).value_or(IndicatorMethod::Manual);
    i.params = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
    i.comment = q.text(8);
    i.version = q.value(9).toInt();
    return i;
}

} // namespace

ProjectRepository::ProjectRepository(Database &db)
    : m_db(db)
{}

QList<Project> ProjectRepository::list(bool includeArchived) const
{
    Query q(m_db, u"SELECT "_s + ProjectColumns + u" FROM project"_s +
                      (includeArchived ? QString() : u" WHERE archived_at IS NULL"_s) +
                      u" ORDER BY starts_on DESC, id"_s);
    q.exec();
    QList<Project> projects;
    while (q.next())
        projects << readProject(q);
    return projects;
}

Project ProjectRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + ProjectColumns + u" FROM project WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This project no longer exists."),
                    u"project %1 not found"_s.arg(id));
    return readProject(q);
}

void ProjectRepository::validate(const Project &p) const
{
    Validator v;
    v.require(!p.name.trimmed().isEmpty(), u"name"_s, tr("Enter the project's name."));
    v.require(p.startsOn.isValid(), u"starts"_s, tr("Enter the date the project starts."));
    v.require(p.endsOn.isValid(), u"ends"_s, tr("Enter the date the project ends."));
    v.require(!p.startsOn.isValid() || !p.endsOn.isValid() || p.endsOn >= p.startsOn, u"ends"_s,
              tr("The project cannot end before it starts."));
    v.require(!p.amountMinor || *p.amountMinor >= 0, u"amount"_s,
              tr("The amount cannot be negative."));
    v.require(!p.amountMinor || p.currency.size() == 3, u"currency"_s,
              tr("Choose the currency of the amount."));
    v.require(ProjectStatuses.contains(p.status), u"status"_s, tr("Choose the project's status."));
    v.throwIfInvalid();
}

qint64 ProjectRepository::create(const Project &project)
{
    validate(project);
    WriteTransaction tx(m_db);
    Query q(m_db, u"INSERT INTO project(name, funder, agreement_no, amount_minor, currency, "
                  "starts_on, ends_on, goal, tasks, target_groups, partners, status, results, "
                  "lessons, proposals, created_at, updated_at, created_by, updated_by) "
                  "VALUES(:name, :funder, :agreement, :amount, :currency, :starts, :ends, "
                  ":goal, :tasks, :groups, :partners, :status, :results, :lessons, :proposals, "
                  ":now, :now, :by, :by)"_s);
    bindProject(q, project);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, ProjectTable, id, ProjectFields);
    tx.commit();
    return id;
}

void ProjectRepository::update(const Project &project)
{
    validate(project);
    WriteTransaction tx(m_db);
    requireVersion(m_db, ProjectTable, ProjectTable, project.id, project.version, ProjectFields);
    Query q(m_db, u"UPDATE project SET name = :name, funder = :funder, agreement_no = "
                  ":agreement, amount_minor = :amount, currency = :currency, starts_on = "
                  ":starts, ends_on = :ends, goal = :goal, tasks = :tasks, target_groups = "
                  ":groups, partners = :partners, status = :status, results = :results, lessons = "
                  ":lessons, proposals = :proposals, updated_at = :now, "
                  "updated_by = :by, version = version + 1 WHERE id = :id"_s);
    bindProject(q, project);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).bind(u":id"_s, project.id).exec();
    recordAudit(m_db, AuditAction::Update, ProjectTable, project.id, ProjectFields);
    tx.commit();
}

void ProjectRepository::archive(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, ProjectTable, ProjectTable, id, version, true);
    tx.commit();
}

void ProjectRepository::setTeam(qint64 projectId, const QList<TeamMember> &team)
{
    get(projectId);
    Validator v;
    QSet<qint64> seen;
    for (const TeamMember &m : team) {
        v.require(Query(m_db, u"SELECT EXISTS (SELECT 1 FROM staff WHERE id = :id)"_s)
                      .bind(u":id"_s, m.staffId)
                      .scalar(false)
                      .toBool(),
                  u"team"_s, tr("Choose the team from the centre's staff."));
        v.require(!seen.contains(m.staffId), u"team"_s,
                  tr("Each staff member is listed in the team once."));
        seen.insert(m.staffId);
    }
    v.throwIfInvalid();
    WriteTransaction tx(m_db);
    Query(m_db, u"DELETE FROM project_team WHERE project_id = :p"_s)
        .bind(u":p"_s, projectId)
        .exec();
    for (const TeamMember &m : team)
        Query(m_db, u"INSERT INTO project_team(project_id, staff_id, role) VALUES(:p, :s, :r)"_s)
            .bind(u":p"_s, projectId)
            .bind(u":s"_s, m.staffId)
            .bind(u":r"_s, m.role.trimmed())
            .exec();
    recordAudit(m_db, AuditAction::Update, ProjectTable, projectId, {u"team"_s});
    tx.commit();
}

QList<TeamMember> ProjectRepository::team(qint64 projectId) const
{
    QList<TeamMember> members;
    for (const TeamMember &m : teamCandidates(projectId))
        if (m.inTeam)
            members << m;
    return members;
}

QList<TeamMember> ProjectRepository::teamCandidates(qint64 projectId) const
{
    Query q(m_db, u"SELECT s.id, coalesce(t.role, ''), "_s + staffShortNameSql(u"s"_s) +
                      u", s.position, t.staff_id IS NOT NULL FROM staff s "
                      "LEFT JOIN project_team t ON t.staff_id = s.id AND t.project_id = :p WHERE "
                      "s.active = 1 OR t.staff_id IS NOT NULL ORDER BY s.surname, s.first_name, "
                      "s.id"_s);
    q.bind(u":p"_s, projectId).exec();
    QList<TeamMember> staff;
    while (q.next())
        staff.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.value(4).toBool()});
    return staff;
}

void ProjectRepository::validate(const Enrolment &e) const
{
    const Project project = get(e.projectId);
    Validator v;
    v.require(e.personId > 0 &&
                  Query(m_db, u"SELECT EXISTS (SELECT 1 FROM person WHERE id = :id AND "
                              "archived_at IS NULL)"_s)
                      .bind(u":id"_s, e.personId)
                      .scalar(false)
                      .toBool(),
              u"person"_s, tr("Choose a person from the register."));
    v.require(e.startsOn.isValid(), u"starts"_s, tr("Enter the date of enrolment."));
    v.require(!e.startsOn.isValid() || e.startsOn <= project.endsOn, u"starts"_s,
              tr("The enrolment starts after the project has ended."));
    v.require(!e.endsOn.isValid() || e.endsOn >= e.startsOn, u"ends"_s,
              tr("The enrolment cannot end before it starts."));
    v.throwIfInvalid();
}

qint64 ProjectRepository::enrol(const Enrolment &e)
{
    validate(e);
    WriteTransaction tx(m_db);
    Query q(m_db, u"INSERT INTO project_enrolment(project_id, person_id, case_id, starts_on, "
                  "ends_on, created_at, updated_at, created_by, updated_by) VALUES(:project, "
                  ":person, :case, :starts, :ends, :now, :now, :by, :by)"_s);
    q.bind(u":project"_s, e.projectId)
        .bind(u":person"_s, e.personId)
        .bind(u":case"_s, idOrNull(e.caseId))
        .bind(u":starts"_s, isoDate(e.startsOn))
        .bind(u":ends"_s, dateOrNull(e.endsOn))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, EnrolmentTable, id,
                {u"project"_s, u"person"_s, u"case"_s, u"period"_s});
    tx.commit();
    return id;
}

void ProjectRepository::updateEnrolment(const Enrolment &e)
{
    validate(e);
    WriteTransaction tx(m_db);
    requireVersion(m_db, EnrolmentTable, EnrolmentTable, e.id, e.version, {u"period"_s});
    Query(m_db, u"UPDATE project_enrolment SET starts_on = :starts, ends_on = :ends, updated_at "
                "= :now, updated_by = :by, version = version + 1 WHERE id = :id"_s)
        .bind(u":starts"_s, isoDate(e.startsOn))
        .bind(u":ends"_s, dateOrNull(e.endsOn))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, e.id)
        .exec();
    recordAudit(m_db, AuditAction::Update, EnrolmentTable, e.id, {u"period"_s});
    tx.commit();
}

void ProjectRepository::archiveEnrolment(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, EnrolmentTable, EnrolmentTable, id, version, true);
    tx.commit();
}

QList<Enrolment> ProjectRepository::enrolments(qint64 projectId) const
{
    Query q(m_db, u"SELECT id, person_id, case_id, starts_on, ends_on, version FROM "
                  "project_enrolment WHERE project_id = :p AND archived_at IS NULL ORDER BY "
                  "starts_on, id"_s);
    q.bind(u":p"_s, projectId).exec();
    QList<Enrolment> list;
    while (q.next())
        list.append({q.integer(0), projectId, q.integer(1), q.integer(2), parseIsoDate(q.text(3)),
                     parseIsoDate(q.text(4)), q.value(5).toInt()});
    return list;
}

QList<Indicator> ProjectRepository::indicators(qint64 projectId) const
{
    Query q(m_db, u"SELECT "_s + IndicatorColumns +
                      u" FROM indicator WHERE project_id = :p AND archived_at IS NULL "
                      "ORDER BY sort_order, id"_s);
    q.bind(u":p"_s, projectId).exec();
    QList<Indicator> list;
    while (q.next())
        list << readIndicator(q);
    return list;
}

Indicator ProjectRepository::indicator(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + IndicatorColumns + u" FROM indicator WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This indicator no longer exists."),
                    u"indicator %1 not found"_s.arg(id));
    return readIndicator(q);
}

void ProjectRepository::validate(const Indicator &i) const
{
    Validator v;
    v.require(!i.wording.trimmed().isEmpty(), u"wording"_s,
              tr("Enter the indicator as the funder worded it."));
    v.require(!i.plan || *i.plan >= 0, u"plan"_s, tr("The planned value cannot be negative."));
    const QStringList allowed = indicatorParamKeys(i.method);
    for (auto it = i.params.begin(); it != i.params.end(); ++it)
        v.require(allowed.contains(it.key()), u"params"_s,
                  tr("The filter \"%1\" does not apply to this way of counting.").arg(it.key()));
    if (i.params.contains(u"measure"_s))
        v.require(indicatorMeasures(i.method).contains(i.params.value(u"measure"_s).toString()),
                  u"params"_s, tr("Choose what is counted."));
    v.throwIfInvalid();
}

qint64 ProjectRepository::createIndicator(const Indicator &indicator)
{
    validate(indicator);
    get(indicator.projectId);
    WriteTransaction tx(m_db);
    Indicator placed = indicator;
    // A new indicator goes to the end of the list unless its place is given.
    if (placed.sortOrder <= 0)
        placed.sortOrder = Query(m_db, u"SELECT coalesce(max(sort_order), 0) + 1 FROM indicator "
                                       "WHERE project_id = :p"_s)
                               .bind(u":p"_s, indicator.projectId)
                               .scalar(1)
                               .toInt();
    Query q(m_db, u"INSERT INTO indicator(project_id, sort_order, wording, unit, plan_total, "
                  "method, params, comment, created_at, updated_at, created_by, updated_by) "
                  "VALUES(:project, :order, :wording, :unit, :plan, :method, :params, :comment, "
                  ":now, :now, :by, :by)"_s);
    bindIndicator(q, placed);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, IndicatorTable, id, IndicatorFields);
    tx.commit();
    return id;
}

void ProjectRepository::updateIndicator(const Indicator &indicator)
{
    validate(indicator);
    const QList<PlanPeriod> parts = planPeriods(indicator.id);
    if (!parts.isEmpty()) {
        const double sum = sumOf(parts);
        Validator v;
        v.require(indicator.plan && std::abs(sum - *indicator.plan) < 1e-6, u"plan"_s,
                  tr("The plan is split by period and its parts add up to %L1: change the parts "
                     "together with the total.")
                      .arg(sum));
        v.throwIfInvalid();
    }
    WriteTransaction tx(m_db);
    requireVersion(m_db, IndicatorTable, IndicatorTable, indicator.id, indicator.version,
                   IndicatorFields);
    Query q(m_db, u"UPDATE indicator SET project_id = :project, sort_order = :order, wording = "
                  ":wording, unit = :unit, plan_total = :plan, method = :method, params = "
                  ":params, comment = :comment, updated_at = :now, updated_by = :by, version = "
                  "version + 1 WHERE id = :id"_s);
    bindIndicator(q, indicator);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).bind(u":id"_s, indicator.id).exec();
    recordAudit(m_db, AuditAction::Update, IndicatorTable, indicator.id, IndicatorFields);
    tx.commit();
}

void ProjectRepository::archiveIndicator(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, IndicatorTable, IndicatorTable, id, version, true);
    tx.commit();
}

qint64 ProjectRepository::saveIndicator(const Indicator &indicator,
                                        const QList<PlanPeriod> &periods)
{
    WriteTransaction tx(m_db);
    qint64 id = indicator.id;
    if (id) {
        // The old parts go first: they may not add up to the new total.
        setPlanPeriods(id, {});
        updateIndicator(indicator);
    } else {
        id = createIndicator(indicator);
    }
    if (!periods.isEmpty())
        setPlanPeriods(id, periods);
    tx.commit();
    return id;
}

void ProjectRepository::setPlanPeriods(qint64 indicatorId, const QList<PlanPeriod> &periods)
{
    const Indicator target = indicator(indicatorId);
    const Project project = get(target.projectId);
    QList<PlanPeriod> sorted = periods;
    std::sort(sorted.begin(), sorted.end(),
              [](const PlanPeriod &a, const PlanPeriod &b) { return a.startsOn < b.startsOn; });
    Validator v;
    for (int i = 0; i < sorted.size(); ++i) {
        const PlanPeriod &p = sorted.at(i);
        v.require(p.startsOn.isValid() && p.endsOn >= p.startsOn && p.value >= 0, u"plan"_s,
                  tr("Each part of the plan needs a period and a value of 0 or more."));
        v.require(p.startsOn >= project.startsOn && p.endsOn <= project.endsOn, u"plan"_s,
                  tr("Each part of the plan lies within the project's period."));
        v.require(i == 0 || sorted.at(i - 1).endsOn < p.startsOn, u"plan"_s,
                  tr("The parts of the plan must not overlap."));
    }
    const double sum = sumOf(sorted);
    if (!sorted.isEmpty())
        v.require(target.plan && std::abs(sum - *target.plan) < 1e-6, u"plan"_s,
                  tr("The parts of the plan add up to %L1, the plan for the whole project is "
                     "%L2: make them agree.")
                      .arg(sum)
                      .arg(target.plan.value_or(0)));
    v.throwIfInvalid();
    WriteTransaction tx(m_db);
    Query(m_db, u"DELETE FROM indicator_plan WHERE indicator_id = :i"_s)
        .bind(u":i"_s, indicatorId)
        .exec();
    for (const PlanPeriod &p : sorted)
        Query(m_db, u"INSERT INTO indicator_plan(indicator_id, starts_on, ends_on, value) "
                    "VALUES(:i, :s, :e, :v)"_s)
            .bind(u":i"_s, indicatorId)
            .bind(u":s"_s, isoDate(p.startsOn))
            .bind(u":e"_s, isoDate(p.endsOn))
            .bind(u":v"_s, p.value)
            .exec();
    recordAudit(m_db, AuditAction::Update, IndicatorTable, indicatorId, {u"plan_periods"_s});
    tx.commit();
}

QList<PlanPeriod> ProjectRepository::planPeriods(qint64 indicatorId) const
{
    Query q(m_db, u"SELECT starts_on, ends_on, value FROM indicator_plan WHERE indicator_id = "
                  ":i ORDER BY starts_on"_s);
    q.bind(u":i"_s, indicatorId).exec();
    QList<PlanPeriod> list;
    while (q.next())
        list.append({parseIsoDate(q.text(0)), parseIsoDate(q.text(1)), q.value(2).toDouble()});
    return list;
}

qint64 ProjectRepository::addValue(qint64 indicatorId, const IndicatorValue &value)
{
    const Indicator target = indicator(indicatorId);
    Validator v;
    v.require(target.method == IndicatorMethod::Manual, u"value"_s,
              tr("This indicator is counted from the records: its values cannot be typed in."));
    v.require(value.date.isValid(), u"date"_s, tr("Enter the date of the value."));
    v.throwIfInvalid();
    WriteTransaction tx(m_db);
    Query q(m_db, u"INSERT INTO indicator_value(indicator_id, value_date, value, comment, "
                  "created_at, updated_at, created_by, updated_by) VALUES(:i, :d, :v, :c, :now, "
                  ":now, :by, :by)"_s);
    q.bind(u":i"_s, indicatorId)
        .bind(u":d"_s, isoDate(value.date))
        .bind(u":v"_s, value.value)
        .bind(u":c"_s, nonNull(value.comment))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, u"indicator_value"_s, id,
                {u"indicator"_s, u"date"_s, u"value"_s, u"comment"_s});
    tx.commit();
    return id;
}

QList<IndicatorValue> ProjectRepository::values(qint64 indicatorId) const
{
    Query q(m_db, u"SELECT id, value_date, value, comment FROM indicator_value WHERE "
                  "indicator_id = :i AND archived_at IS NULL ORDER BY value_date, id"_s);
    q.bind(u":i"_s, indicatorId).exec();
    QList<IndicatorValue> list;
    while (q.next())
        list.append({q.integer(0), parseIsoDate(q.text(1)), q.value(2).toDouble(), q.text(3)});
    return list;
}

} // namespace opora
