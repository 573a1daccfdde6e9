#include "events/eventrepository.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "error.h"
#include "register/person.h"
#include "register/recordguard.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opora {

namespace {

const QString Table = u"event"_s;
const QStringList Fields{u"type"_s,   u"title"_s, u"series"_s,    u"date"_s,
                         u"time"_s,   u"place"_s, u"project"_s,   u"department"_s,
                         u"status"_s, u"note"_s,  u"organisers"_s};

void bindEvent(Query &q, const EventRecord &e)
{
    q.bind(u":type"_s, e.type)
        .bind(u":title"_s, e.title.trimmed())
        .bind(u":series"_s, idOrNull(e.seriesId))
        .bind(u":date"_s, isoDate(e.date))
        .bind(u":starts"_s, nonNull(e.startsAt))
        .bind(u":ends"_s, nonNull(e.endsAt))
        .bind(u":place"_s, nonNull(e.place.trimmed()))
        .bind(u":project"_s, idOrNull(e.projectId))
        .bind(u":department"_s, idOrNull(e.departmentId))
        .bind(u":status"_s, e.status)
        .bind(u":note"_s, nonNull(e.note));
}

} // namespace

QStringList eventTypes()
{
    return {u"class"_s, u"parents_school"_s, u"training"_s, u"seminar"_s, u"round_table"_s,
            u"club"_s,  u"webinar"_s,        u"outreach"_s, u"other"_s};
}

QStringList eventStatuses()
{
    return {u"planned"_s, u"held"_s, u"cancelled"_s};
}

QStringList audienceGroups()
{
    return {u"women"_s,   u"men"_s,         u"teenagers"_s,  u"children"_s,
            u"parents"_s, u"specialists"_s, u"volunteers"_s, u"other"_s};
}

QStringList attendanceMarks()
{
    return {u"present"_s, u"excused"_s, u"absent"_s};
}

EventRepository::EventRepository(Database &db)
    : m_db(db)
{}

void EventRepository::validate(const EventRecord &e)
{
    static const QRegularExpression time(u"^([01]\\d|2[0-3]):[0-5]\\d$"_s);
    Validator v;
    v.require(eventTypes().contains(e.type), u"type"_s, tr("Choose the kind of event."));
    v.require(!e.title.trimmed().isEmpty(), u"title"_s, tr("Enter the title of the event."));
    v.require(e.date.isValid(), u"date"_s, tr("Enter the date of the event."));
    v.require(eventStatuses().contains(e.status), u"status"_s, tr("Choose the status."));
    v.require(e.status != u"held"_s || !e.date.isValid() || e.date <= today(), u"status"_s,
              tr("An event in the future cannot have been held yet."));
    v.require(e.startsAt.isEmpty() || time.match(e.startsAt).hasMatch(), u"time"_s,
              tr("Write the time as hours and minutes, like 14:30."));
    v.require(e.endsAt.isEmpty() || time.match(e.endsAt).hasMatch(), u"time"_s,
              tr("Write the time as hours and minutes, like 14:30."));
    v.require(e.startsAt.isEmpty() || e.endsAt.isEmpty() || e.endsAt > e.startsAt, u"time"_s,
              tr("The event ends before it starts."));
    v.throwIfInvalid();
}

EventRecord EventRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT type, title, series_id, event_date, starts_at, ends_at, place, "
                  "project_id, department_id, status, note, version FROM event WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This event no longer exists."),
                    u"event %1 not found"_s.arg(id));
    EventRecord e;
    e.id = id;
    e.type = q.text(0);
    e.title = q.text(1);
    e.seriesId = q.integer(2);
    e.date = parseIsoDate(q.text(3));
    e.startsAt = q.text(4);
    e.endsAt = q.text(5);
    e.place = q.text(6);
    e.projectId = q.integer(7);
    e.departmentId = q.integer(8);
    e.status = q.text(9);
    e.note = q.text(10);
    e.version = q.value(11).toInt();
    Query o(m_db, u"SELECT staff_id FROM event_organiser WHERE event_id = :id ORDER BY staff_id"_s);
    o.bind(u":id"_s, id).exec();
    while (o.next())
        e.organiserIds << o.integer(0);
    return e;
}

