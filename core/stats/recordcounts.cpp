#include "stats/recordcounts.h"

#include "db/query.h"

using namespace Qt::StringLiterals;

namespace opora {

QList<QPair<QString, qint64>> recordCounts(const Database &db)
{
    // kind -> table; later areas add their kinds here.
    static const QList<QPair<QString, QString>> kinds = {
        {u"people"_s, u"person"_s},
        {u"households"_s, u"household"_s},
        {u"household_members"_s, u"household_member"_s},
        {u"cases"_s, u"case_file"_s},
        {u"case_notes"_s, u"case_note"_s},
        {u"consents"_s, u"consent"_s},
        {u"staff"_s, u"staff"_s},
        {u"departments"_s, u"department"_s},
        {u"service_items"_s, u"service_item"_s},
        {u"services"_s, u"service_record"_s},
        {u"events"_s, u"event"_s},
        {u"attendance"_s, u"event_participant"_s},
        {u"headcounts"_s, u"event_headcount"_s},
        {u"volunteers"_s, u"volunteer"_s},
        {u"mentorships"_s, u"mentorship"_s},
        {u"volunteer_hours"_s, u"volunteer_hours"_s},
    };
    QList<QPair<QString, qint64>> counts;
    for (const auto &[kind, table] : kinds)
        counts.append({kind, Query(db, u"SELECT count(*) FROM "_s + table).scalar(0).toLongLong()});
    return counts;
}

} // namespace opora
