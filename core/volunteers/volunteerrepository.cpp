#include "volunteers/volunteerrepository.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/recordguard.h"
#include "text/normalize.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"volunteer"_s;
const QString MentorTable = u"mentorship"_s;
const QString HoursTable = u"volunteer_hours"_s;
const QStringList Fields{u"person"_s, u"surname"_s, u"first_name"_s,
                         u"phone"_s,  u"skills"_s,  u"since"_s};

// The name of a volunteer under alias v: the register's for a linked person.
const QString NameSql =
    u"coalesce((SELECT p.surname || ' ' || p.first_name FROM person p WHERE p.id = v.person_id), "
    "trim(v.surname || ' ' || v.first_name))"_s;

// Who a case is about under alias c: the person, or the family's name.
const QString CaseSubjectSql =
    u"coalesce((SELECT p.surname || ' ' || p.first_name FROM person p WHERE p.id = c.person_id), "
    "(SELECT h.name FROM household h WHERE h.id = c.household_id), '')"_s;

bool exists(const Database &db, const QString &table, qint64 id)
{
    return id > 0 && rowVersion(db, table, id) > 0;
}

void bindVolunteer(Query &q, const Volunteer &v)
{
    const bool linked = v.personId > 0;
    q.bind(u":person"_s, idOrNull(v.personId))
        .bind(u":surname"_s, linked ? u""_s : nonNull(v.surname.trimmed()))
        .bind(u":first"_s, linked ? u""_s : nonNull(v.firstName.trimmed()))
        .bind(u":phone"_s, nonNull(v.phone.trimmed()))
        .bind(u":skills"_s, nonNull(v.skills.trimmed()))
        .bind(u":since"_s, dateOrNull(v.since));
}

Mentorship mentorshipFrom(const Query &q)
{
    Mentorship m;
    m.id = q.integer(0);
    m.volunteerId = q.integer(1);
    m.caseId = q.integer(2);
    m.startsOn = parseIsoDate(q.text(3));
    m.endsOn = parseIsoDate(q.text(4));
    m.version = q.value(5).toInt();
    m.caseNumber = q.text(6);
    m.caseSubject = q.text(7);
    return m;
}

} // namespace

VolunteerRepository::VolunteerRepository(Database &db)
    : m_db(db)
{}

void VolunteerRepository::validate(const Volunteer &v) const
{
    Validator check;
    if (v.personId > 0)
        check.require(exists(m_db, u"person"_s, v.personId), u"person"_s,
                      tr("This person is no longer in the register."));
    else
        check.require(!v.surname.trimmed().isEmpty(), u"surname"_s,
                      tr("Enter the volunteer's surname, or choose a person of the register."));
    check.require(!v.since.isValid() || v.since <= today(), u"since"_s,
                  tr("The date the volunteer started cannot be in the future."));
    check.throwIfInvalid();
}

void VolunteerRepository::validate(const Mentorship &m) const
{
    Validator check;
    check.require(exists(m_db, Table, m.volunteerId), u"volunteer"_s,
                  tr("This volunteer no longer exists."));
    check.require(exists(m_db, u"case_file"_s, m.caseId), u"case"_s,
                  tr("Choose the case the volunteer mentors."));
    check.require(m.startsOn.isValid(), u"starts_on"_s, tr("Enter the date the mentoring starts."));
    check.require(!m.endsOn.isValid() || !m.startsOn.isValid() || m.endsOn >= m.startsOn,
                  u"ends_on"_s, tr("The mentoring cannot end before it starts."));
    if (check.ok()) {
        // One volunteer mentors one case once at a time.
        const bool overlaps =
            Query(m_db, u"SELECT count(*) FROM mentorship WHERE volunteer_id = :v AND case_id = "
                        ":c AND id <> :id AND starts_on <= coalesce(:to, '9999-12-31') AND "
                        "coalesce(ends_on, '9999-12-31') >= :from"_s)
                .bind(u":v"_s, m.volunteerId)
                .bind(u":c"_s, m.caseId)
                .bind(u":id"_s, m.id)
                .bind(u":from"_s, isoDate(m.startsOn))
                .bind(u":to"_s, dateOrNull(m.endsOn))
                .scalar(0)
                .toInt() > 0;
        check.require(!overlaps, u"case"_s,
                      tr("This volunteer already mentors this case in these dates."));
    }
    check.throwIfInvalid();
}