qint64 EventRepository::create(const EventRecord &event)
{
    validate(event);
    WriteTransaction tx(m_db);
    const qint64 id = insertRow(event);
    recordAudit(m_db, AuditAction::Create, Table, id, Fields);
    tx.commit();
    return id;
}

qint64 EventRepository::insertRow(const EventRecord &event)
{
    Query q(m_db, u"INSERT INTO event(type, title, series_id, event_date, starts_at, ends_at, "
                  "place, project_id, department_id, status, note, created_at, updated_at, "
                  "created_by, updated_by) VALUES(:type, :title, :series, :date, :starts, :ends, "
                  ":place, :project, :department, :status, :note, :now, :now, :by, :by)"_s);
    bindEvent(q, event);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).exec();
    const qint64 id = q.lastInsertId();
    if (!event.organiserIds.isEmpty())
        writeOrganisers(id, event.organiserIds);
    return id;
}

QList<qint64> EventRepository::createMany(const QList<EventWithHeadcounts> &events)
{
    for (const auto &[event, counts] : events) {
        validate(event);
        validateHeadcounts(counts);
    }
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    AuditBatch audit(m_db, AuditAction::Create, Table);
    static const QStringList WithHeadcounts = Fields + QStringList{u"headcounts"_s};
    QList<qint64> ids;
    for (const auto &[event, counts] : events) {
        const qint64 id = insertRow(event);
        insertHeadcounts(id, counts);
        audit.add(id, counts.isEmpty() ? Fields : WithHeadcounts);
        ids << id;
    }
    tx.commit();
    return ids;
}

void EventRepository::update(const EventRecord &event)
{
    validate(event);
    WriteTransaction tx(m_db);
    requireVersion(m_db, Table, Table, event.id, event.version, Fields);
    Query q(m_db, u"UPDATE event SET type = :type, title = :title, series_id = :series, "
                  "event_date = :date, starts_at = :starts, ends_at = :ends, place = :place, "
                  "project_id = :project, department_id = :department, status = :status, "
                  "note = :note, updated_at = :now, updated_by = :by, version = version + 1 "
                  "WHERE id = :id"_s);
    bindEvent(q, event);
    q.bind(u":now"_s, nowUtc()).bind(u":by"_s, actor(m_db)).bind(u":id"_s, event.id).exec();
    writeOrganisers(event.id, event.organiserIds);
    recordAudit(m_db, AuditAction::Update, Table, event.id, Fields);
    tx.commit();
}

QList<qint64> EventRepository::createSeries(const EventRecord &first, int count, int everyDays)
{
    Validator v;
    v.require(count >= 1 && count <= 104, u"count"_s, tr("A series has from 1 to 104 events."));
    v.require(everyDays >= 1 && everyDays <= 366, u"every"_s,
              tr("Events of a series are from 1 to 366 days apart."));
    v.throwIfInvalid();
    validate(first);
    WriteTransaction tx(m_db);
    const QString now = nowUtc();
    Query s(m_db, u"INSERT INTO event_series(title, project_id, created_at, updated_at, "
                  "created_by, updated_by) VALUES(:title, :project, :now, :now, :by, :by)"_s);
    s.bind(u":title"_s, first.title.trimmed())
        .bind(u":project"_s, idOrNull(first.projectId))
        .bind(u":now"_s, now)
        .bind(u":by"_s, actor(m_db))
        .exec();
    EventRecord e = first;
    e.seriesId = s.lastInsertId();
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        e.date = first.date.addDays(qint64(i) * everyDays);
        if (e.status == u"held"_s && e.date > today())
            e.status = u"planned"_s;
        ids << create(e);
    }
    tx.commit();
    return ids;
}

void EventRepository::writeOrganisers(qint64 id, const QList<qint64> &staff)
{
    Query(m_db, u"DELETE FROM event_organiser WHERE event_id = :id"_s).bind(u":id"_s, id).exec();
    for (qint64 s : staff)
        Query(m_db, u"INSERT OR IGNORE INTO event_organiser(event_id, staff_id) VALUES(:e, :s)"_s)
            .bind(u":e"_s, id)
            .bind(u":s"_s, s)
            .exec();
}

