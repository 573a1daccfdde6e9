#include "register/persontimeline.h"

#include "clock.h"
#include "db/query.h"
#include "register/lookups.h"

using namespace Qt::StringLiterals;

namespace opora {

QList<TimelineEntry> personTimeline(const Database &db, qint64 personId, int limit)
{
    // One statement, so the newest `limit` entries of all three kinds come back in order.
    Query q(
        db,
        u"SELECT 0, sr.service_date, si.code || ' ' || si.name, sr.form, "_s +
            staffShortNameSql(u"st"_s) +
            u", sr.case_id, 0, sr.id FROM service_record sr JOIN service_item si ON si.id = "
            "sr.item_id LEFT JOIN staff st ON st.id = sr.staff_id WHERE sr.person_id = :p AND "
            "sr.archived_at IS NULL "
            "UNION ALL SELECT 1, ev.event_date, ev.title, ep.attendance, ev.type, 0, ev.id, "
            "ev.id FROM event_participant ep JOIN event ev ON ev.id = ep.event_id WHERE "
            "ep.person_id = :p AND ev.archived_at IS NULL AND ev.status <> 'cancelled' "
            "UNION ALL SELECT 2, h.changed_on, c.number, h.to_status, coalesce(h.from_status, "
            "''), c.id, 0, h.id FROM case_status_history h JOIN case_file c ON c.id = h.case_id "
            "WHERE c.archived_at IS NULL AND (c.person_id = :p OR c.household_id IN (SELECT "
            "household_id FROM household_member WHERE person_id = :p)) "
            "ORDER BY 2 DESC, 1, 8 DESC LIMIT :limit"_s);
    q.bind(u":p"_s, personId).bind(u":limit"_s, limit).exec();
    QList<TimelineEntry> entries;
    while (q.next()) {
        TimelineEntry e;
        e.kind = static_cast<TimelineEntry::Kind>(q.value(0).toInt());
        e.date = parseIsoDate(q.text(1));
        e.title = q.text(2);
        e.code = q.text(3);
        e.detail = q.text(4);
        e.caseId = q.integer(5);
        e.eventId = q.integer(6);
        entries << e;
    }
    return entries;
}

} // namespace opora