void VolunteerRepository::validateValues(const VolunteerHours &h)
{
    Validator check;
    checkValues(check, h);
    check.throwIfInvalid();
}

void VolunteerRepository::checkValues(Validator &check, const VolunteerHours &h)
{
    check.require(h.date.isValid(), u"date"_s, tr("Enter the date of the work."));
    check.require(!h.date.isValid() || h.date <= today(), u"date"_s,
                  tr("Hours can only be logged for today or a day before."));
    check.require(h.hours > 0 && h.hours <= 24, u"hours"_s,
                  tr("Hours of one day are more than 0 and at most 24."));
}

void VolunteerRepository::validate(const VolunteerHours &h) const
{
    Validator check;
    check.require(exists(m_db, Table, h.volunteerId), u"volunteer"_s,
                  tr("This volunteer no longer exists."));
    checkValues(check, h);
    check.require(h.caseId == 0 || exists(m_db, u"case_file"_s, h.caseId), u"case"_s,
                  tr("This case no longer exists."));
    check.require(h.eventId == 0 || exists(m_db, u"event"_s, h.eventId), u"event"_s,
                  tr("This event no longer exists."));
    check.require(h.projectId == 0 || exists(m_db, u"project"_s, h.projectId), u"project"_s,
                  tr("This project no longer exists."));
    check.throwIfInvalid();
}

Volunteer VolunteerRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT coalesce(person_id, 0), surname, first_name, phone, skills, since, "
                  "archived_at IS NOT NULL, version FROM volunteer WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This volunteer no longer exists."),
                    u"volunteer %1 not found"_s.arg(id));
    Volunteer v;
    v.id = id;
    v.personId = q.integer(0);
    v.surname = q.text(1);
    v.firstName = q.text(2);
    v.phone = q.text(3);
    v.skills = q.text(4);
    v.since = parseIsoDate(q.text(5));
    v.archived = q.value(6).toBool();
    v.version = q.value(7).toInt();
    return v;
}

QString VolunteerRepository::nameOf(qint64 id) const
{
    return Query(m_db, u"SELECT "_s + NameSql + u" FROM volunteer v WHERE v.id = :id"_s)
        .bind(u":id"_s, id)
        .scalar()
        .toString();
}

qint64 VolunteerRepository::create(const Volunteer &volunteer)
{
    validate(volunteer);
    WriteTransaction tx(m_db);
    Query q(m_db, u"INSERT INTO volunteer(person_id, surname, first_name, phone, skills, since, "
                  "created_at, updated_at, created_by, updated_by) VALUES(:person, :surname, "
                  ":first, :phone, :skills, :since, :now, :now, :by, :by)"_s);
    bindVolunteer(q, volunteer);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    recordAudit(m_db, AuditAction::Create, Table, id, Fields);
    tx.commit();
    return id;
}

void VolunteerRepository::update(const Volunteer &volunteer)
{
    validate(volunteer);
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Table, volunteer.id, volunteer.version, Fields);
    Query q(m_db, u"UPDATE volunteer SET person_id = :person, surname = :surname, first_name = "
                  ":first, phone = :phone, skills = :skills, since = :since, updated_at = :now, "
                  "updated_by = :by, version = version + 1 WHERE id = :id"_s);
    bindVolunteer(q, volunteer);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).bind(u":id"_s, volunteer.id).exec();
    recordAudit(m_db, AuditAction::Update, Table, volunteer.id, Fields);
    tx.commit();
}

void VolunteerRepository::setArchived(qint64 id, int version, bool archived)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, Table, Table, id, version, archived);
    tx.commit();
}

QStringList VolunteerRepository::sortKeys()
{
    return {u"name"_s, u"since"_s, u"hours"_s};
}