void EventRepository::touch(const QList<qint64> &events, const QString &field)
{
    for (const qint64 eventId : events)
        if (rowVersion(m_db, Table, eventId) == 0)
            requireVersion(m_db, Table, Table, eventId, 0);
    AuditBatch audit(m_db, AuditAction::Update, Table);
    const QString now = nowUtc();
    for (const qint64 eventId : events) {
        Query(m_db, u"UPDATE event SET updated_at = :now, updated_by = :by WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":by"_s, actor(m_db))
            .bind(u":id"_s, eventId)
            .exec();
        audit.add(eventId, {field});
    }
}

QList<Participant> EventRepository::participants(qint64 eventId) const
{
    requirePermission(m_db, Permission::ViewRecords);
    Query q(m_db, u"SELECT a.person_id, "_s + personNameSql(u"p"_s) +
                      u", a.attendance FROM "
                      "event_participant a JOIN person p ON p.id = a.person_id WHERE a.event_id = "
                      ":e ORDER BY p.surname_key, p.first_name_key"_s);
    q.bind(u":e"_s, eventId).exec();
    QList<Participant> list;
    while (q.next())
        list.append({q.integer(0), q.text(1), q.text(2)});
    return list;
}

void EventRepository::setParticipant(qint64 eventId, qint64 personId, const QString &attendance)
{
    setParticipants({{eventId, {personId, {}, attendance}}});
}

void EventRepository::setParticipants(const QList<std::pair<qint64, Participant>> &marks)
{
    QList<qint64> events; // each changed event once, in the order of the marks
    QSet<qint64> seen;
    for (const auto &[eventId, p] : marks) {
        Validator v;
        v.require(attendanceMarks().contains(p.attendance), u"attendance"_s,
                  tr("Mark the participant present, excused or absent."));
        v.require(p.personId > 0, u"person"_s, tr("Choose the participant from the register."));
        v.throwIfInvalid();
        if (!seen.contains(eventId)) {
            seen.insert(eventId);
            events << eventId;
        }
    }
    WriteTransaction tx(m_db, WriteTransaction::Nesting::Join);
    touch(events, u"participants"_s); // first: an event gone is named as such
    for (const auto &[eventId, p] : marks)
        Query(m_db, u"INSERT INTO event_participant(event_id, person_id, attendance) VALUES(:e, "
                    ":p, :a) ON CONFLICT(event_id, person_id) DO UPDATE SET attendance = :a"_s)
            .bind(u":e"_s, eventId)
            .bind(u":p"_s, p.personId)
            .bind(u":a"_s, p.attendance)
            .exec();
    tx.commit();
}

void EventRepository::removeParticipant(qint64 eventId, qint64 personId)
{
    WriteTransaction tx(m_db);
    Query(m_db, u"DELETE FROM event_participant WHERE event_id = :e AND person_id = :p"_s)
        .bind(u":e"_s, eventId)
        .bind(u":p"_s, personId)
        .exec();
    touch({eventId}, u"participants"_s);
    tx.commit();
}

QMap<QString, int> EventRepository::headcounts(qint64 eventId) const
{
    Query q(m_db, u"SELECT audience, count FROM event_headcount WHERE event_id = :e"_s);
    q.bind(u":e"_s, eventId).exec();
    QMap<QString, int> counts;
    while (q.next())
        counts.insert(q.text(0), q.value(1).toInt());
    return counts;
}

void EventRepository::validateHeadcounts(const QMap<QString, int> &counts)
{
    Validator v;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        v.require(audienceGroups().contains(it.key()), it.key(), tr("Unknown audience group."));
        v.require(it.value() >= 0 && it.value() <= MaxHeadcount, it.key(),
                  tr("A headcount is a whole number from 0 to 100 000."));
    }
    v.throwIfInvalid();
}

void EventRepository::setHeadcounts(qint64 eventId, const QMap<QString, int> &counts)
{
    validateHeadcounts(counts);
    WriteTransaction tx(m_db);
    Query(m_db, u"DELETE FROM event_headcount WHERE event_id = :e"_s).bind(u":e"_s, eventId).exec();
    insertHeadcounts(eventId, counts);
    touch({eventId}, u"headcounts"_s);
    tx.commit();
}

void EventRepository::insertHeadcounts(qint64 eventId, const QMap<QString, int> &counts)
{
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() == 0)
            continue;
        Query(m_db, u"INSERT INTO event_headcount(event_id, audience, count) VALUES(:e, :a, :c)"_s)
            .bind(u":e"_s, eventId)
            .bind(u":a"_s, it.key())
            .bind(u":c"_s, it.value())
            .exec();
    }
}