Page<VolunteerRow> VolunteerRepository::list(const VolunteerFilter &filter,
                                             const PageRequest &request) const
{
    // A centre has tens or hundreds of volunteers: they are read at once and matched here, by
    // the same search keys as the register, on the name, phone and skills.
    Query q(m_db, u"SELECT v.id, "_s + NameSql +
                      u", v.phone, v.skills, v.since, (SELECT count(*) FROM mentorship m WHERE "
                      "m.volunteer_id = v.id AND (m.ends_on IS NULL OR m.ends_on >= :today)), "
                      "(SELECT total(h.hours) FROM volunteer_hours h WHERE h.volunteer_id = v.id "
                      "AND h.archived_at IS NULL), v.archived_at IS NOT NULL FROM volunteer v "
                      "WHERE v.archived_at IS NULL OR :archived"_s);
    q.bind(u":today"_s, isoDate(today())).bind(u":archived"_s, filter.withArchived).exec();
    const QString wanted = searchKey(filter.text);
    const QString wantedPhone = phoneKey(filter.text);
    QList<VolunteerRow> rows;
    while (q.next()) {
        VolunteerRow r{q.integer(0),
                       q.text(1),
                       q.text(2),
                       q.text(3),
                       parseIsoDate(q.text(4)),
                       q.value(5).toInt(),
                       q.value(6).toDouble(),
                       q.value(7).toBool()};
        const bool matches = wanted.isEmpty() || searchKey(r.name).contains(wanted) ||
                             searchKey(r.skills).contains(wanted) ||
                             (wantedPhone.size() >= 3 && phoneKey(r.phone).contains(wantedPhone));
        if (matches)
            rows.append(r);
    }
    const auto byName = [](const VolunteerRow &a, const VolunteerRow &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    };
    std::stable_sort(rows.begin(), rows.end(), byName);
    if (request.sortKey == u"since"_s)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto &a, const auto &b) { return a.since < b.since; });
    else if (request.sortKey == u"hours"_s)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto &a, const auto &b) { return a.hours < b.hours; });
    if (request.descending)
        std::reverse(rows.begin(), rows.end());
    Page<VolunteerRow> page;
    page.total = rows.size();
    const qsizetype offset = std::clamp<qsizetype>(request.offset, 0, rows.size());
    page.rows = rows.mid(offset, std::clamp(request.limit, 1, 1000));
    return page;
}

QList<Mentorship> VolunteerRepository::mentorships(qint64 volunteerId) const
{
    Query q(m_db, u"SELECT m.id, m.volunteer_id, m.case_id, m.starts_on, m.ends_on, m.version, "
                  "c.number, "_s +
                      CaseSubjectSql +
                      u" FROM mentorship m JOIN case_file c ON c.id = m.case_id WHERE "
                      "m.volunteer_id = :v ORDER BY m.ends_on IS NOT NULL, m.starts_on DESC, "
                      "m.id DESC"_s);
    q.bind(u":v"_s, volunteerId).exec();
    QList<Mentorship> list;
    while (q.next())
        list << mentorshipFrom(q);
    return list;
}

QList<Mentorship> VolunteerRepository::mentorsOf(qint64 caseId) const
{
    Query q(m_db, u"SELECT m.id, m.volunteer_id, m.case_id, m.starts_on, m.ends_on, m.version, "
                  "c.number, "_s +
                      NameSql +
                      u" FROM mentorship m JOIN case_file c ON c.id = m.case_id JOIN volunteer v "
                      "ON v.id = m.volunteer_id WHERE m.case_id = :c ORDER BY m.ends_on IS NOT "
                      "NULL, m.starts_on DESC, m.id DESC"_s);
    q.bind(u":c"_s, caseId).exec();
    QList<Mentorship> list;
    while (q.next())
        list << mentorshipFrom(q);
    return list;
}

qint64 VolunteerRepository::assignMentor(const Mentorship &mentorship)
{
    return assignMentors({mentorship}).constFirst();
}

QList<qint64> VolunteerRepository::assignMentors(const QList<Mentorship> &mentorships)
{
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    AuditBatch audit(m_db, AuditAction::Create, MentorTable);
    const QString now = nowUtc();
    QList<qint64> ids;
    for (const Mentorship &m : mentorships) {
        // Checked as it is stored, so that two overlapping mentorships of one batch are seen.
        validate(m);
        Query q(m_db, u"INSERT INTO mentorship(volunteer_id, case_id, starts_on, ends_on, "
                      "created_at, updated_at, created_by, updated_by) VALUES(:v, :c, :from, "
                      ":to, :now, :now, :by, :by)"_s);
        q.bind(u":v"_s, m.volunteerId)
            .bind(u":c"_s, m.caseId)
            .bind(u":from"_s, isoDate(m.startsOn))
            .bind(u":to"_s, dateOrNull(m.endsOn))
            .bind(u":now"_s, now)
            .bind(u":by"_s, actor(m_db))
            .exec();
        ids << q.lastInsertId();
        audit.add(ids.last(), {u"volunteer"_s, u"case"_s, u"starts_on"_s, u"ends_on"_s});
    }
    tx.commit();
    return ids;
}

void VolunteerRepository::endMentorship(qint64 id, int version, const QDate &endsOn)
{
    WriteTransaction tx(m_db);
    requireVersion(m_db, MentorTable, MentorTable, id, version, {u"ends_on"_s});
    Query q(m_db, u"SELECT volunteer_id, case_id, starts_on FROM mentorship WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    q.next();
    Mentorship m;
    m.id = id;
    m.volunteerId = q.integer(0);
    m.caseId = q.integer(1);
    m.startsOn = parseIsoDate(q.text(2));
    m.endsOn = endsOn;
    Validator check;
    check.require(endsOn.isValid(), u"ends_on"_s, tr("Enter the date the mentoring ends."));
    check.throwIfInvalid();
    validate(m);
    Query(m_db, u"UPDATE mentorship SET ends_on = :to, updated_at = :now, updated_by = :by, "
                "version = version + 1 WHERE id = :id"_s)
        .bind(u":to"_s, isoDate(endsOn))
        .bind(u":now"_s, nowUtc())
        .bind(u":by"_s, actor(m_db))
        .bind(u":id"_s, id)
        .exec();
    recordAudit(m_db, AuditAction::Update, MentorTable, id, {u"ends_on"_s});
    tx.commit();
}

QList<VolunteerHours> VolunteerRepository::hours(qint64 volunteerId) const
{
    Query q(m_db, u"SELECT h.id, h.work_date, h.hours, coalesce(h.case_id, 0), "
                  "coalesce(h.event_id, 0), coalesce(h.project_id, 0), h.note, h.version, "
                  "coalesce(p.name, '') FROM volunteer_hours h LEFT JOIN project p ON p.id = "
                  "h.project_id WHERE h.volunteer_id = :v AND h.archived_at IS NULL ORDER BY "
                  "h.work_date DESC, h.id DESC"_s);
    q.bind(u":v"_s, volunteerId).exec();
    QList<VolunteerHours> list;
    while (q.next()) {
        VolunteerHours h;
        h.id = q.integer(0);
        h.volunteerId = volunteerId;
        h.date = parseIsoDate(q.text(1));
        h.hours = q.value(2).toDouble();
        h.caseId = q.integer(3);
        h.eventId = q.integer(4);
        h.projectId = q.integer(5);
        h.note = q.text(6);
        h.version = q.value(7).toInt();
        h.projectName = q.text(8);
        list << h;
    }
    return list;
}

qint64 VolunteerRepository::logHours(const VolunteerHours &entry)
{
    return logHoursMany({entry}).constFirst();
}

QList<qint64> VolunteerRepository::logHoursMany(const QList<VolunteerHours> &entries)
{
    for (const VolunteerHours &h : entries)
        validate(h);
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    AuditBatch audit(m_db, AuditAction::Create, HoursTable);
    const QString now = nowUtc();
    QList<qint64> ids;
    for (const VolunteerHours &h : entries) {
        Query q(m_db, u"INSERT INTO volunteer_hours(volunteer_id, work_date, hours, case_id, "
                      "event_id, project_id, note, created_at, updated_at, created_by, "
                      "updated_by) VALUES(:v, :date, :hours, :case, :event, :project, :note, "
                      ":now, :now, :by, :by)"_s);
        q.bind(u":v"_s, h.volunteerId)
            .bind(u":date"_s, isoDate(h.date))
            .bind(u":hours"_s, h.hours)
            .bind(u":case"_s, idOrNull(h.caseId))
            .bind(u":event"_s, idOrNull(h.eventId))
            .bind(u":project"_s, idOrNull(h.projectId))
            .bind(u":note"_s, nonNull(h.note.trimmed()))
            .bind(u":now"_s, now)
            .bind(u":by"_s, actor(m_db))
            .exec();
        ids << q.lastInsertId();
        audit.add(ids.last(), {u"volunteer"_s, u"date"_s, u"hours"_s, u"project"_s});
    }
    tx.commit();
    return ids;
}

void VolunteerRepository::removeHours(qint64 id, int version)
{
    WriteTransaction tx(m_db);
    setRowArchived(m_db, HoursTable, HoursTable, id, version, true);
    tx.commit();
}

double VolunteerRepository::totalHours(qint64 volunteerId) const
{
    return Query(m_db, u"SELECT total(hours) FROM volunteer_hours WHERE volunteer_id = :v AND "
                       "archived_at IS NULL"_s)
        .bind(u":v"_s, volunteerId)
        .scalar(0)
        .toDouble();
}

} // namespace opora