void EventRepository::saveAttendance(qint64 eventId, const QList<Participant> &roster,
                                     const QMap<QString, int> &headcounts)
{
    WriteTransaction tx(m_db);
    QList<qint64> kept;
    QList<std::pair<qint64, Participant>> marks;
    for (const Participant &p : roster) {
        marks.append({eventId, p});
        kept << p.personId;
    }
    if (!marks.isEmpty())
        setParticipants(marks); // the roster is one change of the event, one audit entry
    for (const Participant &p : participants(eventId))
        if (!kept.contains(p.personId))
            removeParticipant(eventId, p.personId);
    setHeadcounts(eventId, headcounts);
    tx.commit();
}

AttendanceTotals EventRepository::totals(qint64 eventId) const
{
    AttendanceTotals t;
    Query q(m_db, u"SELECT attendance, count(*) FROM event_participant WHERE event_id = :e "
                  "GROUP BY attendance"_s);
    q.bind(u":e"_s, eventId).exec();
    while (q.next()) {
        const int n = q.value(1).toInt();
        if (q.text(0) == u"present"_s)
            t.namedPresent = n;
        else if (q.text(0) == u"excused"_s)
            t.excused = n;
        else
            t.absent = n;
    }
    t.headcount = Query(m_db, u"SELECT coalesce(sum(count), 0) FROM event_headcount WHERE "
                              "event_id = :e"_s)
                      .bind(u":e"_s, eventId)
                      .scalar(0)
                      .toInt();
    return t;
}

Page<EventRow> EventRepository::list(const EventFilter &f, const PageRequest &request) const
{
    QStringList where{u"e.archived_at IS NULL"_s};
    QList<QPair<QString, QVariant>> binds;
    const auto add = [&](bool on, const QString &c, const QString &n, const QVariant &v) {
        if (!on)
            return;
        where << c;
        binds.append({n, v});
    };
    add(f.from.isValid(), u"e.event_date >= :from"_s, u":from"_s, isoDate(f.from));
    add(f.to.isValid(), u"e.event_date <= :to"_s, u":to"_s, isoDate(f.to));
    add(!f.type.isEmpty(), u"e.type = :type"_s, u":type"_s, f.type);
    add(!f.status.isEmpty(), u"e.status = :status"_s, u":status"_s, f.status);
    add(f.projectId > 0, u"e.project_id = :project"_s, u":project"_s, f.projectId);
    add(f.seriesId > 0, u"e.series_id = :series"_s, u":series"_s, f.seriesId);
    const QString whereSql = u" WHERE "_s + where.join(u" AND "_s);
    Query count(m_db, u"SELECT count(*) FROM event e"_s + whereSql);
    for (const auto &[n, v] : binds)
        count.bind(n, v);
    Page<EventRow> page;
    page.total = count.scalar(0).toLongLong();
    const QString dir = request.descending ? u" DESC"_s : QString();
    QString order = u"e.event_date%1, e.starts_at%1, e.id%1"_s.arg(dir);
    if (request.sortKey == u"type"_s)
        order = u"e.type%1, e.event_date DESC"_s.arg(dir);
    else if (request.sortKey == u"title"_s)
        order = u"e.title%1, e.event_date DESC"_s.arg(dir);
    Query q(m_db, u"SELECT e.id, e.event_date, e.starts_at, e.type, e.title, e.place, e.status, "
                  "(SELECT count(*) FROM event_participant a WHERE a.event_id = e.id AND "
                  "a.attendance = 'present') + (SELECT coalesce(sum(count), 0) FROM "
                  "event_headcount h WHERE h.event_id = e.id) FROM event e"_s +
                      whereSql + u" ORDER BY "_s + order + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[n, v] : binds)
        q.bind(n, v);
    q.bind(u":limit"_s, std::clamp(request.limit, 1, 1000))
        .bind(u":offset"_s, std::max(0, request.offset))
        .exec();
    while (q.next())
        page.rows.append({q.integer(0), parseIsoDate(q.text(1)), q.text(2), q.text(3), q.text(4),
                          q.text(5), q.text(6), q.value(7).toInt()});
    return page;
}

} // namespace opora
